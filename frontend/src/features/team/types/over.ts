import { backend } from '../../../../wailsjs/go/models';
import { formatMonth, formatMonthSpan, formatPercent } from '@/lib/format';

/**
 * When a person is above 100%, in words, from Go's runs of months:
 * "this month", "from this month on", "this month until Mar 2027",
 * "from Jan 2027", "Jan 2027 – Mar 2027", "in Feb 2027"; several runs are
 * joined with commas. thisMonth is YYYY-MM.
 */
export function overWhen(spans: backend.OverSpan[], thisMonth: string): string {
  return spans
    .map((s) => {
      if (s.from !== thisMonth) return formatMonthSpan(s.from, s.to);
      if (!s.to) return 'from this month on';
      return s.to === thisMonth ? 'this month' : `this month until ${formatMonth(s.to)}`;
    })
    .join(', ');
}

/** The highest month's load of the runs, in percent (0 when none). */
export function overPeak(spans: backend.OverSpan[]): number {
  return spans.reduce((m, s) => Math.max(m, s.peak), 0);
}

/** "110%" for the highest month of the runs. */
export function overPeakText(spans: backend.OverSpan[]): string {
  return formatPercent(overPeak(spans));
}
