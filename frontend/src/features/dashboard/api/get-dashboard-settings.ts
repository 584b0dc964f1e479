import { queryOptions, useQuery } from '@tanstack/react-query';
import { Get } from '../../../../wailsjs/go/app/SettingsAPI';

// Same key as the Settings feature's query, so both share one cache entry.
export const dashboardSettingsQueryOptions = () =>
  queryOptions({ queryKey: ['settings'], queryFn: () => Get(), staleTime: 60_000 });

export const useDashboardSettings = () => useQuery(dashboardSettingsQueryOptions());
