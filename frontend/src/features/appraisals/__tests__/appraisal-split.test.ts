import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { appraisalProblemPath, splitAppraisal } from '../types/appraisal-schema';

const rating = (key: string, manager = 0) =>
  backend.Rating.createFrom({ key, weight: 10, self: 0, manager, selfComment: '', managerComment: '' });
const saved = backend.Appraisal.createFrom({
  id: 4,
  version: 2,
  status: 'manager_review',
  scale: { min: 1, max: 5, labels: [] },
  competencies: Array.from({ length: 10 }, (_, i) => rating(`c${i}`)),
  goals: [{ ...rating('g1'), title: 'Grow Helios', nextPeriod: false }],
  overrideScore: 0,
  overrideReason: '',
  potential: '',
  strengths: '',
  developmentAreas: '',
  developmentPlan: [],
  privateNotes: '',
  compensation: { kind: 'none', meritPct: 0, promotionRole: '', bonusMinor: 0, justification: '' },
});

describe('splitAppraisal (issue 21: a merit increase at 0% must not block the ratings)', () => {
  it('saves ten manager ratings while the incomplete recommendation is held back', () => {
    const cur = backend.Appraisal.createFrom({
      ...saved,
      competencies: saved.competencies.map((r, i) => ({ ...r, manager: 1 + (i % 5) })),
      compensation: { ...saved.compensation, kind: 'merit' },
    });
    const { savable, problems } = splitAppraisal(cur, saved, new Map());
    expect(savable.competencies.map((r) => r.manager)).toEqual([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    expect(savable.compensation).toEqual(saved.compensation);
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['compensation.meritPct', 'A merit increase is more than 0% and at most 50%.'],
      ['compensation.justification', 'Justify the recommendation.'],
    ]);
    expect(problems[0]?.where).toBe('Compensation recommendation');
  });

  it('saves a complete recommendation', () => {
    const comp = {
      kind: 'merit',
      meritPct: 3.5,
      promotionRole: '',
      bonusMinor: 0,
      justification: 'Led the renewal',
    };
    const { savable, problems } = splitAppraisal(
      backend.Appraisal.createFrom({ ...saved, compensation: comp }),
      saved,
      new Map(),
    );
    expect(savable.compensation).toEqual(comp);
    expect(problems).toEqual([]);
  });

  it('holds an override back with its reason until the reason is given', () => {
    const { savable, problems } = splitAppraisal(
      backend.Appraisal.createFrom({ ...saved, overrideScore: 4, strengths: 'Calm' }),
      saved,
      new Map(),
    );
    expect(savable).toMatchObject({ overrideScore: 0, overrideReason: '', strengths: 'Calm' });
    expect(problems[0]?.path).toBe('overrideReason');
  });

  it('keeps a goal without a title at its saved title', () => {
    const { savable } = splitAppraisal(
      backend.Appraisal.createFrom({ ...saved, goals: [{ ...saved.goals[0]!, title: ' ', manager: 4 }] }),
      saved,
      new Map(),
    );
    expect(savable.goals[0]).toMatchObject({ title: 'Grow Helios', manager: 4 });
    expect(appraisalProblemPath('goals.0.title', saved)).toBe('goals.g1.title');
  });
});
