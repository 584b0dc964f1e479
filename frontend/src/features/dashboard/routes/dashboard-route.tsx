import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { PageHeader } from '@/components/ui/page-header';
import { useSettings } from '@/lib/settings';
import { useAppraisalsLocked } from '@/lib/appraisals-lock';
import {
  useCycles,
  useDashboardTeam,
  useOnboardings,
  useOneOnOneActions,
  useOneOnOneSchedules,
  usePortfolio,
} from '../api/dashboard';
import { DashboardCharts } from '../components/dashboard-charts';
import { DashboardKpis, fiscalToDate } from '../components/dashboard-kpis';
import { DashboardLists } from '../components/dashboard-lists';
import { useScreenTiming } from '@/lib/screen-timing';

export function DashboardRoute() {
  const settings = useSettings();
  const portfolio = usePortfolio();
  useScreenTiming('dashboard', portfolio.data ? portfolio.dataUpdatedAt : 0);
  // Read beside the portfolio, not after it: the lists show each as it arrives.
  const team = useDashboardTeam();
  const onboardings = useOnboardings();
  const cycles = useCycles();
  const appraisalsLocked = useAppraisalsLocked(cycles.error);
  const schedules = useOneOnOneSchedules();
  const oneOnOneActions = useOneOnOneActions();
  const agency = settings.data?.agencyName;
  const header = (
    <PageHeader
      title="Dashboard"
      description={
        agency ? (
          `${agency}: your portfolio at a glance.`
        ) : (
          <>
            Your portfolio at a glance.{' '}
            <Anchor component={Link} to="/settings" underline="always">
              Name your agency in Settings
            </Anchor>
            .
          </>
        )
      }
    />
  );
  if (portfolio.isPending || settings.isPending)
    return (
      <>
        {header}
        <LoadingState />
      </>
    );
  if (portfolio.isError || settings.isError)
    return (
      <>
        {header}
        <ErrorState error={portfolio.error ?? settings.error} onRetry={() => void portfolio.refetch()} />
      </>
    );

  const p = portfolio.data;
  const currency = settings.data.currency;
  if (p.accountCount === 0) {
    return (
      <>
        {header}
        <EmptyState
          title="No accounts yet"
          action={
            <Group gap="sm" justify="center">
              <Button component={Link} to="/accounts?new=1" leftSection={<IconPlus size={16} />}>
                Add your first account
              </Button>
              <Button
                variant="default"
                component={Link}
                to="/import"
                leftSection={<IconFileImport size={16} />}
              >
                Import from a file
              </Button>
            </Group>
          }
        >
          Add the clients you look after, or import them from your CRM; their plans, figures and QBRs will
          show up here.
        </EmptyState>
      </>
    );
  }
  const fy = fiscalToDate(p.fiscalYear);

  return (
    <>
      {header}
      <Stack gap="lg">
        <DashboardKpis portfolio={p} currency={currency} />

        <DashboardCharts portfolio={p} currency={currency} />

        <DashboardLists
          portfolio={p}
          team={team}
          onboardings={onboardings}
          cycles={cycles}
          appraisalsLocked={appraisalsLocked}
          schedules={schedules}
          oneOnOneActions={oneOnOneActions}
        />
        <Text size="xs" c="dimmed">
          Revenue and margin are actuals from each account’s monthly figures for {fy.name} ({fy.months}; the
          fiscal year’s first month is set in{' '}
          <Anchor component={Link} to="/settings" size="xs" underline="always">
            Settings
          </Anchor>
          ). Targets are the revenue targets of the {p.fiscalYear.label} plans, pro rata to date. QBRs follow
          calendar quarters.
        </Text>
      </Stack>
    </>
  );
}
