import {
  ActionIcon,
  Badge,
  Button,
  Drawer,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatDate, words } from '@/lib/format';
import { notifyUndo } from '@/lib/notify';
import { useDeleteStakeholder, useSaveStakeholder, useStakeholders } from '../api/account-parts';
import { fieldErrors } from '../types/account-schema';
import { relationships, roles, sentiments } from '../types/labels';
import { stakeholderSchema, type StakeholderForm as Checked } from '../types/stakeholder-schema';
import { StakeholderMap } from './stakeholder-map';

const opts = (v: string[]) => v.map((x) => ({ value: x, label: words(x) }));

export function StakeholdersTab({ accountId }: { accountId: number }) {
  const list = useStakeholders(accountId);
  const save = useSaveStakeholder();
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
  const remove = (s: backend.Stakeholder) =>
    del.mutate(s.id, {
      onSuccess: () =>
        notifyUndo(`Removed ${s.name}.`, () => save.mutate(backend.Stakeholder.createFrom({ ...s, id: 0 }))),
    });

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
                          s.sentiment === 'supporter' ? 'teal' : s.sentiment === 'detractor' ? 'red' : 'gray'
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
      )}
    </>
  );
}

function StakeholderForm({ value, onClose }: { value: backend.Stakeholder | null; onClose: () => void }) {
  const [s, setS] = useState<backend.Stakeholder | null>(value);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveStakeholder();
  if (!value || !s) return null;
  const set = (patch: Partial<backend.Stakeholder>) => setS({ ...s, ...patch });
  const submit = () => {
    const checked = stakeholderSchema.safeParse(s);
    if (!checked.success) return setErrors(fieldErrors<Checked>(checked));
    save.mutate(s, {
      onSuccess: onClose,
      onError: (e) => {
        const err = toAppError(e);
        setErrors({ [err.field ?? 'name']: err.message });
      },
    });
  };
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      title={value.id ? `Edit ${value.name}` : 'Add stakeholder'}
      size="md"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <TextInput
            label="Name"
            required
            value={s.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={errors.name}
            data-autofocus
          />
          <TextInput
            label="Job title"
            value={s.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
          />
          <SimpleGrid cols={2}>
            <TextInput
              label="Email"
              value={s.email}
              onChange={(e) => set({ email: e.currentTarget.value })}
              error={errors.email}
            />
            <TextInput
              label="Phone"
              value={s.phone}
              onChange={(e) => set({ phone: e.currentTarget.value })}
            />
            <NativeSelect
              label="Role"
              data={opts(roles)}
              value={s.role}
              onChange={(e) => set({ role: e.currentTarget.value })}
            />
            <NativeSelect
              label="Influence"
              data={['1', '2', '3', '4', '5']}
              value={String(s.influence)}
              onChange={(e) => set({ influence: Number(e.currentTarget.value) })}
            />
            <NativeSelect
              label="Sentiment"
              data={opts(sentiments)}
              value={s.sentiment}
              onChange={(e) => set({ sentiment: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label="Last contact"
              value={s.lastContact}
              onChange={(e) => set({ lastContact: e.currentTarget.value })}
            />
            <NativeSelect
              label="Relationship now"
              data={opts(relationships)}
              value={s.relationshipNow}
              onChange={(e) => set({ relationshipNow: e.currentTarget.value })}
            />
            <NativeSelect
              label="Relationship target"
              data={opts(relationships)}
              value={s.relationshipTarget}
              onChange={(e) => set({ relationshipTarget: e.currentTarget.value })}
            />
          </SimpleGrid>
          <Textarea
            label="Notes"
            autosize
            minRows={3}
            value={s.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save stakeholder
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
