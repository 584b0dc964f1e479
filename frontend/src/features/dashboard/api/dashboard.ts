import { queryOptions, useQuery } from '@tanstack/react-query';
import { Portfolio, Team } from '../../../../wailsjs/go/app/DashboardAPI';
import { cyclesQueryOptions, onboardingsQueryOptions } from '@/lib/shared-queries';

export const dashboardKeys = {
  // Under "accounts" and "team": figures derived from them.
  portfolio: ['accounts', 'portfolio'] as const,
  team: ['team', 'dashboard'] as const,
};

export const portfolioQueryOptions = () =>
  queryOptions({ queryKey: dashboardKeys.portfolio, queryFn: () => Portfolio() });
export const usePortfolio = () => useQuery(portfolioQueryOptions());

/** The first over-allocated people and accounts needing cover, with their counts. */
export const dashboardTeamQueryOptions = () =>
  queryOptions({ queryKey: dashboardKeys.team, queryFn: () => Team() });
export const useDashboardTeam = () => useQuery(dashboardTeamQueryOptions());

export const useOnboardings = () => useQuery(onboardingsQueryOptions());
export const useCycles = () => useQuery(cyclesQueryOptions());
