import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { renderWithProviders } from '@/testing/render';
import { DashboardKpis, fiscalToDate, quarterName } from '../components/dashboard-kpis';

const fy = {
  label: 'FY2027',
  endYear: 2027,
  firstMonth: '2026-04',
  lastMonth: '2027-03',
  toMonth: '2026-11',
  monthsToDate: 8,
};
const portfolio = (over: Partial<backend.Portfolio>) =>
  backend.Portfolio.createFrom({
    today: '2026-11-24',
    accountCount: 12,
    fiscalYear: fy,
    quarter: '2026-Q4',
    revenueYtdMinor: 500_000_00,
    targetYtdMinor: 400_000_00,
    revenueWithTargetMinor: 360_000_00,
    accountsWithTarget: 12,
    marginYtdPct: 35.4,
    health: { green: 9, amber: 2, red: 1 },
    qbrCount: 8,
    qbrOverdueCount: 2,
    renewals: [],
    qbrs: [],
    highRisks: [],
    overdueActions: [],
    revenueByAccount: [],
    pipelineByStage: [],
    ...over,
  });

describe('Dashboard figures name their period', () => {
  it('names the fiscal year to date, its months and the quarter', () => {
    expect(fiscalToDate(backend.FiscalYear.createFrom(fy))).toEqual({
      name: 'FY2027 to date',
      months: 'Apr 2026 – Nov 2026',
    });
    expect(quarterName('2026-Q4')).toBe('Q4 2026');
    renderWithProviders(<DashboardKpis portfolio={portfolio({})} currency="USD" />);
    expect(screen.getByText('Revenue, FY2027 to date')).toBeInTheDocument();
    expect(screen.getByText('Margin, FY2027 to date')).toBeInTheDocument();
    expect(screen.getByText('QBRs due, Q4 2026')).toBeInTheDocument();
    expect(
      screen.getByText(/^90% of the \$400,000 target to date\. Apr 2026 – Nov 2026\.$/),
    ).toBeInTheDocument();
  });
  it('compares only the accounts that have a target for the year', () => {
    renderWithProviders(
      <DashboardKpis
        portfolio={portfolio({ accountsWithTarget: 9, revenueWithTargetMinor: 200_000_00 })}
        currency="USD"
      />,
    );
    expect(
      screen.getByText(
        /^50% of the \$400,000 target to date of the 9 of 12 accounts with a target for FY2027\./,
      ),
    ).toBeInTheDocument();
  });
  it('says so when no plan sets a target for the year, instead of 0%', () => {
    renderWithProviders(
      <DashboardKpis
        portfolio={portfolio({ accountsWithTarget: 0, targetYtdMinor: 0, revenueWithTargetMinor: 0 })}
        currency="USD"
      />,
    );
    expect(screen.getByText(/^No FY2027 plan has a revenue target yet\./)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
