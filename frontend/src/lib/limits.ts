import { z } from 'zod';
import table from './limits.json';

/**
 * The limits Go's Validate functions enforce, per form and field (backend/limits.go writes
 * limits.json; `go test ./backend -run TestLimitsFile` fails when it is stale). Forms take their
 * bounds from here so a form never accepts what Go refuses, nor refuses what Go accepts.
 */
export type Limit = {
  /** Smallest number allowed. */
  min?: number;
  /** Numbers must be greater than this. */
  above?: number;
  /** Largest number allowed. */
  max?: number;
  /** Fewest characters a text holds. */
  minLength?: number;
  /** Most characters a text holds (UTF-8 bytes when bytes is set: Go counts bytes there). */
  maxLength?: number;
  bytes?: boolean;
  /** A regular expression the whole text matches. */
  pattern?: string;
  /** Most entries a list holds. */
  maxItems?: number;
};

type Forms = typeof table.forms;
export type FormName = keyof Forms;
export type FieldName<F extends FormName> = keyof Forms[F] & string;

/** Every form's limits, by field (a list item's field is named like "tasks.offsetDays"). */
export const limits: { [F in FormName]: { [K in FieldName<F>]: Limit } } = table.forms;

/** Thresholds Go decides and the UI shows (risk score from which a risk is high, …). */
export const rules: Readonly<typeof table.rules> = table.rules;

/** The limit of one field. */
export function limitOf<F extends FormName>(form: F, field: FieldName<F>): Limit {
  return limits[form][field];
}

/**
 * A number schema with a field's bounds; message is what the user reads when out of bounds
 * (use Go's words). Pass base to add the bounds to another number schema.
 */
export function boundedNumber(l: Limit, message: string, base: z.ZodNumber = z.number()): z.ZodNumber {
  let s = base;
  if (l.min !== undefined) s = s.min(l.min, message);
  if (l.above !== undefined) s = s.gt(l.above, message);
  if (l.max !== undefined) s = s.max(l.max, message);
  return s;
}

/** Characters as Go counts them (code points), not UTF-16 units. */
export const characters = (s: string) => [...s].length;

const utf8 = new TextEncoder();
/** A text's length as Go's limit counts it: code points, or UTF-8 bytes for the fields Go counts in bytes. */
export const lengthFor = (l: Limit, s: string) => (l.bytes ? utf8.encode(s).length : characters(s));

/**
 * A text schema holding at most the field's maxLength (counted as Go counts it); message is what
 * the user reads when it is longer. A field with a pattern gets patternMessage when it does not match.
 */
export function boundedText<S extends z.ZodType<string>>(
  l: Limit,
  message: string,
  base: S,
  patternMessage = message,
) {
  const max = l.maxLength ?? Infinity;
  const re = l.pattern ? new RegExp(l.pattern) : null;
  return base
    .refine((s: string) => lengthFor(l, s) <= max, message)
    .refine((s: string) => !re || re.test(s), patternMessage);
}
