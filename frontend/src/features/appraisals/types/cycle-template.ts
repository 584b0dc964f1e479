import { z } from 'zod';
import { backend } from '../../../../wailsjs/go/models';
import { fingerprint, splitRows, zodProblems, type Problem, type Split } from '@/lib/draft-merge';

/** One competency of a cycle's template; mirrors backend.Cycle.Validate. */
export const competencySchema = z.object({
  name: z.string().trim().min(1, 'Name each competency.'),
  weight: z
    .number({ error: 'Enter the weight as a number.' })
    .refine(Number.isFinite, 'Enter the weight as a number.')
    .refine((w) => w >= 0, 'A weight cannot be negative.'),
});

/** What a cycle's template must be before it is saved. */
export const templateSchema = z.object({
  competencies: z.array(competencySchema).min(1, 'Keep at least one competency.'),
  scale: z.object({
    max: z
      .number()
      .int()
      .min(2, 'A scale has at least two points.')
      .max(10, 'A scale has at most ten points.'),
    labels: z.array(z.string().trim().min(1, 'Give every point of the scale a label.')),
  }),
});

/** The labels for a scale of n points: the old ones kept, new points named by number. */
export function resizeLabels(labels: string[], points: number): string[] {
  return Array.from({ length: points }, (_, i) => labels[i] ?? `Level ${i + 1}`);
}

/**
 * Splits an edit of a cycle's competencies and scale against the saved ones:
 * every valid competency and label is saved; a competency with a wrong field
 * keeps that field's saved value in what is sent (a new one not valid yet is
 * left out), an empty label keeps its saved one, and the wrong parts are held
 * back in the cycle's draft. The last competency is never removed by a save.
 */
export function splitCycleTemplate(
  cur: backend.Cycle,
  base: backend.Cycle,
  extra: ReadonlyMap<string, string>,
): Split<backend.Cycle> {
  const rows = splitRows(cur.competencies, base.competencies, {
    section: 'competencies',
    title: 'Competencies',
    keyOf: (k) => k.key,
    check: (k) => zodProblems(competencySchema, k),
    extra,
  });
  const problems: Problem[] = [...rows.problems];
  let competencies = rows.rows;
  if (competencies.length === 0) {
    competencies = base.competencies;
    if (cur.competencies.length === 0)
      problems.push({
        path: 'competencies',
        where: 'Competencies',
        message: 'Keep at least one competency.',
        quiet: false,
      });
  }
  const labels = cur.scale.labels.map((l, i) => {
    const problem =
      extra.get(`scale.labels.${i}`) ?? (l.trim() ? null : 'Give every point of the scale a label.');
    if (!problem) return l;
    problems.push({
      path: `scale.labels.${i}`,
      where: `Label for ${cur.scale.min + i}`,
      message: problem,
      quiet: false,
    });
    const saved = base.scale.labels[i];
    return saved?.trim() ? saved : `Level ${i + 1}`;
  });
  return {
    savable: backend.Cycle.createFrom({
      ...cur,
      competencies,
      scale: backend.Scale.createFrom({ ...cur.scale, labels }),
    }),
    problems,
  };
}

/** What the template editor saves of a cycle, as the workspace keeps it. */
const written = (c: backend.Cycle) => ({
  scale: { min: c.scale.min, max: c.scale.max, labels: c.scale.labels.map((l) => l.trim()) },
  competencies: c.competencies.map((k) => ({
    key: k.key,
    name: k.name.trim(),
    description: k.description.trim(),
    weight: k.weight,
  })),
});

/** True when saving `savable` would change nothing in the saved cycle's template. */
export const cycleTemplateUnchanged = (savable: backend.Cycle, base: backend.Cycle) =>
  JSON.stringify(written(savable)) === JSON.stringify(written(base));

/**
 * A cycle has no version of its own: this fingerprint of its template stands
 * in for one, so a kept draft names the template it was made on.
 */
export const cycleTemplateVersion = (c: backend.Cycle) => fingerprint(written(c));

/** Maps a field Go refused ("competencies.2.name") to the editor's path ("competencies.<key>.name"). */
export function cycleProblemPath(field: string | undefined, sent: backend.Cycle): string | null {
  if (!field) return null;
  const [section, index, name] = field.split('.');
  if (section === 'competencies' && index !== undefined && name) {
    const key = sent.competencies[Number(index)]?.key;
    return key ? `competencies.${key}.${name}` : null;
  }
  return null;
}
