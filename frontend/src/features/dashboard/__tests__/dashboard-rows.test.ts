import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { rules } from '@/lib/limits';
import { cycleRows, emptyText, noHighRisks, onboardingRows, unfinishedOf } from '../types/dashboard-rows';

const cycle = (patch: Partial<backend.Cycle>) =>
  backend.Cycle.createFrom({
    id: 1,
    name: 'H1 2026',
    status: 'open',
    due: '2026-06-30',
    byState: { draft: 2, finalized: 3, acknowledged: 1 },
    ...patch,
  });

describe('the dashboard lists', () => {
  it('names the high-risk score Go uses', () => {
    expect(noHighRisks).toBe(`No open risk scores ${rules.highRiskScore} or more.`);
  });

  it('counts a cycle’s appraisals not yet finalized or acknowledged', () => {
    expect(unfinishedOf(cycle({}))).toBe(2);
  });

  it('marks a cycle overdue past its due date (by Go’s today) while appraisals are unfinished', () => {
    const badge = (c: backend.Cycle, today: string) => cycleRows([c], today)[0]?.badge?.label;
    expect(badge(cycle({}), '2026-07-01')).toBe('Overdue');
    expect(badge(cycle({}), '2026-06-30')).toBe('Open');
    expect(badge(cycle({ byState: { finalized: 4 } }), '2026-07-01')).toBe('Open');
    expect(badge(cycle({ due: '' }), '2026-07-01')).toBe('Open');
    expect(cycleRows([cycle({ status: 'closed' })], '2026-07-01')).toEqual([]);
  });

  it('lists only the checklists in progress', () => {
    const o = (id: number, status: string, overdue: number) =>
      backend.OnboardingSummary.createFrom({
        id,
        personName: `P${id}`,
        status,
        startDate: '2026-03-02',
        progress: { percent: 50, overdue },
      });
    const rows = onboardingRows([o(1, 'in_progress', 2), o(2, 'completed', 0), o(3, 'in_progress', 0)]);
    expect(rows.map((r) => [r.key, r.badge?.label])).toEqual([
      [1, '2 overdue'],
      [3, undefined],
    ]);
  });

  it('says loading or failed rather than a false all-clear', () => {
    expect(emptyText({ isPending: true, isError: false }, 'failed', 'none')).toBe('Loading…');
    expect(emptyText({ isPending: false, isError: true }, 'failed', 'none')).toBe('failed');
    expect(emptyText({ isPending: false, isError: false }, 'failed', 'none')).toBe('none');
  });
});
