import { describe, expect, it } from 'vitest';
import { qbrPackSchema, quarterOf, recentQuarters } from '../types/qbr-pack-schema';

describe('the QBR pack form', () => {
  it('offers this quarter and the three before it, newest first, across a year end', () =>
    expect(recentQuarters(new Date(2027, 1, 10))).toEqual([
      { value: '2027-Q1', label: 'Q1 2027 (this quarter)' },
      { value: '2026-Q4', label: 'Q4 2026' },
      { value: '2026-Q3', label: 'Q3 2026' },
      { value: '2026-Q2', label: 'Q2 2026' },
    ]));
  it.each([
    [new Date(2026, 0, 1), '2026-Q1'],
    [new Date(2026, 2, 31), '2026-Q1'],
    [new Date(2026, 3, 1), '2026-Q2'],
    [new Date(2026, 11, 31), '2026-Q4'],
  ])('puts %s in %s', (d, q) => expect(quarterOf(d)).toBe(q));
  const ok = { quarter: '2026-Q4', hours: false, folder: '/home/me/Documents' };
  it('accepts a quarter and a folder', () => expect(qbrPackSchema.safeParse(ok).success).toBe(true));
  it.each([
    ['no folder', { folder: ' ' }, 'Choose the folder to save the PDF in.'],
    [
      'a web address',
      { folder: 'https://dav.example/x' },
      'Save it in a folder on this computer, not a web address.',
    ],
    ['a quarter Go would refuse', { quarter: '2026-Q5' }, 'Choose the quarter as 2026-Q4.'],
  ])('refuses %s, saying so as Go does', (_name, change, message) => {
    const r = qbrPackSchema.safeParse({ ...ok, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(message);
  });
});
