import { describe, expect, it } from 'vitest';
import { isRealDate, localToday } from '../dates';

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-12-7', false],
    ['', false],
    ['07/12/2026', false],
  ])('%s is a real date: %s', (iso, real) => expect(isRealDate(iso)).toBe(real));

  it('today is the local calendar date, not the UTC one', () => {
    // 23:30 local on 1 December is 1 December wherever the clock runs.
    expect(localToday(new Date(2026, 11, 1, 23, 30))).toBe('2026-12-01');
    expect(localToday(new Date(2026, 0, 5, 0, 5))).toBe('2026-01-05');
  });
});
