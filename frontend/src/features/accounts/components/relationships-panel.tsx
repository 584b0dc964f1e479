import {
  Alert,
  Anchor,
  ColorSwatch,
  Group,
  List,
  Paper,
  SegmentedControl,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { words } from '@/lib/format';
import { useRelationshipMap, useRoster } from '../api/relationships';
import { RelationshipLegend, RelationshipMap, roleColour } from './relationship-map';
import { blankRelations } from './relations-fields';

/** The warnings a director should act on, each with a way into the person it is about. */
export function RelationshipWarnings({
  warnings,
  onOpen,
}: {
  warnings: backend.RelationshipWarning[];
  onOpen: (id: number) => void;
}) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={warnings.length === 1 ? 'One thing to act on' : `${warnings.length} things to act on`}
      mb="sm"
    >
      <List size="sm" spacing={4}>
        {warnings.map((w) => (
          <List.Item key={`${w.kind}-${w.stakeholderId}`}>
            {w.message}{' '}
            <Anchor
              component="button"
              type="button"
              fz="sm"
              fw={600}
              c="inherit"
              underline="always"
              onClick={() => onOpen(w.stakeholderId)}
            >
              Open
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The same map in rows: its text alternative, and the quickest way to read it aloud. */
function RelationshipTable({
  map,
  ownerName,
  onOpen,
}: {
  map: backend.RelationshipMap;
  ownerName: (id: number) => string;
  onOpen: (id: number) => void;
}) {
  const names = new Map(map.people.map((p) => [p.id, p.name]));
  const nameOf = (id: number) => names.get(id) ?? '—';
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table fz="sm" verticalSpacing={5} aria-label="Relationships" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Sentiment</Table.Th>
            <Table.Th>Reports to</Table.Th>
            <Table.Th>Influences</Table.Th>
            <Table.Th>Agency owner</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {map.people.map((p, i) => {
            const r = map.relations[i] ?? blankRelations(p.id);
            return (
              <Table.Tr key={p.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    component="button"
                    type="button"
                    fz="sm"
                    fw={600}
                    ta="left"
                    onClick={() => onOpen(p.id)}
                  >
                    {p.name}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Group gap={6} wrap="nowrap">
                    <ColorSwatch
                      size={10}
                      withShadow={false}
                      color={`var(--mantine-color-${(roleColour[p.role] ?? 'gray.7').replace('.', '-')})`}
                      aria-hidden
                    />
                    <Text span fz="sm">
                      {words(p.role)}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>{words(p.sentiment)}</Table.Td>
                <Table.Td>{r.reportsToId ? nameOf(r.reportsToId) : '—'}</Table.Td>
                <Table.Td>
                  {r.influences.length === 0
                    ? '—'
                    : r.influences.map((x) => `${nameOf(x.stakeholderId)} (${x.strength})`).join(', ')}
                </Table.Td>
                <Table.Td>
                  {ownerName(r.ownerId) || (
                    <Text span c="dimmed" fz="sm">
                      Nobody
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {r.left
                    ? r.replacedById
                      ? `Left — replaced by ${nameOf(r.replacedById)}`
                      : 'Left'
                    : 'At the client'}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The account's relationship map with its warnings, drawn or as a table. */
export function RelationshipsPanel({
  accountId,
  onOpen,
}: {
  accountId: number;
  onOpen: (id: number) => void;
}) {
  const map = useRelationshipMap(accountId);
  const roster = useRoster();
  const [view, setView] = useState<'map' | 'table'>('map');
  const people = roster.data;
  const ownerName = useCallback(
    (id: number) => (id ? (people?.find((p) => p.id === id)?.name ?? '') : ''),
    [people],
  );
  if (map.isPending) return <LoadingState />;
  if (map.isError) return <ErrorState error={map.error} onRetry={() => void map.refetch()} />;
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="md">
          Relationship map
        </Title>
        <SegmentedControl
          size="xs"
          aria-label="Show the relationships as"
          value={view}
          onChange={(v) => setView(v === 'table' ? 'table' : 'map')}
          data={[
            { value: 'map', label: 'Map' },
            { value: 'table', label: 'Table' },
          ]}
        />
      </Group>
      <RelationshipWarnings warnings={map.data.warnings} onOpen={onOpen} />
      {view === 'map' ? (
        <>
          <Text fz="xs" c="dimmed" my="xs">
            Who reports to whom, and who sways whom. Choose a person to edit their relationships.
          </Text>
          <RelationshipMap map={map.data} ownerName={ownerName} onOpen={onOpen} />
          <RelationshipLegend />
        </>
      ) : (
        <RelationshipTable map={map.data} ownerName={ownerName} onOpen={onOpen} />
      )}
    </Paper>
  );
}
