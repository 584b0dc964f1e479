import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { renderWithProviders } from '@/testing/render';
import { TeamWarnings } from '../components/team-warnings';
import { UtilizationBar } from '../components/utilization-bar';
import { overPeakText, overWhen } from '../types/over';

const span = (from: string, to: string, peak: number) => backend.OverSpan.createFrom({ from, to, peak });

describe('over-allocation in words', () => {
  it.each([
    [[span('2026-12', '', 110)], 'from this month on'],
    [[span('2026-12', '2026-12', 110)], 'this month'],
    [[span('2026-12', '2027-03', 110)], 'this month until Mar 2027'],
    [[span('2027-01', '', 110)], 'from Jan 2027'],
    [[span('2027-02', '2027-02', 110)], 'in Feb 2027'],
    [
      [span('2027-01', '2027-03', 110), span('2027-06', '2027-07', 130)],
      'Jan 2027 – Mar 2027, Jun 2027 – Jul 2027',
    ],
  ])('%j → %s', (spans, want) => expect(overWhen(spans, '2026-12')).toBe(want));

  it('names the highest month', () => {
    expect(overPeakText([span('2027-01', '2027-03', 110), span('2027-06', '', 130)])).toBe('130%');
  });

  it('shows months ahead on the bar when this month is within 100%', () => {
    renderWithProviders(<UtilizationBar confirmed={60} tentative={0} later="from Jan 2027" />);
    expect(screen.getByText('Over 100% from Jan 2027')).toBeInTheDocument();
    expect(screen.queryByText('Over-allocated')).not.toBeInTheDocument();
  });

  it('warns about a person over 100% only from next month, with the months', () => {
    const overview = backend.TeamOverview.createFrom({
      roster: [],
      coverage: [],
      uncovered: [],
      heatmap: { weeks: [], rows: [] },
      overAllocated: [
        {
          id: 1,
          name: 'Sam',
          thisMonth: { from: '2026-12-01', to: '2026-12-31', confirmed: 60, tentative: 0 },
          over: [span('2027-01', '2027-03', 110)],
          accounts: [],
          skills: [],
        },
      ],
    });
    renderWithProviders(<TeamWarnings overview={overview} />);
    expect(
      screen.getByText('Sam is over-allocated Jan 2027 – Mar 2027: 110% of their time is confirmed.'),
    ).toBeInTheDocument();
  });
});
