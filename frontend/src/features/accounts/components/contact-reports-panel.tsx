import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { useContactReports, useSaveContactReport } from '../api/account-parts';
import { contactReportSchema } from '../types/paperwork-schema';

/** Contact reports of client meetings, late ones marked, and writing a new one. */
export function ContactReportsPanel({ accountId }: { accountId: number }) {
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
