/**
 * What of an edited record can be saved now, and what is held back as a
 * draft. An editor splits its current state against the last saved record:
 * every valid field and row goes into `savable`; an invalid field takes the
 * saved value instead, and a new row that is not valid yet is left out. The
 * held-back parts are `problems`, shown to the user and kept in the draft, so
 * one unfinished item never stops the rest from saving and nothing is lost.
 */
import type { z } from 'zod';
import { isRealDate } from './dates';

/** One held-back part of an edit. */
export interface Problem {
  /** Where, as a path: "executiveSummary", "objectives.<key>.title" (rows by key, not position). */
  path: string;
  /** Where, in words: "Objectives, row 3"; "" for a field with its own label. */
  where: string;
  /** What is wrong, in words: "Give each objective a title." */
  message: string;
  /** A new row not yet left by the user: kept, but not flagged as an error. */
  quiet: boolean;
}

/** The result of splitting an edit. */
export interface Split<T> {
  savable: T;
  problems: Problem[];
}

/** Problems of one value from a zod schema: dotted path ("compensation.meritPct") → message. */
export function zodProblems(schema: z.ZodType, value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const parsed = schema.safeParse(value);
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!out.has(path)) out.set(path, issue.message);
  }
  return out;
}

/** The field a path belongs to: "compensation.meritPct" → "compensation". */
const fieldOf = (path: string) => path.split('.')[0]!;

/**
 * Splits the top-level fields of a record. `groups` ties fields that are only
 * valid together (health and its reason): a problem on one holds back all.
 * Extra problems (a date the browser could not read) hold back their field.
 */
export function splitFields<T extends object>(
  cur: T,
  base: T,
  schema: z.ZodType,
  options: {
    groups?: (keyof T & string)[][];
    extra?: ReadonlyMap<string, string>;
    label?: (field: string) => string;
  } = {},
): Split<T> {
  const found = zodProblems(schema, cur);
  for (const [path, m] of options.extra ?? []) if (!found.has(path)) found.set(path, m);
  const held = new Set<string>();
  const hold = (path: string) => {
    const field = fieldOf(path);
    held.add(field);
    for (const g of options.groups ?? []) if ((g as string[]).includes(field)) g.forEach((f) => held.add(f));
  };
  found.forEach((_, f) => hold(f));
  const problems = [...found].map(([path, message]) => ({
    path,
    where: options.label?.(fieldOf(path)) ?? '',
    message,
    quiet: false,
  }));
  // Taking a saved value back can break a rule across fields (a renewal
  // before the new contract start): hold that field back too, until what is
  // left is valid. If it never is, nothing is saved, and nothing is lost.
  const revert = (fields: Set<string>) => {
    const savable = { ...cur } as Record<string, unknown>;
    for (const f of fields) if (f in base) savable[f] = (base as Record<string, unknown>)[f];
    return savable as T;
  };
  for (let round = 0; round < 8; round++) {
    const savable = revert(held);
    const left = zodProblems(schema, savable);
    if (left.size === 0) return { savable, problems };
    const before = held.size;
    left.forEach((_, f) => hold(f));
    if (held.size !== before) continue;
    // The rule names a field already held back (a renewal now before a new
    // contract start): hold back one more of the changed fields, the first
    // that makes the rest valid.
    const changed = Object.keys(cur).filter(
      (f) =>
        !held.has(f) &&
        JSON.stringify((cur as Record<string, unknown>)[f]) !==
          JSON.stringify((base as Record<string, unknown>)[f]),
    );
    for (const f of changed) {
      const more = revert(new Set([...held, f]));
      if (zodProblems(schema, more).size === 0) return { savable: more, problems };
    }
    break;
  }
  return { savable: { ...base }, problems };
}

/**
 * Splits a list of rows identified by key. A valid row is saved as it is; a
 * row with a wrong field is saved with that field's saved value (or, for a
 * new row, the blank row's), unless that still leaves it invalid: then a
 * saved row is sent as it was saved, and a new one (without its title) is
 * left out. Rows removed by the user stay
 * removed. `check` returns a row's problems, field → message; `extra` adds
 * problems found elsewhere by full path ("objectives.<key>.due").
 */
export function splitRows<R>(
  cur: R[],
  base: R[],
  options: {
    section: string;
    title: string;
    keyOf: (row: R) => string;
    check: (row: R) => Map<string, string>;
    extra?: ReadonlyMap<string, string>;
    /** What a new row starts as: its fields stand in for wrong ones. */
    blank?: () => R;
    /** Keys of new rows the user has not left yet: their problems are quiet. */
    fresh?: ReadonlySet<string>;
  },
): { rows: R[]; problems: Problem[] } {
  const saved = new Map(base.map((r) => [options.keyOf(r), r]));
  const rows: R[] = [];
  const problems: Problem[] = [];
  cur.forEach((row, i) => {
    const key = options.keyOf(row);
    const found = options.check(row);
    const prefix = `${options.section}.${key}.`;
    for (const [path, message] of options.extra ?? [])
      if (path.startsWith(prefix) && !found.has(path.slice(prefix.length)))
        found.set(path.slice(prefix.length), message);
    if (found.size === 0) {
      rows.push(row);
      return;
    }
    const old = saved.get(key);
    const quiet = !old && !!options.fresh?.has(key);
    for (const [field, message] of found)
      problems.push({ path: `${prefix}${field}`, where: `${options.title}, row ${i + 1}`, message, quiet });
    const stand = old ?? options.blank?.();
    if (!stand) return;
    const mended = { ...row } as Record<string, unknown>;
    for (const path of found.keys())
      mended[fieldOf(path)] = (stand as Record<string, unknown>)[fieldOf(path)];
    if (options.check(mended as R).size === 0) rows.push(mended as R);
    // A saved row stays as it was saved rather than be left out: leaving it
    // out would remove it from the record.
    else if (old) rows.push(old);
  });
  return { rows, problems };
}

/** Problems the user should see now (not the quiet ones), and the first as one line. */
export function loudProblems(problems: Problem[]): Problem[] {
  return problems.filter((p) => !p.quiet);
}

/** "Objectives, row 3: Give each objective a title." */
export function describeProblem(p: Problem): string {
  return p.where ? `${p.where}: ${p.message}` : p.message;
}

/** A new key for a row made here, in the shape Go gives one (16 hex digits). */
export function newRowKey(): string {
  const b = new Uint8Array(8);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** True for "" or a real calendar date written YYYY-MM-DD (no 30 February). */
export function isDateOrEmpty(s: string): boolean {
  return s === '' || isRealDate(s);
}

/**
 * A number that names a value's content (FNV-1a of its JSON, 0 to 2³¹−1): the
 * "version" of a record that has none of its own, so a draft can tell the
 * record it was made on from any other (see DraftEditorOptions.fingerprinted).
 */
export function fingerprint(value: unknown): number {
  const s = JSON.stringify(value) ?? '';
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & 0x7fffffff;
}
