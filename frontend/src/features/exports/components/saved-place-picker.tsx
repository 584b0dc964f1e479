import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError, type AppError } from '@/lib/errors';
import { useDeletePlace } from '../api/exports';

/** Choose one of the saved places (filling the form), or forget it. Nothing shows while none is saved. */
export function SavedPlacePicker({
  places,
  value,
  onPick,
  onError,
}: {
  places: backend.ExportPlace[];
  value: string;
  onPick: (name: string) => void;
  onError: (e: AppError) => void;
}) {
  const [forgetting, setForgetting] = useState(false);
  const forget = useDeletePlace();
  const chosen = places.find((p) => p.name === value);
  if (places.length === 0) return null;
  return (
    <>
      <Group align="flex-end" wrap="nowrap">
        <NativeSelect
          style={{ flex: 1 }}
          label="Saved place"
          data={[
            { value: '', label: 'Choose a saved place…' },
            ...places.map((p) => ({
              value: p.name,
              label: p.passwordSaved ? `${p.name} (password in the keyring)` : p.name,
            })),
          ]}
          value={value}
          onChange={(e) => onPick(e.currentTarget.value)}
        />
        {value && (
          <Button variant="subtle" color="red" onClick={() => setForgetting(true)}>
            Forget…
          </Button>
        )}
      </Group>
      <Modal opened={forgetting} onClose={() => setForgetting(false)} title="Forget this place?">
        <Stack>
          <Text size="sm">
            “{value}” is removed from the saved places
            {chosen?.passwordSaved ? ', and its password from the system keyring' : ''}. Exports already made
            stay where they are.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setForgetting(false)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={forget.isPending}
              onClick={() =>
                forget.mutate(value, {
                  onSuccess: () => {
                    setForgetting(false);
                    onPick('');
                  },
                  onError: (e) => {
                    setForgetting(false);
                    onError(toAppError(e));
                  },
                })
              }
            >
              Forget
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
