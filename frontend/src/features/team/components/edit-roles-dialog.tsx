import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { toAppError } from '@/lib/errors';
import { useRoles, useSaveRoles } from '../api/team';

/** The roles people can have, one per line, most senior first. */
export function EditRolesDialog({ onClose }: { onClose: () => void }) {
  const roles = useRoles();
  const save = useSaveRoles();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState('');
  const value = text ?? (roles.data ?? []).join('\n');
  return (
    <Modal opened onClose={onClose} title="Roles">
      <Stack>
        <Textarea
          label="Roles, one per line, most senior first"
          autosize
          minRows={7}
          value={value}
          onChange={(e) => setText(e.currentTarget.value)}
          error={error || undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate(value.split('\n'), {
                onSuccess: onClose,
                onError: (e) => setError(toAppError(e).message),
              })
            }
          >
            Save roles
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
