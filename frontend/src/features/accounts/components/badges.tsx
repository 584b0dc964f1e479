import { Badge, Group, Text } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';
import { words } from '@/lib/format';
import { healthColor, planStatusColor } from '../types/labels';

export function HealthBadge({ health }: { health: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span
        aria-hidden
        style={{
          width: 9,
          height: 9,
          borderRadius: 9,
          background: `var(--mantine-color-${healthColor[health] ?? 'gray'}-6)`,
        }}
      />
      <Text size="sm">{words(health)}</Text>
    </Group>
  );
}

/** The QBR standing this quarter, in words. */
export function qbrText(q: backend.QBRDue): { label: string; color: string } | null {
  switch (q.state) {
    case 'done':
      return { label: 'Done', color: 'teal' };
    case 'due':
      return { label: `Due in ${q.daysLeft} days`, color: 'yellow' };
    case 'overdue':
      return { label: 'Overdue', color: 'red' };
    default:
      return null;
  }
}

export function QBRBadge({ qbr }: { qbr: backend.QBRDue }) {
  const t = qbrText(qbr);
  if (!t)
    return (
      <Text size="sm" c="dimmed" aria-label="No QBR needed">
        —
      </Text>
    );
  return (
    <Badge color={t.color} variant="light" size="sm">
      {t.label}
    </Badge>
  );
}

export function PlanBadge({ status, period }: { status: string; period?: string }) {
  if (!status)
    return (
      <Text size="sm" c="dimmed">
        No plan
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      {period && <Text size="sm">{period}</Text>}
      <Badge color={planStatusColor[status] ?? 'gray'} variant="light" size="sm">
        {words(status)}
      </Badge>
    </Group>
  );
}
