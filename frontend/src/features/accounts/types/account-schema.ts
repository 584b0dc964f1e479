import { z } from 'zod';
import { backend } from '../../../../wailsjs/go/models';
import { isDateOrEmpty, splitFields, type Split } from '@/lib/draft-merge';

const isoDate = z.string().refine(isDateOrEmpty, 'Enter a real date, or leave it empty.');

/** The account form; mirrors backend.Account.Validate so bad input never reaches Go. */
export const accountSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Give the account a name.')
      .max(120, 'The account name can be at most 120 characters.'),
    industry: z.string().trim().max(120, 'The industry can be at most 120 characters.'),
    tier: z.enum(['strategic', 'key', 'standard']),
    status: z.enum(['prospect', 'active', 'at_risk', 'churned']),
    health: z.enum(['green', 'amber', 'red']),
    healthReason: z.string().trim(),
    contractType: z.enum(['retainer', 'project', 'mixed']),
    retainerHoursPerMonth: z
      .number({ error: 'Enter the hours as a number.' })
      .refine(Number.isFinite, 'Enter the hours as a number.')
      .min(0, 'Retainer hours cannot be negative.')
      .max(10000, 'At most 10,000 hours.'),
    contractStart: isoDate,
    renewalDate: isoDate,
    agencyOfRecord: z.boolean(),
    notes: z.string().max(20000, 'Notes can be at most 20,000 characters.'),
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
