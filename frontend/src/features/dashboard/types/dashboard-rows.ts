import { backend } from '../../../../wailsjs/go/models';
import { formatDate, formatMonthSpan, formatPercent, words } from '@/lib/format';
import { HIGH_RISK_SCORE } from '@/lib/plan-rules';
import type { ListRow } from '../components/list-card';

/*
 * The Dashboard's lists as rows for its cards, from Go's figures. Go decides
 * what is due, overdue, high or over-allocated; these only put it in words.
 */

const healthColor: Record<string, string> = { green: 'teal', amber: 'yellow', red: 'red' };

/** What the high-risks card says when there are none. */
export const noHighRisks = `No open risk scores ${HIGH_RISK_SCORE} or more.`;

/**
 * What a card that reads its own list says when it has no rows: while the
 * list is on its way, or could not be read, "nobody is over-allocated" would
 * be a false all-clear.
 */
export function emptyText(
  query: { isPending: boolean; isError: boolean },
  failed: string,
  none: string,
): string {
  if (query.isPending) return 'Loading…';
  return query.isError ? failed : none;
}

export const qbrRows = (qbrs: backend.QBRDueAccount[]): ListRow[] =>
  qbrs.map((q) => ({
    key: q.accountId,
    title: q.accountName,
    to: `/accounts/${q.accountId}?tab=qbrs`,
    detail: q.qbr.lastHeld ? `Last held ${formatDate(q.qbr.lastHeld)}` : 'None held yet',
    badge:
      q.qbr.state === 'overdue'
        ? { label: 'Overdue', color: 'red' }
        : { label: `Due in ${q.qbr.daysLeft} days`, color: 'yellow' },
  }));

export const renewalRows = (renewals: backend.Portfolio['renewals']): ListRow[] =>
  renewals.map((r) => ({
    key: r.accountId,
    title: r.accountName,
    to: `/accounts/${r.accountId}`,
    detail: formatDate(r.renewalDate),
    badge: { label: words(r.health), color: healthColor[r.health] ?? 'gray' },
  }));

export const highRiskRows = (risks: backend.RiskRow[]): ListRow[] =>
  risks.map((r) => ({
    key: `${r.accountId}-${r.risk.key}`,
    title: r.risk.title,
    to: `/accounts/${r.accountId}?tab=plan`,
    detail: `${r.accountName} · ${words(r.risk.category)}${r.risk.owner ? ` · ${r.risk.owner}` : ''}`,
    badge: { label: `Score ${r.score}`, color: 'red' },
  }));

export const overdueActionRows = (actions: backend.ActionRow[]): ListRow[] =>
  actions.map((a) => ({
    key: `${a.accountId}-${a.action.key}`,
    title: a.action.title,
    to: `/accounts/${a.accountId}?tab=plan`,
    detail: `${a.accountName}${a.action.owner ? ` · ${a.action.owner}` : ''}`,
    badge: { label: `Due ${formatDate(a.action.due)}`, color: 'orange' },
  }));

/** Missed 1:1s with direct reports (Go decides what is missed), longest missed first. */
export const missedOneOnOneRows = (schedules: backend.Schedule[]): ListRow[] =>
  schedules
    .filter((s) => s.overdue)
    .map((s) => ({
      key: s.personId,
      title: s.personName,
      to: `/team/${s.personId}`,
      detail: `${s.cadence === 'fortnightly' ? 'Fortnightly' : s.cadence === 'weekly' ? 'Weekly' : 'Monthly'} 1:1 · ${
        s.lastHeld ? `last held ${formatDate(s.lastHeld)}` : 'none held yet'
      }`,
      badge: { label: `Missed ${s.daysOverdue} ${s.daysOverdue === 1 ? 'day' : 'days'} ago`, color: 'red' },
    }));

/** Overdue action items from 1:1s, listed with the plans' overdue actions. */
export const overdueOneOnOneActionRows = (items: backend.ActionItem[]): ListRow[] =>
  items
    .filter((x) => x.overdue)
    .map((x) => ({
      key: `1on1-${x.oneOnOneId}-${x.action.key}`,
      title: x.action.text,
      to: `/team/${x.personId}/one-on-ones/${x.oneOnOneId}`,
      detail: `1:1 with ${x.personName} · ${x.action.owner === 'director' ? 'You' : x.personName}`,
      badge: { label: `Due ${formatDate(x.action.due)}`, color: 'orange' },
    }));

export const overAllocatedRows = (people: backend.TeamAttention['overAllocated']): ListRow[] =>
  people.map((r) => ({
    key: r.id,
    title: r.name,
    to: `/team/${r.id}`,
    detail: `Over 100% ${r.over.map((o) => formatMonthSpan(o.from, o.to)).join(', ')} · ${r.role}`,
    badge: { label: formatPercent(Math.max(...r.over.map((o) => o.peak))), color: 'red' },
  }));

export const uncoveredRows = (accounts: backend.TeamAttention['uncovered']): ListRow[] =>
  accounts.map((c) => ({
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
  }));

/** The checklists still in progress. */
export const onboardingRows = (list: backend.OnboardingSummary[]): ListRow[] =>
  list
    .filter((o) => o.status === 'in_progress')
    .map((o) => ({
      key: o.id,
      title: o.personName,
      to: `/onboarding/${o.id}`,
      detail: `Starts ${formatDate(o.startDate)} · ${Math.round(o.progress.percent)}% done`,
      badge: o.progress.overdue > 0 ? { label: `${o.progress.overdue} overdue`, color: 'red' } : undefined,
    }));

/** Appraisals of a cycle not yet finalized or acknowledged. */
export const unfinishedOf = (c: backend.Cycle): number =>
  Object.entries(c.byState)
    .filter(([s]) => s !== 'finalized' && s !== 'acknowledged')
    .reduce((n, [, v]) => n + v, 0);

/** The cycles open or in calibration; overdue when past due (Go's today) with appraisals unfinished. */
export const cycleRows = (cycles: backend.Cycle[], today: string): ListRow[] =>
  cycles
    .filter((c) => c.status === 'open' || c.status === 'calibration')
    .map((c) => {
      const unfinished = unfinishedOf(c);
      return {
        key: c.id,
        title: c.name,
        to: `/appraisals/cycles/${c.id}`,
        detail: `${unfinished} to finish${c.due ? ` · due ${formatDate(c.due)}` : ''}`,
        badge:
          c.due && c.due < today && unfinished > 0
            ? { label: 'Overdue', color: 'red' }
            : { label: words(c.status), color: 'blue' },
      };
    });
