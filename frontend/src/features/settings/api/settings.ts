import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Currencies, DiscardDraft, Draft, KeepDraft, Update } from '../../../../wailsjs/go/app/SettingsAPI';
import { BackupNow, Info, Notices } from '../../../../wailsjs/go/app/WorkspaceAPI';
import { backend } from '../../../../wailsjs/go/models';
import { settingsKey } from '@/lib/settings';

export const settingsKeys = {
  // The settings themselves are shared: settingsKey in src/lib/settings.
  settings: settingsKey,
  currencies: [...settingsKey, 'currencies'] as const,
  draft: ['settings-draft'] as const,
  workspace: ['workspace'] as const,
  workspaceInfo: ['workspace', 'info'] as const,
};

export const currenciesQueryOptions = () =>
  queryOptions({ queryKey: settingsKeys.currencies, queryFn: () => Currencies(), staleTime: Infinity });
export const useCurrencies = () => useQuery(currenciesQueryOptions());

export const updateSettings = (s: backend.Settings) => Update(s);

/** The settings' kept draft: what could not be saved yet (savedAt "" when none). */
export const useSettingsDraft = () =>
  useQuery({ queryKey: settingsKeys.draft, queryFn: () => Draft(), staleTime: 0 });

/*
 * The Settings editor calls the bindings directly rather than through a
 * mutation, so a closing page starts the call at once (see accounts/api/plans.ts).
 */

/** Saves the settings; every figure that follows them is read again. */
export async function saveSettings(qc: QueryClient, s: backend.Settings): Promise<backend.Settings> {
  const saved = await Update(s);
  qc.setQueryData(settingsKeys.settings, saved);
  void qc.invalidateQueries({
    predicate: (q) => q.queryKey[0] !== settingsKey[0] && q.queryKey[0] !== settingsKeys.draft[0],
  });
  return saved;
}

export async function keepSettingsDraft(
  qc: QueryClient,
  d: { body: string; baseVersion: number },
): Promise<void> {
  qc.setQueryData(settingsKeys.draft, await KeepDraft(backend.Draft.createFrom({ ...d, savedAt: '' })));
}

export async function discardSettingsDraft(qc: QueryClient): Promise<void> {
  await DiscardDraft();
  qc.setQueryData(settingsKeys.draft, backend.Draft.createFrom({ body: '', baseVersion: 0, savedAt: '' }));
}

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
