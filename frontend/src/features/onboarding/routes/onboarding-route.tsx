import { Button, SimpleGrid, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { PageHeader } from '@/components/ui/page-header';
import { useOnboardings } from '../api/onboarding';
import { OnboardingsTable } from '../components/onboardings-table';
import { StartOnboardingDialog } from '../components/start-onboarding-dialog';
import { TemplatesPanel } from '../components/templates-panel';

export function OnboardingRoute() {
  const list = useOnboardings();
  const [starting, setStarting] = useState(false);
  return (
    <>
      <PageHeader
        title="Onboarding"
        description="Checklists that get every new Account Executive up to speed: people, clients, processes, and 30/60/90-day check-ins."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setStarting(true)}>
            Start onboarding
          </Button>
        }
      />
      {starting && <StartOnboardingDialog onClose={() => setStarting(false)} />}
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
        <Stack style={{ gridColumn: 'span 2' }}>
          {list.isPending ? (
            <LoadingState />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : list.data.length === 0 ? (
            <EmptyState
              title="Nobody is onboarding"
              action={<Button onClick={() => setStarting(true)}>Start onboarding</Button>}
            >
              Start a checklist for a new team member from a template; every task gets an owner and a due
              date.
            </EmptyState>
          ) : (
            <OnboardingsTable onboardings={list.data} />
          )}
        </Stack>
        <TemplatesPanel />
      </SimpleGrid>
    </>
  );
}
