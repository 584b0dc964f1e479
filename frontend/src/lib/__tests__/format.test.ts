import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleFor, formatBytes, formatDate, formatMoney, plural, userLocale, words } from '../format';

function withLanguages(language: string, languages: string[] = []) {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => vi.restoreAllMocks());

describe('userLocale', () => {
  it.each([
    ['en-GB', [], 'en-GB'],
    ['de_DE', [], 'de-DE'],
    ['fr-FR.UTF-8', [], 'fr-FR'],
    ['C', ['C'], undefined], // LANG=C on Linux: falls back, never throws
    ['POSIX', [], undefined],
    ['', [], undefined],
  ])('%s → a locale Intl accepts', (language, languages, want) => {
    withLanguages(language, languages);
    const got = userLocale();
    if (want) expect(got).toBe(want);
    expect(() => new Intl.NumberFormat(got)).not.toThrow();
  });
});

describe('formatting', () => {
  it('formats money from minor units in the workspace currency', () => {
    withLanguages('en-US');
    expect(formatMoney(12_345_600, 'USD')).toBe('$123,456');
    expect(formatMoney(199, 'EUR', { cents: true })).toBe('€1.99');
  });
  it('formats money even when the system language is C', () => {
    withLanguages('C', ['C']);
    expect(formatMoney(100_000_00, 'GBP')).toMatch(/100,000|100\.000|100 000/);
  });
  it('formats ISO dates in the user locale and leaves empty ones empty', () => {
    withLanguages('en-GB');
    expect(formatDate('2026-11-24')).toBe('24 Nov 2026');
    expect(formatDate('')).toBe('');
  });
  it('turns enum values into words and sizes into units', () => {
    expect(words('at_risk')).toBe('At risk');
    expect(formatBytes(2_500_000)).toMatch(/2\.4 MB|2,4 MB/);
  });
});

describe('small words', () => {
  it.each([
    [80, 'an'],
    [8, 'an'],
    [11, 'an'],
    [18, 'an'],
    [800, 'an'],
    [11_000, 'an'],
    [18_500, 'an'],
    [1, 'a'],
    [10, 'a'],
    [100, 'a'],
    [110, 'a'],
    [180, 'a'],
    [1_100, 'a'],
    [40, 'a'],
  ])('says %d-hour with "%s"', (n, want) => {
    expect(articleFor(n)).toBe(want);
  });
  it.each([
    ['opportunity', 'opportunities'],
    ['risk', 'risks'],
    ['objective', 'objectives'],
    ['action', 'actions'],
    ['day', 'days'],
  ])('plural of %s is %s', (noun, want) => {
    expect(plural(noun)).toBe(want);
  });
});
