import { Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { useSetTaskDue } from '../api/onboarding';
import { checklistDate } from '../types/onboarding-schema';

/** A task's due date; in a checklist in progress, a button that sets it by hand. */
export function DueDateButton({ task, editable }: { task: backend.OnboardingTask; editable: boolean }) {
  const [opened, setOpened] = useState(false);
  const [due, setDue] = useState(task.due);
  const [error, setError] = useState('');
  const save = useSetTaskDue();
  const label = (
    <>
      {formatDate(task.due)}
      {task.dueByHand ? ' (set by hand)' : ''}
    </>
  );
  if (!editable) {
    return (
      <Text size="xs" c={task.overdue ? 'red' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
    );
  }
  const submit = () => {
    const parsed = checklistDate('due').safeParse(due);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Enter the due date.');
    save.mutate(
      { taskId: task.id, due: parsed.data },
      { onSuccess: () => setOpened(false), onError: (e) => setError(toAppError(e).message) },
    );
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus returnFocus>
      <Popover.Target>
        <Button
          variant="subtle"
          size="compact-xs"
          color={task.overdue ? 'red' : 'gray'}
          fw={400}
          style={{ whiteSpace: 'nowrap' }}
          aria-label={`Due date of ${task.title}: ${formatDate(task.due)}${task.dueByHand ? ' (set by hand)' : ''}`}
          onClick={() => {
            setDue(task.due);
            setError('');
            setOpened((o) => !o);
          }}
        >
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          noValidate
        >
          <Stack gap="xs" w={240}>
            <TextInput
              type="date"
              label="Due date"
              value={due}
              onChange={(e) => setDue(e.currentTarget.value)}
              error={error || undefined}
              data-autofocus
            />
            <Text size="xs" c="dimmed">
              A date set by hand moves with the start date by the same number of days.
            </Text>
            <Group justify="flex-end" gap="xs">
              <Button size="xs" variant="default" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button size="xs" type="submit" loading={save.isPending}>
                Set due date
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
