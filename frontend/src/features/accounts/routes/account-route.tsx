import { Anchor, Badge, Breadcrumbs, Button, Group, Tabs, Text, Title } from '@mantine/core';
import { IconPresentation } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { words } from '@/lib/format';
import { useAccount, useAccountSummary, useCurrency } from '../api/accounts';
import { HealthBadge, QBRBadge } from '../components/badges';
import { FinancialsTab } from '../components/financials-tab';
import { OverviewTab } from '../components/overview-tab';
import { PaperworkTab } from '../components/paperwork-tab';
import { PlanTab } from '../components/plan-tab';
import { QBRPackDialog } from '../components/qbr-pack-dialog';
import { QBRsTab } from '../components/qbrs-tab';
import { StakeholdersTab } from '../components/stakeholders-tab';
import { WhitespaceTab } from '../components/whitespace-tab';
import { useScreenTiming } from '@/lib/screen-timing';

const tabs = [
  { value: 'overview', label: 'Overview' },
  { value: 'plan', label: 'Plan' },
  { value: 'whitespace', label: 'Whitespace' },
  { value: 'stakeholders', label: 'Stakeholders' },
  { value: 'financials', label: 'Financials' },
  { value: 'qbrs', label: 'QBRs' },
  { value: 'paperwork', label: 'Jobs & reports' },
];

export function AccountRoute() {
  const id = Number(useParams().accountId);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'overview';
  // ?pack=qbr opens the QBR pack (the command palette links to it).
  const packOpen = params.get('pack') === 'qbr';
  const setPackOpen = (open: boolean) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (open) next.set('pack', 'qbr');
        else next.delete('pack');
        return next;
      },
      { replace: true },
    );
  const account = useAccount(id);
  useScreenTiming('account', account.data ? account.dataUpdatedAt : 0);
  const currency = useCurrency();
  const summary = useAccountSummary(id);

  if (account.isPending) return <LoadingState />;
  if (account.isError) return <ErrorState error={account.error} onRetry={() => void account.refetch()} />;
  const a = account.data;
  return (
    <>
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/accounts">
          Accounts
        </Anchor>
        <Text size="sm">{a.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" mb="md">
        <div>
          <Title order={1} fz={26}>
            {a.name}
          </Title>
          <Group gap="sm" mt={4}>
            <Badge variant="outline" color="gray">
              {words(a.tier)}
            </Badge>
            <HealthBadge health={a.health} />
            {a.healthReason && (
              <Text size="sm" c="dimmed">
                {a.healthReason}
              </Text>
            )}
            {a.industry && (
              <Text size="sm" c="dimmed">
                · {a.industry}
              </Text>
            )}
          </Group>
        </div>
        <Group gap="md">
          {summary.data && (
            <Group gap={6}>
              <Text size="sm" c="dimmed">
                QBR
              </Text>
              <QBRBadge qbr={summary.data.qbr} />
            </Group>
          )}
          <Button
            variant="light"
            leftSection={<IconPresentation size={16} />}
            onClick={() => setPackOpen(true)}
          >
            QBR pack
          </Button>
        </Group>
      </Group>
      {packOpen && <QBRPackDialog accountId={a.id} onClose={() => setPackOpen(false)} />}
      <Tabs
        value={tab}
        onChange={(v) => setParams({ tab: v ?? 'overview' }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab key={a.id} account={a} currency={currency} />
        </Tabs.Panel>
        <Tabs.Panel value="plan">
          <PlanTab accountId={a.id} currency={currency} />
        </Tabs.Panel>
        <Tabs.Panel value="whitespace">
          <WhitespaceTab accountId={a.id} currency={currency} />
        </Tabs.Panel>
        <Tabs.Panel value="stakeholders">
          <StakeholdersTab accountId={a.id} />
        </Tabs.Panel>
        <Tabs.Panel value="financials">
          <FinancialsTab accountId={a.id} currency={currency} />
        </Tabs.Panel>
        <Tabs.Panel value="qbrs">
          <QBRsTab accountId={a.id} qbr={summary.data?.qbr} />
        </Tabs.Panel>
        <Tabs.Panel value="paperwork">
          <PaperworkTab accountId={a.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
