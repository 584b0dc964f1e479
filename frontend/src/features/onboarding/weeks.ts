/** Days from a to b, both YYYY-MM-DD, counted in whole calendar days. */
function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number);
  const [by, bm, bd] = b.split('-').map(Number);
  return Math.round(
    (Date.UTC(by ?? 0, (bm ?? 1) - 1, bd ?? 1) - Date.UTC(ay ?? 0, (am ?? 1) - 1, ad ?? 1)) / 86_400_000,
  );
}

/** The date n days after iso, as YYYY-MM-DD. */
function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + n)).toISOString().slice(0, 10);
}

export interface WeekGroup {
  /** 0 before the start date, then 1, 2, … counted in 7-day weeks from the start date. */
  week: number;
  /** The first day of that week (the start date for week 1); '' before the start. */
  from: string;
}

/** Which week of the onboarding a task falls in, counted from the start date. */
export function weekOf(due: string, start: string): WeekGroup {
  const days = daysBetween(start, due);
  if (days < 0) return { week: 0, from: '' };
  const week = Math.floor(days / 7) + 1;
  return { week, from: addDays(start, (week - 1) * 7) };
}
