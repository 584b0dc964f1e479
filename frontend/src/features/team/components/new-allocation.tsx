import { Button, Checkbox, Group, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { laterDate, localToday } from '@/lib/dates';
import { toAppError } from '@/lib/errors';
import { words } from '@/lib/format';
import { useAccountOptions, useCheckAllocation, useSaveAllocation } from '../api/team';
import { accountRoles, allocationSchema } from '../types/person-schema';
import { AllocationPreview } from './allocation-preview';

/** The row that allocates the person to another account, saying first what it would do to their load. */
export function NewAllocation({
  person,
  onError,
}: {
  person: backend.Person;
  onError: (message: string) => void;
}) {
  const accounts = useAccountOptions();
  const save = useSaveAllocation();
  // A new allocation starts today, or on the person's first day if that is later.
  const [draft, setDraft] = useState(() => ({
    accountId: '',
    percent: 20,
    role: 'support',
    startDate: laterDate(localToday(), person.startDate),
    tentative: false,
  }));
  const candidate = useMemo(
    () =>
      backend.Allocation.createFrom({
        id: 0,
        personId: person.id,
        accountId: Number(draft.accountId) || 0,
        percent: draft.percent,
        role: draft.role,
        startDate: draft.startDate,
        endDate: '',
        tentative: draft.tentative,
      }),
    [draft, person.id],
  );
  const [checked] = useDebouncedValue(candidate, 250);
  // Judged once an account is chosen, as the allocation is being made.
  const ready = allocationSchema.safeParse(checked).success;
  const check = useCheckAllocation(ready ? checked : null);
  const add = () => {
    const parsed = allocationSchema.safeParse(candidate);
    if (!parsed.success) return onError(parsed.error.issues[0]?.message ?? 'Check the allocation.');
    save.mutate(candidate, {
      onSuccess: () => {
        onError('');
        setDraft((d) => ({ ...d, accountId: '' }));
      },
      onError: (e) => onError(toAppError(e).message),
    });
  };
  return (
    <>
      <Group align="flex-end" gap="xs" mt="sm">
        <NativeSelect
          size="xs"
          label="Account"
          data={[
            { value: '', label: 'Choose an account' },
            ...(accounts.data ?? []).map((a) => ({ value: String(a.id), label: a.name })),
          ]}
          value={draft.accountId}
          onChange={(e) => setDraft({ ...draft, accountId: e.currentTarget.value })}
        />
        <NumberInput
          size="xs"
          label="% of time"
          hideControls
          w={80}
          value={draft.percent}
          onChange={(v) => setDraft({ ...draft, percent: typeof v === 'number' ? v : Number.NaN })}
        />
        <NativeSelect
          size="xs"
          label="Role on account"
          data={accountRoles.map((r) => ({ value: r, label: words(r) }))}
          value={draft.role}
          onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value })}
        />
        <TextInput
          size="xs"
          type="date"
          label="From"
          value={draft.startDate}
          onChange={(e) => setDraft({ ...draft, startDate: e.currentTarget.value })}
        />
        <Checkbox
          size="xs"
          label="Tentative"
          checked={draft.tentative}
          onChange={(e) => setDraft({ ...draft, tentative: e.currentTarget.checked })}
          mb={6}
        />
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          Allocate
        </Button>
      </Group>
      <AllocationPreview
        person={person}
        check={ready && draft.accountId ? check.data : undefined}
        tentative={draft.tentative}
      />
    </>
  );
}
