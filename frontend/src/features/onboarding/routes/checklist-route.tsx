import { Anchor, Badge, Breadcrumbs, Button, Checkbox, Group, Modal, NativeSelect, Paper, Progress, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatDate, words } from '@/lib/format';
import { copyText } from '@/lib/clipboard';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useCloseOnboarding, useOnboarding, useUpdateTask } from '../api/onboarding';

const categories: Record<string, string> = {
  before_day_one: 'Before day one',
  intro_meetings: 'Intro meetings & inductions',
  client_knowledge: 'Client knowledge',
  agency_processes: 'Agency processes & tools',
  compliance: 'Compliance',
  check_ins: '30/60/90 check-ins',
};

/** One onboarding as a checklist grouped by category, with an owner filter. */
export function ChecklistRoute() {
  const id = Number(useParams().onboardingId);
  const o = useOnboarding(id);
  const update = useUpdateTask();
  const [owner, setOwner] = useState('');
  const [closing, setClosing] = useState(false);
  if (o.isPending) return <LoadingState />;
  if (o.isError) return <ErrorState error={o.error} onRetry={() => void o.refetch()} />;
  const ob = o.data;
  const open = ob.status === 'in_progress';
  const owners = [...new Set(ob.tasks.map((t) => t.ownerName).filter(Boolean))].sort();
  const tasks = ob.tasks.filter((t) => !owner || t.ownerName === owner);
  const set = (t: backend.OnboardingTask, state: string) => update.mutate(backend.TaskUpdate.createFrom({ taskId: t.id, state, notes: t.notes, by: '' }));
  return (
    <>
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/onboarding">Onboarding</Anchor>
        <Text size="sm">{ob.personName}</Text>
      </Breadcrumbs>
      <Group justify="space-between" mb="md" align="flex-start">
        <div>
          <Title order={1} fz={26}>{ob.personName}</Title>
          <Text size="sm" c="dimmed">
            {ob.templateName} · starts {formatDate(ob.startDate)}{ob.buddyName ? ` · buddy ${ob.buddyName}` : ''}{ob.managerName ? ` · manager ${ob.managerName}` : ''} · {words(ob.status)}
            {ob.closedReason ? ` (${ob.closedReason})` : ''}
          </Text>
        </div>
        <Stack gap={4} align="flex-end">
          <Group gap="xs">
            <Progress value={ob.progress.percent} w={200} aria-label={`${Math.round(ob.progress.percent)}% of required tasks done`} />
            <Text size="sm">{Math.round(ob.progress.percent)}%</Text>
          </Group>
          {ob.progress.overdue > 0 && <Badge color="red" variant="light">{ob.progress.overdue} overdue</Badge>}
        </Stack>
      </Group>
      <Group mb="md" justify="space-between">
        <NativeSelect label="Owner" data={[{ value: '', label: 'Everyone' }, ...owners.map((n) => ({ value: n, label: n }))]} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} w={220} />
        <Group gap="xs" className="no-print">
          <Button variant="default" onClick={() => window.print()}>Print</Button>
          <Button
            variant="default"
            onClick={() =>
              copyText(checklistMarkdown(ob)).then(
                () => notifySuccess('The checklist is on the clipboard as Markdown.'),
                (e: unknown) => notifyError(e, 'Could not copy'),
              )
            }
          >
            Copy as Markdown
          </Button>
          {open && <Button variant="default" onClick={() => setClosing(true)}>Close onboarding…</Button>}
        </Group>
      </Group>
      {closing && <CloseOnboarding id={ob.id} onClose={() => setClosing(false)} />}
      <Stack>
        {Object.entries(categories).map(([key, label]) => {
          const group = tasks.filter((t) => t.category === key);
          if (group.length === 0) return null;
          return (
            <Paper key={key} withBorder radius="md" p="md" component="section" aria-label={label}>
              <Title order={2} fz="sm" mb="xs">{label}</Title>
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
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{t.ownerName}</Text>
                      <Text size="xs" c={t.overdue ? 'red' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>{formatDate(t.due)}</Text>
                      {t.overdue && <Badge color="red" variant="light" size="xs">Overdue</Badge>}
                      {t.optional && t.state === 'open' && open && (
                        <Button size="compact-xs" variant="subtle" onClick={() => set(t, 'skipped')}>Skip</Button>
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
        <Text size="sm">Closing ends the checklist before every task is done. Say why, so the record explains itself.</Text>
        <Textarea label="Reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={error || undefined} autosize minRows={2} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Keep it open</Button>
          <Button loading={close.isPending} onClick={() => close.mutate({ id, reason }, { onSuccess: onClose, onError: (e) => setError(toAppError(e).message) })}>Close onboarding</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The checklist as Markdown, to hand to the new hire. */
export function checklistMarkdown(o: backend.Onboarding): string {
  const lines = [`# Onboarding: ${o.personName}`, '', `Starts ${o.startDate}${o.buddyName ? ` · buddy ${o.buddyName}` : ''}${o.managerName ? ` · manager ${o.managerName}` : ''}`, ''];
  for (const [key, label] of Object.entries(categories)) {
    const group = o.tasks.filter((t) => t.category === key);
    if (group.length === 0) continue;
    lines.push(`## ${label}`, '');
    for (const t of group) {
      lines.push(`- [${t.state === 'done' ? 'x' : ' '}] ${t.title}${t.optional ? ' (optional)' : ''} — ${t.ownerName || 'unassigned'}, due ${t.due}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
