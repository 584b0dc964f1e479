import dagre from '@dagrejs/dagre';
import { backend } from '../../../../wailsjs/go/models';

export const NODE_W = 184;
export const NODE_H = 68;
const GAP_X = 28;
const GAP_Y = 56;

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
};

export type Layout = { boxes: PersonBox[]; lines: Line[]; width: number; height: number };

/**
 * Where each person of the map goes: the organisation chart (reports-to) laid out top-down by dagre,
 * and everyone outside it (reporting to nobody, with nobody reporting to them) in rows beneath, so
 * thirty unconnected contacts do not become one line thirty boxes wide. Influence and replaced-by
 * lines are drawn over the result; they do not move anyone.
 */
export function layoutRelationships(map: backend.RelationshipMap): Layout {
  const rel = new Map(map.relations.map((r) => [r.stakeholderId, r]));
  const here = new Set(map.people.map((p) => p.id));
  const reports: Line[] = [];
  for (const p of map.people) {
    const boss = rel.get(p.id)?.reportsToId ?? 0;
    if (boss && here.has(boss))
      reports.push({ id: `r-${boss}-${p.id}`, kind: 'reports', from: boss, to: p.id });
  }
  const inChart = new Set(reports.flatMap((l) => [l.from, l.to]));

  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: GAP_X, ranksep: GAP_Y, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const p of map.people)
    if (inChart.has(p.id)) g.setNode(String(p.id), { width: NODE_W, height: NODE_H });
  for (const l of reports) g.setEdge(String(l.from), String(l.to));
  dagre.layout(g);

  const boxes: PersonBox[] = [];
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
  let chartW = 0;
  let chartH = 0;
  for (const p of map.people) {
    if (!inChart.has(p.id)) continue;
    const n = g.node(String(p.id)) as { x: number; y: number };
    const x = n.x - NODE_W / 2;
    const y = n.y - NODE_H / 2;
    chartW = Math.max(chartW, x + NODE_W);
    chartH = Math.max(chartH, y + NODE_H);
    boxes.push({ id: p.id, person: p, relations: relOf(p.id), x, y });
  }

  const loose = map.people.filter((p) => !inChart.has(p.id));
  const cols = Math.max(4, Math.min(8, Math.floor((chartW + GAP_X) / (NODE_W + GAP_X))));
  const top = boxes.length ? chartH + GAP_Y * 1.5 : 0;
  loose.forEach((p, i) => {
    boxes.push({
      id: p.id,
      person: p,
      relations: relOf(p.id),
      x: (i % cols) * (NODE_W + GAP_X),
      y: top + Math.floor(i / cols) * (NODE_H + GAP_Y / 2),
    });
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
