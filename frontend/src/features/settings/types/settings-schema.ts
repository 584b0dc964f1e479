import { z } from 'zod';
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

/** Form field for each Go field name, to place server errors. */
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
