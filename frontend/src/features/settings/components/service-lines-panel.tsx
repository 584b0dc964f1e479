import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { useSaveServiceLines, useServiceLines } from '../api/service-lines';
import { nameTaken, serviceLineNameSchema } from '../types/service-lines-schema';

/**
 * The agency's service lines: the columns of every account's whitespace grid. Add, rename,
 * reorder and retire; each change is saved as it is made. A retired line keeps its cells and is
 * not offered for new ones.
 */
export function ServiceLinesPanel() {
  const lines = useServiceLines();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="service-lines-title">
      <Stack gap="sm" maw={720}>
        <div>
          <Title order={2} fz="lg" id="service-lines-title">
            Service lines
          </Title>
          <Text size="sm" c="dimmed">
            What the agency sells: the columns of each account&apos;s whitespace grid.
          </Text>
        </div>
        {lines.isPending ? (
          <LoadingState />
        ) : lines.isError ? (
          <ErrorState error={lines.error} onRetry={() => void lines.refetch()} />
        ) : (
          <LineList lines={lines.data} />
        )}
      </Stack>
    </Paper>
  );
}

function LineList({ lines }: { lines: backend.ServiceLine[] }) {
  const save = useSaveServiceLines();
  const [names, setNames] = useState(lines.map((l) => l.name));
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState('');
  const [fresh, setFresh] = useState('');
  const [freshError, setFreshError] = useState('');
  useEffect(() => setNames(lines.map((l) => l.name)), [lines]);

  const commit = async (next: backend.ServiceLine[]) => {
    setProblem('');
    try {
      await save.mutateAsync(next.map((l) => backend.ServiceLine.createFrom(l)));
      setErrors({});
      return true;
    } catch (e) {
      const err = toAppError(e);
      const at = /^lines\.(\d+)\.name$/.exec(err.field ?? '');
      if (at) setErrors({ [Number(at[1])]: err.message });
      else setProblem(err.message);
      return false;
    }
  };
  const rename = (i: number) => {
    const name = names[i] ?? '';
    if (name.trim() === lines[i]?.name) return;
    const parsed = serviceLineNameSchema.safeParse(name);
    if (!parsed.success) return setErrors({ [i]: parsed.error.issues[0]?.message ?? '' });
    if (nameTaken(lines, parsed.data, i))
      return setErrors({ [i]: `There is already a service line called ${parsed.data}.` });
    void commit(lines.map((l, j) => (j === i ? { ...l, name: parsed.data } : l)));
  };
  const move = (i: number, by: number) => {
    const next = [...lines];
    const [l] = next.splice(i, 1);
    if (!l) return;
    next.splice(i + by, 0, l);
    void commit(next);
  };
  const add = async () => {
    const parsed = serviceLineNameSchema.safeParse(fresh);
    if (!parsed.success) return setFreshError(parsed.error.issues[0]?.message ?? '');
    if (nameTaken(lines, parsed.data))
      return setFreshError(`There is already a service line called ${parsed.data}.`);
    setFreshError('');
    if (
      await commit([...lines, backend.ServiceLine.createFrom({ id: 0, name: parsed.data, retired: false })])
    )
      setFresh('');
  };

  return (
    <Stack gap={6}>
      <Stack
        gap={4}
        component="ol"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label="Service lines in grid order"
      >
        {lines.map((l, i) => (
          <Group key={l.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              size="xs"
              aria-label={`Service line ${i + 1}`}
              value={names[i] ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setNames((cur) => cur.map((n, j) => (j === i ? v : n)));
              }}
              onBlur={() => rename(i)}
              onKeyDown={(e) => e.key === 'Enter' && rename(i)}
              error={errors[i]}
              w={300}
              c={l.retired ? 'dimmed' : undefined}
            />
            <ActionIcon
              variant="subtle"
              aria-label={`Move ${l.name} up`}
              disabled={i === 0 || save.isPending}
              onClick={() => move(i, -1)}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={`Move ${l.name} down`}
              disabled={i === lines.length - 1 || save.isPending}
              onClick={() => move(i, 1)}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <Button
              size="xs"
              variant="subtle"
              color={l.retired ? 'blue' : 'gray'}
              aria-label={`${l.retired ? 'Bring back' : 'Retire'} ${l.name}`}
              onClick={() => void commit(lines.map((x, j) => (j === i ? { ...x, retired: !x.retired } : x)))}
            >
              {l.retired ? 'Bring back' : 'Retire'}
            </Button>
            {l.retired && (
              <Badge variant="light" color="gray" mt={4}>
                Retired
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
      <Group gap="xs" align="flex-start" mt="xs">
        <TextInput
          size="xs"
          aria-label="New service line"
          placeholder="Service line, e.g. Influencer"
          value={fresh}
          onChange={(e) => setFresh(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && void add()}
          error={freshError}
          w={300}
        />
        <Button size="xs" variant="light" onClick={() => void add()} loading={save.isPending}>
          Add service line
        </Button>
      </Group>
    </Stack>
  );
}
