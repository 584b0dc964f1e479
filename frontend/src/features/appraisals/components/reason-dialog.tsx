import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { useAcknowledge, useReopen } from '../api/appraisals';
import { ackComment, reopenReason } from '../types/appraisal-schema';

/**
 * Reopens a finalized appraisal with a reason, or records the employee's
 * acknowledgement with their comment; what the workspace answers goes to onDone.
 */
export function ReasonDialog({
  kind,
  id,
  onClose,
  onDone,
}: {
  kind: 'reopen' | 'ack';
  id: number;
  onClose: () => void;
  onDone: (a: backend.Appraisal) => void;
}) {
  const reopen = useReopen();
  const ack = useAcknowledge();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const submit = () => {
    const checked = (kind === 'reopen' ? reopenReason : ackComment).safeParse(text);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? '');
      return;
    }
    const done = {
      onSuccess: (a: backend.Appraisal) => {
        onDone(a);
        onClose();
      },
      onError: (e: unknown) => setError(toAppError(e).message),
    };
    if (kind === 'reopen') reopen.mutate({ id, reason: text }, done);
    else ack.mutate({ id, comment: text }, done);
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={kind === 'reopen' ? 'Reopen this appraisal?' : 'Record the employee’s acknowledgement'}
    >
      <Stack>
        <Textarea
          label={kind === 'reopen' ? 'Reason' : 'Employee’s comment'}
          autosize
          minRows={2}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={error || undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit}>{kind === 'reopen' ? 'Reopen' : 'Record'}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
