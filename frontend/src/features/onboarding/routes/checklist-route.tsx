import { Anchor, Breadcrumbs, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { SavePdfDialog } from '@/components/ui/save-pdf-dialog';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { copyText } from '@/lib/clipboard';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useSettings } from '@/lib/settings';
import { saveChecklistPdf, useOnboarding, useUpdateTask } from '../api/onboarding';
import { ChecklistHeader } from '../components/checklist-header';
import { ChecklistToolbar, type ChecklistView } from '../components/checklist-toolbar';
import { CloseOnboardingDialog } from '../components/close-onboarding-dialog';
import { StartDateDialog } from '../components/start-date-dialog';
import { TaskGroupSection } from '../components/task-group';
import { checklistMarkdown, filterTasks, groupTasks } from '../types/checklist';

/** One onboarding as a checklist grouped by category or by week, with owner and state filters. */
export function ChecklistRoute() {
  const id = Number(useParams().onboardingId);
  const o = useOnboarding(id);
  const update = useUpdateTask();
  const [view, setView] = useState<ChecklistView>({ owner: '', groupBy: 'category', openOnly: false });
  const [dialog, setDialog] = useState<'close' | 'pdf' | 'move' | null>(null);
  const me = useSettings().data?.directorName.trim() ?? '';
  if (o.isPending) return <LoadingState />;
  if (o.isError) return <ErrorState error={o.error} onRetry={() => void o.refetch()} />;
  const ob = o.data;
  const open = ob.status === 'in_progress';
  const owners = [...new Set(ob.tasks.map((t) => t.ownerName).filter(Boolean))].sort();
  const tasks = filterTasks(ob.tasks, { owner: view.owner, openOnly: view.openOnly, me });
  const groups = groupTasks(tasks, view.groupBy, ob.startDate);
  const setState = (t: backend.OnboardingTask, state: string) =>
    update.mutate(backend.TaskUpdate.createFrom({ taskId: t.id, state, notes: t.notes, by: '' }));
  const close = () => setDialog(null);
  return (
    <>
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/onboarding">
          Onboarding
        </Anchor>
        <Text size="sm">{ob.personName}</Text>
      </Breadcrumbs>
      <ChecklistHeader onboarding={ob} onMove={() => setDialog('move')} />
      <ChecklistToolbar
        view={view}
        onView={setView}
        owners={owners}
        me={me}
        closable={open}
        onPrint={() => window.print()}
        onPdf={() => setDialog('pdf')}
        onCopy={() =>
          void copyText(checklistMarkdown(ob)).then(
            () => notifySuccess('The checklist is on the clipboard as Markdown.'),
            (e: unknown) => notifyError(e, 'Could not copy'),
          )
        }
        onClose={() => setDialog('close')}
      />
      {dialog === 'close' && <CloseOnboardingDialog id={ob.id} onClose={close} />}
      {dialog === 'move' && <StartDateDialog onboarding={ob} onClose={close} />}
      {dialog === 'pdf' && (
        <SavePdfDialog
          title="Save the checklist as PDF"
          save={(folder) => saveChecklistPdf(ob.id, folder)}
          onClose={close}
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
        {groups
          .filter((g) => g.tasks.length > 0)
          .map((g) => (
            <TaskGroupSection
              key={g.key}
              group={g}
              editable={open}
              showCategory={view.groupBy === 'week'}
              onState={setState}
            />
          ))}
      </Stack>
    </>
  );
}
