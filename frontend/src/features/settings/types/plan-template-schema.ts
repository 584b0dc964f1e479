import { z } from 'zod';
import { backend } from '../../../../wailsjs/go/models';
import { boundedText, limitOf } from '@/lib/limits';

const questionsMax = limitOf('planTemplate', 'sections.questions').maxItems ?? Infinity;
const objectivesMax = limitOf('planTemplate', 'objectives').maxItems ?? Infinity;

/** The template form: questions as one text per section, one question a line. Mirrors backend.PlanTemplate.Validate. */
export const planTemplateSchema = z.object({
  name: boundedText(
    limitOf('planTemplate', 'name'),
    'The name can be at most 120 characters.',
    z.string().trim().min(1, 'Give the template a name.'),
  ),
  description: boundedText(
    limitOf('planTemplate', 'description'),
    'The description can be at most 20,000 characters.',
    z.string(),
  ),
  sections: z
    .array(
      z.object({
        key: z.string(),
        questions: z
          .string()
          .refine(
            (s) => toLines(s).length <= questionsMax,
            `A section can have at most ${questionsMax} guiding questions.`,
          ),
        counts: z.boolean(),
      }),
    )
    .refine((s) => s.some((x) => x.counts), 'Choose at least one section that counts towards completeness.'),
  objectives: z
    .array(
      z.object({
        title: boundedText(
          limitOf('planTemplate', 'objectives.title'),
          'A suggested objective’s title can be at most 300 characters.',
          z.string().trim().min(1, 'Give each suggested objective a title.'),
        ),
        kpi: z.string(),
        unit: z.string(),
        cadence: z.enum(['monthly', 'quarterly', 'yearly']),
      }),
    )
    .max(objectivesMax, `A template can suggest at most ${objectivesMax} objectives.`),
});
export type PlanTemplateForm = z.infer<typeof planTemplateSchema>;

export const toLines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A template as the form edits it. */
export const toForm = (t: backend.PlanTemplate): PlanTemplateForm => ({
  name: t.name,
  description: t.description,
  sections: t.sections.map((s) => ({ key: s.key, questions: s.questions.join('\n'), counts: s.counts })),
  objectives: t.objectives.map((o) => ({
    title: o.title,
    kpi: o.kpi,
    unit: o.unit,
    cadence: (['monthly', 'quarterly', 'yearly'].includes(o.cadence) ? o.cadence : 'quarterly') as
      'monthly' | 'quarterly' | 'yearly',
  })),
});

/** The form back as the template's next version (Go keeps the id, type and built-in mark). */
export const fromForm = (t: backend.PlanTemplate, f: PlanTemplateForm): backend.PlanTemplate =>
  backend.PlanTemplate.createFrom({
    ...t,
    name: f.name.trim(),
    description: f.description.trim(),
    sections: f.sections.map((s) => ({ key: s.key, questions: toLines(s.questions), counts: s.counts })),
    objectives: f.objectives,
  });
