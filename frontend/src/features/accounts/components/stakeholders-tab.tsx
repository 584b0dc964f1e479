import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { formatDate, words } from '@/lib/format';
import { notifyError, notifyUndo } from '@/lib/notify';
import { useDeleteStakeholder, useStakeholders } from '../api/account-parts';
import { useRelationshipMap, useSaveWithRelations } from '../api/relationships';
import { blankRelations } from './relations-fields';
import { RelationshipsPanel } from './relationships-panel';
import { StakeholderMap } from './stakeholder-map';
import { StakeholderForm } from './stakeholder-form';

export function StakeholdersTab({ accountId }: { accountId: number }) {
  const list = useStakeholders(accountId);
  const save = useSaveWithRelations();
  const map = useRelationshipMap(accountId);
  const del = useDeleteStakeholder();
  const [editing, setEditing] = useState<backend.Stakeholder | null>(null);
  const blank = () =>
    backend.Stakeholder.createFrom({
      id: 0,
      accountId,
      name: '',
      title: '',
      email: '',
      phone: '',
      role: 'influencer',
      influence: 3,
      sentiment: 'neutral',
      relationshipNow: 'vendor',
      relationshipTarget: 'partner',
      lastContact: '',
      notes: '',
    });

  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const people = list.data;
  // Undo brings the person back with their own relations; links others had to them are gone with them.
  const remove = (s: backend.Stakeholder) => {
    const rel = map.data?.relations.find((r) => r.stakeholderId === s.id);
    del.mutate(s.id, {
      onSuccess: () =>
        notifyUndo(`Removed ${s.name}.`, () =>
          save.mutate(
            {
              stakeholder: backend.Stakeholder.createFrom({ ...s, id: 0 }),
              relations: backend.Relations.createFrom({ ...(rel ?? blankRelations(0)), stakeholderId: 0 }),
            },
            { onError: (e) => notifyError(e, `${s.name} could not be brought back`) },
          ),
        ),
    });
  };

  return (
    <>
      <StakeholderForm key={editing?.id ?? 'none'} value={editing} onClose={() => setEditing(null)} />
      {people.length === 0 ? (
        <EmptyState
          title="No stakeholders yet"
          action={
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(blank())}>
              Add stakeholder
            </Button>
          }
        >
          Map the client's decision makers, champions and blockers, with their influence and how they feel
          about the agency.
        </EmptyState>
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, lg: 5 }} spacing="lg">
            <Paper withBorder radius="md" p="md" style={{ gridColumn: 'span 3' }}>
              <Group justify="space-between" mb="xs">
                <Title order={2} fz="md">
                  People at the client
                </Title>
                <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing(blank())}>
                  Add stakeholder
                </Button>
              </Group>
              <Table verticalSpacing={5} fz="sm" highlightOnHover aria-label="Stakeholders">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Influence</Table.Th>
                    <Table.Th>Sentiment</Table.Th>
                    <Table.Th>Relationship</Table.Th>
                    <Table.Th>Last contact</Table.Th>
                    <Table.Th w={70} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {people.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {s.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {s.title}
                        </Text>
                      </Table.Td>
                      <Table.Td>{words(s.role)}</Table.Td>
                      <Table.Td>
                        {'●'.repeat(s.influence)}
                        <Text span c="dimmed">
                          {'●'.repeat(5 - s.influence)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          size="sm"
                          variant="light"
                          color={
                            s.sentiment === 'supporter'
                              ? 'teal'
                              : s.sentiment === 'detractor'
                                ? 'red'
                                : 'gray'
                          }
                        >
                          {words(s.sentiment)}
                        </Badge>
                      </Table.Td>
                      <Table.Td fz="xs">
                        {words(s.relationshipNow)} → {words(s.relationshipTarget)}
                      </Table.Td>
                      <Table.Td>{formatDate(s.lastContact) || '—'}</Table.Td>
                      <Table.Td>
                        <Group gap={2} wrap="nowrap">
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={`Edit ${s.name}`}
                            onClick={() => setEditing(s)}
                          >
                            <IconPencil size={14} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={`Remove ${s.name}`}
                            onClick={() => remove(s)}
                          >
                            <IconX size={14} />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
            <Paper withBorder radius="md" p="md" style={{ gridColumn: 'span 2' }}>
              <Title order={2} fz="md" mb="xs">
                Stakeholder map
              </Title>
              <StakeholderMap people={people} />
            </Paper>
          </SimpleGrid>
          <RelationshipsPanel
            accountId={accountId}
            onOpen={(id) => setEditing(people.find((p) => p.id === id) ?? null)}
          />
        </Stack>
      )}
    </>
  );
}
