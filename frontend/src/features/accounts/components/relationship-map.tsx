import { Badge, Group, Text, UnstyledButton, VisuallyHidden, useComputedColorScheme } from '@mantine/core';
import { IconMoodEmpty, IconMoodSad, IconMoodSmile } from '@tabler/icons-react';
import {
  Background,
  BaseEdge,
  Controls,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import { useElementSize } from '@mantine/hooks';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { words } from '@/lib/format';
import { layoutRelationships, NODE_H, NODE_W, RAIL, type PersonBox } from '../types/relationship-layout';
import classes from './relationship-map.module.css';

/** The four points a person's lines attach to: lines arrive on the top and left, leave from the bottom
 * and right. */
const handles = [
  { type: 'target', position: Position.Top, id: 't' },
  { type: 'source', position: Position.Bottom, id: 'b' },
  { type: 'source', position: Position.Right, id: 'rs' },
  { type: 'target', position: Position.Left, id: 'lt' },
] as const;

/** Decision makers, champions and blockers stand out; everyone else is quiet grey. */
export const roleColour: Record<string, string> = {
  decision_maker: 'indigo.7',
  champion: 'teal.9',
  blocker: 'red.8',
  influencer: 'gray.7',
  user: 'gray.7',
};
/** The CSS colour of a Mantine colour with its shade ('teal.8'). */
const cssColour = (c: string) => `var(--mantine-color-${c.replace('.', '-')})`;
const quiet = (role: string) => role !== 'decision_maker' && role !== 'champion' && role !== 'blocker';
const strengthWidth: Record<string, number> = { low: 1.2, medium: 2.2, high: 3.4 };

type PersonData = {
  box: PersonBox;
  owner: string;
  summary: string;
  onOpen: (id: number) => void;
};

function Sentiment({ value }: { value: string }) {
  const Icon = value === 'supporter' ? IconMoodSmile : value === 'detractor' ? IconMoodSad : IconMoodEmpty;
  const c = value === 'supporter' ? 'teal' : value === 'detractor' ? 'red' : 'dimmed';
  return (
    <Group gap={2} wrap="nowrap" c={c}>
      <Icon size={14} aria-hidden />
      <Text span fz={11} c={c}>
        {words(value)}
      </Text>
    </Group>
  );
}

function PersonNode({ data }: NodeProps<Node<PersonData>>) {
  const { person: p, relations: r } = data.box;
  const colour = roleColour[p.role] ?? 'gray.7';
  return (
    <UnstyledButton
      className={classes.person}
      data-role={p.role}
      data-left={r.left || undefined}
      style={{ width: NODE_W, height: NODE_H, borderColor: cssColour(quiet(p.role) ? 'gray.5' : colour) }}
      onClick={() => data.onOpen(p.id)}
    >
      {handles.map((h) => (
        <Handle key={h.id} {...h} className={classes.handle} isConnectable={false} />
      ))}
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text fz={13} fw={700} truncate td={r.left ? 'line-through' : undefined}>
          {p.name}
        </Text>
        {r.left ? (
          <Badge size="xs" color="gray" variant="outline">
            Left
          </Badge>
        ) : (
          <Sentiment value={p.sentiment} />
        )}
      </Group>
      <Text fz={11} c="dimmed" truncate>
        {p.title || <span aria-hidden>—</span>}
      </Text>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Badge size="xs" color={colour} variant={quiet(p.role) ? 'light' : 'filled'}>
          {words(p.role)}
        </Badge>
        <Text
          fz={11}
          c={data.owner ? 'dimmed' : undefined}
          className={data.owner ? undefined : classes.warn}
          truncate
        >
          {data.owner || 'No owner'}
        </Text>
      </Group>
      <VisuallyHidden>{data.summary}</VisuallyHidden>
    </UnstyledButton>
  );
}

const nodeTypes = { person: PersonNode };

/** A reports-to line into a column of leaves: down from the boss, along the rail, into the person's side. */
function RailEdge({ sourceX, sourceY, targetX, targetY, markerEnd, style }: EdgeProps) {
  const railX = targetX - RAIL / 2;
  const path = `M ${sourceX},${sourceY} V ${sourceY + 20} H ${railX} V ${targetY} H ${targetX}`;
  return <BaseEdge path={path} markerEnd={markerEnd} style={style} />;
}

const edgeTypes = { rail: RailEdge };
const PAD = 16;

/** What a person's box does not show but a listener needs: read after what it shows. */
export function personSummary(
  p: backend.Stakeholder,
  r: backend.Relations,
  nameOf: (id: number) => string,
): string {
  const parts = [`influence ${p.influence} of 5`];
  if (r.left && r.replacedById) parts.push(`replaced by ${nameOf(r.replacedById)}`);
  if (r.reportsToId) parts.push(`reports to ${nameOf(r.reportsToId)}`);
  return `, ${parts.join(', ')}. Edit.`;
}

/**
 * The drawn relationship map: the organisation chart from reports-to, influence lines over it (thicker
 * is stronger), dotted lines to whoever replaced a leaver. Each person is a button that opens the
 * editor, so the map is reachable from the keyboard; the table view says the same in rows.
 */
export function RelationshipMap({
  map,
  ownerName,
  onOpen,
}: {
  map: backend.RelationshipMap;
  ownerName: (id: number) => string;
  onOpen: (id: number) => void;
}) {
  const scheme = useComputedColorScheme('light');
  const { ref, width } = useElementSize();
  const { nodes, edges, zoom, height, x } = useMemo(() => {
    // Lay out for the width there is at a comfortable zoom, then zoom to fit that width (never
    // below 0.6, where names stop being readable: then the map pans) and grow tall instead.
    const room = Math.max(320, width - PAD * 2);
    const layout = layoutRelationships(map, room / 0.85);
    const zoom = Math.min(1, Math.max(0.6, room / Math.max(1, layout.width)));
    const height = Math.min(1400, Math.max(220, layout.height * zoom + PAD * 2));
    const x = Math.max(PAD, (width - layout.width * zoom) / 2);
    const names = new Map(map.people.map((p) => [p.id, p.name]));
    const nameOf = (id: number) => names.get(id) ?? 'someone';
    const at = new Map(layout.boxes.map((b) => [b.id, b]));
    const nodes: Node<PersonData>[] = layout.boxes.map((box) => {
      const owner = ownerName(box.relations.ownerId);
      return {
        id: String(box.id),
        type: 'person',
        position: { x: box.x, y: box.y },
        data: { box, owner, summary: personSummary(box.person, box.relations, nameOf), onOpen },
        width: NODE_W,
        height: NODE_H,
        draggable: false,
        connectable: false,
        selectable: false,
        focusable: false, // the button inside takes the focus, with its name
        style: { pointerEvents: 'all' }, // a node that can be neither selected nor dragged takes no clicks otherwise
      };
    });
    const edges: Edge[] = layout.lines.map((l) => {
      const a = at.get(l.from)!;
      const b = at.get(l.to)!;
      const side =
        l.kind === 'reports'
          ? {}
          : { sourceHandle: a.x <= b.x ? 'rs' : 'b', targetHandle: a.x <= b.x ? 'lt' : 't' };
      if (l.kind === 'reports')
        return {
          id: l.id,
          source: String(l.from),
          target: String(l.to),
          sourceHandle: 'b',
          targetHandle: l.rail ? 'lt' : 't',
          type: l.rail ? 'rail' : 'smoothstep',
          style: { stroke: 'var(--mantine-color-gray-6)', strokeWidth: 1.5 },
          markerEnd: { type: MarkerType.ArrowClosed, color: 'var(--mantine-color-gray-6)' },
        };
      if (l.kind === 'influence')
        return {
          id: l.id,
          source: String(l.from),
          target: String(l.to),
          ...side,
          type: 'default',
          label: l.strength,
          labelStyle: { fontSize: 10, fill: 'var(--ad-warn)' },
          labelBgStyle: { fill: 'var(--mantine-color-body)' },
          style: {
            stroke: 'var(--mantine-color-orange-filled)',
            strokeWidth: strengthWidth[l.strength ?? 'medium'],
            strokeDasharray: '6 4',
          },
          markerEnd: { type: MarkerType.ArrowClosed, color: 'var(--mantine-color-orange-filled)' },
        };
      return {
        id: l.id,
        source: String(l.from),
        target: String(l.to),
        ...side,
        type: 'default',
        label: 'replaced by',
        labelStyle: { fontSize: 10, fill: 'var(--mantine-color-dimmed)' },
        labelBgStyle: { fill: 'var(--mantine-color-body)' },
        style: { stroke: 'var(--mantine-color-gray-5)', strokeWidth: 1.5, strokeDasharray: '2 4' },
        markerEnd: { type: MarkerType.ArrowClosed, color: 'var(--mantine-color-gray-5)' },
      };
    });
    return { nodes, edges, zoom, height, x };
  }, [map, ownerName, onOpen, width]);

  return (
    <div ref={ref} className={classes.canvas} style={{ height }} role="group" aria-label="Relationship map">
      <ReactFlow
        key={`${Math.round(width)}-${zoom}`}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode={scheme}
        defaultViewport={{ x, y: PAD, zoom }}
        minZoom={0.2}
        maxZoom={2}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        nodesFocusable={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

/** What the colours and lines mean. */
export function RelationshipLegend() {
  return (
    <Group gap="md" fz="xs" c="dimmed" mt="xs" className={classes.legend}>
      {(['decision_maker', 'champion', 'blocker'] as const).map((r) => (
        <Group key={r} gap={4}>
          <Badge size="xs" color={roleColour[r]}>
            {words(r)}
          </Badge>
        </Group>
      ))}
      <Text span fz="xs">
        ── reports to (arrow to the report)
      </Text>
      <Text span fz="xs" className={classes.warn}>
        - - influences (thicker is stronger)
      </Text>
      <Text span fz="xs">
        ··· replaced by
      </Text>
    </Group>
  );
}
