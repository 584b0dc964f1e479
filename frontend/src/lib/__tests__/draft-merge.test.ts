import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeProblem, isDateOrEmpty, loudProblems, splitFields, splitRows } from '../draft-merge';

const details = z
  .object({
    name: z.string().trim().min(1, 'Give it a name.'),
    hours: z.number().min(0, 'Hours cannot be negative.'),
    health: z.enum(['green', 'amber']),
    reason: z.string(),
    start: z.string(),
    end: z.string(),
  })
  .refine((d) => d.health === 'green' || d.reason !== '', { path: ['reason'], message: 'Say why.' })
  .refine((d) => !d.start || !d.end || d.end >= d.start, {
    path: ['end'],
    message: 'The end is before the start.',
  });
const saved = {
  name: 'Acme',
  hours: 80,
  health: 'green',
  reason: '',
  start: '2026-01-01',
  end: '2026-12-31',
};

describe('splitFields', () => {
  it('saves every valid field and keeps the saved value of a wrong one', () => {
    const { savable, problems } = splitFields({ ...saved, name: 'Acme Foods', hours: -5 }, saved, details, {
      label: (f) => (f === 'hours' ? 'Retainer hours' : ''),
    });
    expect(savable).toEqual({ ...saved, name: 'Acme Foods' });
    expect(problems).toEqual([
      { path: 'hours', where: 'Retainer hours', message: 'Hours cannot be negative.', quiet: false },
    ]);
  });

  it('holds back fields that are only valid together', () => {
    const { savable, problems } = splitFields({ ...saved, health: 'amber', hours: 90 }, saved, details, {
      groups: [['health', 'reason']],
    });
    expect(savable).toEqual({ ...saved, hours: 90 });
    expect(problems.map((p) => p.path)).toEqual(['reason']);
  });

  it('saves a new start when only the new end is wrong', () => {
    const { savable, problems } = splitFields(
      { ...saved, start: '2026-06-01', end: '2026-05-01', name: 'Acme Two' },
      saved,
      details,
    );
    expect(savable).toEqual({ ...saved, name: 'Acme Two', start: '2026-06-01' });
    expect(problems.map((p) => p.path)).toEqual(['end']);
  });

  it('holds back a field whose saved partner no longer fits it, and saves the rest', () => {
    // The new start is after the saved end too: it waits with the end.
    const { savable } = splitFields(
      { ...saved, start: '2027-02-01', end: '2027-01-15', name: 'Acme Two' },
      saved,
      details,
    );
    expect(savable).toEqual({ ...saved, name: 'Acme Two' });
  });

  it('holds back a field a problem from elsewhere names (a date the browser could not read)', () => {
    const { savable, problems } = splitFields({ ...saved, start: '2026-02-01' }, saved, details, {
      extra: new Map([['start', 'That date does not exist.']]),
    });
    expect(savable).toEqual(saved);
    expect(describeProblem(problems[0]!)).toBe('That date does not exist.');
  });
});

type Row = { key: string; title: string; due: string };
const rowSchema = z.object({
  title: z.string().trim().min(1, 'Give it a title.'),
  due: z.string().refine(isDateOrEmpty, 'Enter a real date.'),
});
const check = (r: Row) => {
  const out = new Map<string, string>();
  const p = rowSchema.safeParse(r);
  if (!p.success) for (const i of p.error.issues) out.set(String(i.path[0]), i.message);
  return out;
};
const opts = {
  section: 'objectives',
  title: 'Objectives',
  keyOf: (r: Row) => r.key,
  check,
  blank: () => ({ key: '', title: '', due: '' }),
};

describe('splitRows', () => {
  const base: Row[] = [
    { key: 'a', title: 'Grow social', due: '2026-06-30' },
    { key: 'b', title: 'Launch loyalty', due: '' },
  ];

  it('leaves out a new row without its title and saves the others', () => {
    const cur = [{ ...base[0]!, title: 'Grow paid social' }, base[1]!, { key: 'n', title: '', due: '' }];
    const { rows, problems } = splitRows(cur, base, opts);
    expect(rows).toEqual([cur[0], cur[1]]);
    expect(problems).toEqual([
      { path: 'objectives.n.title', where: 'Objectives, row 3', message: 'Give it a title.', quiet: false },
    ]);
  });

  it('keeps a new row quiet while it is fresh, and flags it once left', () => {
    const cur = [...base, { key: 'n', title: '', due: '' }];
    expect(loudProblems(splitRows(cur, base, { ...opts, fresh: new Set(['n']) }).problems)).toEqual([]);
    expect(loudProblems(splitRows(cur, base, { ...opts, fresh: new Set() }).problems)).toHaveLength(1);
  });

  it('saves an existing row with the saved value of its wrong field', () => {
    const cur = [{ key: 'a', title: 'Grow paid social', due: '2026-02-30' }, base[1]!];
    const { rows, problems } = splitRows(cur, base, opts);
    expect(rows[0]).toEqual({ key: 'a', title: 'Grow paid social', due: '2026-06-30' });
    expect(problems[0]?.path).toBe('objectives.a.due');
  });

  it('saves a new row with a title but a wrong date without the date', () => {
    const { rows } = splitRows([{ key: 'n', title: 'Book the workshop', due: '2026-04-31' }], [], opts);
    expect(rows).toEqual([{ key: 'n', title: 'Book the workshop', due: '' }]);
  });

  it('takes a problem found elsewhere for a row by its path', () => {
    const { rows, problems } = splitRows([{ key: 'a', title: 'Grow social', due: '2026-07-01' }], base, {
      ...opts,
      extra: new Map([['objectives.a.due', 'Unreadable.']]),
    });
    expect(rows[0]?.due).toBe('2026-06-30');
    expect(problems[0]?.message).toBe('Unreadable.');
  });

  it('keeps removed rows removed', () => {
    expect(splitRows([base[1]!], base, opts).rows).toEqual([base[1]]);
  });
});

describe('isDateOrEmpty', () => {
  it.each([
    ['', true],
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['22026-03-01', false],
    ['1/2/2026', false],
  ])('%s → %s', (s, ok) => expect(isDateOrEmpty(s)).toBe(ok));
});
