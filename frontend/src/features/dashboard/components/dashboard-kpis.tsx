import { Group, SimpleGrid } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';
import { formatMoney, formatMonth, formatPercent } from '@/lib/format';
import { KpiCard } from './kpi-card';

/** "2026-Q4" → "Q4 2026". */
export function quarterName(quarter: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return m ? `Q${m[2]} ${m[1]}` : quarter;
}

/** "FY2027 to date", and its months ("Apr 2026 – Nov 2026"). */
export function fiscalToDate(fy: backend.FiscalYear): { name: string; months: string } {
  const months =
    fy.firstMonth === fy.toMonth
      ? formatMonth(fy.firstMonth)
      : `${formatMonth(fy.firstMonth)} – ${formatMonth(fy.toMonth)}`;
  return { name: `${fy.label} to date`, months };
}

/**
 * The four headline figures, each naming its period: revenue and margin for
 * the fiscal year to date (compared with the targets of that same year's
 * plans), health today, and QBRs this calendar quarter.
 */
export function DashboardKpis({
  portfolio: p,
  currency,
}: {
  portfolio: backend.Portfolio;
  currency: string;
}) {
  const money = (m: number) => formatMoney(m, currency);
  const fy = fiscalToDate(p.fiscalYear);
  const pct = p.targetYtdMinor > 0 ? (p.revenueWithTargetMinor * 100) / p.targetYtdMinor : 0;
  let target: string;
  if (p.accountsWithTarget === 0) target = `No ${p.fiscalYear.label} plan has a revenue target yet.`;
  else if (p.accountsWithTarget === p.accountCount)
    target = `${formatPercent(pct)} of the ${money(p.targetYtdMinor)} target to date.`;
  else
    target = `${formatPercent(pct)} of the ${money(p.targetYtdMinor)} target to date of the ${p.accountsWithTarget} of ${p.accountCount} accounts with a target for ${p.fiscalYear.label}.`;
  const overdue = p.qbrOverdueCount;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      <KpiCard
        label={`Revenue, ${fy.name}`}
        value={money(p.revenueYtdMinor)}
        progress={p.accountsWithTarget > 0 ? pct : undefined}
        hint={
          <>
            {target} {fy.months}.
          </>
        }
      />
      <KpiCard
        label={`Margin, ${fy.name}`}
        value={formatPercent(p.marginYtdPct, 1)}
        hint={`After cost and write-offs. ${fy.months}.`}
        color={p.marginYtdPct < 30 ? 'orange' : undefined}
      />
      <KpiCard
        label="Account health today"
        value={
          <Group gap="sm">
            <span style={{ color: 'var(--mantine-color-teal-7)' }}>{p.health.green}</span>
            <span style={{ color: 'var(--mantine-color-yellow-7)' }}>{p.health.amber}</span>
            <span style={{ color: 'var(--mantine-color-red-7)' }}>{p.health.red}</span>
          </Group>
        }
        hint={`Green, amber and red of ${p.accountCount} accounts`}
      />
      <KpiCard
        label={`QBRs due, ${quarterName(p.quarter)}`}
        value={p.qbrCount}
        hint={overdue > 0 ? `${overdue} overdue: none held last quarter` : 'Due before the quarter ends'}
        color={overdue > 0 ? 'red' : undefined}
      />
    </SimpleGrid>
  );
}
