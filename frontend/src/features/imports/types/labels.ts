import { formatMonth } from '@/lib/format';

/** What a file can hold, as the screen names it. */
export const kindLabels: Record<string, string> = {
  accounts: 'Accounts',
  contacts: 'Contacts (stakeholders of accounts)',
  opportunities: 'Opportunities (pipeline)',
  figures: 'Monthly figures (revenue, cost, write-offs)',
  hours: 'Hours (time entries)',
};

/** The kind in a sentence: "a Salesforce accounts export". */
const kindNouns: Record<string, string> = {
  accounts: 'accounts',
  contacts: 'contacts',
  opportunities: 'opportunities',
  figures: 'monthly figures',
  hours: 'hours',
};

export const sourceLabels: Record<string, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  pipedrive: 'Pipedrive',
  harvest: 'Harvest',
  toggl: 'Toggl Track',
  clockify: 'Clockify',
  spreadsheet: 'Spreadsheet',
};

/** "Salesforce accounts export", "spreadsheet of hours". */
export function recognisedAs(source: string, kind: string): string {
  const noun = kindNouns[kind] ?? kind;
  if (!source || source === 'spreadsheet') return `spreadsheet of ${noun}`;
  return `${sourceLabels[source] ?? source} ${noun} export`;
}

/** Our fields, as a director reads them. */
const fieldLabels: Record<string, string> = {
  externalId: 'Id in the other tool',
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  industry: 'Industry',
  tier: 'Tier',
  status: 'Status',
  type: 'Type',
  renewalDate: 'Renewal date',
  contractStart: 'Contract start',
  retainerHours: 'Retainer hours a month',
  notes: 'Notes',
  deleted: 'Deleted in the other tool',
  title: 'Job title',
  email: 'Email',
  phone: 'Phone',
  accountExternalId: 'Account’s id in the other tool',
  company: 'Account name',
  stage: 'Stage',
  amount: 'Value',
  probability: 'Probability',
  closeDate: 'Close date',
  month: 'Month',
  date: 'Date',
  hours: 'Hours',
  revenue: 'Revenue',
  cost: 'Cost',
  writeOff: 'Write-offs',
  person: 'Team member',
  personFirstName: 'Team member’s first name',
  personLastName: 'Team member’s last name',
  personEmail: 'Team member’s email',
};

/** A field's label; a month column of a one-column-per-month file reads "Revenue, March 2026". */
export function fieldLabel(field: string): string {
  const [measure = field, month] = field.split('@');
  if (month) return `${fieldLabels[measure] ?? measure}, ${formatMonth(month)}`;
  return fieldLabels[field] ?? field;
}

/** The outcomes of a row, in the order the preview shows them. */
export const outcomes = [
  { action: 'create', count: 'created', label: 'To create', done: 'Created' },
  { action: 'update', count: 'updated', label: 'To update', done: 'Updated' },
  { action: 'unchanged', count: 'unchanged', label: 'Unchanged', done: 'Unchanged' },
  { action: 'skipped', count: 'skipped', label: 'Skipped', done: 'Skipped' },
  { action: 'failed', count: 'failed', label: 'Failed', done: 'Failed' },
] as const;

export type CountKey = (typeof outcomes)[number]['count'];

/** One line of counts: "2 created, 1 updated, 1 skipped". */
export function countsLine(c: Record<CountKey, number>): string {
  const parts = outcomes.filter((o) => c[o.count] > 0).map((o) => `${c[o.count]} ${o.done.toLowerCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'no rows';
}
