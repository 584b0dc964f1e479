import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Currencies, Update } from '../../../../wailsjs/go/app/SettingsAPI';
import { BackupNow, Info, Notices } from '../../../../wailsjs/go/app/WorkspaceAPI';
import { backend } from '../../../../wailsjs/go/models';
import { settingsKey } from '@/lib/settings';

export const settingsKeys = {
  // The settings themselves are shared: settingsKey in src/lib/settings.
  settings: settingsKey,
  currencies: [...settingsKey, 'currencies'] as const,
  workspace: ['workspace'] as const,
  workspaceInfo: ['workspace', 'info'] as const,
};

export const currenciesQueryOptions = () =>
  queryOptions({ queryKey: settingsKeys.currencies, queryFn: () => Currencies(), staleTime: Infinity });
export const useCurrencies = () => useQuery(currenciesQueryOptions());

export const updateSettings = (s: backend.Settings) => Update(s);

/** Saves settings; field errors are shown on the form, so no toast here. */
export const useUpdateSettings = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    meta: { handlesErrors: true },
    onSuccess: (saved) => client.setQueryData(settingsKeys.settings, saved),
  });
};

export const workspaceInfoQueryOptions = () =>
  queryOptions({ queryKey: settingsKeys.workspaceInfo, queryFn: () => Info() });
export const useWorkspaceInfo = () => useQuery(workspaceInfoQueryOptions());

export const backupNow = () => BackupNow();

export const useBackupNow = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: backupNow,
    onSuccess: () => client.invalidateQueries({ queryKey: settingsKeys.workspace }),
  });
};

/**
 * What the user must be told about the workspace since it was opened (it
 * could be read by other users and is now private). Each notice comes once:
 * the server forgets it when it is handed out, so this is no query to cache.
 */
export const takeWorkspaceNotices = (): Promise<string[]> => Notices();
