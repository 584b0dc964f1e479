import { z } from 'zod';
import { backend } from '../../../../wailsjs/go/models';
import { splitFields, type Split } from '@/lib/draft-merge';
import { boundedNumber, boundedText, limitOf } from '@/lib/limits';

const date = z.string().refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s), 'Enter a date.');

/** The person form; mirrors backend.Person.Validate. */
export const personSchema = z
  .object({
    name: boundedText(
      limitOf('person', 'name'),
      'The name can be at most 120 characters.',
      z.string().trim().min(1, 'Give the person a name.'),
    ),
    email: z
      .string()
      .trim()
      .refine(
        (s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
        'Enter an email address like name@agency.com.',
      ),
    role: z.string().min(1, 'Choose a role.'),
    reportsTo: z.number(),
    startDate: date.refine((s) => s !== '', 'Enter the start date.'),
    endDate: date,
    status: z.enum(['onboarding', 'active', 'leaving', 'left']),
    location: z.string(),
    capacityHoursPerWeek: boundedNumber(
      limitOf('person', 'capacityHoursPerWeek'),
      'Capacity is between 1 and 80 hours a week.',
      z.number({ error: 'Enter the hours as a number.' }),
    ),
    skills: z.array(z.string()),
    notes: z.string(),
  })
  .refine((p) => !p.endDate || p.endDate >= p.startDate, {
    path: ['endDate'],
    message: 'The end date cannot be before the start date.',
  });

export type PersonForm = z.infer<typeof personSchema>;

/** The person page's fields in words, for what is held back. */
const personLabels: Record<keyof PersonForm, string> = {
  name: 'Name',
  email: 'Email',
  role: 'Role',
  reportsTo: 'Reports to',
  startDate: 'Start date',
  endDate: 'End date',
  status: 'Status',
  location: 'Location',
  capacityHoursPerWeek: 'Capacity',
  skills: 'Skills',
  notes: 'Notes',
};

/**
 * Splits the person page's edit against the saved person: every valid field
 * is saved; a wrong one (an email without its @) keeps its saved value in
 * what is sent and is held back in the draft with the reason.
 */
export function splitPerson(
  cur: backend.Person,
  base: backend.Person,
  extra: ReadonlyMap<string, string>,
): Split<backend.Person> {
  const r = splitFields(cur, base, personSchema, {
    extra,
    label: (f) => personLabels[f as keyof PersonForm] ?? '',
  });
  return { savable: backend.Person.createFrom(r.savable), problems: r.problems };
}

const personWritten = (p: backend.Person) =>
  JSON.stringify((Object.keys(personLabels) as (keyof PersonForm)[]).map((k) => p[k]));
/** True when saving `savable` would change none of the person's fields. */
export const personUnchanged = (savable: backend.Person, base: backend.Person) =>
  personWritten(savable) === personWritten(base);

/** The field a refusal from Go names, when it is one of the page's. */
export const personProblemPath = (field: string | undefined): string | null =>
  field && field in personLabels ? field : null;

/** Roles a person can have on an account (backend.AccountLead, AccountSupport, AccountBackup). */
export const accountRoles = ['lead', 'support', 'backup'] as const;

/**
 * An allocation being added or changed; mirrors backend.Allocation.Validate
 * (the person is the page's, so only the account is asked for).
 */
export const allocationSchema = z
  .object({
    accountId: z.number().int().positive('Choose an account.'),
    percent: boundedNumber(
      limitOf('allocation', 'percent'),
      'An allocation is more than 0% and at most 100% of the person’s time.',
      z.number({ error: 'An allocation is more than 0% and at most 100% of the person’s time.' }),
    ),
    role: z.enum(accountRoles, { error: 'Choose lead, support or backup.' }),
    startDate: date.refine((s) => s !== '', 'Enter the start date.'),
    endDate: date,
    tentative: z.boolean(),
  })
  .refine((a) => !a.endDate || a.endDate >= a.startDate, {
    path: ['endDate'],
    message: 'The end date cannot be before the start date.',
  });

export type AllocationForm = z.infer<typeof allocationSchema>;

export const personStatuses = [
  { value: 'onboarding', label: 'Onboarding' },
  { value: 'active', label: 'Active' },
  { value: 'leaving', label: 'Leaving' },
  { value: 'left', label: 'Left' },
];

/** Heatmap colour for a utilization: calm under 80%, amber to 100%, red above. */
export function loadColour(pct: number): 'empty' | 'calm' | 'busy' | 'over' {
  if (pct <= 0) return 'empty';
  if (pct < 80) return 'calm';
  if (pct <= 100) return 'busy';
  return 'over';
}
