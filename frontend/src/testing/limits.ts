import type { z } from 'zod';
import { limits, type FieldName, type FormName, type Limit } from '@/lib/limits';

type Options<F extends FormName> = {
  /** The fields to check; all of the form's limits when absent. */
  fields?: FieldName<F>[];
  /** Where a field sits in the schema's value, when not at its own name ("opportunities.valueMinor"). */
  path?: (field: FieldName<F>) => string;
};

type Case = { label: string; value: number | string | { length: number }; ok: boolean };

function casesOf(l: Limit): Case[] {
  const out: Case[] = [];
  const n = (v: number, ok: boolean) => out.push({ label: String(v), value: v, ok });
  // A value at each bound is accepted; one just past it is refused.
  const pairs: [number | undefined, number, number][] = [
    [l.min, 0, -1],
    [l.above, 1, 0],
    [l.max, 0, 1],
  ];
  for (const [b, inside, outside] of pairs) {
    if (b === undefined) continue;
    n(b + inside, true);
    n(b + outside, false);
  }
  const text = (label: string, value: string, ok: boolean) => out.push({ label, value, ok });
  const m = l.maxLength;
  if (m) {
    text(`${m} letters`, 'a'.repeat(m), true);
    text(`${m + 1} letters`, 'a'.repeat(m + 1), false);
    // Characters or bytes, as Go counts: é is one character, two bytes.
    if (l.bytes) {
      text(`${Math.floor(m / 2)} é`, 'é'.repeat(Math.floor(m / 2)), true);
      text(`${Math.floor(m / 2) + 1} é`, 'é'.repeat(Math.floor(m / 2) + 1), false);
    } else if (!l.pattern) text(`${m} é`, 'é'.repeat(m), true);
  }
  if (l.maxItems) {
    out.push({ label: `${l.maxItems} items`, value: { length: l.maxItems }, ok: true });
    out.push({ label: `${l.maxItems + 1} items`, value: { length: l.maxItems + 1 }, ok: false });
  }
  return out;
}

/** Writes value at a dotted path (a list: its first item); a length makes the list that long. */
function setPath(root: unknown, path: string, value: Case['value']) {
  const parts = path.split('.');
  let at = root as Record<string, unknown>;
  for (const p of parts.slice(0, -1)) {
    let next = at[p];
    if (Array.isArray(next)) next = next[0];
    if (typeof next !== 'object' || next === null) throw new Error(`no ${path} in the valid value`);
    at = next as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] ?? '';
  const cur: unknown = at[last];
  if (typeof value === 'number' || typeof value === 'string') at[last] = value;
  else if (Array.isArray(cur))
    at[last] = Array.from({ length: value.length }, (): unknown => structuredClone(cur[0] as unknown));
  else throw new Error(`${path} is not a list in the valid value`);
}

const withoutIndices = (path: PropertyKey[]) =>
  path.filter((p) => typeof p !== 'number' && !/^\d+$/.test(String(p))).join('.');

/**
 * Checks that a zod schema enforces Go's limits for a form's fields (limits.json): a value at
 * each bound is accepted, one just past it is refused with an issue on that field. valid must
 * be a value the schema accepts; lists in it need one item. Returns the mismatches, so a test
 * does `expect(limitMismatches(schema, 'account', valid)).toEqual([])`.
 */
export function limitMismatches<F extends FormName>(
  schema: z.ZodType,
  form: F,
  valid: unknown,
  options: Options<F> = {},
): string[] {
  const table = limits[form] as Record<string, Limit>;
  const fields = options.fields ?? (Object.keys(table) as FieldName<F>[]);
  const out: string[] = [];
  const first = schema.safeParse(valid);
  if (!first.success) return [`the valid value is refused: ${first.error.message}`];
  for (const field of fields) {
    const l = table[field];
    if (!l) {
      out.push(`${form}.${field} has no limit in limits.json`);
      continue;
    }
    const path = options.path?.(field) ?? field;
    for (const c of casesOf(l)) {
      const v = structuredClone(valid);
      setPath(v, path, c.value);
      const r = schema.safeParse(v);
      const onField = (r.error?.issues ?? []).some((i) => withoutIndices(i.path) === path);
      if (c.ok && !r.success) out.push(`${form}.${field} = ${c.label} is refused: ${r.error.message}`);
      if (!c.ok && !onField) out.push(`${form}.${field} = ${c.label} is accepted; Go refuses it`);
    }
  }
  return out;
}
