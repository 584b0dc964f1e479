import { Alert, Badge, Button, Checkbox, Group, Modal, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { useQBRs, useSaveQBR, useStakeholders } from '../api/account-parts';

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
  const [adding, setAdding] = useState(false);
  return (
    <Stack>
      {qbr && (
        <Alert color={qbr.state === 'overdue' ? 'red' : qbr.state === 'due' ? 'yellow' : 'gray'} variant="light" title="This quarter">
          {qbrSentence(qbr)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>Record a QBR</Button>
      </Group>
      {adding && <QBRForm accountId={accountId} onClose={() => setAdding(false)} />}
      {list.isPending ? <LoadingState /> : list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : list.data.length === 0 ? (
        <EmptyState title="No QBRs recorded">Record each Quarterly Business Review: who came, progress, issues, initiatives proposed and next steps.</EmptyState>
      ) : (
        list.data.map((q) => (
          <Paper key={q.id} withBorder radius="md" p="md">
            <Group justify="space-between" mb={6}>
              <Title order={3} fz="sm">{formatDate(q.date)} · {q.format === 'on_site' ? 'On-site' : 'Remote'}</Title>
              <Group gap={4}>
                {q.attendees.map((a) => (
                  <Badge key={a.stakeholderId} variant="light" color={a.decisionMaker ? 'indigo' : 'gray'} size="sm">
                    {a.name}{a.decisionMaker ? ' (decision maker)' : ''}
                  </Badge>
                ))}
              </Group>
            </Group>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
              <Section label="Progress" text={q.progress} />
              <Section label="Issues uncovered" text={q.issues} />
              <Section label="Initiatives proposed" text={q.initiatives} />
              <Section label="Next steps" text={q.nextSteps} />
            </SimpleGrid>
          </Paper>
        ))
      )}
    </Stack>
  );
}

function Section({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>{label}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{text || '—'}</Text>
    </div>
  );
}

function QBRForm({ accountId, onClose }: { accountId: number; onClose: () => void }) {
  const people = useStakeholders(accountId);
  const save = useSaveQBR();
  const [q, setQ] = useState({ date: new Date().toISOString().slice(0, 10), format: 'on_site', attendees: [] as number[], progress: '', issues: '', initiatives: '', nextSteps: '' });
  const [error, setError] = useState('');
  const submit = () => {
    if (!q.date) return setError('Enter the date of the QBR.');
    save.mutate(
      backend.QBR.createFrom({ id: 0, accountId, ...q, attendees: q.attendees.map((id) => ({ stakeholderId: id })) }),
      { onSuccess: onClose, onError: (e) => setError(toAppError(e).message) },
    );
  };
  return (
    <Modal opened onClose={onClose} title="Record a QBR" size="lg">
      <Stack>
        <Group>
          <TextInput type="date" label="Date" value={q.date} onChange={(e) => setQ({ ...q, date: e.currentTarget.value })} error={error || undefined} />
          <div>
            <Text size="sm" fw={500} mb={4} id="qbr-format">Format</Text>
            <SegmentedControl aria-labelledby="qbr-format" data={[{ value: 'on_site', label: 'On-site' }, { value: 'remote', label: 'Remote' }]} value={q.format} onChange={(v) => setQ({ ...q, format: v })} />
          </div>
        </Group>
        <Checkbox.Group label="Attendees" value={q.attendees.map(String)} onChange={(v) => setQ({ ...q, attendees: v.map(Number) })}>
          <Group mt={4}>
            {(people.data ?? []).map((s) => (
              <Checkbox key={s.id} value={String(s.id)} label={`${s.name}${s.role === 'decision_maker' ? ' (decision maker)' : ''}`} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea label="Progress report" autosize minRows={2} value={q.progress} onChange={(e) => setQ({ ...q, progress: e.currentTarget.value })} />
        <Textarea label="Issues uncovered" autosize minRows={2} value={q.issues} onChange={(e) => setQ({ ...q, issues: e.currentTarget.value })} />
        <Textarea label="Initiatives proposed" description="Cross-sell and upsell ideas put to the client" autosize minRows={2} value={q.initiatives} onChange={(e) => setQ({ ...q, initiatives: e.currentTarget.value })} />
        <Textarea label="Next steps" autosize minRows={2} value={q.nextSteps} onChange={(e) => setQ({ ...q, nextSteps: e.currentTarget.value })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={submit} loading={save.isPending}>Save QBR</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
