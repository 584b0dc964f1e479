import {
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatMoney, formatMonth, formatPercent } from '@/lib/format';
import { FinancialsChart } from './financials-chart';
import { useFinancials, useSaveMonths } from '../api/account-parts';
import { monthFiguresSchema, toMonthFigures } from '../types/financials-schema';

/** The account P&L by month: revenue against target and margin, and the figures to enter. */
export function FinancialsTab({ accountId, currency }: { accountId: number; currency: string }) {
  const fin = useFinancials(accountId);
  if (fin.isPending) return <LoadingState />;
  if (fin.isError) return <ErrorState error={fin.error} onRetry={() => void fin.refetch()} />;
  const f = fin.data;
  const money = (m: number) => formatMoney(m, currency);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Total label="Revenue, last 12 months" value={money(f.t12m.revenueMinor)} />
        <Total
          label="Margin, last 12 months"
          value={f.t12m.revenueMinor ? formatPercent(f.t12m.marginPct, 1) : '—'}
        />
        <Total label="Write-offs, last 12 months" value={money(f.t12m.writeOffMinor)} />
        <Total label={`Revenue, ${f.fiscalYear.label} to date`} value={money(f.yearToDate.revenueMinor)} />
      </SimpleGrid>
      {f.months.length > 0 ? (
        <FinancialsChart months={f.months} currency={currency} />
      ) : (
        <EmptyState title="No figures yet">
          Enter each month's revenue, cost, write-offs and hours below.
        </EmptyState>
      )}
      <MonthsTable
        accountId={accountId}
        rows={f.months}
        retainer={f.retainerHoursPerMonth}
        currency={currency}
      />
    </Stack>
  );
}

function Total({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg">
        {value}
      </Text>
    </Paper>
  );
}

function MonthsTable({
  accountId,
  rows,
  retainer,
  currency,
}: {
  accountId: number;
  rows: backend.MonthRow[];
  retainer: number;
  currency: string;
}) {
  const save = useSaveMonths();
  const [month, setMonth] = useState('');
  const [draft, setDraft] = useState({ revenue: 0, cost: 0, writeOff: 0, hours: 0 });
  const [error, setError] = useState('');
  const submit = () => {
    const checked = monthFiguresSchema.safeParse(toMonthFigures(month, draft));
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? '');
    save.mutate(
      { accountId, months: [backend.MonthFigures.createFrom(checked.data)] },
      {
        onSuccess: () => {
          setError('');
          setMonth('');
        },
        onError: (e) => setError(toAppError(e).message),
      },
    );
  };
  const money = (m: number) => formatMoney(m, currency);
  const n = (v: string | number) => (typeof v === 'number' ? v : Number.NaN);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Monthly figures">
      <Title order={2} fz="sm" mb="xs">
        Monthly figures
      </Title>
      <Group align="flex-end" gap="xs" mb="sm">
        <TextInput
          type="month"
          label="Month"
          size="xs"
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
        />
        <NumberInput
          label="Revenue"
          size="xs"
          hideControls
          thousandSeparator=","
          w={110}
          value={draft.revenue}
          onChange={(v) => setDraft({ ...draft, revenue: n(v) })}
        />
        <NumberInput
          label="Cost"
          size="xs"
          hideControls
          thousandSeparator=","
          w={110}
          value={draft.cost}
          onChange={(v) => setDraft({ ...draft, cost: n(v) })}
        />
        <NumberInput
          label="Write-offs"
          size="xs"
          hideControls
          thousandSeparator=","
          w={110}
          value={draft.writeOff}
          onChange={(v) => setDraft({ ...draft, writeOff: n(v) })}
        />
        <NumberInput
          label="Hours used"
          size="xs"
          hideControls
          w={90}
          value={draft.hours}
          onChange={(v) => setDraft({ ...draft, hours: n(v) })}
        />
        <Button size="xs" onClick={submit} loading={save.isPending}>
          Save month
        </Button>
        {error && (
          <Text size="xs" c="red" role="alert">
            {error}
          </Text>
        )}
      </Group>
      <Table.ScrollContainer minWidth={700}>
        <Table verticalSpacing={4} fz="sm" striped aria-label="Months">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Month</Table.Th>
              <Table.Th ta="right">Revenue</Table.Th>
              <Table.Th ta="right">Cost</Table.Th>
              <Table.Th ta="right">Write-offs</Table.Th>
              <Table.Th ta="right">Margin</Table.Th>
              <Table.Th ta="right">Target</Table.Th>
              <Table.Th ta="right">Hours</Table.Th>
              <Table.Th ta="right">Against retainer</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...rows].reverse().map((m) => (
              <Table.Tr key={m.month}>
                <Table.Td>{formatMonth(m.month)}</Table.Td>
                <Table.Td ta="right">{money(m.revenueMinor)}</Table.Td>
                <Table.Td ta="right">{money(m.costMinor)}</Table.Td>
                <Table.Td ta="right">{m.writeOffMinor ? money(m.writeOffMinor) : '—'}</Table.Td>
                <Table.Td ta="right">{m.revenueMinor ? formatPercent(m.marginPct) : '—'}</Table.Td>
                <Table.Td ta="right">{m.hasTarget ? money(m.targetMinor) : '—'}</Table.Td>
                <Table.Td ta="right">{m.hoursUsed}</Table.Td>
                <Table.Td ta="right" c={m.hoursVsRetainerPct > 100 ? 'red' : undefined}>
                  {retainer
                    ? `${formatPercent(m.hoursVsRetainerPct)}${m.hoursVsRetainerPct > 100 ? ' over' : ''}`
                    : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
