import { describe, expect, it } from 'vitest';
import { limitOf } from '@/lib/limits';
import { limitMismatches } from '@/testing/limits';
import { minorPerMajor, settingsFormSchema } from '../types/settings-schema';

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

const accepts = (patch: Partial<typeof valid>) =>
  settingsFormSchema.safeParse({ ...valid, ...patch }).success;

describe("the settings form holds Go's limits", () => {
  it('agency and director names, fiscal year month, backups', () => {
    expect(
      limitMismatches(settingsFormSchema, 'settings', valid, {
        fields: ['agencyName', 'directorName', 'fiscalYearStartMonth', 'backupsToKeep'],
      }),
    ).toEqual([]);
  });

  it('the QBR threshold, typed in major units and held by Go in minor ones', () => {
    const l = limitOf('settings', 'qbrThresholdMinor');
    const max = (l.max ?? 0) / minorPerMajor;
    expect(accepts({ qbrThreshold: max })).toBe(true);
    expect(accepts({ qbrThreshold: max + 0.01 })).toBe(false);
    expect(accepts({ qbrThreshold: 1 / minorPerMajor })).toBe(true);
    expect(accepts({ qbrThreshold: (l.above ?? 0) / minorPerMajor })).toBe(false);
  });

  it('refuses a month outside the year with the words Go uses', () => {
    const r = settingsFormSchema.safeParse({ ...valid, fiscalYearStartMonth: 13 });
    expect(r.error?.issues[0]?.message).toBe(
      'The fiscal year starts in a month from 1 (January) to 12 (December).',
    );
  });
});
