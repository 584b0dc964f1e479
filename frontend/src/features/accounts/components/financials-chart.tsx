import '@mantine/charts/styles.css';
import { Paper, Text, Title } from '@mantine/core';
import { CompositeChart } from '@mantine/charts';
import { backend } from '../../../../wailsjs/go/models';
import { formatMoney, formatMoneyCompact, formatMonth, formatPercent } from '@/lib/format';

/** One month as the chart draws it: money in major units, margin in percent, no target where no plan sets one. */
export type ChartMonth = { month: string; Revenue: number; Target: number | null; 'Margin %': number | null };

/** The chart's rows: months in the user's locale, the target only where a plan for that fiscal year sets one. */
export function chartMonths(months: backend.MonthRow[]): ChartMonth[] {
  return months.map((m) => ({
    month: formatMonth(m.month),
    Revenue: m.revenueMinor / 100,
    Target: m.hasTarget ? m.targetMinor / 100 : null,
    'Margin %': m.revenueMinor ? Math.round(m.marginPct * 10) / 10 : null,
  }));
}

type TooltipItem = { name?: string | number; value?: unknown; color?: string };

/**
 * Revenue as bars and the month's target as a line on the money axis (left);
 * margin on its own axis (right), in percent.
 */
export function FinancialsChart({ months, currency }: { months: backend.MonthRow[]; currency: string }) {
  const data = chartMonths(months);
  const money = (v: number) => formatMoneyCompact(v * 100, currency);
  const withTarget = months.some((m) => m.hasTarget);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-label="Revenue against target and margin by month"
    >
      <Title order={2} fz="sm" mb="sm">
        Revenue against target, and margin, by month
      </Title>
      <CompositeChart
        h={260}
        data={data}
        dataKey="month"
        withRightYAxis
        yAxisLabel="Revenue"
        rightYAxisLabel="Margin"
        yAxisProps={{ width: 70 }}
        rightYAxisProps={{
          domain: [0, 100],
          ticks: [0, 25, 50, 75, 100],
          tickFormatter: (v: number) => formatPercent(v),
          width: 50,
        }}
        connectNulls={false}
        series={[
          { name: 'Revenue', color: 'blue.6', type: 'bar' },
          { name: 'Target', color: 'gray.6', type: 'line', strokeDasharray: '5 4' },
          { name: 'Margin %', label: 'Margin', color: 'teal.6', type: 'line', yAxisId: 'right' },
        ]}
        valueFormatter={money}
        tooltipProps={{
          content: ({ label, payload }) => (
            <MonthTooltip label={label} items={payload ?? []} currency={currency} />
          ),
        }}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 30 }}
      />
      {!withTarget && (
        <Text size="xs" c="dimmed" mt={4}>
          No target line: no plan sets a revenue target for these months’ fiscal years.
        </Text>
      )}
    </Paper>
  );
}

/** The hovered month: money as money, margin as a percentage. */
function MonthTooltip({
  label,
  items,
  currency,
}: {
  label: unknown;
  items: readonly TooltipItem[];
  currency: string;
}) {
  if (items.length === 0) return null;
  return (
    <Paper withBorder shadow="sm" p="xs" radius="sm">
      <Text size="sm" fw={600} mb={4}>
        {String(label)}
      </Text>
      {items.map((i) => {
        const v = typeof i.value === 'number' ? i.value : null;
        const text =
          v === null ? '—' : i.name === 'Margin %' ? formatPercent(v, 1) : formatMoney(v * 100, currency);
        return (
          <Text key={String(i.name)} size="xs">
            <span style={{ color: i.color }}>●</span> {i.name === 'Margin %' ? 'Margin' : i.name}: {text}
          </Text>
        );
      })}
    </Paper>
  );
}
