import { Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { formatDateTime, formatMoney, formatPercent, words } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { saveStateText, useAutosave } from '@/lib/use-autosave';
import { useDeleteAccount, useHealthHistory, useUpdateAccount } from '../api/accounts';
import { useFinancials } from '../api/account-parts';
import { accountSchema, fieldErrors, type AccountForm } from '../types/account-schema';
import { healthColor } from '../types/labels';
import { AccountFields } from './account-fields';
import { AccountTeamPanel } from './account-team-panel';

function toForm(a: backend.Account): AccountForm {
  return {
    name: a.name, industry: a.industry, tier: a.tier as AccountForm['tier'], status: a.status as AccountForm['status'],
    health: a.health as AccountForm['health'], healthReason: a.healthReason, contractType: a.contractType as AccountForm['contractType'],
    retainerHoursPerMonth: a.retainerHoursPerMonth, contractStart: a.contractStart, renewalDate: a.renewalDate,
    agencyOfRecord: a.agencyOfRecord, notes: a.notes,
  };
}

/** Account details that save as you type, key figures and the health history. */
export function OverviewTab({ account, currency }: { account: backend.Account; currency: string }) {
  const [form, setForm] = useState<AccountForm>(() => toForm(account));
  const [errors, setErrors] = useState<Partial<Record<keyof AccountForm, string>>>({});
  const [version, setVersion] = useState(account.version);
  const [conflict, setConflict] = useState(false);
  const update = useUpdateAccount();
  const history = useHealthHistory(account.id);
  const financials = useFinancials(account.id);
  const autosave = useAutosave<AccountForm>(async (value) => {
    try {
      const saved = await update.mutateAsync(backend.Account.createFrom({ ...value, id: account.id, version }));
      setVersion(saved.version);
      setErrors({});
    } catch (e) {
      const err = toAppError(e);
      if (err.code === 'conflict' && !err.field) setConflict(true);
      setErrors({ [(err.field as keyof AccountForm) || 'name']: err.message });
      throw e;
    }
  }, 700);

  const change = <K extends keyof AccountForm>(key: K, v: AccountForm[K], immediate = false) => {
    const next = { ...form, [key]: v };
    setForm(next);
    const parsed = accountSchema.safeParse(next);
    if (!parsed.success) {
      setErrors(fieldErrors<AccountForm>(parsed));
      autosave.hold();
      return;
    }
    setErrors({});
    autosave.schedule(parsed.data);
    if (immediate) void autosave.flush();
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
            <Text size="sm" c={autosave.state === 'invalid' || autosave.state === 'error' ? 'red' : 'dimmed'} role="status">
              {saveStateText(autosave.state)}
            </Text>
          </Group>
          {conflict && (
            <Text size="sm" c="orange">
              Someone changed this account elsewhere.{' '}
              <Button size="compact-xs" variant="light" onClick={() => window.location.reload()}>
                Reload
              </Button>
            </Text>
          )}
          <AccountFields value={form} errors={errors} onChange={change} onBlur={() => void autosave.flush()} />
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
              <Figure label="Margin, last 12 months" value={f.t12m.revenueMinor ? formatPercent(f.t12m.marginPct, 1) : '—'} />
              <Figure label="Write-offs, last 12 months" value={formatMoney(f.t12m.writeOffMinor, currency)} />
              <Figure
                label={`Hours against retainer${thisMonth ? `, ${thisMonth.month}` : ''}`}
                value={thisMonth && account.retainerHoursPerMonth ? formatPercent(thisMonth.hoursVsRetainerPct) : '—'}
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

/** Deleting an account takes everything under it and cannot be undone: confirm. */
function DeleteAccount({ account }: { account: backend.Account }) {
  const [open, setOpen] = useState(false);
  const del = useDeleteAccount();
  const navigate = useNavigate();
  return (
    <>
      <Group justify="flex-end">
        <Button variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => setOpen(true)}>
          Delete account
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Delete ${account.name}?`}>
        <Stack>
          <Text size="sm">
            This removes the account with all its plans and versions, stakeholders, monthly figures, QBRs, jobs and contact reports. It cannot be undone; a backup
            (File → Back Up Workspace) keeps a copy.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={del.isPending}
              onClick={() =>
                del.mutate(account.id, {
                  onSuccess: () => {
                    notifySuccess(`${account.name} was deleted.`);
                    navigate('/accounts');
                  },
                })
              }
            >
              Delete account
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
