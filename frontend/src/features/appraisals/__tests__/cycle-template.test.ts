import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import {
  cycleProblemPath,
  cycleTemplateUnchanged,
  cycleTemplateVersion,
  resizeLabels,
  splitCycleTemplate,
  templateSchema,
} from '../types/cycle-template';

describe('a cycle template', () => {
  it('keeps the labels it has when the scale grows or shrinks', () => {
    const five = ['Below', 'Partly', 'Meets', 'Exceeds', 'Outstanding'];
    expect(resizeLabels(five, 4)).toEqual(['Below', 'Partly', 'Meets', 'Exceeds']);
    expect(resizeLabels(five, 7)).toEqual([...five, 'Level 6', 'Level 7']);
  });
  const ok = {
    competencies: [{ name: 'Client care', weight: 50 }],
    scale: { max: 4, labels: ['a', 'b', 'c', 'd'] },
  };
  const cases: { name: string; value: unknown; error?: string }[] = [
    { name: 'a named, weighted competency on a 4-point scale', value: ok },
    {
      name: 'an unnamed competency',
      value: { ...ok, competencies: [{ name: ' ', weight: 10 }] },
      error: 'Name each competency.',
    },
    {
      name: 'a negative weight',
      value: { ...ok, competencies: [{ name: 'x', weight: -1 }] },
      error: 'A weight cannot be negative.',
    },
    {
      name: 'no competency at all',
      value: { ...ok, competencies: [] },
      error: 'Keep at least one competency.',
    },
    {
      name: 'an unlabelled point',
      value: { ...ok, scale: { max: 4, labels: ['a', '', 'c', 'd'] } },
      error: 'Give every point of the scale a label.',
    },
    {
      name: 'eleven points',
      value: { ...ok, scale: { max: 11, labels: Array(11).fill('x') } },
      error: 'A scale has at most ten points.',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = templateSchema.safeParse(c.value);
      expect(r.success).toBe(!c.error);
      if (c.error) expect(r.error?.issues[0]?.message).toBe(c.error);
    });
  }
});

const comp = (key: string, patch: Partial<backend.Competency> = {}) =>
  backend.Competency.createFrom({ key, name: `Comp ${key}`, description: '', weight: 10, ...patch });
const savedCycle = backend.Cycle.createFrom({
  id: 1,
  name: 'Annual review 2026',
  status: 'draft',
  scale: { min: 1, max: 3, labels: ['Low', 'Mid', 'High'] },
  competencies: [comp('a'), comp('b')],
});
const editCycle = (patch: Partial<backend.Cycle>) => backend.Cycle.createFrom({ ...savedCycle, ...patch });

// The cycle's template saves what is valid and keeps the rest as the draft.
describe('splitting an edit of a cycle template', () => {
  it('keeps the saved name of a competency whose name was cleared; the weight typed meanwhile saves', () => {
    const cur = editCycle({ competencies: [comp('a', { name: '' }), comp('b', { weight: 30 })] });
    const { savable, problems } = splitCycleTemplate(cur, savedCycle, new Map());
    expect(savable.competencies.map((k) => [k.name, k.weight])).toEqual([
      ['Comp a', 10],
      ['Comp b', 30],
    ]);
    expect(problems).toMatchObject([{ path: 'competencies.a.name', where: 'Competencies, row 1' }]);
  });

  it('holds back a weight that is negative or not a number', () => {
    const cur = editCycle({ competencies: [comp('a', { weight: -5 }), comp('b', { weight: Number.NaN })] });
    const { savable, problems } = splitCycleTemplate(cur, savedCycle, new Map());
    expect(savable.competencies.map((k) => k.weight)).toEqual([10, 10]);
    expect(problems.map((p) => p.message)).toEqual([
      'A weight cannot be negative.',
      'Enter the weight as a number.',
    ]);
  });

  it('keeps the saved label of a point whose label was cleared, and the new scale', () => {
    const cur = editCycle({
      scale: backend.Scale.createFrom({ min: 1, max: 4, labels: ['Low', '', 'High', ''] }),
    });
    const { savable, problems } = splitCycleTemplate(cur, savedCycle, new Map());
    expect(savable.scale).toMatchObject({ max: 4, labels: ['Low', 'Mid', 'High', 'Level 4'] });
    expect(problems.map((p) => [p.path, p.where])).toEqual([
      ['scale.labels.1', 'Label for 2'],
      ['scale.labels.3', 'Label for 4'],
    ]);
  });

  it('never saves a cycle without competencies: the last one stays until another is complete', () => {
    const { savable, problems } = splitCycleTemplate(editCycle({ competencies: [] }), savedCycle, new Map());
    expect(savable.competencies.map((k) => k.key)).toEqual(['a', 'b']);
    expect(problems.map((p) => p.message)).toEqual(['Keep at least one competency.']);
  });

  it('names a cycle by its template, whatever else is in the record', () => {
    expect(cycleTemplateVersion(editCycle({ byState: { draft: 3 } }))).toBe(cycleTemplateVersion(savedCycle));
    expect(cycleTemplateVersion(editCycle({ competencies: [comp('a')] }))).not.toBe(
      cycleTemplateVersion(savedCycle),
    );
    expect(
      cycleTemplateUnchanged(
        editCycle({ competencies: [comp('a', { name: 'Comp a ' }), comp('b')] }),
        savedCycle,
      ),
    ).toBe(true);
  });

  it('places refusals from Go on the competency by its key', () => {
    expect(cycleProblemPath('competencies.1.weight', savedCycle)).toBe('competencies.b.weight');
    expect(cycleProblemPath('scale', savedCycle)).toBeNull();
  });
});
