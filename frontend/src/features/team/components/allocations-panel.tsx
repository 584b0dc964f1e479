import { Alert, Paper, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { notifyUndo } from '@/lib/notify';
import { useAllocations, useDeleteAllocation, useSaveAllocation } from '../api/team';
import { allocationSchema } from '../types/person-schema';
import { overPeakText, overWhen } from '../types/over';
import { AllocationTable } from './allocation-table';
import { NewAllocation } from './new-allocation';

/** The person's accounts: a warning when over 100%, each allocation, and a row to add one. */
export function AllocationsPanel({ person, row }: { person: backend.Person; row?: backend.RosterRow }) {
  const allocs = useAllocations(person.id, 0);
  const save = useSaveAllocation();
  const del = useDeleteAllocation();
  const [error, setError] = useState('');
  const update = (a: backend.Allocation, patch: Partial<backend.Allocation>) => {
    const next = backend.Allocation.createFrom({ ...a, ...patch });
    const parsed = allocationSchema.safeParse(next);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the allocation.');
    save.mutate(next, { onError: (e) => setError(toAppError(e).message) });
  };
  const remove = (a: backend.Allocation) =>
    del.mutate(a.id, {
      onSuccess: () =>
        notifyUndo(`Removed ${person.name} from ${a.accountName}.`, () =>
          save.mutate(backend.Allocation.createFrom({ ...a, id: 0 })),
        ),
    });
  const thisMonth = row?.thisMonth.from.slice(0, 7) ?? '';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Accounts and allocations">
      <Title order={2} fz="md" mb="xs">
        Accounts and allocations
      </Title>
      {row && row.over.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          mb="sm"
          title={`Over 100% ${overWhen(row.over, thisMonth)}`}
        >
          {person.name}’s confirmed work comes to {overPeakText(row.over)} of their time. Lower a percentage,
          end an allocation sooner or mark one as tentative.
        </Alert>
      )}
      {allocs.isPending ? (
        <LoadingState />
      ) : allocs.isError ? (
        <ErrorState error={allocs.error} />
      ) : allocs.data.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          Not allocated to any account yet.
        </Text>
      ) : (
        <AllocationTable
          allocations={allocs.data}
          capacityHoursPerWeek={person.capacityHoursPerWeek}
          onChange={update}
          onRemove={remove}
        />
      )}
      <NewAllocation person={person} onError={setError} />
      {error && (
        <Text size="xs" c="red" mt={4} role="alert">
          {error}
        </Text>
      )}
    </Paper>
  );
}
