import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { PageHeader } from '@/components/ui/page-header';
import { toAppError } from '@/lib/errors';
import { formatDate, words } from '@/lib/format';
import { useCycles, useSaveCycle } from '../api/appraisals';
import { useLockNow, useLockStatus } from '@/lib/appraisals-lock';
import { AppraisalsGate } from '../components/appraisals-gate';

const states = ['draft', 'self_review', 'manager_review', 'calibration', 'finalized', 'acknowledged'];

export function AppraisalsRoute() {
  return (
    <AppraisalsGate>
      <AppraisalsRoutePage />
    </AppraisalsGate>
  );
}

function AppraisalsRoutePage() {
  const cycles = useCycles();
  const lock = useLockStatus();
  const lockNow = useLockNow();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="Appraisals"
        description="Review cycles for your team. Confidential: appraisals stay on this computer and never appear in logs or exports."
        actions={
          <Group gap="xs">
            {lock.data?.enabled && (
              <Button
                variant="default"
                leftSection={<IconLock size={16} />}
                loading={lockNow.isPending}
                onClick={() => lockNow.mutate()}
              >
                Lock now
              </Button>
            )}
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              New review cycle
            </Button>
          </Group>
        }
      />
      {creating && <NewCycle onClose={() => setCreating(false)} />}
      <Alert icon={<IconLock size={16} />} color="gray" variant="light" mb="md">
        Only you see these. Finalized appraisals are locked; reopening one needs a reason and is recorded.
        {!lock.data?.enabled && ' You can protect this section with a passphrase in Settings.'}
      </Alert>
      {cycles.isPending ? (
        <LoadingState />
      ) : cycles.isError ? (
        <ErrorState error={cycles.error} onRetry={() => void cycles.refetch()} />
      ) : cycles.data.length === 0 ? (
        <EmptyState
          title="No review cycles yet"
          action={<Button onClick={() => setCreating(true)}>New review cycle</Button>}
        >
          Create a cycle (annual, mid-year, quarterly or probation), add the people to review, and work
          through self review, manager review and calibration.
        </EmptyState>
      ) : (
        <Paper withBorder radius="md">
          <Table highlightOnHover verticalSpacing={8} fz="sm" aria-label="Review cycles">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Cycle</Table.Th>
                <Table.Th>Period</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Appraisals by state</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cycles.data.map((c) => (
                <Table.Tr
                  key={c.id}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  onClick={() => void navigate(`/appraisals/cycles/${c.id}`)}
                  onKeyDown={(e) => e.key === 'Enter' && void navigate(`/appraisals/cycles/${c.id}`)}
                  aria-label={c.name}
                >
                  <Table.Td fw={600}>
                    {c.name}
                    <Text size="xs" c="dimmed">
                      {words(c.type)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {formatDate(c.periodFrom)} – {formatDate(c.periodTo)}
                  </Table.Td>
                  <Table.Td>{formatDate(c.due) || '—'}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      style={{ minWidth: 'max-content' }}
                      color={c.status === 'closed' ? 'gray' : 'blue'}
                    >
                      {words(c.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {states
                        .filter((s) => c.byState[s])
                        .map((s) => (
                          <Badge key={s} size="sm" variant="outline" color="gray">
                            {c.byState[s]} {words(s)}
                          </Badge>
                        ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  );
}

function NewCycle({ onClose }: { onClose: () => void }) {
  const y = new Date().getFullYear();
  const [c, setC] = useState({
    name: `Annual review ${y}`,
    type: 'annual',
    periodFrom: `${y}-01-01`,
    periodTo: `${y}-12-31`,
    due: '',
  });
  const [error, setError] = useState('');
  const save = useSaveCycle();
  const navigate = useNavigate();
  const submit = () => {
    if (!c.name.trim()) return setError('Name the cycle, for example Annual review 2026.');
    if (!c.periodFrom || !c.periodTo || c.periodTo < c.periodFrom)
      return setError('Enter the review period: an end after its start.');
    save.mutate(
      backend.Cycle.createFrom({
        ...c,
        id: 0,
        status: 'draft',
        closedReason: '',
        competencies: [],
        byState: {},
      }),
      {
        onSuccess: (saved) => {
          onClose();
          void navigate(`/appraisals/cycles/${saved.id}`);
        },
        onError: (e) => setError(toAppError(e).message),
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title="New review cycle">
      <Stack>
        <TextInput
          label="Name"
          value={c.name}
          onChange={(e) => setC({ ...c, name: e.currentTarget.value })}
        />
        <NativeSelect
          label="Type"
          data={['annual', 'mid_year', 'quarterly', 'probation'].map((t) => ({ value: t, label: words(t) }))}
          value={c.type}
          onChange={(e) => setC({ ...c, type: e.currentTarget.value })}
        />
        <Group grow>
          <TextInput
            type="date"
            label="Period from"
            value={c.periodFrom}
            onChange={(e) => setC({ ...c, periodFrom: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label="Period to"
            value={c.periodTo}
            onChange={(e) => setC({ ...c, periodTo: e.currentTarget.value })}
          />
        </Group>
        <TextInput
          type="date"
          label="Due"
          value={c.due}
          onChange={(e) => setC({ ...c, due: e.currentTarget.value })}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          The cycle uses the built-in competencies for account people and a 1–5 scale.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            Create cycle
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
