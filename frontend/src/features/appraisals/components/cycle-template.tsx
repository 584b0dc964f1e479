import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { z } from 'zod';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { notifyUndo } from '@/lib/notify';
import { saveStateText, useAutosave } from '@/lib/use-autosave';
import { useSaveCycle } from '../api/appraisals';

/** What a cycle's template must be before it is saved. */
export const templateSchema = z.object({
  competencies: z
    .array(
      z.object({
        name: z.string().trim().min(1, 'Name each competency.'),
        weight: z.number().min(0, 'A weight cannot be negative.'),
      }),
    )
    .min(1, 'Keep at least one competency.'),
  scale: z.object({
    max: z
      .number()
      .int()
      .min(2, 'A scale has at least two points.')
      .max(10, 'A scale has at most ten points.'),
    labels: z.array(z.string().trim().min(1, 'Give every point of the scale a label.')),
  }),
});

/** The labels for a scale of n points: the old ones kept, new points named by number. */
export function resizeLabels(labels: string[], points: number): string[] {
  return Array.from({ length: points }, (_, i) => labels[i] ?? `Level ${i + 1}`);
}

/**
 * A cycle's competencies (name, description, weight) and rating scale. While
 * the cycle is a draft they can be edited (saved as you type, and the
 * cycle's appraisals follow); once it is open they are fixed.
 */
export function CycleTemplate({ cycle }: { cycle: backend.Cycle }) {
  const editable = cycle.status === 'draft';
  const [c, setC] = useState(cycle);
  const [problem, setProblem] = useState('');
  const save = useSaveCycle();
  const autosave = useAutosave<backend.Cycle>(async (v) => {
    try {
      await save.mutateAsync(v);
      setProblem('');
    } catch (e) {
      setProblem(toAppError(e).message);
      throw e;
    }
  }, 700);
  const change = (patch: Partial<backend.Cycle>) => {
    const next = backend.Cycle.createFrom({ ...c, ...patch });
    setC(next);
    const parsed = templateSchema.safeParse({
      competencies: next.competencies,
      scale: { max: next.scale.max, labels: next.scale.labels },
    });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Check the template.');
      autosave.hold();
      return;
    }
    setProblem('');
    autosave.schedule(next);
  };
  const setComp = (i: number, patch: Partial<backend.Competency>) =>
    change({
      competencies: c.competencies.map((k, j) =>
        j === i ? backend.Competency.createFrom({ ...k, ...patch }) : k,
      ),
    });
  const remove = (i: number) => {
    const removed = c.competencies[i]!;
    const rest = c.competencies.filter((_, j) => j !== i);
    change({ competencies: rest });
    notifyUndo(`Removed “${removed.name}”.`, () =>
      change({ competencies: [...rest.slice(0, i), removed, ...rest.slice(i)] }),
    );
  };
  const setPoints = (n: number) =>
    change({ scale: backend.Scale.createFrom({ min: 1, max: n, labels: resizeLabels(c.scale.labels, n) }) });
  const total = c.competencies.reduce((s, k) => s + (k.weight || 0), 0);

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      mt="lg"
      component="section"
      aria-label="Competencies and rating scale"
      onBlur={() => void autosave.flush()}
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="md">
          Competencies and rating scale
        </Title>
        {editable ? (
          <Text size="sm" role="status" c={problem ? 'red' : 'dimmed'}>
            {problem || saveStateText(autosave.state)}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Fixed once the cycle is open.
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        The overall rating is the weighted average of the ratings given; weights need not add up to 100 (now{' '}
        {total}). Changes apply to every appraisal in this cycle.
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
        <div style={{ gridColumn: 'span 2' }}>
          <Table fz="sm" verticalSpacing={4} aria-label="Competencies">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Competency</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th w={90}>Weight</Table.Th>
                {editable && <Table.Th w={36} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.competencies.map((k, i) => (
                <Table.Tr key={k.key}>
                  {editable ? (
                    <>
                      <Table.Td>
                        <TextInput
                          size="xs"
                          aria-label={`Competency ${i + 1} name`}
                          value={k.name}
                          onChange={(e) => setComp(i, { name: e.currentTarget.value })}
                          error={!k.name.trim()}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          size="xs"
                          aria-label={`Competency ${i + 1} description`}
                          value={k.description}
                          onChange={(e) => setComp(i, { description: e.currentTarget.value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          size="xs"
                          hideControls
                          min={0}
                          max={100}
                          aria-label={`Competency ${i + 1} weight`}
                          value={k.weight}
                          onChange={(v) => setComp(i, { weight: Number(v) || 0 })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Remove competency ${i + 1}`}
                          onClick={() => remove(i)}
                        >
                          <IconX size={14} />
                        </ActionIcon>
                      </Table.Td>
                    </>
                  ) : (
                    <>
                      <Table.Td fw={500}>{k.name}</Table.Td>
                      <Table.Td c="dimmed">{k.description}</Table.Td>
                      <Table.Td>{k.weight}</Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {editable && (
            <Button
              size="xs"
              variant="subtle"
              mt={4}
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                change({
                  competencies: [
                    ...c.competencies,
                    backend.Competency.createFrom({
                      key: `c${Date.now()}`,
                      name: 'New competency',
                      description: '',
                      weight: 10,
                    }),
                  ],
                })
              }
            >
              Add competency
            </Button>
          )}
        </div>
        <Stack gap={6}>
          {editable ? (
            <NumberInput
              label="Points on the scale"
              min={2}
              max={10}
              w={160}
              value={c.scale.max}
              onChange={(v) => Number(v) >= 2 && Number(v) <= 10 && setPoints(Number(v))}
            />
          ) : (
            <Text size="sm" fw={500}>
              A {c.scale.min}–{c.scale.max} scale
            </Text>
          )}
          {c.scale.labels.map((l, i) =>
            editable ? (
              <TextInput
                key={i}
                size="xs"
                label={`Label for ${c.scale.min + i}`}
                value={l}
                onChange={(e) =>
                  change({
                    scale: backend.Scale.createFrom({
                      ...c.scale,
                      labels: c.scale.labels.map((x, j) => (j === i ? e.currentTarget.value : x)),
                    }),
                  })
                }
              />
            ) : (
              <Text key={i} size="sm">
                {c.scale.min + i} {l}
              </Text>
            ),
          )}
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
