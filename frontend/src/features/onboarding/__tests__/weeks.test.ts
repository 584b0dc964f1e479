import { describe, expect, it } from 'vitest';
import { weekOf } from '../weeks';

describe('the week of an onboarding a task falls in', () => {
  const start = '2026-12-01';
  const cases: { name: string; due: string; week: number; from: string }[] = [
    { name: 'pre-boarding, the day before the start', due: '2026-11-30', week: 0, from: '' },
    { name: 'two weeks before the start', due: '2026-11-17', week: 0, from: '' },
    { name: 'the start date itself', due: '2026-12-01', week: 1, from: '2026-12-01' },
    { name: 'the sixth day after', due: '2026-12-07', week: 1, from: '2026-12-01' },
    { name: 'the seventh day after starts week 2', due: '2026-12-08', week: 2, from: '2026-12-08' },
    { name: 'across the year end', due: '2027-01-05', week: 6, from: '2027-01-05' },
    { name: 'the 90-day check-in', due: '2027-03-01', week: 13, from: '2027-02-23' },
  ];
  for (const c of cases) {
    it(c.name, () => expect(weekOf(c.due, start)).toEqual({ week: c.week, from: c.from }));
  }
  it('counts calendar days across a clock change (end of March in Europe)', () => {
    expect(weekOf('2027-04-05', '2027-03-29')).toEqual({ week: 2, from: '2027-04-05' });
  });
});
