import { z } from 'zod';
import { backend } from '../../../../wailsjs/go/models';
import { isDateOrEmpty, splitFields, type Split } from '@/lib/draft-merge';
import { boundedNumber, boundedText, limitOf } from '@/lib/limits';

const isoDate = z.string().refine(isDateOrEmpty, 'Enter a real date, or leave it empty.');

/** The account form; mirrors backend.Account.Validate so bad input never reaches Go. */
export const accountSchema = z
  .object({
    name: boundedText(
      limitOf('account', 'name'),
      'The account name can be at most 120 characters.',
      z.string().trim().min(1, 'Give the account a name.'),
    ),
    industry: boundedText(
      limitOf('account', 'industry'),
      'The industry can be at most 120 characters.',
      z.string().trim(),
    ),
    tier: z.enum(['strategic', 'key', 'standard']),
    status: z.enum(['prospect', 'active', 'at_risk', 'churned']),
    health: z.enum(['green', 'amber', 'red']),
    healthReason: z.string().trim(),
    contractType: z.enum(['retainer', 'project', 'mixed']),
    // Go's bounds; the words for a negative number are the editor's own (the autosave journey reads them).
    retainerHoursPerMonth: boundedNumber(
      { max: limitOf('account', 'retainerHoursPerMonth').max },
      'Retainer hours per month must be between 0 and 10,000.',
      boundedNumber(
        { min: limitOf('account', 'retainerHoursPerMonth').min },
        'Retainer hours cannot be negative.',
        z
          .number({ error: 'Enter the hours as a number.' })
          .refine(Number.isFinite, 'Enter the hours as a number.'),
      ),
    ),
    contractStart: isoDate,
    renewalDate: isoDate,
    noticeDays: boundedNumber(
      limitOf('account', 'noticeDays'),
      'The notice period must be between 0 and 365 days.',
      z
        .number({ error: 'Enter the notice period as a whole number of days.' })
        .int('Enter the notice period as a whole number of days.'),
    ),
    agencyOfRecord: z.boolean(),
    notes: boundedText(limitOf('account', 'notes'), 'Notes can be at most 20,000 characters.', z.string()),
  })
  .refine((a) => a.health === 'green' || a.healthReason.length > 0, {
    path: ['healthReason'],
    message: 'Say why the account is amber or red.',
  })
  .refine((a) => !a.contractStart || !a.renewalDate || a.renewalDate >= a.contractStart, {
    path: ['renewalDate'],
    message: 'The renewal date cannot be before the contract start.',
  });

export type AccountForm = z.infer<typeof accountSchema>;

export const emptyAccount: AccountForm = {
  name: '',
  industry: '',
  tier: 'standard',
  status: 'active',
  health: 'green',
  healthReason: '',
  contractType: 'retainer',
  retainerHoursPerMonth: 0,
  contractStart: '',
  renewalDate: '',
  noticeDays: 0,
  agencyOfRecord: false,
  notes: '',
};

/** Errors per field from a zod result. */
export function fieldErrors<T>(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): Partial<Record<keyof T, string>> {
  const out: Partial<Record<keyof T, string>> = {};
  for (const issue of result.error?.issues ?? []) {
    const k = issue.path[0] as keyof T;
    out[k] ??= issue.message;
  }
  return out;
}

const labels: Record<string, string> = {
  name: 'Account name',
  industry: 'Industry',
  healthReason: 'Reason for health',
  retainerHoursPerMonth: 'Retainer hours per month',
  contractStart: 'Contract start',
  renewalDate: 'Renewal date',
  noticeDays: 'Notice period',
  notes: 'Notes',
};

/**
 * Splits edited account details against the saved ones (lib/draft-merge):
 * valid fields save, a wrong one keeps its saved value and is held back as
 * the draft. Health and its reason only save together.
 */
export function splitAccount(
  cur: backend.Account,
  base: backend.Account,
  extra: ReadonlyMap<string, string>,
): Split<backend.Account> {
  const r = splitFields(cur, base, accountSchema, {
    groups: [['health', 'healthReason']],
    extra,
    label: (f) => labels[f] ?? '',
  });
  return { savable: backend.Account.createFrom(r.savable), problems: r.problems };
}

const written = (a: backend.Account) =>
  JSON.stringify((Object.keys(emptyAccount) as (keyof AccountForm)[]).map((k) => a[k]));
export const accountUnchanged = (savable: backend.Account, base: backend.Account) =>
  written(savable) === written(base);
