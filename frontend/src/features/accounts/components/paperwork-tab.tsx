import {
  Badge,
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
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatDateTime, words } from '@/lib/format';
import { useContactReports, useJobs, useSaveContactReport, useSaveJob } from '../api/account-parts';
import { contactReportSchema, jobSchema } from '../types/paperwork-schema';

const jobStatuses = ['briefed', 'in_progress', 'with_client', 'approved', 'on_hold', 'completed'];

/** The account team's paperwork: the status report (jobs) and contact reports. */
export function PaperworkTab({ accountId }: { accountId: number }) {
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
      <Jobs accountId={accountId} />
      <Reports accountId={accountId} />
    </SimpleGrid>
  );
}

function Jobs({ accountId }: { accountId: number }) {
  const jobs = useJobs(accountId);
  const save = useSaveJob();
  const [draft, setDraft] = useState({ number: '', name: '' });
  const [error, setError] = useState('');
  const add = () => {
    const checked = jobSchema.safeParse(draft);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? '');
    save.mutate(
      backend.Job.createFrom({
        id: 0,
        accountId,
        number: draft.number,
        name: draft.name,
        status: 'briefed',
        nextStep: '',
        milestoneDate: '',
      }),
      {
        onSuccess: () => {
          setDraft({ number: '', name: '' });
          setError('');
        },
        onError: (e) => setError(toAppError(e).message),
      },
    );
  };
  const update = (j: backend.Job, patch: Partial<backend.Job>) =>
    save.mutate(backend.Job.createFrom({ ...j, ...patch }));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Status report">
      <Title order={2} fz="md" mb="xs">
        Status report
      </Title>
      {jobs.isPending ? (
        <LoadingState />
      ) : jobs.isError ? (
        <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : (
        <Table verticalSpacing={4} fz="sm" aria-label="Jobs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Job</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Next step</Table.Th>
              <Table.Th>Milestone</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {jobs.data.map((j) => (
              <Table.Tr key={j.id} c={j.status === 'completed' ? 'dimmed' : undefined}>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {j.number}
                  </Text>
                  <Text size="sm">{j.name}</Text>
                </Table.Td>
                <Table.Td w={140}>
                  <NativeSelect
                    size="xs"
                    aria-label={`${j.number} status`}
                    data={jobStatuses.map((s) => ({ value: s, label: words(s) }))}
                    value={j.status}
                    onChange={(e) => update(j, { status: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`${j.number} next step`}
                    defaultValue={j.nextStep}
                    onBlur={(e) =>
                      e.currentTarget.value !== j.nextStep && update(j, { nextStep: e.currentTarget.value })
                    }
                  />
                </Table.Td>
                <Table.Td w={140}>
                  <TextInput
                    size="xs"
                    type="date"
                    aria-label={`${j.number} milestone`}
                    defaultValue={j.milestoneDate}
                    onBlur={(e) =>
                      e.currentTarget.value !== j.milestoneDate &&
                      update(j, { milestoneDate: e.currentTarget.value })
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end" gap="xs" mt="sm">
        <TextInput
          size="xs"
          label="Job number"
          value={draft.number}
          onChange={(e) => setDraft({ ...draft, number: e.currentTarget.value })}
          w={120}
        />
        <TextInput
          size="xs"
          label="Job name"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
        />
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          Add job
        </Button>
      </Group>
      {error && (
        <Text size="xs" c="red" mt={4} role="alert">
          {error}
        </Text>
      )}
    </Paper>
  );
}

function Reports({ accountId }: { accountId: number }) {
  const reports = useContactReports(accountId);
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Contact reports">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="md">
          Contact reports
        </Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
          Write a contact report
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        Every client meeting gets a contact report within 48 hours.
      </Text>
      {adding && <ReportForm accountId={accountId} onClose={() => setAdding(false)} />}
      {reports.isPending ? (
        <LoadingState />
      ) : reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No contact reports yet.
        </Text>
      ) : (
        <Stack gap="sm">
          {reports.data.map((r) => (
            <div key={r.id}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  Meeting {formatDateTime(r.meetingAt)}
                </Text>
                {r.late && (
                  <Badge color="orange" variant="light" size="sm">
                    Late: written after 48 hours
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {r.attendees}
              </Text>
              <Text size="sm">{r.decisions}</Text>
              {r.nextSteps && (
                <Text size="sm" c="dimmed">
                  Next: {r.nextSteps}
                </Text>
              )}
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function ReportForm({ accountId, onClose }: { accountId: number; onClose: () => void }) {
  const save = useSaveContactReport();
  const [r, setR] = useState({ when: '', attendees: '', decisions: '', budget: '', nextSteps: '' });
  const [error, setError] = useState('');
  const submit = () => {
    const checked = contactReportSchema.safeParse(r);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? '');
    const at = new Date(r.when);
    save.mutate(
      backend.ContactReport.createFrom({
        id: 0,
        accountId,
        meetingAt: at.toISOString(),
        attendees: r.attendees,
        decisions: r.decisions,
        budget: r.budget,
        nextSteps: r.nextSteps,
      }),
      { onSuccess: onClose, onError: (e) => setError(toAppError(e).message) },
    );
  };
  return (
    <Modal opened onClose={onClose} title="Contact report" size="lg">
      <Stack>
        <TextInput
          type="datetime-local"
          label="Meeting date and time"
          value={r.when}
          onChange={(e) => setR({ ...r, when: e.currentTarget.value })}
          error={error || undefined}
        />
        <TextInput
          label="Attendees"
          value={r.attendees}
          onChange={(e) => setR({ ...r, attendees: e.currentTarget.value })}
        />
        <Textarea
          label="Decisions"
          autosize
          minRows={2}
          value={r.decisions}
          onChange={(e) => setR({ ...r, decisions: e.currentTarget.value })}
        />
        <Textarea
          label="Budget information"
          autosize
          minRows={1}
          value={r.budget}
          onChange={(e) => setR({ ...r, budget: e.currentTarget.value })}
        />
        <Textarea
          label="Next steps"
          autosize
          minRows={2}
          value={r.nextSteps}
          onChange={(e) => setR({ ...r, nextSteps: e.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            Save report
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
