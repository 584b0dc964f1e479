import { Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { formatPercent } from '@/lib/format';
import { overWhen } from '../types/over';
import warn from './warn.module.css';

/** The reporting lines as a tree: people who report to nobody at the top. */
export function OrgChart({ roster }: { roster: backend.RosterRow[] }) {
  const byManager = new Map<number, backend.RosterRow[]>();
  for (const r of roster) {
    const key = roster.some((x) => x.id === r.reportsTo) ? r.reportsTo : 0;
    byManager.set(key, [...(byManager.get(key) ?? []), r]);
  }
  return (
    <div style={{ overflowX: 'auto' }} role="tree" aria-label="Org chart">
      <Branch people={byManager.get(0) ?? []} byManager={byManager} depth={0} />
    </div>
  );
}

function Branch({
  people,
  byManager,
  depth,
}: {
  people: backend.RosterRow[];
  byManager: Map<number, backend.RosterRow[]>;
  depth: number;
}) {
  return (
    <div
      style={{
        display: 'flex',
        gap: 16,
        alignItems: 'flex-start',
        justifyContent: depth === 0 ? 'flex-start' : 'center',
      }}
      role="group"
    >
      {people.map((p) => (
        <Node key={p.id} person={p} reports={byManager.get(p.id) ?? []} byManager={byManager} depth={depth} />
      ))}
    </div>
  );
}

function Node({
  person,
  reports,
  byManager,
  depth,
}: {
  person: backend.RosterRow;
  reports: backend.RosterRow[];
  byManager: Map<number, backend.RosterRow[]>;
  depth: number;
}) {
  const navigate = useNavigate();
  const over = person.overAllocated;
  return (
    <Stack
      gap={0}
      align="center"
      role="treeitem"
      aria-label={`${person.name}, ${person.role}`}
      aria-expanded={reports.length ? true : undefined}
    >
      <UnstyledButton onClick={() => void navigate(`/team/${person.id}`)}>
        <Paper
          withBorder
          radius="md"
          p="xs"
          w={170}
          style={{ borderColor: over ? 'var(--mantine-color-red-5)' : undefined, textAlign: 'center' }}
        >
          <Text size="sm" fw={600} truncate>
            {person.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {person.role}
          </Text>
          <Text size="xs" c={person.thisMonth.confirmed > 100.0001 ? 'red' : 'dimmed'}>
            {formatPercent(person.thisMonth.confirmed)} this month
          </Text>
          {over && person.thisMonth.confirmed <= 100.0001 && (
            <Text size="xs" className={warn.warn}>
              Over 100% {overWhen(person.over, person.thisMonth.from.slice(0, 7))}
            </Text>
          )}
        </Paper>
      </UnstyledButton>
      {reports.length > 0 && (
        <>
          <div style={{ width: 1, height: 14, background: 'var(--mantine-color-default-border)' }} />
          <div
            style={{
              borderTop: reports.length > 1 ? '1px solid var(--mantine-color-default-border)' : undefined,
              paddingTop: 14,
            }}
          >
            <Branch people={reports} byManager={byManager} depth={depth + 1} />
          </div>
        </>
      )}
    </Stack>
  );
}
