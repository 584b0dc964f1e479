import { Anchor, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { PageHeader } from '@/components/ui/page-header';
import { formatDate, formatMonthSpan, formatPercent, words } from '@/lib/format';
import { useSettings } from '@/lib/settings';
import { useCycles, useDashboardTeam, useOnboardings, usePortfolio } from '../api/dashboard';
import { DashboardCharts } from '../components/dashboard-charts';
import { DashboardKpis, fiscalToDate } from '../components/dashboard-kpis';
import { LIST_CARD_ROWS, ListCard } from '../components/list-card';
import { useAppraisalsLocked } from '@/lib/appraisals-lock';
import { useScreenTiming } from '@/lib/screen-timing';

const healthColor: Record<string, string> = { green: 'teal', amber: 'yellow', red: 'red' };

/**
 * What a card that reads its own list says when it has no rows: while the
 * list is on its way, or could not be read, "nobody is over-allocated" would
 * be a false all-clear.
 */
function emptyText(query: { isPending: boolean; isError: boolean }, failed: string, none: string): string {
  if (query.isPending) return 'Loading…';
  return query.isError ? failed : none;
}

export function DashboardRoute() {
  const settings = useSettings();
  const portfolio = usePortfolio();
  useScreenTiming('dashboard', portfolio.data ? portfolio.dataUpdatedAt : 0);
  const team = useDashboardTeam();
  const onboardings = useOnboardings();
  const cycles = useCycles();
  const appraisalsLocked = useAppraisalsLocked(cycles.error);
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
            <Button component={Link} to="/accounts?new=1" leftSection={<IconPlus size={16} />}>
              Add your first account
            </Button>
          }
        >
          Add the clients you look after; their plans, figures and QBRs will show up here.
        </EmptyState>
      </>
    );
  }
  const inProgress = (onboardings.data ?? []).filter((o) => o.status === 'in_progress');
  const fy = fiscalToDate(p.fiscalYear);

  return (
    <>
      {header}
      <Stack gap="lg">
        <DashboardKpis portfolio={p} currency={currency} />

        <DashboardCharts portfolio={p} currency={currency} />

        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          <ListCard
            title="QBRs due or overdue"
            empty="Every account that needs a QBR has had one this quarter."
            count={p.qbrCount}
            rows={p.qbrs.slice(0, LIST_CARD_ROWS).map((q) => ({
              key: q.accountId,
              title: q.accountName,
              to: `/accounts/${q.accountId}?tab=qbrs`,
              detail: q.qbr.lastHeld ? `Last held ${formatDate(q.qbr.lastHeld)}` : 'None held yet',
              badge:
                q.qbr.state === 'overdue'
                  ? { label: 'Overdue', color: 'red' }
                  : { label: `Due in ${q.qbr.daysLeft} days`, color: 'yellow' },
            }))}
          />
          <ListCard
            title="Renewals in the next 90 days"
            empty="No contract renews in the next 90 days."
            count={p.renewalCount}
            rows={p.renewals.slice(0, LIST_CARD_ROWS).map((r) => ({
              key: r.accountId,
              title: r.accountName,
              to: `/accounts/${r.accountId}`,
              detail: formatDate(r.renewalDate),
              badge: { label: words(r.health), color: healthColor[r.health] ?? 'gray' },
            }))}
          />
          <ListCard
            title="High risks"
            empty="No open risk scores 15 or more."
            rows={p.highRisks.map((r) => ({
              key: `${r.accountId}-${r.risk.key}`,
              title: r.risk.title,
              to: `/accounts/${r.accountId}?tab=plan`,
              detail: `${r.accountName} · ${words(r.risk.category)}${r.risk.owner ? ` · ${r.risk.owner}` : ''}`,
              badge: { label: `Score ${r.score}`, color: 'red' },
            }))}
          />
          <ListCard
            title="Overdue actions"
            empty="No action in a current plan is past its due date."
            rows={p.overdueActions.map((a) => ({
              key: `${a.accountId}-${a.action.key}`,
              title: a.action.title,
              to: `/accounts/${a.accountId}?tab=plan`,
              detail: `${a.accountName}${a.action.owner ? ` · ${a.action.owner}` : ''}`,
              badge: { label: `Due ${formatDate(a.action.due)}`, color: 'orange' },
            }))}
          />
          <ListCard
            title="Over-allocated people"
            empty={emptyText(
              team,
              'The team could not be read.',
              'Nobody is allocated above 100% this month or in any month ahead.',
            )}
            count={team.data?.overAllocatedCount}
            rows={(team.data?.overAllocated ?? []).map((r) => ({
              key: r.id,
              title: r.name,
              to: `/team/${r.id}`,
              detail: `Over 100% ${r.over.map((o) => formatMonthSpan(o.from, o.to)).join(', ')} · ${r.role}`,
              badge: { label: formatPercent(Math.max(...r.over.map((o) => o.peak))), color: 'red' },
            }))}
          />
          <ListCard
            title="Accounts needing cover"
            empty={emptyText(
              team,
              'The team could not be read.',
              'Every account has a lead, and every key account a backup.',
            )}
            count={team.data?.uncoveredCount}
            rows={(team.data?.uncovered ?? []).map((c) => ({
              key: c.accountId,
              title: c.accountName,
              to: `/accounts/${c.accountId}`,
              detail: [
                !c.hasLead && 'no lead',
                c.needsBackup && 'no backup',
                c.leaversOnAccount.length > 0 && `${c.leaversOnAccount.join(', ')} leaving`,
              ]
                .filter(Boolean)
                .join(' · '),
              badge: { label: words(c.tier), color: 'gray' },
            }))}
          />
          <ListCard
            title="Onboarding in progress"
            empty={emptyText(onboardings, 'Onboarding could not be read.', 'Nobody is onboarding.')}
            rows={inProgress.map((o) => ({
              key: o.id,
              title: o.personName,
              to: `/onboarding/${o.id}`,
              detail: `Starts ${formatDate(o.startDate)} · ${Math.round(o.progress.percent)}% done`,
              badge:
                o.progress.overdue > 0 ? { label: `${o.progress.overdue} overdue`, color: 'red' } : undefined,
            }))}
          />
          <ListCard
            title="Appraisals due"
            empty={
              appraisalsLocked
                ? 'Appraisals are locked.'
                : emptyText(cycles, 'Review cycles could not be read.', 'No review cycle is open.')
            }
            rows={(appraisalsLocked ? [] : (cycles.data ?? []))
              .filter((c) => c.status === 'open' || c.status === 'calibration')
              .map((c) => {
                const unfinished = Object.entries(c.byState)
                  .filter(([s]) => s !== 'finalized' && s !== 'acknowledged')
                  .reduce((n, [, v]) => n + v, 0);
                return {
                  key: c.id,
                  title: c.name,
                  to: `/appraisals/cycles/${c.id}`,
                  detail: `${unfinished} to finish${c.due ? ` · due ${formatDate(c.due)}` : ''}`,
                  badge:
                    c.due && c.due < p.today && unfinished > 0
                      ? { label: 'Overdue', color: 'red' }
                      : { label: words(c.status), color: 'blue' },
                };
              })}
          />
        </SimpleGrid>
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
