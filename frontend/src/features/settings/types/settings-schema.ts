import { z } from 'zod';

/** How spreadsheet files (CSV) are written; mirrors backend.CSVStyles. */
export const csvStyles = ['excel', 'excel-semicolon', 'excel-semicolon-point', 'plain'] as const;
export type CsvStyle = (typeof csvStyles)[number];

/** The Settings form, in the units a person types (major currency units). Mirrors backend.Settings.Validate. */
export const settingsFormSchema = z.object({
  agencyName: z.string().trim().max(120, 'The agency name can be at most 120 characters.'),
  directorName: z.string().trim().max(120, 'Your name can be at most 120 characters.'),
  currency: z.string().min(1, 'Choose a currency from the list.'),
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  qbrThreshold: z
    .number({ error: 'Enter the QBR threshold as a number.' })
    .refine((v) => Number.isFinite(v), 'Enter the QBR threshold as a number.')
    .refine((v) => v > 0, 'The QBR threshold must be more than zero.')
    .refine((v) => v <= 1_000_000_000, 'The QBR threshold must be at most 1,000,000,000.'),
  theme: z.enum(['system', 'light', 'dark']),
  skipWeekends: z.boolean(),
  backupsToKeep: z
    .number({ error: 'Enter a number of backups.' })
    .int('Enter a whole number of backups.')
    .min(0, 'Keep between 0 and 365 daily backups.')
    .max(365, 'Keep between 0 and 365 daily backups.'),
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
