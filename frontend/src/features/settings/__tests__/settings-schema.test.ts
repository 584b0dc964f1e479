import { describe, expect, it } from 'vitest';
import { csvStyles, settingsFormSchema } from '../types/settings-schema';

const valid = {
  agencyName: 'Brightline',
  directorName: 'Morgan Ellis',
  currency: 'USD',
  fiscalYearStartMonth: 1,
  qbrThreshold: 100_000,
  theme: 'system',
  skipWeekends: true,
  backupsToKeep: 7,
  csvStyle: 'excel',
};

describe('the settings form schema', () => {
  // backend's TestCSVStylesMatchTheSettingsForm checks csvStyles against Go's list.
  for (const style of csvStyles) {
    it(`accepts the CSV style ${style}`, () => {
      expect(settingsFormSchema.safeParse({ ...valid, csvStyle: style }).success).toBe(true);
    });
  }

  it('refuses an unknown CSV style with the words Go uses', () => {
    const r = settingsFormSchema.safeParse({ ...valid, csvStyle: 'tsv' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Choose how spreadsheet files are written from the list.');
  });
});
