import { Button, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { HeldBack, SaveStatus } from '@/components/ui/save-status';
import { formatDateTime, formatMoney, formatPercent, words } from '@/lib/format';
import { notifyUndo } from '@/lib/notify';
import { useDraftEditor } from '@/lib/use-draft-editor';
import {
  discardAccountDraft,
  keepAccountDraft,
  saveAccount,
  useAccountDraft,
  useHealthHistory,
} from '../api/accounts';
import { useFinancials } from '../api/account-parts';
import { accountUnchanged, splitAccount, type AccountForm } from '../types/account-schema';
import { healthColor } from '../types/labels';
import { AccountFields } from './account-fields';
import { AccountTeamPanel } from './account-team-panel';
import { DeleteAccount } from './delete-account';

function toForm(a: backend.Account): AccountForm {
  return {
    name: a.name,
    industry: a.industry,
    tier: a.tier as AccountForm['tier'],
    status: a.status as AccountForm['status'],
    health: a.health as AccountForm['health'],
    healthReason: a.healthReason,
    contractType: a.contractType as AccountForm['contractType'],
    retainerHoursPerMonth: a.retainerHoursPerMonth,
    contractStart: a.contractStart,
    renewalDate: a.renewalDate,
    noticeDays: a.noticeDays,
    agencyOfRecord: a.agencyOfRecord,
    notes: a.notes,
  };
}

/** Account details that save as you type, key figures and the health history. */
export function OverviewTab({ account, currency }: { account: backend.Account; currency: string }) {
  const draft = useAccountDraft(account.id);
  if (draft.isPending) return <LoadingState />;
  if (draft.isError) return <ErrorState error={draft.error} onRetry={() => void draft.refetch()} />;
  return <Overview account={account} draft={draft.data} currency={currency} />;
}

function Overview({
  account,
  draft,
  currency,
}: {
  account: backend.Account;
  draft: backend.Draft;
  currency: string;
}) {
  const qc = useQueryClient();
  const [conflict, setConflict] = useState(false);
  // Dates the browser could not read (30 February), by field.
  const [bad, setBad] = useState<ReadonlyMap<string, string>>(new Map());
  const history = useHealthHistory(account.id);
  const financials = useFinancials(account.id);
  const ed = useDraftEditor<backend.Account>({
    label: `${account.name}: details`,
    memoryKey: `account:${account.id}`,
    record: account,
    draft,
    readOnly: false,
    version: (a) => a.version,
    withVersion: (a, version) => backend.Account.createFrom({ ...a, version }),
    parse: (body) =>
      backend.Account.createFrom({ ...account, ...(JSON.parse(body) as object), id: account.id }),
    split: (cur, base, extra) => splitAccount(cur, base, new Map([...bad, ...extra])),
    unchanged: accountUnchanged,
    save: (a) => saveAccount(qc, a),
    adopt: (cur, saved) =>
      backend.Account.createFrom({ ...cur, version: saved.version, updatedAt: saved.updatedAt }),
    keep: (d) => keepAccountDraft(qc, account.id, d),
    discard: () => discardAccountDraft(qc, account.id),
    problemPath: (err) => (err.field && err.field in account ? err.field : null),
    onError: (err) => err.code === 'conflict' && !err.field && setConflict(true),
  });
  const form = toForm(ed.value);
  const errors = Object.fromEntries(ed.loud.map((p) => [p.path, p.message])) as Partial<
    Record<keyof AccountForm, string>
  >;
  const change = <K extends keyof AccountForm>(key: K, v: AccountForm[K], immediate = false) => {
    ed.change(backend.Account.createFrom({ ...ed.value, [key]: v }));
    if (immediate) void ed.flush();
  };
  const badDate = (field: string, message: string | null) =>
    setBad((cur) => {
      const next = new Map(cur);
      if (message) next.set(field, message);
      else next.delete(field);
      return next;
    });
  const discard = () => {
    const before = ed.discardDraft();
    setBad(new Map());
    notifyUndo('The draft was discarded.', () => ed.change(before));
  };

  const f = financials.data;
  const thisMonth = f?.months.at(-1);
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
      <Paper withBorder radius="md" p="lg" style={{ gridColumn: 'span 2' }}>
        <Stack>
          <Group justify="space-between">
            <Title order={2} fz="md">
              Details
            </Title>
            <SaveStatus state={ed.state} error={ed.error} loud={ed.loud} />
          </Group>
          {conflict && (
            <Text size="sm" c="orange">
              Someone changed this account elsewhere.{' '}
              <Button size="compact-xs" variant="light" onClick={() => window.location.reload()}>
                Reload
              </Button>
            </Text>
          )}
          <HeldBack loud={ed.loud} older={!!ed.older} onUseOlder={ed.useOlderDraft} onDiscard={discard} />
          <AccountFields
            value={form}
            errors={errors}
            onChange={change}
            onBlur={() => void ed.flush()}
            onBadDate={badDate}
          />
          <DeleteAccount account={account} />
        </Stack>
      </Paper>
      <Stack>
        <AccountTeamPanel accountId={account.id} />
        <Paper withBorder radius="md" p="lg">
          <Title order={2} fz="md" mb="sm">
            Key figures
          </Title>
          {f ? (
            <Stack gap={8}>
              <Figure label="Revenue, last 12 months" value={formatMoney(f.t12m.revenueMinor, currency)} />
              <Figure
                label="Margin, last 12 months"
                value={f.t12m.revenueMinor ? formatPercent(f.t12m.marginPct, 1) : '—'}
              />
              <Figure
                label="Write-offs, last 12 months"
                value={formatMoney(f.t12m.writeOffMinor, currency)}
              />
              <Figure
                label={`Hours against retainer${thisMonth ? `, ${thisMonth.month}` : ''}`}
                value={
                  thisMonth && account.retainerHoursPerMonth
                    ? formatPercent(thisMonth.hoursVsRetainerPct)
                    : '—'
                }
                warn={!!thisMonth && thisMonth.hoursVsRetainerPct > 100}
              />
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              Loading…
            </Text>
          )}
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <Title order={2} fz="md" mb="sm">
            Health history
          </Title>
          <Timeline bulletSize={12} lineWidth={2}>
            {(history.data ?? []).slice(0, 6).map((h, i) => (
              <Timeline.Item key={i} color={healthColor[h.health]} title={words(h.health)}>
                {h.reason && (
                  <Text size="xs" c="dimmed">
                    {h.reason}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {formatDateTime(h.changedAt)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Paper>
      </Stack>
    </SimpleGrid>
  );
}

function Figure({ label, value, warn }: { label: string; value: string; warn?: boolean }) {
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} c={warn ? 'red' : undefined}>
        {value}
        {warn ? ' (over-serviced)' : ''}
      </Text>
    </Group>
  );
}
