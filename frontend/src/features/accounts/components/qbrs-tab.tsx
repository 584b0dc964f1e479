import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { localToday } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { notifyError, notifyUndo } from '@/lib/notify';
import { useDeleteQBR, useQBRs, useSaveQBR } from '../api/account-parts';
import { QBRFormModal } from './qbr-form-modal';

/** What the rule says about this quarter, in words. */
export function qbrSentence(q: backend.QBRDue): string {
  switch (q.state) {
    case 'done':
      return `Held this quarter (${q.quarter}).`;
    case 'due':
      return `Due this quarter: ${q.daysLeft} days left in ${q.quarter}.`;
    case 'overdue':
      return `Overdue: none was held last quarter, and none yet in ${q.quarter}.`;
    default:
      return q.basis === 'target'
        ? 'No QBR needed: the annual target is below the QBR threshold.'
        : 'No QBR needed: revenue over the last 12 months is below the QBR threshold.';
  }
}

export function QBRsTab({ accountId, qbr }: { accountId: number; qbr?: backend.QBRDue }) {
  const list = useQBRs(accountId);
  const save = useSaveQBR();
  const del = useDeleteQBR();
  // null: no form; id 0: recording a new QBR; else the QBR being edited.
  const [editing, setEditing] = useState<backend.QBR | null>(null);
  const blank = () =>
    backend.QBR.createFrom({
      id: 0,
      accountId,
      date: localToday(),
      format: 'on_site',
      attendees: [],
      progress: '',
      issues: '',
      initiatives: '',
      nextSteps: '',
    });
  // Deletes are undone, not confirmed: saving the same QBR again brings it back.
  const remove = (q: backend.QBR) =>
    del.mutate(q.id, {
      onSuccess: () =>
        notifyUndo(`Deleted the QBR of ${formatDate(q.date)}.`, () =>
          save.mutate(backend.QBR.createFrom({ ...q, id: 0 }), {
            onError: (e) => notifyError(e, 'The QBR could not be brought back'),
          }),
        ),
    });
  return (
    <Stack>
      {qbr && (
        <Alert
          color={qbr.state === 'overdue' ? 'red' : qbr.state === 'due' ? 'yellow' : 'gray'}
          variant="light"
          title="This quarter"
        >
          {qbrSentence(qbr)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(blank())}>
          Record a QBR
        </Button>
      </Group>
      {editing && (
        <QBRFormModal
          key={editing.id}
          accountId={accountId}
          value={editing}
          onClose={() => setEditing(null)}
        />
      )}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState title="No QBRs recorded">
          Record each Quarterly Business Review: who came, progress, issues, initiatives proposed and next
          steps.
        </EmptyState>
      ) : (
        list.data.map((q) => {
          const name = `the QBR of ${formatDate(q.date)}`;
          return (
            <Paper
              key={q.id}
              withBorder
              radius="md"
              p="md"
              component="article"
              aria-label={`QBR of ${formatDate(q.date)}`}
            >
              <Group justify="space-between" mb={6} wrap="nowrap" align="flex-start">
                <Group gap="xs">
                  <Title order={2} fz="sm">
                    {formatDate(q.date)} · {q.format === 'on_site' ? 'On-site' : 'Remote'}
                  </Title>
                  {q.attendees.map((a) => (
                    <Badge
                      key={a.stakeholderId}
                      variant="light"
                      color={a.decisionMaker ? 'indigo' : 'gray'}
                      size="sm"
                    >
                      {a.name}
                      {a.decisionMaker ? ' (decision maker)' : ''}
                    </Badge>
                  ))}
                </Group>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Edit ${name}`}
                    onClick={() => setEditing(q)}
                  >
                    <IconPencil size={14} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Delete ${name}`}
                    onClick={() => remove(q)}
                    loading={del.isPending && del.variables === q.id}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Group>
              </Group>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
                <Section label="Progress" text={q.progress} />
                <Section label="Issues uncovered" text={q.issues} />
                <Section label="Initiatives proposed" text={q.initiatives} />
                <Section label="Next steps" text={q.nextSteps} />
              </SimpleGrid>
            </Paper>
          );
        })
      )}
    </Stack>
  );
}

function Section({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text || '—'}
      </Text>
    </div>
  );
}
