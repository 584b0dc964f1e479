import { queryOptions, useQuery } from '@tanstack/react-query';
import { Portfolio, Team } from '../../../../wailsjs/go/app/DashboardAPI';
import { Actions as OneOnOneActions } from '../../../../wailsjs/go/app/OneOnOnesAPI';
import {
  cyclesQueryOptions,
  onboardingsQueryOptions,
  oneOnOneSchedulesQueryOptions,
} from '@/lib/shared-queries';

export const dashboardKeys = {
  // Under "accounts" and "team": figures derived from them.
  portfolio: ['accounts', 'portfolio'] as const,
  team: ['team', 'dashboard'] as const,
  // Under "appraisals": 1:1 actions are as confidential, and locking forgets them.
  oneOnOneActions: ['appraisals', 'oneOnOnes', 'actions'] as const,
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

/** Each direct report's 1:1 schedule, the missed first. */
export const useOneOnOneSchedules = () => useQuery(oneOnOneSchedulesQueryOptions());
/** Open action items from every 1:1, overdue first. */
export const useOneOnOneActions = () =>
  useQuery({ queryKey: dashboardKeys.oneOnOneActions, queryFn: () => OneOnOneActions() });
