import dagre from '@dagrejs/dagre';
import { backend } from '../../../../wailsjs/go/models';

export const NODE_W = 176;
export const NODE_H = 74;
const GAP_X = 28;
const GAP_Y = 56;
/** Space left of a column of leaves for the line down from their boss. */
export const RAIL = 24;
const LEAF_GAP = 12;

export type PersonBox = {
  id: number;
  person: backend.Stakeholder;
  relations: backend.Relations;
  x: number; // top-left corner
  y: number;
};

export type Line = {
  id: string;
  kind: 'reports' | 'influence' | 'replaced';
  from: number;
  to: number;
  strength?: string;
  /** A reports-to line into a column of leaves: drawn down the rail left of the column. */
  rail?: boolean;
};

export type Layout = { boxes: PersonBox[]; lines: Line[]; width: number; height: number };

/**
 * Where each person of the map goes. The organisation chart (reports-to) is laid out top-down by
 * dagre, with one change that keeps it narrow: the people under a boss who have nobody under them
 * (most of a chart) stand in one or two columns below the boss, joined by a rail, instead of a row
 * as wide as the team. Everyone outside the chart stands in rows beneath it, as many to a row as
 * fit maxWidth. Influence and replaced-by lines are drawn over the result; they move nobody.
 */
export function layoutRelationships(map: backend.RelationshipMap, maxWidth = 1100): Layout {
  const rel = new Map(map.relations.map((r) => [r.stakeholderId, r]));
  const here = new Set(map.people.map((p) => p.id));
  const reports: Line[] = [];
  const children = new Map<number, number[]>();
  for (const p of map.people) {
    const boss = rel.get(p.id)?.reportsToId ?? 0;
    if (!boss || !here.has(boss)) continue;
    reports.push({ id: `r-${boss}-${p.id}`, kind: 'reports', from: boss, to: p.id });
    children.set(boss, [...(children.get(boss) ?? []), p.id]);
  }
  const inChart = new Set(reports.flatMap((l) => [l.from, l.to]));
  const isLeaf = (id: number) => !children.has(id);
  // Each boss's leaves, when there are two or more, become one block.
  const blocks = new Map<number, { leaves: number[]; cols: number }>();
  for (const [boss, kids] of children) {
    const leaves = kids.filter(isLeaf);
    if (leaves.length >= 2)
      blocks.set(boss, { leaves, cols: leaves.length > 8 ? 3 : leaves.length > 4 ? 2 : 1 });
  }
  const inBlock = new Set([...blocks.values()].flatMap((b) => b.leaves));

  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: GAP_X, ranksep: GAP_Y, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const p of map.people)
    if (inChart.has(p.id) && !inBlock.has(p.id)) g.setNode(String(p.id), { width: NODE_W, height: NODE_H });
  for (const [boss, b] of blocks) {
    const rows = Math.ceil(b.leaves.length / b.cols);
    g.setNode(`block-${boss}`, {
      width: b.cols * (NODE_W + RAIL),
      height: rows * (NODE_H + LEAF_GAP) - LEAF_GAP,
    });
    g.setEdge(String(boss), `block-${boss}`);
  }
  for (const l of reports) if (!inBlock.has(l.to)) g.setEdge(String(l.from), String(l.to));
  dagre.layout(g);

  const relOf = (id: number) =>
    rel.get(id) ??
    backend.Relations.createFrom({
      stakeholderId: id,
      reportsToId: 0,
      ownerId: 0,
      left: false,
      replacedById: 0,
      influences: [],
    });
  const person = new Map(map.people.map((p) => [p.id, p]));
  const boxes: PersonBox[] = [];
  const place = (id: number, x: number, y: number) =>
    boxes.push({ id, person: person.get(id)!, relations: relOf(id), x, y });
  for (const p of map.people) {
    if (!inChart.has(p.id) || inBlock.has(p.id)) continue;
    const n = g.node(String(p.id)) as { x: number; y: number };
    place(p.id, n.x - NODE_W / 2, n.y - NODE_H / 2);
  }
  for (const [boss, b] of blocks) {
    const n = g.node(`block-${boss}`) as { x: number; y: number; width: number; height: number };
    const left = n.x - n.width / 2;
    const top = n.y - n.height / 2;
    b.leaves.forEach((id, i) => {
      const col = i % b.cols;
      const row = Math.floor(i / b.cols);
      place(id, left + RAIL + col * (NODE_W + RAIL), top + row * (NODE_H + LEAF_GAP));
    });
  }
  for (const l of reports) if (inBlock.has(l.to)) l.rail = true;
  const chartW = Math.max(0, ...boxes.map((b) => b.x + NODE_W));
  const chartH = Math.max(0, ...boxes.map((b) => b.y + NODE_H));

  const loose = map.people.filter((p) => !inChart.has(p.id));
  const fit = Math.floor((Math.max(maxWidth, chartW) + GAP_X) / (NODE_W + GAP_X));
  const cols = Math.max(2, Math.min(10, fit));
  const top = boxes.length ? chartH + GAP_Y * 1.5 : 0;
  loose.forEach((p, i) => {
    place(p.id, (i % cols) * (NODE_W + GAP_X), top + Math.floor(i / cols) * (NODE_H + GAP_Y / 2));
  });

  const lines: Line[] = [...reports];
  for (const r of map.relations) {
    for (const inf of r.influences ?? []) {
      if (here.has(inf.stakeholderId))
        lines.push({
          id: `i-${r.stakeholderId}-${inf.stakeholderId}`,
          kind: 'influence',
          from: r.stakeholderId,
          to: inf.stakeholderId,
          strength: inf.strength,
        });
    }
    if (r.replacedById && here.has(r.replacedById))
      lines.push({
        id: `x-${r.stakeholderId}-${r.replacedById}`,
        kind: 'replaced',
        from: r.stakeholderId,
        to: r.replacedById,
      });
  }
  const width = Math.max(0, ...boxes.map((b) => b.x + NODE_W));
  const height = Math.max(0, ...boxes.map((b) => b.y + NODE_H));
  return { boxes, lines, width, height };
}
