import { afterEach, describe, expect, it, vi } from 'vitest';
import { laterDate, localToday } from '../dates';
import { formatMonth, formatMonthSpan } from '../format';

afterEach(() => vi.restoreAllMocks());

describe('months in the user’s locale', () => {
  it('shows YYYY-MM as a month people read, in their locale', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    expect(formatMonth('2026-09')).toBe('Sep 2026');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    expect(formatMonth('2026-03')).toBe('März 2026');
  });
  it('leaves what is not a month as it is', () => {
    expect(formatMonth('')).toBe('');
    expect(formatMonth('2026-13')).toBe('2026-13');
    expect(formatMonth('soon')).toBe('soon');
  });
  it('says a run of months after "over 100%"', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    expect(formatMonthSpan('2027-01', '')).toBe('from Jan 2027');
    expect(formatMonthSpan('2027-02', '2027-02')).toBe('in Feb 2027');
    expect(formatMonthSpan('2026-12', '2027-03')).toBe('Dec 2026 – Mar 2027');
  });
});

describe('today', () => {
  it('is the local date, not UTC’s', () => {
    // 00:30 on 2 December where the user is, whatever the UTC date is then.
    expect(localToday(new Date(2026, 11, 2, 0, 30))).toBe('2026-12-02');
    expect(localToday(new Date(2026, 0, 1, 23, 59))).toBe('2026-01-01');
  });
  it('picks the later of two dates', () => {
    expect(laterDate('2026-12-01', '2026-12-07')).toBe('2026-12-07');
    expect(laterDate('2026-12-01', '2024-01-08')).toBe('2026-12-01');
    expect(laterDate('2026-12-01', '')).toBe('2026-12-01');
  });
});
