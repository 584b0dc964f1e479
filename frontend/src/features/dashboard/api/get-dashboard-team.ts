import { queryOptions, useQuery } from '@tanstack/react-query';
import { Team } from '../../../../wailsjs/go/app/DashboardAPI';

/** The first over-allocated people and accounts needing cover, with their counts. */
export const dashboardTeamQueryOptions = () =>
  queryOptions({ queryKey: ['team', 'dashboard'], queryFn: () => Team() });

export const useDashboardTeam = () => useQuery(dashboardTeamQueryOptions());
