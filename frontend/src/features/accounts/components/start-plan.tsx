import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { useCreatePlan } from '../api/plans';
import { periodSchema } from '../types/plan-schema';

/** Starting the first plan of an account for a period. */
export function StartPlan({ accountId, onStarted }: { accountId: number; onStarted: (id: number) => void }) {
  const [period, setPeriod] = useState(`FY${new Date().getFullYear() + 1}`);
  const [error, setError] = useState('');
  const create = useCreatePlan();
  return (
    <EmptyState title="No plan yet">
      <Stack gap="xs" align="center" mt="xs">
        <Text size="sm">
          Start the account plan for a period: summary, SWOT, objectives, pipeline, risks and actions.
        </Text>
        <Group align="flex-end">
          <TextInput
            label="Period"
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            error={error}
            w={160}
          />
          <Button
            loading={create.isPending}
            onClick={() => {
              const checked = periodSchema.safeParse(period);
              if (!checked.success) return setError(checked.error.issues[0]?.message ?? '');
              create.mutate(
                { accountId, period },
                { onSuccess: (p) => onStarted(p.id), onError: (e) => setError(toAppError(e).message) },
              );
            }}
          >
            Start a plan
          </Button>
        </Group>
      </Stack>
    </EmptyState>
  );
}
