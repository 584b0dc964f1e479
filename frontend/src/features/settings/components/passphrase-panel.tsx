import { Alert, Badge, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { characters, limitOf } from '@/lib/limits';
import { notifySuccess } from '@/lib/notify';
import { useLockStatus, useRemovePassphrase, useSetPassphrase } from '@/lib/appraisals-lock';

const { minLength: MIN = 10, maxLength: MAX = 1024 } = limitOf('passphrase', 'passphrase');

/** The rules a new passphrase must meet (Go's, from limits.json), checked before it reaches AccountDesk. */
export const newPassphraseSchema = z
  .object({
    next: z
      .string()
      .refine((v) => characters(v) >= MIN, `Use a passphrase of at least ${MIN} characters.`)
      .refine((v) => characters(v) <= MAX, `Use a passphrase of at most ${MAX} characters.`)
      .refine((v) => v.trim() === v, 'The passphrase cannot start or end with a space.'),
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, {
    path: ['confirm'],
    message: 'The two passphrases are not the same.',
  });

type Mode = 'idle' | 'set' | 'remove';

/** Settings: set, change or remove the appraisals passphrase. */
export function PassphrasePanel() {
  const status = useLockStatus();
  const [mode, setMode] = useState<Mode>('idle');
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Appraisals passphrase">
      <Stack gap="md" maw={720}>
        <Group justify="space-between">
          <Title order={2} fz="lg">
            Appraisals passphrase
          </Title>
          {status.data && (
            <Badge
              variant="light"
              color={status.data.enabled ? 'teal' : 'gray'}
              leftSection={status.data.enabled ? <IconLock size={12} /> : <IconLockOpen size={12} />}
            >
              {status.data.enabled ? 'On' : 'Off'}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          With a passphrase, the Appraisals section opens only after it is entered and locks again after{' '}
          {status.data?.idleMinutes ?? 15} minutes without use, and backups of the workspace are encrypted.
          The passphrase is never stored and cannot be recovered.
        </Text>
        {status.isPending ? (
          <LoadingState />
        ) : status.isError ? (
          <ErrorState error={status.error} onRetry={() => void status.refetch()} />
        ) : mode === 'set' ? (
          <SetForm changing={status.data.enabled} onDone={() => setMode('idle')} />
        ) : mode === 'remove' ? (
          <RemoveForm onDone={() => setMode('idle')} />
        ) : (
          <Group>
            <Button variant="light" leftSection={<IconLock size={16} />} onClick={() => setMode('set')}>
              {status.data.enabled ? 'Change passphrase' : 'Set a passphrase'}
            </Button>
            {status.data.enabled && (
              <Button variant="subtle" color="red" onClick={() => setMode('remove')}>
                Remove passphrase
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function SetForm({ changing, onDone }: { changing: boolean; onDone: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSetPassphrase();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = newPassphraseSchema.safeParse({ next, confirm });
    const found: Record<string, string> = {};
    if (changing && !current) found.current = 'Enter the passphrase you use now.';
    if (!parsed.success) for (const i of parsed.error.issues) found[String(i.path[0])] ??= i.message;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      { current, next },
      {
        onSuccess: () => {
          notifySuccess(
            changing
              ? 'The appraisals passphrase was changed.'
              : 'Appraisals now need the passphrase, and backups are encrypted.',
            'Passphrase saved',
          );
          onDone();
        },
        onError: (err) => {
          const a = toAppError(err);
          setErrors({
            [a.field === 'passphrase' ? 'current' : a.field === 'newPassphrase' ? 'next' : 'form']: a.message,
          });
        },
      },
    );
  };
  return (
    <Stack
      gap="sm"
      component="form"
      onSubmit={submit}
      aria-label={changing ? 'Change the passphrase' : 'Set a passphrase'}
    >
      {changing && (
        <PasswordInput
          label="Current passphrase"
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={errors.current}
          autoComplete="current-password"
        />
      )}
      <PasswordInput
        label="New passphrase"
        description={`At least ${MIN} characters. A short sentence is easy to remember and hard to guess.`}
        value={next}
        onChange={(e) => setNext(e.currentTarget.value)}
        error={errors.next}
        autoComplete="new-password"
      />
      <PasswordInput
        label="Repeat the new passphrase"
        value={confirm}
        onChange={(e) => setConfirm(e.currentTarget.value)}
        error={errors.confirm}
        autoComplete="new-password"
      />
      {errors.form && (
        <Alert color="red" role="alert">
          {errors.form}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={save.isPending}>
          Save passphrase
        </Button>
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

function RemoveForm({ onDone }: { onDone: () => void }) {
  const [current, setCurrent] = useState('');
  const [error, setError] = useState('');
  const remove = useRemovePassphrase();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!current) return setError('Enter the passphrase you use now.');
    remove.mutate(current, {
      onSuccess: () => {
        notifySuccess(
          'Appraisals open without a passphrase. New backups are not encrypted; older ones still need it.',
          'Passphrase removed',
        );
        onDone();
      },
      onError: (err) => setError(toAppError(err).message),
    });
  };
  return (
    <Stack gap="sm" component="form" onSubmit={submit} aria-label="Remove the passphrase">
      <PasswordInput
        label="Current passphrase"
        value={current}
        onChange={(e) => setCurrent(e.currentTarget.value)}
        error={error || undefined}
        autoComplete="current-password"
      />
      <Text size="xs" c="dimmed">
        Backups made while the passphrase was on still need it to be restored.
      </Text>
      <Group>
        <Button type="submit" color="red" loading={remove.isPending}>
          Remove passphrase
        </Button>
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
