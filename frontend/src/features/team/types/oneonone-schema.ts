import { z } from 'zod';
import { backend } from '../../../../wailsjs/go/models';
import {
  isDateOrEmpty,
  splitFields,
  splitRows,
  zodProblems,
  type Problem,
  type Split,
} from '@/lib/draft-merge';
import { isRealDate } from '@/lib/dates';
import { boundedText, limitOf } from '@/lib/limits';

// Go's rules for a 1:1 (backend.OneOnOne.Validate, backend/oneonone.go), in
// Go's words, so the editor holds back what the workspace would refuse.
const itemMax = limitOf('oneOnOne', 'points.text').maxLength ?? 500;
const notes = (field: 'sharedNotes' | 'privateNotes', m: string) =>
  boundedText(limitOf('oneOnOne', field), m, z.string());

export const oneOnOneFields = z.object({
  date: z.string().refine(isRealDate, 'Give the 1:1 a date.'),
  sharedNotes: notes('sharedNotes', 'The shared notes are too long (at most 20000 characters).'),
  privateNotes: notes('privateNotes', 'Your private notes are too long (at most 20000 characters).'),
});

export const pointSchema = z.object({
  text: boundedText(
    limitOf('oneOnOne', 'points.text'),
    `A talking point is at most ${itemMax} characters.`,
    z.string().trim().min(1, 'Write the talking point, or remove it.'),
  ),
  side: z.enum(['director', 'report'], 'Say who raised the talking point: you or them.'),
});

export const actionSchema = z.object({
  text: boundedText(
    limitOf('oneOnOne', 'actions.text'),
    `An action is at most ${itemMax} characters.`,
    z.string().trim().min(1, 'Write the action, or remove it.'),
  ),
  owner: z.enum(['director', 'report'], 'Say who owns the action: you or them.'),
  due: z.string().refine(isDateOrEmpty, 'The due date is not a date.'),
});

const labels: Record<string, string> = {
  date: 'Date',
  sharedNotes: 'Shared notes',
  privateNotes: 'Private notes',
};

/**
 * Splits an edited 1:1 against the saved one (lib/draft-merge): what is valid
 * saves; a talking point or action not written yet is held back and kept as
 * the draft.
 */
export function splitOneOnOne(
  cur: backend.OneOnOne,
  base: backend.OneOnOne,
  extra: ReadonlyMap<string, string>,
  fresh: ReadonlySet<string> = new Set(),
): Split<backend.OneOnOne> {
  const top = new Map([...extra].filter(([p]) => !p.startsWith('points.') && !p.startsWith('actions.')));
  const fields = splitFields(cur, base, oneOnOneFields, { extra: top, label: (f) => labels[f] ?? '' });
  const keyOf = (r: { key: string }) => r.key;
  const points = splitRows(cur.points, base.points, {
    section: 'points',
    title: 'Talking points',
    keyOf,
    check: (r) => zodProblems(pointSchema, r),
    extra,
    fresh,
  });
  const actions = splitRows(cur.actions, base.actions, {
    section: 'actions',
    title: 'Action items',
    keyOf,
    check: (r) => zodProblems(actionSchema, r),
    extra,
    fresh,
  });
  const savable = backend.OneOnOne.createFrom({
    ...fields.savable,
    points: points.rows,
    actions: actions.rows,
  });
  const problems: Problem[] = [...fields.problems, ...points.problems, ...actions.problems];
  return { savable, problems };
}

const written = (m: backend.OneOnOne) =>
  JSON.stringify([m.date, m.points, m.sharedNotes, m.privateNotes, m.actions]);
export const oneOnOneUnchanged = (savable: backend.OneOnOne, base: backend.OneOnOne) =>
  written(savable) === written(base);

/** Maps a field the store refused ("actions.1.text", by position in what was sent) to a path by key. */
export function oneOnOneProblemPath(field: string | undefined, sent: backend.OneOnOne): string | null {
  if (!field) return null;
  const [section, index, name] = field.split('.');
  if (section === 'points' || section === 'actions') {
    const key = sent[section][Number(index)]?.key;
    return key && name ? `${section}.${key}.${name}` : null;
  }
  return section && section in labels ? field : null;
}

/** Go's rules for a feedback note (backend.FeedbackNote.Validate). */
export const noteSchema = z.object({
  kind: z.enum(
    ['praise', 'concern', 'coaching', 'client_feedback'],
    'Choose what kind of note this is: praise, concern, coaching or client feedback.',
  ),
  text: boundedText(
    limitOf('feedbackNote', 'text'),
    `A note is at most ${limitOf('feedbackNote', 'text').maxLength} characters.`,
    z.string().trim().min(1, 'Write what happened.'),
  ),
  date: z.string().refine(isRealDate, 'Give the note a date.'),
});
export type NoteForm = z.infer<typeof noteSchema> & { accountId: number; competency: string };

export const noteKinds = [
  { value: 'praise', label: 'Praise' },
  { value: 'concern', label: 'Concern' },
  { value: 'coaching', label: 'Coaching' },
  { value: 'client_feedback', label: 'Client feedback' },
] as const;
export const noteKindLabel = (k: string) => noteKinds.find((x) => x.value === k)?.label ?? k;
export const noteKindColor: Record<string, string> = {
  praise: 'teal',
  concern: 'red',
  coaching: 'blue',
  client_feedback: 'grape',
};

export const cadences = [
  { value: 'none', label: 'No regular 1:1' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'fortnightly', label: 'Fortnightly' },
  { value: 'monthly', label: 'Monthly' },
];
