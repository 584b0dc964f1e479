import { queryOptions, useQuery } from '@tanstack/react-query';
import { Get } from '../../wailsjs/go/app/SettingsAPI';

// Shared, not in features/settings: other screens (the onboarding checklist) read the settings too.
export const settingsKey = ['settings'] as const;

export const getSettings = () => Get();

export const settingsQueryOptions = () =>
  queryOptions({ queryKey: settingsKey, queryFn: getSettings, staleTime: 60_000 });

export const useSettings = () => useQuery(settingsQueryOptions());
