import { describe, expect, it } from 'vitest';
import { resizeLabels, templateSchema } from '../components/cycle-template';

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
