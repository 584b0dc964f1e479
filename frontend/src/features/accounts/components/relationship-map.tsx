import { Badge, Group, Text, UnstyledButton, useComputedColorScheme } from '@mantine/core';
import { IconMoodEmpty, IconMoodSad, IconMoodSmile } from '@tabler/icons-react';
import {
  Background,
  Controls,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { words } from '@/lib/format';
import { layoutRelationships, NODE_H, NODE_W, type PersonBox } from '../types/relationship-layout';
import classes from './relationship-map.module.css';

/** Decision makers, champions and blockers stand out; everyone else is quiet grey. */
export const roleColour: Record<string, string> = {
  decision_maker: 'indigo',
  champion: 'teal',
  blocker: 'red',
  influencer: 'gray',
  user: 'gray',
};
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
  const colour = roleColour[p.role] ?? 'gray';
  return (
    <UnstyledButton
      className={classes.person}
      data-role={p.role}
      data-left={r.left || undefined}
      style={{ width: NODE_W, height: NODE_H, borderColor: `var(--mantine-color-${colour}-filled)` }}
      aria-label={data.summary}
      onClick={() => data.onOpen(p.id)}
    >
      <Handle type="target" position={Position.Top} id="t" className={classes.handle} isConnectable={false} />
      <Handle
        type="source"
        position={Position.Bottom}
        id="b"
        className={classes.handle}
        isConnectable={false}
      />
      <Handle
        type="source"
        position={Position.Right}
        id="rs"
        className={classes.handle}
        isConnectable={false}
      />
      <Handle
        type="target"
        position={Position.Left}
        id="lt"
        className={classes.handle}
        isConnectable={false}
      />
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
        {p.title || '—'}
      </Text>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Badge size="xs" color={colour} variant={colour === 'gray' ? 'light' : 'filled'}>
          {words(p.role)}
        </Badge>
        <Text fz={11} c={data.owner ? 'dimmed' : 'orange'} truncate>
          {data.owner || 'No owner'}
        </Text>
      </Group>
    </UnstyledButton>
  );
}

const nodeTypes = { person: PersonNode };

/** How a person reads aloud (and in the node's accessible name): everything the box shows. */
export function personSummary(
  p: backend.Stakeholder,
  r: backend.Relations,
  nameOf: (id: number) => string,
  owner: string,
): string {
  const parts = [p.name, words(p.role), r.left ? '' : words(p.sentiment), `influence ${p.influence} of 5`];
  if (r.left) parts.push(r.replacedById ? `left, replaced by ${nameOf(r.replacedById)}` : 'left');
  if (r.reportsToId) parts.push(`reports to ${nameOf(r.reportsToId)}`);
  parts.push(owner ? `covered by ${owner}` : 'nobody at the agency covers them');
  return `${parts.filter(Boolean).join(', ')}. Edit.`;
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
  const { nodes, edges } = useMemo(() => {
    const layout = layoutRelationships(map);
    const names = new Map(map.people.map((p) => [p.id, p.name]));
    const nameOf = (id: number) => names.get(id) ?? 'someone';
    const at = new Map(layout.boxes.map((b) => [b.id, b]));
    const nodes: Node<PersonData>[] = layout.boxes.map((box) => {
      const owner = ownerName(box.relations.ownerId);
      return {
        id: String(box.id),
        type: 'person',
        position: { x: box.x, y: box.y },
        data: { box, owner, summary: personSummary(box.person, box.relations, nameOf, owner), onOpen },
        width: NODE_W,
        height: NODE_H,
        draggable: false,
        connectable: false,
        selectable: false,
        focusable: false, // the button inside takes the focus, with its name
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
          targetHandle: 't',
          type: 'smoothstep',
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
          labelStyle: { fontSize: 10, fill: 'var(--mantine-color-orange-text)' },
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
    return { nodes, edges };
  }, [map, ownerName, onOpen]);

  return (
    <div className={classes.canvas} role="group" aria-label="Relationship map">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        colorMode={scheme}
        fitView
        fitViewOptions={{ padding: 0.08, maxZoom: 1 }}
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
    <Group gap="md" fz="xs" c="dimmed" mt="xs" aria-label="Legend">
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
      <Text span fz="xs" c="orange">
        - - influences (thicker is stronger)
      </Text>
      <Text span fz="xs">
        ··· replaced by
      </Text>
    </Group>
  );
}
