import { SimpleGrid } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { backend } from '../../../../wailsjs/go/models';
import {
  cycleRows,
  emptyText,
  highRiskRows,
  missedOneOnOneRows,
  noHighRisks,
  onboardingRows,
  overAllocatedRows,
  overdueActionRows,
  overdueOneOnOneActionRows,
  qbrRows,
  renewalRows,
  uncoveredRows,
} from '../types/dashboard-rows';
import { LIST_CARD_ROWS, ListCard, type ListRow } from './list-card';

/**
 * What needs the director's attention, one card each: the portfolio's lists,
 * and the team, onboarding and appraisal lists, read beside the portfolio
 * (the route starts them at once) and each shown when it arrives.
 */
export function DashboardLists({
  portfolio: p,
  team,
  onboardings,
  cycles,
  appraisalsLocked,
  schedules,
  oneOnOneActions,
}: {
  portfolio: backend.Portfolio;
  team: UseQueryResult<backend.TeamAttention>;
  onboardings: UseQueryResult<backend.OnboardingSummary[]>;
  cycles: UseQueryResult<backend.Cycle[]>;
  appraisalsLocked: boolean;
  schedules: UseQueryResult<backend.Schedule[]>;
  oneOnOneActions: UseQueryResult<backend.ActionItem[]>;
}) {
  const missed = missedOneOnOneRows(schedules.data ?? []);
  // 1:1 actions are behind the appraisals passphrase: while locked, only the plans' are listed.
  const actions = byDue(
    overdueActionRows(p.overdueActions),
    p.overdueActions.map((a) => a.action.due),
    appraisalsLocked ? [] : overdueOneOnOneActionRows(oneOnOneActions.data ?? []),
    appraisalsLocked ? [] : (oneOnOneActions.data ?? []).filter((x) => x.overdue).map((x) => x.action.due),
  );
  const teamFailed = 'The team could not be read.';
  return (
    <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
      <ListCard
        title="QBRs due or overdue"
        empty="Every account that needs a QBR has had one this quarter."
        count={p.qbrCount}
        rows={qbrRows(p.qbrs.slice(0, LIST_CARD_ROWS))}
      />
      <ListCard
        title="Renewals in the next 90 days"
        empty="No contract renews in the next 90 days."
        count={p.renewalCount}
        rows={renewalRows(p.renewals.slice(0, LIST_CARD_ROWS))}
      />
      <ListCard title="High risks" empty={noHighRisks} rows={highRiskRows(p.highRisks)} />
      <ListCard
        title="Overdue actions"
        empty="No action in a current plan or a 1:1 is past its due date."
        rows={actions}
      />
      <ListCard
        title="1:1s missed"
        empty={emptyText(
          schedules,
          'The 1:1 schedules could not be read.',
          schedules.data?.some((s) => s.nextDue)
            ? 'Every regular 1:1 is on time.'
            : 'No regular 1:1 planned: set a cadence on a direct report’s page.',
        )}
        rows={missed}
      />
      <ListCard
        title="Over-allocated people"
        empty={emptyText(
          team,
          teamFailed,
          'Nobody is allocated above 100% this month or in any month ahead.',
        )}
        count={team.data?.overAllocatedCount}
        rows={overAllocatedRows(team.data?.overAllocated ?? [])}
      />
      <ListCard
        title="Accounts needing cover"
        empty={emptyText(team, teamFailed, 'Every account has a lead, and every key account a backup.')}
        count={team.data?.uncoveredCount}
        rows={uncoveredRows(team.data?.uncovered ?? [])}
      />
      <ListCard
        title="Onboarding in progress"
        empty={emptyText(onboardings, 'Onboarding could not be read.', 'Nobody is onboarding.')}
        rows={onboardingRows(onboardings.data ?? [])}
      />
      <ListCard
        title="Appraisals due"
        empty={
          appraisalsLocked
            ? 'Appraisals are locked.'
            : emptyText(cycles, 'Review cycles could not be read.', 'No review cycle is open.')
        }
        rows={appraisalsLocked ? [] : cycleRows(cycles.data ?? [], p.today)}
      />
    </SimpleGrid>
  );
}

/** Two lists of rows, each in due order with its due dates, as one list in due order (most overdue first). */
function byDue(a: ListRow[], aDue: string[], b: ListRow[], bDue: string[]): ListRow[] {
  const out: ListRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && aDue[i]! <= bDue[j]!) ? a[i++]! : b[j++]!);
  return out;
}
