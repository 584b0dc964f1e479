import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { backend } from '../../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { words } from '@/lib/format';
import { useMakeOpportunity, useSaveCell } from '../../api/whitespace';
import { cellSchema, cellStatusLabel, cellStatuses, type CellStatus } from '../../types/whitespace-schema';

/**
 * The small editor a grid cell opens: what we know of one division × service line,
 * and, for a potential cell, the step that turns it into an opportunity of the current plan.
 */
export function CellEditor({
  accountId,
  division,
  line,
  cell,
  onDone,
}: {
  accountId: number;
  division: backend.Division;
  line: backend.ServiceLine;
  cell: backend.Cell | undefined;
  onDone: () => void;
}) {
  const [status, setStatus] = useState<CellStatus>((cell?.status ?? '') as CellStatus);
  const [value, setValue] = useState<number | string>(cell ? cell.valueMinor / 100 : 0);
  const [competitor, setCompetitor] = useState(cell?.competitor ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const save = useSaveCell(accountId);
  const make = useMakeOpportunity(accountId);
  const name = `${division.name} × ${line.name}`;
  const changed =
    status !== (cell?.status ?? '') ||
    Number(value) * 100 !== (cell?.valueMinor ?? 0) ||
    competitor.trim() !== (cell?.competitor ?? '');

  const submit = async (): Promise<boolean> => {
    setProblem('');
    const parsed = cellSchema.safeParse({
      status,
      value: typeof value === 'number' ? value : NaN,
      competitor,
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return false;
    }
    setErrors({});
    try {
      await save.mutateAsync(
        backend.Cell.createFrom({
          divisionId: division.id,
          serviceLineId: line.id,
          status: parsed.data.status,
          valueMinor: Math.round(parsed.data.value * 100),
          competitor: parsed.data.competitor,
          opportunityKey: '',
        }),
      );
      return true;
    } catch (e) {
      const err = toAppError(e);
      if (err.field === 'valueMinor') setErrors({ value: err.message });
      else if (err.field === 'competitor') setErrors({ competitor: err.message });
      else setProblem(err.message);
      return false;
    }
  };

  const makeOpportunity = async () => {
    if (changed && !(await submit())) return;
    try {
      await make.mutateAsync({ divisionId: division.id, serviceLineId: line.id });
    } catch (e) {
      setProblem(toAppError(e).message);
    }
  };

  const opp = cell?.opportunity;
  const retiredNew = line.retired && !cell;
  return (
    <Stack gap="xs" w={280}>
      <Text fw={600} size="sm">
        {name}
      </Text>
      {retiredNew ? (
        <Text size="sm" c="dimmed">
          {line.name} is retired, so it takes no new cells. Bring it back in Settings to use it again.
        </Text>
      ) : (
        <>
          <NativeSelect
            size="xs"
            label="Status"
            data={cellStatuses.map((s) => ({ value: s, label: cellStatusLabel[s] }))}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as CellStatus)}
            data-autofocus
          />
          {(status === 'current' || status === 'potential' || status === 'competitor') && (
            <NumberInput
              size="xs"
              label={status === 'potential' ? 'Could be worth a year' : 'Annual value'}
              description={status === 'competitor' ? 'Leave 0 when you do not know their fee.' : undefined}
              hideControls
              min={0}
              thousandSeparator=","
              value={value}
              onChange={setValue}
              error={errors.value}
            />
          )}
          {status === 'competitor' && (
            <TextInput
              size="xs"
              label="Which agency"
              value={competitor}
              onChange={(e) => setCompetitor(e.currentTarget.value)}
              error={errors.competitor}
            />
          )}
        </>
      )}
      {opp ? (
        <Text size="xs">
          Opportunity in the {opp.period} plan:{' '}
          <Anchor component={Link} to={`/accounts/${accountId}?tab=plan`} size="xs" underline="always">
            {opp.title}
          </Anchor>{' '}
          ({words(opp.stage)})
        </Text>
      ) : (
        cell?.opportunityKey && (
          <Text size="xs" c="dimmed">
            The opportunity made from this cell is no longer in the plans.
          </Text>
        )
      )}
      {problem && (
        <Alert color="red" variant="light" p="xs" role="alert">
          <Text size="xs">{problem}</Text>
        </Alert>
      )}
      <Group justify="space-between" gap="xs">
        {status === 'potential' && !opp && !retiredNew ? (
          <Button size="xs" variant="light" onClick={() => void makeOpportunity()} loading={make.isPending}>
            Make an opportunity
          </Button>
        ) : (
          <span />
        )}
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onDone}>
            Close
          </Button>
          {!retiredNew && (
            <Button
              size="xs"
              onClick={() => void submit().then((ok) => ok && onDone())}
              loading={save.isPending}
              disabled={!changed}
            >
              Save cell
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
