import { Button, Group, Popover, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { backend } from '../../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { useRemoveDivision, useSaveDivision } from '../../api/whitespace';
import { divisionNameSchema } from '../../types/whitespace-schema';

/** A row's heading: the division's name, a button that opens rename and remove. */
export function DivisionHeader({
  accountId,
  division,
  cells,
}: {
  accountId: number;
  division: backend.Division;
  cells: number;
}) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(division.name);
  const [error, setError] = useState('');
  const [confirm, setConfirm] = useState(false);
  const save = useSaveDivision(accountId);
  const remove = useRemoveDivision(accountId);
  const close = () => {
    setOpen(false);
    setConfirm(false);
    setError('');
    setName(division.name);
  };
  const rename = async () => {
    const parsed = divisionNameSchema.safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? '');
    try {
      await save.mutateAsync({ id: division.id, name: parsed.data });
      setOpen(false);
    } catch (e) {
      setError(toAppError(e).message);
    }
  };
  return (
    <Popover
      opened={open}
      onChange={(o) => (o ? setOpen(true) : close())}
      trapFocus
      returnFocus
      withArrow
      position="right"
    >
      <Popover.Target>
        <UnstyledButton
          onClick={() => (open ? close() : setOpen(true))}
          aria-label={`${division.name}: rename or remove`}
          fz="sm"
          fw={500}
          style={{ textAlign: 'left' }}
        >
          {division.name}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={260}>
          <TextInput
            size="xs"
            label="Division or brand"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && void rename()}
            error={error}
            data-autofocus
          />
          <Group justify="space-between" gap="xs">
            <Button
              size="xs"
              color="red"
              variant={confirm ? 'filled' : 'subtle'}
              loading={remove.isPending}
              onClick={() =>
                confirm
                  ? void remove.mutateAsync(division.id).then(close, (e) => setError(toAppError(e).message))
                  : setConfirm(true)
              }
            >
              {confirm ? `Remove with ${cells} ${cells === 1 ? 'cell' : 'cells'}` : 'Remove'}
            </Button>
            <Button size="xs" onClick={() => void rename()} loading={save.isPending}>
              Save name
            </Button>
          </Group>
          {confirm && (
            <Text size="xs" c="dimmed">
              Opportunities made from its cells stay in the plan.
            </Text>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
