import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { useSavePlace } from '../api/exports';

export const placeNameSchema = z
  .string()
  .trim()
  .min(1, 'Name the place, for example Team share.')
  .max(80, 'A place’s name can be at most 80 characters.');

/** Saves where the form points (and, when asked, the password in the system keyring) as a named place. */
export function SavePlaceDialog({
  destination,
  user,
  password,
  onSaved,
  onClose,
}: {
  destination: string;
  user: string;
  password: string;
  onSaved: (name: string) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState('');
  const [remember, setRemember] = useState(password !== '');
  const [error, setError] = useState('');
  const save = useSavePlace();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = placeNameSchema.safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Name the place.');
    save.mutate(
      {
        place: backend.ExportPlace.createFrom({ name: parsed.data, destination, user, passwordSaved: false }),
        password: remember ? password : '',
      },
      {
        onSuccess: () => {
          notifySuccess(remember ? 'Saved, with the password in the system keyring.' : 'Saved.', parsed.data);
          onSaved(parsed.data);
          onClose();
        },
        onError: (err) => setError(toAppError(err).message),
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title="Save this place">
      <Stack component="form" onSubmit={submit}>
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {destination}
          {user ? ` (as ${user})` : ''}
        </Text>
        <TextInput
          label="Name"
          placeholder="Team share"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-autofocus
        />
        {password !== '' && (
          <Checkbox
            label="Remember the password in the system keyring"
            description="It is kept by your operating system, never in the workspace. Without it, the password is asked for each time."
            checked={remember}
            onChange={(e) => setRemember(e.currentTarget.checked)}
          />
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save place
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
