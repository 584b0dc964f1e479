import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { limitMismatches } from '@/testing/limits';
import { ackComment, appraisalSchemas, reopenReason, splitAppraisal } from '../types/appraisal-schema';

// Each rule of Go's backend.Appraisal.Validate (backend/appraisal.go) has its
// twin in the editor's zod schema, with the same words: what the workspace
// would refuse is held back in the editor instead of failing the whole save.

const rating = (key: string) =>
  backend.Rating.createFrom({ key, weight: 10, self: 0, manager: 0, selfComment: '', managerComment: '' });
const saved = backend.Appraisal.createFrom({
  id: 7,
  version: 1,
  status: 'draft',
  scale: { min: 1, max: 5, labels: [] },
  competencies: [rating('client')],
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
const comp = (c: Partial<backend.Compensation>) => ({ compensation: { ...saved.compensation, ...c } });

const cases: { name: string; edit: Record<string, unknown>; refused?: string }[] = [
  { name: 'a complete, valid appraisal', edit: { strengths: 'Calm' } },
  {
    name: 'a rating off the scale',
    edit: { competencies: [{ ...rating('client'), self: 6 }] },
    refused: 'Ratings are from 1 to 5.',
  },
  {
    name: 'a rating between two points',
    edit: { competencies: [{ ...rating('client'), manager: 2.5 }] },
    refused: 'Ratings are from 1 to 5.',
  },
  {
    name: 'a goal without a title',
    edit: { goals: [{ ...saved.goals[0]!, title: '  ' }] },
    refused: 'Give each goal a title.',
  },
  {
    name: 'a goal with a negative weight',
    edit: { goals: [{ ...saved.goals[0]!, weight: -1 }] },
    refused: 'A weight cannot be negative.',
  },
  {
    name: 'an override off the scale',
    edit: { overrideScore: 6, overrideReason: 'Panel' },
    refused: 'The overall rating is on the scale, from 1 to 5.',
  },
  {
    name: 'an override without a reason',
    edit: { overrideScore: 4 },
    refused: 'Say why the overall rating differs from the computed one.',
  },
  {
    name: 'an unknown potential',
    edit: { potential: 'huge' },
    refused: 'Choose low, medium or high potential.',
  },
  {
    name: 'an unknown recommendation',
    edit: comp({ kind: 'raise' }),
    refused: 'Choose no change, merit increase, promotion or bonus.',
  },
  { name: 'no recommendation kind yet (Go reads it as no change)', edit: comp({ kind: '' }) },
  {
    name: 'a merit increase of 0%',
    edit: comp({ kind: 'merit', justification: 'x' }),
    refused: 'A merit increase is more than 0% and at most 50%.',
  },
  {
    name: 'a merit increase over 50%',
    edit: comp({ kind: 'merit', meritPct: 50.5, justification: 'x' }),
    refused: 'A merit increase is more than 0% and at most 50%.',
  },
  { name: 'a merit increase of 50%', edit: comp({ kind: 'merit', meritPct: 50, justification: 'x' }) },
  {
    name: 'a merit increase that is not a number',
    edit: comp({ kind: 'merit', meritPct: NaN, justification: 'x' }),
    refused: 'A merit increase is more than 0% and at most 50%.',
  },
  {
    name: 'a goal weight that is not a number',
    edit: { goals: [{ ...saved.goals[0]!, weight: NaN }] },
    refused: 'Enter the weight as a number.',
  },
  {
    name: 'a promotion without its role',
    edit: comp({ kind: 'promotion', justification: 'x' }),
    refused: 'Choose the role of the promotion.',
  },
  {
    name: 'a bonus without an amount',
    edit: comp({ kind: 'bonus', justification: 'x' }),
    refused: 'Enter the bonus amount.',
  },
  {
    name: 'a recommendation without a justification',
    edit: comp({ kind: 'bonus', bonusMinor: 100000, justification: ' ' }),
    refused: 'Justify the recommendation.',
  },
  {
    name: 'a plan step without an action',
    edit: { developmentPlan: [{ action: ' ', support: '', due: '' }] },
    refused: 'Each step of the plan has an action and, if any, a due date.',
  },
  {
    name: 'a plan step due on a day that does not exist',
    edit: { developmentPlan: [{ action: 'Pitch coaching', support: '', due: '2026-02-30' }] },
    refused: 'Each step of the plan has an action and, if any, a due date.',
  },
  {
    name: 'a plan step with an action and a due date',
    edit: { developmentPlan: [{ action: 'Pitch coaching', support: 'HR', due: '2026-06-30' }] },
  },
];

describe('the appraisal editor refuses what Go refuses, in the same words', () => {
  it.each(cases)('$name', ({ edit, refused }) => {
    const cur = backend.Appraisal.createFrom({ ...saved, ...edit });
    const { problems } = splitAppraisal(cur, saved, new Map());
    expect(problems.map((p) => p.message)).toEqual(refused ? [refused] : []);
  });
});

describe("the editor's bounds are Go's limits table (lib/limits.json)", () => {
  const s = appraisalSchemas(saved.scale);
  const fields = (c: Partial<backend.Compensation>) => ({
    overrideScore: 0,
    overrideReason: '',
    potential: '',
    developmentPlan: [],
    compensation: { ...saved.compensation, justification: 'Led the renewal', ...c },
  });
  it('for a merit increase', () => {
    expect(
      limitMismatches(s.fields, 'appraisal', fields({ kind: 'merit', meritPct: 3 }), {
        fields: ['compensation.meritPct'],
      }),
    ).toEqual([]);
  });
  it('for a bonus', () => {
    expect(
      limitMismatches(s.fields, 'appraisal', fields({ kind: 'bonus', bonusMinor: 100000 }), {
        fields: ['compensation.bonusMinor'],
      }),
    ).toEqual([]);
  });
  it("for a goal's weight", () => {
    expect(
      limitMismatches(
        s.goal,
        'appraisal',
        { title: 'Grow Helios', weight: 10, self: 0, manager: 0 },
        {
          fields: ['goals.weight'],
          path: () => 'weight',
        },
      ),
    ).toEqual([]);
  });
});

describe('reopening and acknowledging', () => {
  it('a reopen needs a reason', () => {
    expect(reopenReason.safeParse('  ').error?.issues[0]?.message).toBe('Say why the appraisal is reopened.');
    expect(reopenReason.safeParse('Calibration moved two ratings').success).toBe(true);
  });
  it('an acknowledgement comment is at most 20,000 bytes, as Go counts', () => {
    expect(ackComment.safeParse('x'.repeat(20000)).success).toBe(true);
    expect(ackComment.safeParse('é'.repeat(10001)).error?.issues[0]?.message).toBe(
      'The comment can be at most 20,000 characters.',
    );
  });
});
