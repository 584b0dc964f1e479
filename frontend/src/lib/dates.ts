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
