import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { toAppError } from '@/lib/errors';
import { useCloseOnboarding } from '../api/onboarding';
import { closeOnboardingSchema } from '../types/onboarding-schema';

/** Ends a checklist before every task is done, with the reason it is ended. */
export function CloseOnboardingDialog({ id, onClose }: { id: number; onClose: () => void }) {
  const close = useCloseOnboarding();
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const submit = () => {
    const parsed = closeOnboardingSchema.safeParse({ reason });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Say why.');
    close.mutate(
      { id, reason: parsed.data.reason },
      { onSuccess: onClose, onError: (e) => setError(toAppError(e).message) },
    );
  };
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
          <Button loading={close.isPending} onClick={submit}>
            Close onboarding
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
