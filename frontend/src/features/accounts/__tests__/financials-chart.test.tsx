import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { chartMonths } from '../components/financials-chart';

describe('financials chart', () => {
  it('shows months in the user’s locale, money in major units, margin in percent, and no target where no plan sets one', () => {
    const rows = [
      { month: '2026-03', revenueMinor: 10_000_00, marginPct: 40.04, targetMinor: 0, hasTarget: false },
      {
        month: '2026-09',
        revenueMinor: 12_000_00,
        marginPct: 35.55,
        targetMinor: 20_000_00,
        hasTarget: true,
      },
      { month: '2026-10', revenueMinor: 0, marginPct: 0, targetMinor: 20_000_00, hasTarget: true },
    ].map((r) =>
      backend.MonthRow.createFrom({
        costMinor: 0,
        writeOffMinor: 0,
        hoursUsed: 0,
        marginMinor: 0,
        hoursVsRetainerPct: 0,
        ...r,
      }),
    );
    expect(chartMonths(rows)).toEqual([
      { month: 'Mar 2026', Revenue: 10_000, Target: null, 'Margin %': 40 },
      { month: 'Sep 2026', Revenue: 12_000, Target: 20_000, 'Margin %': 35.6 },
      { month: 'Oct 2026', Revenue: 0, Target: 20_000, 'Margin %': null },
    ]);
  });
});
