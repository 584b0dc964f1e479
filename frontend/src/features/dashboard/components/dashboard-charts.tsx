import { Paper, SimpleGrid, Title } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';
import { BarChart } from '@/components/ui/bar-chart';
import { formatMoneyCompact, words } from '@/lib/format';

/** The Dashboard's two charts: this fiscal year's revenue against target, and the current plans' pipeline. */
export function DashboardCharts({
  portfolio: p,
  currency,
}: {
  portfolio: backend.Portfolio;
  currency: string;
}) {
  const money = (v: number) => formatMoneyCompact(v, currency);
  const period = `${p.fiscalYear.label} to date`;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Paper withBorder radius="md" p="md" component="section" aria-label="Revenue against target by account">
        <Title order={2} fz="sm" mb="sm">
          Revenue against target, {period}
        </Title>
        <BarChart
          label={`Revenue against target, ${period}, largest accounts`}
          orientation="horizontal"
          rows={p.revenueByAccount.map((r) => ({
            label: r.hasTarget ? r.accountName : `${r.accountName} (no target)`,
            values: [r.revenueMinor, r.targetMinor],
          }))}
          series={[
            { name: 'Revenue', color: 'var(--mantine-color-blue-6)' },
            { name: 'Target', color: 'var(--mantine-color-gray-4)' },
          ]}
          format={money}
        />
      </Paper>
      <Paper withBorder radius="md" p="md" component="section" aria-label="Pipeline by stage">
        <Title order={2} fz="sm" mb="sm">
          Growth pipeline by stage, current plans
        </Title>
        <BarChart
          label="Growth pipeline by stage, value and weighted value"
          orientation="vertical"
          rows={p.pipelineByStage.map((s) => ({
            label: words(s.stage),
            values: [s.valueMinor, s.weightedMinor],
          }))}
          series={[
            { name: 'Value', color: 'var(--mantine-color-indigo-3)' },
            { name: 'Weighted', color: 'var(--mantine-color-indigo-7)' },
          ]}
          format={money}
        />
      </Paper>
    </SimpleGrid>
  );
}
