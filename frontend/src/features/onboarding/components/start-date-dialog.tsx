import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { useSetStartDate } from '../api/onboarding';
import { checklistDate } from '../types/onboarding-schema';

/** Moves a checklist's start date; the open tasks' due dates follow it. */
export function StartDateDialog({
  onboarding,
  onClose,
}: {
  onboarding: backend.Onboarding;
  onClose: () => void;
}) {
  const move = useSetStartDate();
  const [start, setStart] = useState(onboarding.startDate);
  const [error, setError] = useState('');
  const byHand = onboarding.tasks.filter((t) => t.dueByHand && t.state === 'open').length;
  const submit = () => {
    const parsed = checklistDate('start').safeParse(start);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Enter the start date.');
    if (parsed.data === onboarding.startDate) return onClose();
    move.mutate(
      { id: onboarding.id, start: parsed.data },
      {
        onSuccess: (o) => {
          onClose();
          notifySuccess(
            `${o.personName} now starts on ${formatDate(o.startDate)}; the open tasks' due dates moved with it.`,
          );
        },
        onError: (e) => setError(toAppError(e).message),
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title="Change the start date">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <TextInput
            type="date"
            label="Start date"
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={error || undefined}
            data-autofocus
          />
          <Text size="sm">
            Open tasks move with it and keep their place: “5 working days after the start” stays that. Tasks
            done keep their dates
            {byHand > 0
              ? `; ${byHand === 1 ? 'the date you set by hand moves' : `the ${byHand} dates you set by hand move`} by as many days as the start`
              : ''}
            . Nothing moves to before today.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={move.isPending}>
              Move the start date
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
