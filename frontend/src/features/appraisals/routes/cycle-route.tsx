import '@mantine/charts/styles.css';
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatDate, words } from '@/lib/format';
import {
  useAddParticipants,
  useCycleAppraisals,
  useCycles,
  useCycleStatus,
  useRoster,
} from '../api/appraisals';
import { AppraisalsGate } from '../components/appraisals-gate';
import { CycleTemplate } from '../components/cycle-template';

const next: Record<string, { to: string; label: string }> = {
  draft: { to: 'open', label: 'Open the cycle' },
  open: { to: 'calibration', label: 'Start calibration' },
  calibration: { to: 'closed', label: 'Close the cycle' },
};

/** A cycle: participants side by side, rating distribution, and moving the cycle on. */
export function CycleRoute() {
  return (
    <AppraisalsGate>
      <CycleRoutePage />
    </AppraisalsGate>
  );
}

function CycleRoutePage() {
  const id = Number(useParams().cycleId);
  const cycles = useCycles();
  const list = useCycleAppraisals(id);
  const people = useRoster();
  const add = useAddParticipants();
  const status = useCycleStatus();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState('');
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  if (cycles.isPending || list.isPending) return <LoadingState />;
  if (cycles.isError || list.isError) return <ErrorState error={cycles.error ?? list.error} />;
  const c = cycles.data.find((x) => x.id === id);
  if (!c) return <ErrorState error={{ code: 'not_found', message: 'That review cycle no longer exists.' }} />;
  const inCycle = new Set(list.data.map((a) => a.personId));
  const scale = Array.from({ length: c.scale.max - c.scale.min + 1 }, (_, i) => c.scale.min + i);
  const dist = scale.map((r) => ({
    rating: String(r),
    People: list.data.filter((a) => a.score > 0 && Math.round(a.score) === r).length,
  }));
  const move = () => {
    const n = next[c.status];
    if (!n) return;
    if (n.to === 'closed') return setClosing(true);
    status.mutate({ id, status: n.to, reason: '' }, { onError: (e) => setError(toAppError(e).message) });
  };
  return (
    <>
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/appraisals">
          Appraisals
        </Anchor>
        <Text size="sm">{c.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" mb="md">
        <div>
          <Title order={1} fz={26}>
            {c.name}
          </Title>
          <Text size="sm" c="dimmed">
            {words(c.type)} · {formatDate(c.periodFrom)} – {formatDate(c.periodTo)}
            {c.due ? ` · due ${formatDate(c.due)}` : ''} · {words(c.status)}
            {c.closedReason ? ` (${c.closedReason})` : ''}
          </Text>
        </div>
        {next[c.status] && (
          <Button onClick={move} loading={status.isPending}>
            {next[c.status]!.label}
          </Button>
        )}
      </Group>
      {error && (
        <Alert color="red" mb="md" role="alert">
          {error}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
        <Paper
          withBorder
          radius="md"
          p="md"
          style={{ gridColumn: 'span 2' }}
          component="section"
          aria-label="Participants"
        >
          <Title order={2} fz="md" mb="xs">
            Participants
          </Title>
          <Table highlightOnHover fz="sm" verticalSpacing={6} aria-label="Appraisals in this cycle">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Manager</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th ta="right">Overall</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((a) => (
                <Table.Tr
                  key={a.id}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  onClick={() => void navigate(`/appraisals/${a.id}`)}
                  onKeyDown={(e) => e.key === 'Enter' && void navigate(`/appraisals/${a.id}`)}
                  aria-label={a.personName}
                >
                  <Table.Td fw={600}>{a.personName}</Table.Td>
                  <Table.Td>{a.role}</Table.Td>
                  <Table.Td>{a.managerName || '—'}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      style={{ minWidth: 'max-content' }}
                      color={a.status === 'finalized' || a.status === 'acknowledged' ? 'teal' : 'blue'}
                    >
                      {words(a.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {a.score ? a.score.toFixed(2) : '—'}
                    {a.overridden ? ' (overridden)' : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {c.status !== 'closed' && (
            <Group align="flex-end" mt="sm">
              <NativeSelect
                label="Add a person"
                w={300}
                data={[
                  { value: '', label: 'Choose a person' },
                  ...(people.data ?? [])
                    .filter((p) => !inCycle.has(p.id))
                    .map((p) => ({ value: String(p.id), label: p.name })),
                ]}
                value={chosen}
                onChange={(e) => setChosen(e.currentTarget.value)}
              />
              <Button
                variant="default"
                disabled={!chosen}
                onClick={() =>
                  add.mutate({ cycleId: id, ids: [Number(chosen)] }, { onSuccess: () => setChosen('') })
                }
              >
                Add
              </Button>
            </Group>
          )}
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-label="Rating distribution">
          <Title order={2} fz="md" mb="xs">
            Rating distribution
          </Title>
          <BarChart
            h={200}
            data={dist}
            dataKey="rating"
            series={[{ name: 'People', color: 'indigo.6' }]}
            yAxisProps={{ allowDecimals: false }}
          />
          <Text size="xs" c="dimmed" mt="xs">
            {c.scale.labels.map((l, i) => `${c.scale.min + i} ${l}`).join(' · ')}
          </Text>
        </Paper>
      </SimpleGrid>
      <CalibrationGrid people={list.data} />
      <CycleTemplate key={`${c.id}-${c.status}`} cycle={c} />
      <Modal opened={closing} onClose={() => setClosing(false)} title="Close the cycle?">
        <Stack>
          <Text size="sm">
            Appraisals that are not finalized stay as they are. If some are unfinished, say why the cycle
            closes anyway.
          </Text>
          <Textarea
            label="Reason"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
            error={error || undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setClosing(false)}>
              Keep it open
            </Button>
            <Button
              onClick={() =>
                status.mutate(
                  { id, status: 'closed', reason },
                  {
                    onSuccess: () => {
                      setClosing(false);
                      setError('');
                    },
                    onError: (e) => setError(toAppError(e).message),
                  },
                )
              }
            >
              Close the cycle
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

const bands = ['low', 'medium', 'high'];

/** Performance (the overall rating's third of the scale) against potential: the calibration view. */
function CalibrationGrid({ people }: { people: backend.AppraisalSummary[] }) {
  const unplaced = people.filter((p) => !p.performance || !p.potential);
  return (
    <Paper withBorder radius="md" p="md" mt="lg" component="section" aria-label="Performance and potential">
      <Title order={2} fz="md" mb="xs">
        Performance × potential
      </Title>
      <table
        style={{ borderCollapse: 'separate', borderSpacing: 4, width: '100%', tableLayout: 'fixed' }}
        aria-label="Calibration grid"
      >
        <thead>
          <tr>
            <th style={{ width: 110 }} />
            {bands.map((b) => (
              <th key={b} style={{ fontSize: 12, color: 'var(--mantine-color-dimmed)', fontWeight: 600 }}>
                {words(b)} performance
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...bands].reverse().map((pot) => (
            <tr key={pot}>
              <th
                style={{
                  fontSize: 12,
                  color: 'var(--mantine-color-dimmed)',
                  fontWeight: 600,
                  textAlign: 'left',
                }}
              >
                {words(pot)} potential
              </th>
              {bands.map((perf) => {
                const here = people.filter((p) => p.potential === pot && p.performance === perf);
                return (
                  <td
                    key={perf}
                    aria-label={`${words(perf)} performance, ${pot} potential: ${here.map((p) => p.personName).join(', ') || 'nobody'}`}
                    style={{
                      verticalAlign: 'top',
                      height: 64,
                      padding: 6,
                      borderRadius: 6,
                      background:
                        perf === 'high' && pot === 'high'
                          ? 'var(--mantine-color-teal-light)'
                          : perf === 'low' && pot === 'low'
                            ? 'var(--mantine-color-red-light)'
                            : 'var(--mantine-color-default-hover)',
                    }}
                  >
                    {here.map((p) => (
                      <Text key={p.id} size="xs">
                        {p.personName}{' '}
                        <Text span c="dimmed" size="xs">
                          {p.score.toFixed(1)}
                        </Text>
                      </Text>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {unplaced.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          Not placed yet (no rating or no potential): {unplaced.map((p) => p.personName).join(', ')}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        Adjust a rating in calibration with an override and its reason on the appraisal; both are kept in its
        audit trail.
      </Text>
    </Paper>
  );
}
