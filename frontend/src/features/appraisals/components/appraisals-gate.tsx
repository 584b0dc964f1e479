import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { z } from 'zod';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { useLockStatus, useUnlock } from '@/lib/appraisals-lock';

const unlockSchema = z.object({ passphrase: z.string().min(1, 'Enter the appraisals passphrase.') });

/**
 * Shows its children only while appraisals are open: with no passphrase set,
 * or after it was entered. Otherwise it asks for the passphrase.
 */
export function AppraisalsGate({ children }: { children: ReactNode }) {
  const status = useLockStatus();
  if (status.isPending) return <LoadingState />;
  if (status.isError) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  if (status.data.enabled && !status.data.unlocked) return <UnlockForm />;
  return <>{children}</>;
}

function UnlockForm() {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const unlock = useUnlock();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = unlockSchema.safeParse({ passphrase });
    if (!parsed.success)
      return setError(parsed.error.issues[0]?.message ?? 'Enter the appraisals passphrase.');
    setError('');
    unlock.mutate(parsed.data.passphrase, {
      onSuccess: () => setPassphrase(''),
      onError: (err) => setError(toAppError(err).message),
    });
  };
  return (
    <Center mih={360}>
      <Paper
        withBorder
        radius="md"
        p="xl"
        maw={440}
        w="100%"
        component="form"
        onSubmit={submit}
        aria-label="Unlock appraisals"
      >
        <Stack>
          <Title order={1} fz="xl">
            <IconLock size={20} style={{ verticalAlign: -3, marginRight: 8 }} />
            Appraisals are locked
          </Title>
          <Text size="sm" c="dimmed">
            Enter the appraisals passphrase to open them. They lock again after a while without use, and when
            AccountDesk closes.
          </Text>
          <PasswordInput
            label="Appraisals passphrase"
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            error={error || undefined}
            autoFocus
            autoComplete="current-password"
          />
          <Button type="submit" loading={unlock.isPending}>
            Unlock
          </Button>
          <Alert color="gray" variant="light">
            A forgotten passphrase cannot be recovered: keep it somewhere safe.
          </Alert>
        </Stack>
      </Paper>
    </Center>
  );
}
