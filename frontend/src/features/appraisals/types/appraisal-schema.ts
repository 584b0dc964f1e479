import { z } from 'zod';
import { backend } from '../../../../wailsjs/go/models';
import { isRealDate } from '@/lib/dates';
import { splitFields, splitRows, type Problem, type Split, zodProblems } from '@/lib/draft-merge';
import { boundedNumber, limitOf } from '@/lib/limits';

// The bounds Go's limits table gives (lib/limits.json), in Go's words; a
// figure that is not a number at all (NaN) reads the same words.
const bounded = (field: 'compensation.meritPct' | 'compensation.bonusMinor', m: string) =>
  boundedNumber(limitOf('appraisal', field), m, z.number({ error: m }));
const merit = bounded('compensation.meritPct', 'A merit increase is more than 0% and at most 50%.');
const bonus = bounded('compensation.bonusMinor', 'Enter the bonus amount.');
const goalWeight = boundedNumber(
  limitOf('appraisal', 'goals.weight'),
  'A weight cannot be negative.',
  z.number({ error: 'Enter the weight as a number.' }),
);

/**
 * Go's limits (backend.Appraisal.Validate, in backend/appraisal.go), for one
 * appraisal's scale: every rule there has its twin here, with the same words,
 * so the editor holds back what the workspace would refuse.
 */
export function appraisalSchemas(scale: backend.Scale) {
  // 0 is "not rated"; a rating is a whole point of the scale (Go's int).
  const rating = z
    .number()
    .refine(
      (v) => Number.isInteger(v) && (v === 0 || (v >= scale.min && v <= scale.max)),
      `Ratings are from ${scale.min} to ${scale.max}.`,
    );
  const compensation = z
    .object({
      // "" is no change, as Go reads it (defaultTo CompNone).
      kind: z.enum(
        ['', 'none', 'merit', 'promotion', 'bonus'],
        'Choose no change, merit increase, promotion or bonus.',
      ),
      // Checked below, by kind (NaN too: a figure typed that is not a number).
      meritPct: z.number().or(z.nan()),
      promotionRole: z.string(),
      bonusMinor: z.number().or(z.nan()),
      justification: z.string(),
    })
    .superRefine((c, ctx) => {
      // Each kind needs its own figure; the others' are not looked at (as in Go).
      const figure = (schema: z.ZodNumber, value: number, path: string) => {
        const r = schema.safeParse(value);
        if (!r.success) ctx.addIssue({ code: 'custom', path: [path], message: r.error.issues[0]?.message });
      };
      if (c.kind === 'merit') figure(merit, c.meritPct, 'meritPct');
      if (c.kind === 'promotion' && !c.promotionRole.trim())
        ctx.addIssue({
          code: 'custom',
          path: ['promotionRole'],
          message: 'Choose the role of the promotion.',
        });
      if (c.kind === 'bonus') figure(bonus, c.bonusMinor, 'bonusMinor');
      if (c.kind !== 'none' && c.kind !== '' && !c.justification.trim())
        ctx.addIssue({ code: 'custom', path: ['justification'], message: 'Justify the recommendation.' });
    });
  const fields = z
    .object({
      overrideScore: z
        .number()
        .refine(
          (v) => v === 0 || (Number.isFinite(v) && v >= scale.min && v <= scale.max),
          `The overall rating is on the scale, from ${scale.min} to ${scale.max}.`,
        ),
      overrideReason: z.string(),
      potential: z.enum(['', 'low', 'medium', 'high'], 'Choose low, medium or high potential.'),
      compensation,
      developmentPlan: z.array(
        z
          .object({ action: z.string(), due: z.string() })
          .refine((d) => d.action.trim() !== '' && (d.due === '' || isRealDate(d.due)), {
            path: ['action'],
            message: 'Each step of the plan has an action and, if any, a due date.',
          }),
      ),
    })
    .refine((a) => a.overrideScore === 0 || a.overrideReason.trim() !== '', {
      path: ['overrideReason'],
      message: 'Say why the overall rating differs from the computed one.',
    });
  const competency = z.object({ self: rating, manager: rating });
  const goal = z.object({
    title: z.string().trim().min(1, 'Give each goal a title.'),
    weight: goalWeight,
    self: rating,
    manager: rating,
  });
  return { fields, competency, goal };
}

const labels: Record<string, string> = {
  overrideScore: 'Overall rating override',
  overrideReason: 'Reason for the override',
  potential: 'Potential',
  compensation: 'Compensation recommendation',
  developmentPlan: 'Development plan',
};

/**
 * Splits an edited appraisal against the saved one (lib/draft-merge): the
 * ratings and texts that are valid save; a compensation recommendation that
 * is not complete yet (a merit increase still at 0%) is held back whole, as
 * is an override without its reason, and kept as the draft.
 */
export function splitAppraisal(
  cur: backend.Appraisal,
  base: backend.Appraisal,
  extra: ReadonlyMap<string, string>,
): Split<backend.Appraisal> {
  const s = appraisalSchemas(cur.scale);
  const top = new Map([...extra].filter(([p]) => !p.startsWith('goals.') && !p.startsWith('competencies.')));
  const fields = splitFields(cur, base, s.fields, {
    groups: [['overrideScore', 'overrideReason']],
    extra: top,
    label: (f) => labels[f] ?? '',
  });
  const keyOf = (r: { key: string }) => r.key;
  const competencies = splitRows(cur.competencies, base.competencies, {
    section: 'competencies',
    title: 'Competencies',
    keyOf,
    check: (r) => zodProblems(s.competency, r),
    extra,
  });
  const goals = splitRows(cur.goals, base.goals, {
    section: 'goals',
    title: 'Goals',
    keyOf,
    check: (r) => zodProblems(s.goal, r),
    extra,
  });
  const savable = backend.Appraisal.createFrom({
    ...fields.savable,
    competencies: competencies.rows,
    goals: goals.rows,
  });
  const problems: Problem[] = [...competencies.problems, ...goals.problems, ...fields.problems];
  return { savable, problems };
}

/** What a save writes; the rest (overall, status, evidence) the workspace works out. */
const written = (a: backend.Appraisal) =>
  JSON.stringify([
    a.competencies,
    a.goals,
    a.overrideScore,
    a.overrideReason,
    a.potential,
    a.strengths,
    a.developmentAreas,
    a.developmentPlan,
    a.compensation,
    a.privateNotes,
  ]);
export const appraisalUnchanged = (savable: backend.Appraisal, base: backend.Appraisal) =>
  written(savable) === written(base);

/** Maps a field the store refused ("goals.1.title", by position in what was sent) to a path by key. */
export function appraisalProblemPath(field: string | undefined, sent: backend.Appraisal): string | null {
  if (!field) return null;
  const [section, index, name] = field.split('.');
  if (section === 'goals' || section === 'competencies') {
    const key = sent[section][Number(index)]?.key;
    return key && name ? `${section}.${key}.${name}` : null;
  }
  return section && section in labels ? field : null;
}

/** Reopening a finalized appraisal needs a reason (Go: ReopenAppraisal), kept in the audit trail. */
export const reopenReason = z.string().trim().min(1, 'Say why the appraisal is reopened.');

/** The employee's comment on their acknowledgement: at most 20,000 bytes, as Go counts (AcknowledgeAppraisal). */
export const ackComment = z
  .string()
  .refine(
    (s) => new TextEncoder().encode(s).length <= 20000,
    'The comment can be at most 20,000 characters.',
  );
