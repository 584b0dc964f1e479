/** Dates as the app stores them: ISO YYYY-MM-DD, in the user's own time zone. */

/** Today's date where the user is (Go's "today" is the local date too), not UTC's. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The later of two ISO dates (an empty one loses). */
export function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** Whether iso is a date that exists, such as 2026-02-28 (2026-02-30 does not). */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
