import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { PageHeader } from '@/components/ui/page-header';
import { useAccounts, useCurrency } from '../api/accounts';
import { AccountsTable, sortKeys } from '../components/accounts-table';
import { NewAccountModal } from '../components/new-account-modal';
import { healths, statuses, tiers } from '../types/labels';

/** The completeness filter's choices: plans less complete than a bound (or no plan). */
const completenessBounds = [25, 50, 80, 100].map((n) => ({
  value: String(n),
  label: n === 100 ? 'Not complete' : `Below ${n} %`,
}));
import { useScreenTiming } from '@/lib/screen-timing';

export function AccountsRoute() {
  const [search, setSearch] = useState('');
  const [tier, setTier] = useState<string | null>(null);
  const [health, setHealth] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [below, setBelow] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(search, 200);
  // ?new=1 (the command palette's "New account", the Dashboard's "Add your first account") opens the form at once.
  const [params, setParams] = useSearchParams();
  const [creating, setCreatingState] = useState(false);
  const wantsNew = params.get('new') === '1';
  useEffect(() => {
    if (wantsNew) setCreatingState(true);
  }, [wantsNew]);
  const setCreating = (open: boolean) => {
    setCreatingState(open);
    if (!open && params.has('new')) setParams({}, { replace: true });
  };
  useHotkeys([['mod+N', () => setCreating(true)]]);
  const currency = useCurrency();
  const filter = {
    id: 0,
    search: debounced,
    tier: tier ?? '',
    health: health ?? '',
    status: status ?? '',
    completenessBelow: Number(below ?? 0),
  };
  const accounts = useAccounts(filter);
  useScreenTiming('accounts', accounts.data ? accounts.dataUpdatedAt : 0);
  const filtered = !!(debounced || tier || health || status || below);

  return (
    <>
      <PageHeader
        title="Accounts"
        description="Every client you look after, with the last 12 months of revenue, the current plan and QBR."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New account
          </Button>
        }
      />
      <NewAccountModal opened={creating} onClose={() => setCreating(false)} />
      <Stack gap="md">
        <Group gap="sm" align="flex-end">
          <TextInput
            label="Search accounts"
            placeholder="Name or industry"
            leftSection={<IconSearch size={14} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={260}
          />
          <Select
            label="Tier"
            placeholder="Any"
            data={tiers}
            value={tier}
            onChange={setTier}
            clearable
            w={150}
          />
          <Select
            label="Health"
            placeholder="Any"
            data={healths}
            value={health}
            onChange={setHealth}
            clearable
            w={150}
          />
          <Select
            label="Status"
            placeholder="Any"
            data={statuses}
            value={status}
            onChange={setStatus}
            clearable
            w={150}
          />
          <Select
            label="Plan completeness"
            placeholder="Any"
            data={completenessBounds}
            value={below}
            onChange={setBelow}
            clearable
            w={170}
          />
          {accounts.data && (
            <Text size="sm" c="dimmed" pb={8} role="status">
              {accounts.data.length} {accounts.data.length === 1 ? 'account' : 'accounts'}
            </Text>
          )}
        </Group>
        {accounts.isPending ? (
          <LoadingState />
        ) : accounts.isError ? (
          <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />
        ) : accounts.data.length === 0 ? (
          filtered ? (
            <EmptyState title="No account matches">Change the search or the filters.</EmptyState>
          ) : (
            <EmptyState
              title="No accounts yet"
              action={
                <Group gap="sm" justify="center">
                  <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
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
              Add the clients you look after, or bring them in from your CRM's export (Salesforce, HubSpot,
              Pipedrive or a spreadsheet). Each gets a plan, a stakeholder map, monthly figures and QBRs.
            </EmptyState>
          )
        ) : (
          <AccountsTable
            initialSort={sortKeys.find((k) => k === params.get('sort'))}
            accounts={accounts.data}
            currency={currency}
          />
        )}
      </Stack>
    </>
  );
}
