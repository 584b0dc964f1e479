import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { splitOneOnOne } from '../types/oneonone-schema';

const base = backend.OneOnOne.createFrom({
  id: 1,
  personId: 2,
  date: '2026-03-02',
  points: [{ key: 'p1', text: 'Promotion', side: 'report', done: false, carriedFrom: '' }],
  sharedNotes: '',
  privateNotes: '',
  actions: [],
  version: 1,
});

describe('what of a 1:1 saves now and what is kept as the draft', () => {
  it('saves what is valid and holds back an action not written yet', () => {
    const cur = backend.OneOnOne.createFrom({
      ...base,
      sharedNotes: 'Agreed',
      actions: [{ key: 'a1', text: '', owner: 'director', due: '', done: false }],
    });
    const { savable, problems } = splitOneOnOne(cur, base, new Map());
    expect(savable.sharedNotes).toBe('Agreed');
    expect(savable.actions).toEqual([]);
    expect(problems.map((p) => [p.path, p.quiet])).toEqual([['actions.a1.text', false]]);
  });

  it('keeps a new row quiet until it is left', () => {
    const cur = backend.OneOnOne.createFrom({
      ...base,
      points: [...base.points, { key: 'p2', text: '', side: 'director', done: false, carriedFrom: '' }],
    });
    const { problems } = splitOneOnOne(cur, base, new Map(), new Set(['p2']));
    expect(problems.map((p) => p.quiet)).toEqual([true]);
  });

  it('keeps the saved date when the new one is not a date', () => {
    const cur = backend.OneOnOne.createFrom({ ...base, date: '2026-02-30' });
    const { savable, problems } = splitOneOnOne(cur, base, new Map());
    expect(savable.date).toBe('2026-03-02');
    expect(problems[0]?.path).toBe('date');
  });
});
