import { z } from 'zod';
import { backend } from '../../../../wailsjs/go/models';
import {
  isDateOrEmpty,
  splitFields,
  splitRows,
  type Problem,
  type Split,
  zodProblems,
} from '@/lib/draft-merge';
import { boundedNumber, boundedText, limitOf } from '@/lib/limits';

const date = z.string().refine(isDateOrEmpty, 'Enter a real date, or leave it empty.');
const titled = (what: string) => z.string().trim().min(1, `Give each ${what} a title.`);
const number = (what: string) =>
  z
    .number({ error: `Enter the ${what} as a number.` })
    .refine(Number.isFinite, `Enter the ${what} as a number.`);

/** A plan's period when it starts (backend.Plan.Validate's pattern). */
export const periodSchema = boundedText(
  limitOf('plan', 'period'),
  'Name the period, for example FY2027.',
  z.string().trim(),
);

/** The plan's own fields, with Go's limits (backend.Plan.Validate, lib/limits). */
export const planFieldsSchema = z.object({
  executiveSummary: boundedText(
    limitOf('plan', 'executiveSummary'),
    'The summary can be at most 50,000 characters.',
    z.string(),
  ),
  vision: boundedText(limitOf('plan', 'vision'), 'The vision can be at most 50,000 characters.', z.string()),
  revenueTargetMinor: boundedNumber(
    limitOf('plan', 'revenueTargetMinor'),
    'The revenue target cannot be negative.',
    number('revenue target'),
  ),
  growthTargetPct: boundedNumber(
    limitOf('plan', 'growthTargetPct'),
    'The growth target must be between -100% and 1000%.',
    number('growth target'),
  ),
});

export const objectiveSchema = z.object({
  title: titled('objective'),
  baseline: number('baseline'),
  target: number('target'),
  current: number('current value'),
  due: date,
});
export const opportunitySchema = z.object({
  title: titled('opportunity'),
  valueMinor: boundedNumber(
    limitOf('opportunity', 'valueMinor'),
    'The value cannot be negative.',
    number('value'),
  ),
  probability: boundedNumber(
    limitOf('opportunity', 'probability'),
    'Probability is a percentage from 0 to 100.',
    number('probability'),
  ),
  expectedClose: date,
});
export const riskSchema = z.object({
  title: titled('risk'),
  likelihood: boundedNumber(
    limitOf('risk', 'likelihood'),
    'Likelihood is from 1 to 5.',
    number('likelihood'),
  ),
  impact: boundedNumber(limitOf('risk', 'impact'), 'Impact is from 1 to 5.', number('impact')),
});
export const actionSchema = z.object({ title: titled('action'), due: date });

/** Everything the editor checks before saving, as one schema (the store checks the rest). */
export const planSchema = z.object({
  revenueTargetMinor: planFieldsSchema.shape.revenueTargetMinor,
  growthTargetPct: planFieldsSchema.shape.growthTargetPct,
  objectives: z.array(objectiveSchema),
  opportunities: z.array(opportunitySchema),
  risks: z.array(riskSchema),
  actions: z.array(actionSchema),
});

const sectionNames: Record<string, string> = {
  objectives: 'Objectives',
  opportunities: 'Opportunities',
  risks: 'Risks',
  actions: 'Actions',
};
const fieldLabels: Record<string, string> = {
  executiveSummary: 'Executive summary',
  vision: 'Vision',
  revenueTargetMinor: 'Revenue target',
  growthTargetPct: 'Growth target',
};

/** "objectives.2.title" → "Objectives, row 3". */
export function describeField(path: string): string {
  const [section, index] = path.split('.');
  if (section && index !== undefined && sectionNames[section])
    return `${sectionNames[section]}, row ${Number(index) + 1}`;
  return fieldLabels[path] ?? '';
}

