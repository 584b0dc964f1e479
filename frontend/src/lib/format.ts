/** Formatting for what the user reads: money, dates, sizes, percentages. */

/**
 * The user's locale, as the browser/WebView reports it. A Linux desktop with
 * LANG=C or POSIX reports "C", which Intl refuses (RangeError): such values
 * are skipped and the runtime's default locale is used instead.
 */
export function userLocale(): string {
  const nav = typeof navigator !== 'undefined' ? navigator : undefined;
  const candidates = [...(nav?.languages ?? []), nav?.language ?? ''];
  const key = candidates.join(',');
  const known = locales.get(key);
  if (known) return known;
  const found = pickLocale(candidates);
  locales.set(key, found);
  return found;
}

/*
 * Building an Intl formatter costs far more than using one (a Dashboard of
 * 5 000 accounts formats thousands of dates), so each locale and each set of
 * options gets one formatter, kept for the session.
 */
const locales = new Map<string, string>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The number formatter for the user's locale and these options (throws RangeError for a bad currency). */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = userLocale();
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, f);
  }
  return f;
}

/** The date formatter for the user's locale and these options. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = userLocale();
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, f);
  }
  return f;
}

function pickLocale(candidates: string[]): string {
  for (const c of candidates) {
    if (!c || /^(c|posix)([._@-].*)?$/i.test(c)) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(c.replace(/_/g, '-').replace(/\..*$/, ''));
      if (canonical) return canonical;
    } catch {
      /* not a language tag: try the next one */
    }
  }
  try {
    return new Intl.NumberFormat().resolvedOptions().locale;
  } catch {
    return 'en-US';
  }
}

/** Minor units (cents) in the workspace currency → "$1,234" or "€1.234,56". */
export function formatMoney(minor: number, currency: string, options: { cents?: boolean } = {}): string {
  const digits = options.cents ? 2 : 0;
  try {
    return numberFormat({
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(digits)} ${currency}`;
  }
}

/** Compact money for charts and dense tables: "$1.2M". */
export function formatMoneyCompact(minor: number, currency: string): string {
  try {
    return numberFormat({
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(minor / 100);
  } catch {
    return formatMoney(minor, currency);
  }
}

/** ISO date (YYYY-MM-DD) → the user's local date ("24 Nov 2026"). Empty stays empty. */
export function formatDate(iso: string | undefined | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(y, m - 1, d));
}

/** RFC 3339 time → local date and time. */
export function formatDateTime(iso: string | undefined | null): string {
  if (!iso) return '';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(t);
}

/** Bytes → "1.4 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${numberFormat({ maximumFractionDigits: 1 }).format(v)} ${units[i]}`;
}

/** 37.456 → "37%" (or with one decimal when asked). */
export function formatPercent(value: number, decimals = 0): string {
  return `${numberFormat({ maximumFractionDigits: decimals, minimumFractionDigits: decimals }).format(value)}%`;
}

/** Month names in the user's locale, January first. */
export function monthNames(): string[] {
  const f = dateFormat({ month: 'long' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(2026, i, 1)));
}

/** snake_case enum values → words a person reads ("at_risk" → "At risk"). */
export function words(value: string): string {
  if (!value) return '';
  const s = value.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** ISO date → day and month only ("24 Nov"), for dense headers. */
export function formatDayMonth(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return dateFormat({ day: 'numeric', month: 'short' }).format(new Date(y, m - 1, d));
}

/** "a" or "an" before a number said aloud: an 8-hour, an 11-hour, an 80-hour, a 100-hour. */
export function articleFor(n: number): 'a' | 'an' {
  const digits = String(Math.trunc(Math.abs(n)));
  const spokenStart = digits.length % 3 === 2 ? digits.slice(0, 2) : digits.slice(0, 1); // 11 000 is "eleven thousand"
  return digits.startsWith('8') || spokenStart === '11' || spokenStart === '18' ? 'an' : 'a';
}

/** The plural of a noun in the app's words: opportunity → opportunities, risk → risks. */
export function plural(noun: string): string {
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** YYYY-MM → the month in the user's locale ("Sep 2026"). Anything else stays as it is. */
export function formatMonth(month: string | undefined | null): string {
  if (!month) return '';
  const [y, m] = month.split('-').map(Number);
  if (!y || !m || m < 1 || m > 12) return month;
  return dateFormat({ month: 'short', year: 'numeric' }).format(new Date(y, m - 1, 1));
}

/**
 * A run of months, to follow a phrase such as "over 100%": "in Sep 2026",
 * "Sep 2026 – Mar 2027", or, with no end, "from Sep 2026".
 */
export function formatMonthSpan(from: string, to: string): string {
  if (!to) return `from ${formatMonth(from)}`;
  return from === to ? `in ${formatMonth(from)}` : `${formatMonth(from)} – ${formatMonth(to)}`;
}
