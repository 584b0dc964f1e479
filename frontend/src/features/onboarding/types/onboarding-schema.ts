import { z } from 'zod';
import { backend } from '../../../../wailsjs/go/models';
import { isRealDate } from '@/lib/dates';
import { splitFields, splitRows, zodProblems, type Split } from '@/lib/draft-merge';
import { boundedNumber, limitOf } from '@/lib/limits';
import { categories, ownerKinds } from './categories';

/** A date the checklist counts from or is due on; mirrors backend.OnboardingDate. */
export const checklistDate = (what: 'start' | 'due') =>
  z.string().trim().refine(isRealDate, `Enter the ${what} date as a real date, such as 2026-12-07.`);

/** "Start onboarding"; mirrors StartOnboarding's checks so bad input never reaches Go. */
export const startOnboardingSchema = z
  .object({
    personId: z.number().int().positive('Choose the new team member.'),
    templateId: z.number().int().positive('Choose a template.'),
    start: checklistDate('start'),
    buddyId: z.number().int().min(0),
  })
  .refine((v) => v.buddyId === 0 || v.buddyId !== v.personId, {
    path: ['buddyId'],
    message: 'The buddy is someone other than the new hire.',
  });

export type StartOnboardingForm = z.infer<typeof startOnboardingSchema>;

/**
 * The start date the form suggests: the person's start date from the roster
 * when there is one, else today. A checklist counts back from it, so today
 * would put every pre-boarding task in the past.
 */
export function suggestedStart(person: { startDate: string } | undefined, today: string): string {
  return person?.startDate && isRealDate(person.startDate) ? person.startDate : today;
}

/** "Close onboarding": why it ends before every task is done; mirrors CloseOnboarding's check. */
export const closeOnboardingSchema = z.object({
  reason: z.string().trim().min(1, 'Say why the onboarding is closed before every task is done.'),
});

const offsetDays = limitOf('onboardingTemplate', 'tasks.offsetDays');
/** The due days a template task can have, from the start date (negative: before day one). */
export const offsetDaysRange = { min: offsetDays.min ?? -Infinity, max: offsetDays.max ?? Infinity };

/** One task of a template; mirrors the task checks of backend.Template.Validate. */
export const templateTaskSchema = z
  .object({
    title: z.string().trim().min(1, 'Give each task a title.'),
    category: z.enum(
      categories.map((c) => c.value),
      { error: 'Choose a category.' },
    ),
    ownerKind: z.enum([...ownerKinds.map((o) => o.value), 'person'], { error: 'Choose who owns the task.' }),
    ownerPersonId: z.number().int(),
    offsetDays: boundedNumber(
      offsetDays,
      'Due days run from 90 days before the start to 365 days after.',
      z
        .number({ error: 'Enter the due day as a whole number of days.' })
        .int('Enter the due day as a whole number of days.'),
    ),
    optional: z.boolean(),
  })
  .refine((k) => k.ownerKind !== 'person' || k.ownerPersonId > 0, {
    path: ['ownerPersonId'],
    message: 'Choose the person who owns the task.',
  });

/** An onboarding template; mirrors backend.Template.Validate. */
export const templateSchema = z.object({
  name: z.string().trim().min(1, 'Give the template a name.'),
  tasks: z
    .array(templateTaskSchema)
    .max(
      limitOf('onboardingTemplate', 'tasks').maxItems ?? Infinity,
      'A template can have at most 500 tasks.',
    ),
});

/**
 * What stops a template from being saved, in the editor's words (a task by
 * its number), or '' when nothing does.
 */
export function templateProblem(t: unknown): string {
  const r = templateSchema.safeParse(t);
  if (r.success) return '';
  const issue = r.error.issues[0];
  if (!issue) return '';
  const [list, index, field] = issue.path;
  if (list === 'tasks' && typeof index === 'number' && field === 'title')
    return `Give task ${index + 1} a title.`;
  return issue.message;
}

/** The template's own fields (not its tasks), for splitting an edit. */
const templateFieldsSchema = z.object({ name: templateSchema.shape.name });

/**
 * Splits an edit of a template against the saved one: the name, role,
 * description and every valid task are saved; a task with a wrong field keeps
 * that field's saved value in what is sent (a new task that is not valid yet
 * is left out), and the wrong parts are held back in the template's draft.
 */
export function splitTemplate(
  cur: backend.Template,
  base: backend.Template,
  extra: ReadonlyMap<string, string>,
): Split<backend.Template> {
  const fields = splitFields(cur, base, templateFieldsSchema, {
    extra: new Map([...extra].filter(([p]) => !p.startsWith('tasks.'))),
    label: (f) => (f === 'name' ? 'Template name' : ''),
  });
  const tasks = splitRows(cur.tasks, base.tasks, {
    section: 'tasks',
    title: 'Tasks',
    keyOf: (k) => k.key,
    check: (k) => zodProblems(templateTaskSchema, k),
    extra,
  });
  return {
    savable: backend.Template.createFrom({ ...fields.savable, tasks: tasks.rows }),
    problems: [...fields.problems, ...tasks.problems],
  };
}

const templateWritten = (t: backend.Template) =>
  JSON.stringify([t.name, t.forRole, t.description, t.archived, t.tasks]);
/** True when saving `savable` would change nothing in the saved template. */
export const templateUnchanged = (savable: backend.Template, base: backend.Template) =>
  templateWritten(savable) === templateWritten(base);

/** Maps a field Go refused ("tasks.3.title") to the editor's path ("tasks.<key>.title"). */
export function templateProblemPath(field: string | undefined, sent: backend.Template): string | null {
  if (!field) return null;
  const [section, index, name] = field.split('.');
  if (section === 'tasks' && index !== undefined && name) {
    const key = sent.tasks[Number(index)]?.key;
    return key ? `tasks.${key}.${name}` : null;
  }
  return section === 'name' ? 'name' : null;
}
