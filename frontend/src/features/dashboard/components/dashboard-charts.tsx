import { Paper, SimpleGrid, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { backend } from '../../../../wailsjs/go/models';
import { formatMoneyCompact, words } from '@/lib/format';

/** The Dashboard's two charts, loaded after the figures so the window paints first. */
export function DashboardCharts({ portfolio: p, currency }: { portfolio: backend.Portfolio; currency: string }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Paper withBorder radius="md" p="md" component="section" aria-label="Revenue against target by account">
        <Title order={2} fz="sm" mb="sm">
          Revenue against target, last 12 months
        </Title>
        <BarChart
          h={Math.max(240, p.revenueByAccount.length * 34)}
          orientation="vertical"
          data={p.revenueByAccount.map((r) => ({ account: r.accountName, Revenue: r.revenueMinor / 100, Target: r.targetMinor / 100 }))}
          dataKey="account"
          series={[
            { name: 'Revenue', color: 'blue.6' },
            { name: 'Target', color: 'gray.4' },
          ]}
          valueFormatter={(v) => formatMoneyCompact(v * 100, currency)}
          yAxisProps={{ width: 130, interval: 0 }}
          withLegend
          legendProps={{ verticalAlign: 'top', height: 30 }}
        />
      </Paper>
      <Paper withBorder radius="md" p="md" component="section" aria-label="Pipeline by stage">
        <Title order={2} fz="sm" mb="sm">
          Growth pipeline by stage
        </Title>
        <BarChart
          h={240}
          data={p.pipelineByStage.map((s) => ({ stage: words(s.stage), Value: s.valueMinor / 100, Weighted: s.weightedMinor / 100 }))}
          dataKey="stage"
          series={[
            { name: 'Value', color: 'indigo.3' },
            { name: 'Weighted', color: 'indigo.7' },
          ]}
          valueFormatter={(v) => formatMoneyCompact(v * 100, currency)}
          withLegend
          legendProps={{ verticalAlign: 'top', height: 30 }}
        />
      </Paper>
    </SimpleGrid>
  );
}
