import { describe, expect, it } from 'vitest';
import { toBase64 } from '../api/imports';
import { fileProblem } from '../components/file-chooser';
import { countsLine, fieldLabel, recognisedAs } from '../types/labels';
import { wouldLine } from '../routes/import-route';
import { backend } from '../../../../wailsjs/go/models';

describe('import labels', () => {
  it('names a recognised file the way a director says it', () => {
    expect(recognisedAs('salesforce', 'accounts')).toBe('Salesforce accounts export');
    expect(recognisedAs('toggl', 'hours')).toBe('Toggl Track hours export');
    expect(recognisedAs('spreadsheet', 'figures')).toBe('spreadsheet of monthly figures');
  });

  it('reads fields in plain words, month columns with their month', () => {
    expect(fieldLabel('externalId')).toBe('Id in the other tool');
    expect(fieldLabel('revenue@2026-03')).toMatch(/^Revenue, Mar 2026$/);
    expect(fieldLabel('somethingNew')).toBe('somethingNew');
  });

  it('sums up counts, leaving out what did not happen', () => {
    expect(countsLine({ created: 2, updated: 0, unchanged: 0, skipped: 1, failed: 0 })).toBe(
      '2 created, 1 skipped',
    );
    expect(countsLine({ created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 })).toBe('no rows');
  });

  it('says what a preview would do in one sentence', () => {
    const r = backend.ImportResult.createFrom({
      created: 2,
      updated: 1,
      unchanged: 0,
      skipped: 1,
      failed: 0,
    });
    expect(wouldLine(r)).toBe('Importing would create 2, update 1 and skip 1 of 4 rows.');
    const one = backend.ImportResult.createFrom({
      created: 1,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      failed: 0,
    });
    expect(wouldLine(one)).toBe('Importing would create 1 of 1 row.');
  });

  it('counts an hours file in account months, as its entries are added up', () => {
    const r = backend.ImportResult.createFrom({
      kind: 'hours',
      created: 0,
      updated: 24,
      unchanged: 0,
      skipped: 0,
      failed: 0,
    });
    expect(wouldLine(r)).toBe('Importing would update 24 of 24 account months.');
  });
});

describe('sending a file', () => {
  it('encodes any bytes as base64, also past the slice size', () => {
    const bytes = new Uint8Array(0x8000 * 2 + 7).map((_, i) => (i * 31) % 256);
    const back = Uint8Array.from(atob(toBase64(bytes)), (c) => c.charCodeAt(0));
    expect(back).toEqual(bytes);
    expect(toBase64(new TextEncoder().encode('Müller'))).toBe('TcO8bGxlcg==');
    expect(toBase64(new Uint8Array())).toBe('');
  });

  it('refuses an empty or too large file before sending it', () => {
    expect(fileProblem(new File([], 'empty.csv'))).toBe('empty.csv is empty.');
    const big = new File(['x'], 'year.csv');
    Object.defineProperty(big, 'size', { value: 65 * 1024 * 1024 });
    expect(fileProblem(big)).toMatch(/^year\.csv is 65 MB; AccountDesk imports files up to 64 MB\./);
    expect(fileProblem(new File(['Name\nAcme\n'], 'ok.csv'))).toBeNull();
  });
});
