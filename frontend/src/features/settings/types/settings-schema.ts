import { z } from 'zod';
import { backend } from '../../../../wailsjs/go/models';
import { fingerprint, splitFields, type Split } from '@/lib/draft-merge';
import { boundedNumber, boundedText, limitOf } from '@/lib/limits';

/** How spreadsheet files (CSV) are written; mirrors backend.CSVStyles. */
export const csvStyles = ['excel', 'excel-semicolon', 'excel-semicolon-point', 'plain'] as const;
export type CsvStyle = (typeof csvStyles)[number];

/** Go keeps the QBR threshold in minor units (cents); the form shows major ones. */
const qbrThresholdMinor = limitOf('settings', 'qbrThresholdMinor');
export const minorPerMajor = 100;

/** The Settings form, in the units a person types (major currency units). Mirrors backend.Settings.Validate. */
export const settingsFormSchema = z.object({
  agencyName: boundedText(
    limitOf('settings', 'agencyName'),
    'The agency name can be at most 120 characters.',
    z.string().trim(),
  ),
  directorName: boundedText(
    limitOf('settings', 'directorName'),
    'Your name can be at most 120 characters.',
    z.string().trim(),
  ),
  currency: z.string().min(1, 'Choose a currency from the list.'),
  fiscalYearStartMonth: boundedNumber(
    limitOf('settings', 'fiscalYearStartMonth'),
    'The fiscal year starts in a month from 1 (January) to 12 (December).',
    z.number().int(),
  ),
  qbrThreshold: z
    .number({ error: 'Enter the QBR threshold as a number.' })
    .refine((v) => Number.isFinite(v), 'Enter the QBR threshold as a number.')
    .refine(
      (v) => v * minorPerMajor > (qbrThresholdMinor.above ?? 0),
      'The QBR threshold must be more than zero.',
    )
    .refine(
      (v) => Math.round(v * minorPerMajor) <= (qbrThresholdMinor.max ?? Infinity),
      'The QBR threshold must be at most 1,000,000,000.',
    ),
  theme: z.enum(['system', 'light', 'dark']),
  skipWeekends: z.boolean(),
  backupsToKeep: boundedNumber(
    limitOf('settings', 'backupsToKeep'),
    'Keep between 0 and 365 daily backups.',
    z.number({ error: 'Enter a number of backups.' }).int('Enter a whole number of backups.'),
  ),
  csvStyle: z.enum(csvStyles, { error: 'Choose how spreadsheet files are written from the list.' }),
});

export type SettingsForm = z.infer<typeof settingsFormSchema>;

/** Form field for each Go field name, to place server errors (and hold that field back). */
export const fieldForGo: Record<string, keyof SettingsForm> = {
  agencyName: 'agencyName',
  directorName: 'directorName',
  currency: 'currency',
  fiscalYearStartMonth: 'fiscalYearStartMonth',
  qbrThresholdMinor: 'qbrThreshold',
  theme: 'theme',
  skipWeekends: 'skipWeekends',
  backupsToKeep: 'backupsToKeep',
  csvStyle: 'csvStyle',
};

/** The CSV choices in plain words, with what each writes. */
export const csvChoices: { value: CsvStyle; label: string; description: string }[] = [
  {
    value: 'excel',
    label: 'For Excel in English',
    description: 'Commas between columns, decimal points: 1234.50',
  },
  {
    value: 'excel-semicolon',
    label: 'For Excel in German, French, Dutch, Spanish…',
    description: 'Semicolons between columns, decimal commas: 1234,50',
  },
  {
    value: 'excel-semicolon-point',
    label: 'For Excel in Switzerland',
    description: 'Semicolons between columns, decimal points: 1234.50',
  },
  {
    value: 'plain',
    label: 'Plain, for other tools',
    description: 'Commas and decimal points, nothing added for Excel: for scripts and other programs',
  },
];

/** The form's values for saved settings (the threshold in major units). */
export function toForm(s: backend.Settings): SettingsForm {
  return {
    agencyName: s.agencyName ?? '',
    directorName: s.directorName ?? '',
    currency: s.currency,
    fiscalYearStartMonth: s.fiscalYearStartMonth,
    qbrThreshold: s.qbrThresholdMinor / minorPerMajor,
    theme: (['system', 'light', 'dark'].includes(s.theme) ? s.theme : 'system') as SettingsForm['theme'],
    skipWeekends: s.skipWeekends,
    backupsToKeep: s.backupsToKeep,
    csvStyle: (csvStyles as readonly string[]).includes(s.csvStyle) ? (s.csvStyle as CsvStyle) : 'excel',
  };
}

/** The settings to save for the form's values. */
export function toSettings(f: SettingsForm): backend.Settings {
  return backend.Settings.createFrom({
    agencyName: f.agencyName.trim(),
    directorName: f.directorName.trim(),
    currency: f.currency,
    fiscalYearStartMonth: f.fiscalYearStartMonth,
    qbrThresholdMinor: Math.round(f.qbrThreshold * minorPerMajor),
    theme: f.theme,
    skipWeekends: f.skipWeekends,
    backupsToKeep: f.backupsToKeep,
    csvStyle: f.csvStyle,
  });
}

/** The fields in words, for what is held back. */
const settingsLabels: Record<keyof SettingsForm, string> = {
  agencyName: 'Agency name',
  directorName: 'Your name',
  currency: 'Currency',
  fiscalYearStartMonth: 'Fiscal year starts in',
  qbrThreshold: 'QBR threshold',
  theme: 'Theme',
  skipWeekends: 'Onboarding due dates',
  backupsToKeep: 'Daily backups to keep',
  csvStyle: 'Spreadsheet files (CSV)',
};

/**
 * Splits an edit of the settings against the saved ones: every valid field is
 * saved; a wrong one (a QBR threshold of 0) keeps its saved value in what is
 * sent and is held back in the workspace's settings draft with the reason.
 */
export function splitSettings(
  cur: SettingsForm,
  base: SettingsForm,
  extra: ReadonlyMap<string, string>,
): Split<SettingsForm> {
  return splitFields(cur, base, settingsFormSchema, {
    extra,
    label: (f) => settingsLabels[f as keyof SettingsForm] ?? '',
  });
}

/** The settings as saved from a form: what the workspace would store. */
const settingsWritten = (f: SettingsForm) => JSON.stringify(toSettings(f));

/** True when saving `savable` would change nothing in the saved settings. */
export const settingsUnchanged = (savable: SettingsForm, base: SettingsForm) =>
  settingsWritten(savable) === settingsWritten(base);

/**
 * The settings have no version of their own: this fingerprint of what is
 * saved stands in for one, so a kept draft names the settings it was made on.
 */
export const settingsVersion = (f: SettingsForm) => fingerprint(toSettings(f));

/** Reads a kept draft's body back into the form (an old body may lack fields). */
export function parseSettingsDraft(body: string, saved: SettingsForm): SettingsForm {
  const d = JSON.parse(body) as Partial<Record<keyof SettingsForm, unknown>>;
  const out = { ...saved } as Record<string, unknown>;
  for (const k of Object.keys(saved) as (keyof SettingsForm)[]) {
    if (!(k in d)) continue;
    // A number that could not be read was kept as null: it is still not one.
    out[k] = d[k] === null && typeof saved[k] === 'number' ? Number.NaN : d[k];
  }
  return out as SettingsForm;
}
