import { Stack } from '@mantine/core';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { PageHeader } from '@/components/ui/page-header';
import { useSettings } from '@/lib/settings';
import { useCurrencies, useUpdateSettings, useWorkspaceInfo } from '../api/settings';
import { SettingsForm } from '../components/settings-form';
import { PassphrasePanel } from '../components/passphrase-panel';
import { PlanTemplatesPanel } from '../components/plan-templates-panel';
import { WorkspacePanel } from '../components/workspace-panel';

export function SettingsRoute() {
  const settings = useSettings();
  const currencies = useCurrencies();
  const info = useWorkspaceInfo();
  const update = useUpdateSettings();
  return (
    <>
      <PageHeader title="Settings" description="Workspace preferences. Changes are saved as you make them." />
      {settings.isPending || currencies.isPending ? (
        <LoadingState />
      ) : settings.isError || currencies.isError ? (
        <ErrorState error={settings.error ?? currencies.error} onRetry={() => void settings.refetch()} />
      ) : (
        <Stack gap="lg">
          <SettingsForm
            settings={settings.data}
            currencies={currencies.data}
            onSave={(s) => update.mutateAsync(s)}
          />
          {info.isPending ? (
            <LoadingState />
          ) : info.isError ? (
            <ErrorState error={info.error} onRetry={() => void info.refetch()} />
          ) : (
            <WorkspacePanel info={info.data} />
          )}
          <PassphrasePanel />
          <PlanTemplatesPanel />
        </Stack>
      )}
    </>
  );
}
