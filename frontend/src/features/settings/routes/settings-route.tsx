import { Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { PageHeader } from '@/components/ui/page-header';
import { useSettings } from '@/lib/settings';
import {
  discardSettingsDraft,
  keepSettingsDraft,
  saveSettings,
  useCurrencies,
  useSettingsDraft,
  useWorkspaceInfo,
} from '../api/settings';
import { SettingsForm } from '../components/settings-form';
import { PassphrasePanel } from '../components/passphrase-panel';
import { ServiceLinesPanel } from '../components/service-lines-panel';
import { PlanTemplatesPanel } from '../components/plan-templates-panel';
import { WorkspacePanel } from '../components/workspace-panel';

export function SettingsRoute() {
  const settings = useSettings();
  const currencies = useCurrencies();
  const info = useWorkspaceInfo();
  const draft = useSettingsDraft();
  const qc = useQueryClient();
  return (
    <>
      <PageHeader title="Settings" description="Workspace preferences. Changes are saved as you make them." />
      {settings.isPending || currencies.isPending || draft.isPending ? (
        <LoadingState />
      ) : settings.isError || currencies.isError || draft.isError ? (
        <ErrorState
          error={settings.error ?? currencies.error ?? draft.error}
          onRetry={() => void Promise.all([settings.refetch(), currencies.refetch(), draft.refetch()])}
        />
      ) : (
        <Stack gap="lg">
          <SettingsForm
            settings={settings.data}
            currencies={currencies.data}
            draft={draft.data}
            onSave={(s) => saveSettings(qc, s)}
            onKeepDraft={(d) => keepSettingsDraft(qc, d)}
            onDiscardDraft={() => discardSettingsDraft(qc)}
          />
          {info.isPending ? (
            <LoadingState />
          ) : info.isError ? (
            <ErrorState error={info.error} onRetry={() => void info.refetch()} />
          ) : (
            <WorkspacePanel info={info.data} />
          )}
          <ServiceLinesPanel />
          <PassphrasePanel />
          <PlanTemplatesPanel />
        </Stack>
      )}
    </>
  );
}
