import { queryOptions, useQuery } from '@tanstack/react-query';
import { Overview } from '../../../../wailsjs/go/app/TeamAPI';

export const teamOverviewQueryOptions = () => queryOptions({ queryKey: ['team', 'overview'], queryFn: () => Overview() });

export const useTeamOverview = () => useQuery(teamOverviewQueryOptions());
