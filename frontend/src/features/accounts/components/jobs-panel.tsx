import { Button, Group, NativeSelect, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { words } from '@/lib/format';
import { useJobs, useSaveJob } from '../api/account-parts';
import { jobSchema } from '../types/paperwork-schema';

const jobStatuses = ['briefed', 'in_progress', 'with_client', 'approved', 'on_hold', 'completed'];

/** The status report: the account's jobs, their status, next step and milestone, and adding a job. */
export function JobsPanel({ accountId }: { accountId: number }) {
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
