import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { blankRows, planProblemPath, planUnchanged, splitPlan } from '../types/plan-schema';

const saved = backend.Plan.createFrom({
  id: 7,
  period: 'FY2027',
  rowVersion: 3,
  executiveSummary: '',
  vision: '',
  priorities: [],
  strengths: [],
  weaknesses: [],
  swotOpportunities: [],
  threats: [],
  competitors: [],
  revenueTargetMinor: 0,
  growthTargetPct: 0,
  objectives: [blankRows.objective('o1')].map((o) => ({ ...o, title: 'Grow share of wallet' })),
  opportunities: [],
  risks: [],
  actions: [],
});

describe('splitPlan (issue 21: validation must not block the rest)', () => {
  it('saves the summary and strengths while a new objective without a title is held back', () => {
    const cur = backend.Plan.createFrom({
      ...saved,
      executiveSummary: 'Win the outdoor season.',
      strengths: ['Trusted by the CMO'],
      objectives: [...saved.objectives, blankRows.objective('new1')],
    });
    const fresh = splitPlan(cur, saved, new Set(['new1']), new Map());
    expect(fresh.savable.executiveSummary).toBe('Win the outdoor season.');
    expect(fresh.savable.strengths).toEqual(['Trusted by the CMO']);
    expect(fresh.savable.objectives.map((o) => o.key)).toEqual(['o1']);
    expect(fresh.problems).toEqual([
      {
        path: 'objectives.new1.title',
        where: 'Objectives, row 2',
        message: 'Give each objective a title.',
        quiet: true,
      },
    ]);
    expect(planUnchanged(fresh.savable, saved)).toBe(false);

    const left = splitPlan(cur, saved, new Set(), new Map());
    expect(left.problems[0]?.quiet).toBe(false);
  });

  it('refuses an impossible due date and keeps the saved one', () => {
    const cur = backend.Plan.createFrom({
      ...saved,
      objectives: [{ ...saved.objectives[0]!, due: '2026-02-30', title: 'Grow wallet share' }],
    });
    const { savable, problems } = splitPlan(cur, saved, new Set(), new Map());
    expect(savable.objectives[0]).toMatchObject({ title: 'Grow wallet share', due: '' });
    expect(problems[0]).toMatchObject({
      path: 'objectives.o1.due',
      message: 'Enter a real date, or leave it empty.',
    });
  });

  it('does not link an action to an objective that is not saved yet', () => {
    const cur = backend.Plan.createFrom({
      ...saved,
      objectives: [...saved.objectives, blankRows.objective('new1')],
      actions: [{ ...blankRows.action('a1'), title: 'Book the workshop', objectiveKey: 'new1' }],
    });
    const { savable, problems } = splitPlan(cur, saved, new Set(), new Map());
    expect(savable.actions).toEqual([
      { ...blankRows.action('a1'), title: 'Book the workshop', objectiveKey: '' },
    ]);
    expect(problems.map((p) => p.path)).toContain('actions.a1.objectiveKey');
  });

  it('holds back a negative revenue target and saves the rest', () => {
    const { savable, problems } = splitPlan(
      backend.Plan.createFrom({ ...saved, revenueTargetMinor: -100, vision: 'First agency' }),
      saved,
      new Set(),
      new Map(),
    );
    expect(savable).toMatchObject({ revenueTargetMinor: 0, vision: 'First agency' });
    expect(problems).toEqual([
      {
        path: 'revenueTargetMinor',
        where: 'Revenue target',
        message: 'The revenue target cannot be negative.',
        quiet: false,
      },
    ]);
  });

  it('names the row of a field the store refused by its key', () => {
    expect(planProblemPath('objectives.0.title', saved)).toBe('objectives.o1.title');
    expect(planProblemPath('growthTargetPct', saved)).toBe('growthTargetPct');
    expect(planProblemPath('period', saved)).toBeNull();
  });
});
