import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { useSavePlace } from '../api/exports';
import { firstProblem, placeSchema } from '../types/exports-schema';

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
    const parsed = placeSchema.safeParse({ name, destination, user });
    if (!parsed.success) return setError(firstProblem(parsed.error, 'Name the place.'));
    const place = parsed.data;
    save.mutate(
      {
        place: backend.ExportPlace.createFrom({ ...place, passwordSaved: false }),
        password: remember ? password : '',
      },
      {
        onSuccess: () => {
          notifySuccess(remember ? 'Saved, with the password in the system keyring.' : 'Saved.', place.name);
          onSaved(place.name);
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
