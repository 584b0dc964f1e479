import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { layoutRelationships, NODE_H, NODE_W } from '../types/relationship-layout';

const person = (id: number) =>
  backend.Stakeholder.createFrom({
    id,
    accountId: 1,
    name: `Person ${id}`,
    role: 'user',
    influence: 3,
    sentiment: 'neutral',
  });
const rel = (id: number, patch: Partial<backend.Relations> = {}) =>
  backend.Relations.createFrom({
    stakeholderId: id,
    reportsToId: 0,
    ownerId: 0,
    left: false,
    replacedById: 0,
    influences: [],
    ...patch,
  });
const map = (n: number, rels: (id: number) => Partial<backend.Relations>) =>
  backend.RelationshipMap.createFrom({
    accountId: 1,
    people: Array.from({ length: n }, (_, i) => person(i + 1)),
    relations: Array.from({ length: n }, (_, i) => rel(i + 1, rels(i + 1))),
    warnings: [],
  });
const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < NODE_W && Math.abs(a.y - b.y) < NODE_H;

describe('layoutRelationships', () => {
  it('puts a boss above the people who report to them; people with nobody under them stand in a column', () => {
    const l = layoutRelationships(map(3, (id) => (id === 1 ? {} : { reportsToId: 1 })));
    const at = (id: number) => l.boxes.find((b) => b.id === id)!;
    expect(at(1).y).toBeLessThan(at(2).y);
    expect(at(2).y).toBeLessThan(at(3).y);
    expect(at(2).x).toBe(at(3).x);
    expect(l.lines.filter((x) => x.kind === 'reports' && x.rail)).toHaveLength(2);
  });

  it('keeps managers side by side under their boss, their teams in columns below them', () => {
    // 1 → 2, 3; 2 → 4, 5; 3 → 6, 7
    const l = layoutRelationships(
      map(7, (id) => (id === 1 ? {} : { reportsToId: id <= 3 ? 1 : id <= 5 ? 2 : 3 })),
    );
    const at = (id: number) => l.boxes.find((b) => b.id === id)!;
    expect(at(2).y).toBe(at(3).y);
    expect(at(2).y).toBeGreaterThan(at(1).y);
    expect(at(4).y).toBeGreaterThan(at(2).y);
    expect(l.lines.find((x) => x.to === 2)?.rail).toBeFalsy();
  });

  it('lays thirty people out without overlaps, loose contacts in rows rather than one long line', () => {
    // A chart of 12 (1 → 2..4 → three each) and 18 people outside it.
    const l = layoutRelationships(
      map(30, (id) =>
        id === 1
          ? { influences: [backend.Influence.createFrom({ stakeholderId: 20, strength: 'high' })] }
          : id <= 4
            ? { reportsToId: 1 }
            : id <= 12
              ? { reportsToId: 2 + ((id - 5) % 3) }
              : {},
      ),
    );
    expect(l.boxes).toHaveLength(30);
    for (const a of l.boxes) for (const b of l.boxes) if (a !== b) expect(overlaps(a, b)).toBe(false);
    expect(l.width).toBeLessThanOrEqual(1100 + NODE_W);
    expect(l.lines.find((x) => x.kind === 'influence')).toMatchObject({ from: 1, to: 20, strength: 'high' });
  });

  it('draws who replaced someone who left, and ignores links to people not on the map', () => {
    const l = layoutRelationships(
      map(2, (id) => (id === 1 ? { left: true, replacedById: 2, reportsToId: 99 } : {})),
    );
    expect(l.lines).toEqual([{ id: 'x-1-2', kind: 'replaced', from: 1, to: 2 }]);
  });
});
