import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatDate, words } from '@/lib/format';
import { copyText } from '@/lib/clipboard';
import { notifyError, notifySuccess } from '@/lib/notify';
import { SavePdfDialog } from '@/components/ui/save-pdf-dialog';
import { useSettings } from '@/lib/settings';
import { saveChecklistPdf, useCloseOnboarding, useOnboarding, useUpdateTask } from '../api/onboarding';
import { weekOf } from '../weeks';
import { DueDateButton } from '../components/due-date-button';
import { StartDateDialog } from '../components/start-date-dialog';

const ME = '__me__';

const categories: Record<string, string> = {
  before_day_one: 'Before day one',
  intro_meetings: 'Intro meetings & inductions',
  client_knowledge: 'Client knowledge',
  agency_processes: 'Agency processes & tools',
  compliance: 'Compliance',
  check_ins: '30/60/90 check-ins',
};

/** One onboarding as a checklist grouped by category or by week, with owner and state filters. */
export function ChecklistRoute() {
  const id = Number(useParams().onboardingId);
  const o = useOnboarding(id);
  const update = useUpdateTask();
  const [owner, setOwner] = useState('');
  const [groupBy, setGroupBy] = useState<'category' | 'week'>('category');
  const [openOnly, setOpenOnly] = useState(false);
  const [closing, setClosing] = useState(false);
  const [pdf, setPdf] = useState(false);
  const [moving, setMoving] = useState(false);
  const me = useSettings().data?.directorName.trim() ?? '';
  if (o.isPending) return <LoadingState />;
  if (o.isError) return <ErrorState error={o.error} onRetry={() => void o.refetch()} />;
  const ob = o.data;
  const open = ob.status === 'in_progress';
  const owners = [...new Set(ob.tasks.map((t) => t.ownerName).filter(Boolean))].sort();
  const tasks = ob.tasks.filter(
    (t) => (!owner || t.ownerName === (owner === ME ? me : owner)) && (!openOnly || t.state === 'open'),
  );
  const groups: { key: string; label: string; tasks: backend.OnboardingTask[] }[] =
    groupBy === 'category'
      ? Object.entries(categories).map(([key, label]) => ({
          key,
          label,
          tasks: tasks.filter((t) => t.category === key),
        }))
      : [...new Set(tasks.map((t) => weekOf(t.due, ob.startDate).week))]
          .sort((a, b) => a - b)
          .map((w) => {
            const inWeek = tasks.filter((t) => weekOf(t.due, ob.startDate).week === w);
            const from = weekOf(inWeek[0]?.due ?? ob.startDate, ob.startDate).from;
            return {
              key: `w${w}`,
              label: w === 0 ? 'Before day one' : `Week ${w} · from ${formatDate(from)}`,
              tasks: [...inWeek].sort((a, b) => a.due.localeCompare(b.due)),
            };
          });
  const set = (t: backend.OnboardingTask, state: string) =>
    update.mutate(backend.TaskUpdate.createFrom({ taskId: t.id, state, notes: t.notes, by: '' }));
  return (
    <>
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/onboarding">
          Onboarding
        </Anchor>
        <Text size="sm">{ob.personName}</Text>
      </Breadcrumbs>
      <Group justify="space-between" mb="md" align="flex-start">
        <div>
          <Title order={1} fz={26}>
            {ob.personName}
          </Title>
          <Group gap={6} wrap="wrap" align="center">
            <Text size="sm" c="dimmed">
              {ob.templateName} · starts {formatDate(ob.startDate)}
              {ob.buddyName ? ` · buddy ${ob.buddyName}` : ''}
              {ob.managerName ? ` · manager ${ob.managerName}` : ''} · {words(ob.status)}
              {ob.closedReason ? ` (${ob.closedReason})` : ''}
            </Text>
            {open && (
              <Button
                variant="light"
                size="compact-xs"
                className="no-print"
                leftSection={<IconCalendarEvent size={14} />}
                onClick={() => setMoving(true)}
              >
                Change start date
              </Button>
            )}
          </Group>
        </div>
        <Stack gap={4} align="flex-end">
          <Group gap="xs">
            <Progress
              value={ob.progress.percent}
              w={200}
              aria-label={`${Math.round(ob.progress.percent)}% of required tasks done`}
            />
            <Text size="sm">{Math.round(ob.progress.percent)}%</Text>
          </Group>
          {ob.progress.overdue > 0 && (
            <Badge color="red" variant="light">
              {ob.progress.overdue} overdue
            </Badge>
          )}
        </Stack>
      </Group>
      <Group mb="md" justify="space-between">
        <Group gap="md" align="flex-end">
          <NativeSelect
            label="Owner"
            data={[
              { value: '', label: 'Everyone' },
              ...(me ? [{ value: ME, label: `My tasks (${me})` }] : []),
              ...owners.map((n) => ({ value: n, label: n })),
            ]}
            value={owner}
            onChange={(e) => setOwner(e.currentTarget.value)}
            w={220}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="group-by-label">
              Group by
            </Text>
            <SegmentedControl
              aria-labelledby="group-by-label"
              value={groupBy}
              onChange={(v) => setGroupBy(v)}
              data={[
                { value: 'category', label: 'Category' },
                { value: 'week', label: 'Week' },
              ]}
            />
          </div>
          <Checkbox
            label="Open tasks only"
            checked={openOnly}
            onChange={(e) => setOpenOnly(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Group gap="xs" className="no-print">
          <Button variant="default" onClick={() => window.print()}>
            Print
          </Button>
          <Button variant="default" onClick={() => setPdf(true)}>
            Save as PDF…
          </Button>
          <Button
            variant="default"
            onClick={() =>
              void copyText(checklistMarkdown(ob)).then(
                () => notifySuccess('The checklist is on the clipboard as Markdown.'),
                (e: unknown) => notifyError(e, 'Could not copy'),
              )
            }
          >
            Copy as Markdown
          </Button>
          {open && (
            <Button variant="default" onClick={() => setClosing(true)}>
              Close onboarding…
            </Button>
          )}
        </Group>
      </Group>
      {closing && <CloseOnboarding id={ob.id} onClose={() => setClosing(false)} />}
      {moving && <StartDateDialog onboarding={ob} onClose={() => setMoving(false)} />}
      {pdf && (
        <SavePdfDialog
          title="Save the checklist as PDF"
          save={(folder) => saveChecklistPdf(ob.id, folder)}
          onClose={() => setPdf(false)}
        >
          The whole checklist — every task with its owner, due date and state — to hand to {ob.personName}.
        </SavePdfDialog>
      )}
      {tasks.length === 0 && (
        <Text size="sm" c="dimmed" mb="md">
          No task matches these filters.
        </Text>
      )}
      <Stack>
        {groups.map(({ key, label, tasks: group }) => {
          if (group.length === 0) return null;
          return (
            <Paper key={key} withBorder radius="md" p="md" component="section" aria-label={label}>
              <Title order={2} fz="sm" mb="xs">
                {label}
              </Title>
              <Stack gap={6}>
                {group.map((t) => (
                  <Group key={t.id} justify="space-between" wrap="nowrap" align="flex-start">
                    <Checkbox
                      checked={t.state === 'done'}
                      disabled={!open || t.state === 'skipped'}
                      onChange={(e) => set(t, e.currentTarget.checked ? 'done' : 'open')}
                      label={
                        <span style={{ textDecoration: t.state === 'skipped' ? 'line-through' : undefined }}>
                          {t.title}
                          {t.optional ? ' (optional)' : ''}
                        </span>
                      }
                      description={t.description || undefined}
                    />
                    <Group gap="xs" wrap="nowrap">
                      {groupBy === 'week' && (
                        <Badge size="xs" variant="outline" color="gray">
                          {categories[t.category] ?? words(t.category)}
                        </Badge>
                      )}
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {t.ownerName}
                      </Text>
                      <DueDateButton task={t} editable={open && t.state === 'open'} />
                      {t.overdue && (
                        <Badge color="red" variant="light" size="xs">
                          Overdue
                        </Badge>
                      )}
                      {t.optional && t.state === 'open' && open && (
                        <Button size="compact-xs" variant="subtle" onClick={() => set(t, 'skipped')}>
                          Skip
                        </Button>
                      )}
                    </Group>
                  </Group>
                ))}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </>
  );
}

function CloseOnboarding({ id, onClose }: { id: number; onClose: () => void }) {
  const close = useCloseOnboarding();
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  return (
    <Modal opened onClose={onClose} title="Close this onboarding?">
      <Stack>
        <Text size="sm">
          Closing ends the checklist before every task is done. Say why, so the record explains itself.
        </Text>
        <Textarea
          label="Reason"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error || undefined}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep it open
          </Button>
          <Button
            loading={close.isPending}
            onClick={() =>
              close.mutate(
                { id, reason },
                { onSuccess: onClose, onError: (e) => setError(toAppError(e).message) },
              )
            }
          >
            Close onboarding
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The checklist as Markdown, to hand to the new hire. */
export function checklistMarkdown(o: backend.Onboarding): string {
  const lines = [
    `# Onboarding: ${o.personName}`,
    '',
    `Starts ${o.startDate}${o.buddyName ? ` · buddy ${o.buddyName}` : ''}${o.managerName ? ` · manager ${o.managerName}` : ''}`,
    '',
  ];
  for (const [key, label] of Object.entries(categories)) {
    const group = o.tasks.filter((t) => t.category === key);
    if (group.length === 0) continue;
    lines.push(`## ${label}`, '');
    for (const t of group) {
      lines.push(
        `- [${t.state === 'done' ? 'x' : ' '}] ${t.title}${t.optional ? ' (optional)' : ''} — ${t.ownerName || 'unassigned'}, due ${t.due}`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