/** What a new row starts as, in each list (the editor's "Add …" buttons). */
export const blankRows = {
  objective: (key: string) =>
    backend.Objective.createFrom({
      key,
      title: '',
      kpi: '',
      unit: '',
      baseline: 0,
      target: 0,
      current: 0,
      cadence: 'quarterly',
      due: '',
      owner: '',
      ownerId: 0,
      status: 'on_track',
    }),
  opportunity: (key: string) =>
    backend.Opportunity.createFrom({
      key,
      title: '',
      serviceLine: '',
      type: 'upsell',
      valueMinor: 0,
      probability: 25,
      stage: 'identified',
      expectedClose: '',
      fromWhitespace: '',
    }),
  risk: (key: string) =>
    backend.Risk.createFrom({
      key,
      title: '',
      category: 'scope_creep',
      likelihood: 3,
      impact: 3,
      mitigation: '',
      owner: '',
      ownerId: 0,
      status: 'open',
    }),
  action: (key: string) =>
    backend.Action.createFrom({
      key,
      title: '',
      owner: '',
      ownerId: 0,
      due: '',
      status: 'open',
      objectiveKey: '',
    }),
};

/**
 * Splits an edited plan against the saved one (see lib/draft-merge): what is
 * valid is saved, the rest is held back as the draft. `fresh` are keys of
 * rows just added and not yet left (their problems are quiet); `extra` are
 * problems found elsewhere (a date the browser could not read, a rule only
 * the workspace knows), by path.
 */
export function splitPlan(
  cur: backend.Plan,
  base: backend.Plan,
  fresh: ReadonlySet<string>,
  extra: ReadonlyMap<string, string>,
): Split<backend.Plan> {
  const fields = splitFields(cur, base, planFieldsSchema, {
    extra: new Map([...extra].filter(([p]) => !p.includes('.'))),
    label: (f) => fieldLabels[f] ?? '',
  });
  const keyOf = (r: { key: string }) => r.key;
  const rows = <R extends { key: string }>(
    section: string,
    c: R[],
    b: R[],
    schema: z.ZodType,
    blank: (key: string) => R,
  ) =>
    splitRows(c, b, {
      section,
      title: sectionNames[section]!,
      keyOf,
      check: (r) => zodProblems(schema, r),
      extra,
      blank: () => blank(''),
      fresh,
    });
  const objectives = rows(
    'objectives',
    cur.objectives,
    base.objectives,
    objectiveSchema,
    blankRows.objective,
  );
  const opportunities = rows(
    'opportunities',
    cur.opportunities,
    base.opportunities,
    opportunitySchema,
    blankRows.opportunity,
  );
  const risks = rows('risks', cur.risks, base.risks, riskSchema, blankRows.risk);
  // An action may only point at an objective that is saved with it.
  const savedObjectives = new Set(objectives.rows.map((o) => o.key));
  const linked = z.object({
    title: titled('action'),
    due: date,
    objectiveKey: z
      .string()
      .refine((k) => k === '' || savedObjectives.has(k), 'Its objective is not saved yet.'),
  });
  const actions = rows('actions', cur.actions, base.actions, linked, blankRows.action);
  const savable = backend.Plan.createFrom({
    ...fields.savable,
    objectives: objectives.rows,
    opportunities: opportunities.rows,
    risks: risks.rows,
    actions: actions.rows,
  });
  const problems: Problem[] = [
    ...fields.problems,
    ...objectives.problems,
    ...opportunities.problems,
    ...risks.problems,
    ...actions.problems,
  ];
  return { savable, problems };
}

/** What a save writes; the rest (pipeline, version, dates) the workspace works out. */
const written = (p: backend.Plan) =>
  JSON.stringify([
    p.executiveSummary,
    p.vision,
    p.priorities,
    p.strengths,
    p.weaknesses,
    p.swotOpportunities,
    p.threats,
    p.competitors,
    p.revenueTargetMinor,
    p.growthTargetPct,
    p.objectives,
    p.opportunities,
    p.risks,
    p.actions,
  ]);

export const planUnchanged = (savable: backend.Plan, base: backend.Plan) =>
  written(savable) === written(base);

/** Maps a field the store refused ("objectives.2.title", by position in what was sent) to a path by key. */
export function planProblemPath(field: string | undefined, sent: backend.Plan): string | null {
  if (!field) return null;
  const [section, index, name] = field.split('.');
  if (index === undefined) return section && section in fieldLabels ? section : null;
  const list = (sent as unknown as Record<string, { key?: string }[]>)[section ?? ''];
  const key = list?.[Number(index)]?.key;
  return key && name ? `${section}.${key}.${name}` : null;
}
