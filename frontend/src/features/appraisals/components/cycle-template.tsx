import {
  ActionIcon,
  Box,
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
import { useQueryClient } from '@tanstack/react-query';
import { backend } from '../../../../wailsjs/go/models';
import { HeldBack, SaveStatus } from '@/components/ui/save-status';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { isAppraisalsLocked, lockStatusKey } from '@/lib/appraisals-lock';
import { newRowKey } from '@/lib/draft-merge';
import { notifyUndo } from '@/lib/notify';
import { useDraftEditor, type KeptDraft } from '@/lib/use-draft-editor';
import { discardCycleDraft, keepCycleDraft, saveCycle, useCycleDraft } from '../api/appraisals';
import {
  cycleProblemPath,
  cycleTemplateUnchanged,
  cycleTemplateVersion,
  resizeLabels,
  splitCycleTemplate,
} from '../types/cycle-template';

/**
 * A cycle's competencies (name, description, weight) and rating scale. While
 * the cycle is a draft they can be edited (lib/use-draft-editor: saved as you
 * type, and the cycle's appraisals follow; what is not valid yet is kept as
 * the cycle's draft); once it is open they are fixed.
 */
export function CycleTemplate({ cycle }: { cycle: backend.Cycle }) {
  const draft = useCycleDraft(cycle.id);
  if (draft.isPending) return <LoadingState />;
  if (draft.isError) return <ErrorState error={draft.error} onRetry={() => void draft.refetch()} />;
  return <CycleTemplateEditor cycle={cycle} draft={draft.data} />;
}

function CycleTemplateEditor({ cycle, draft }: { cycle: backend.Cycle; draft: KeptDraft }) {
  const editable = cycle.status === 'draft';
  const qc = useQueryClient();
  const ed = useDraftEditor<backend.Cycle>({
    label: `${cycle.name}: competencies and scale`,
    memoryKey: `cycle:${cycle.id}`,
    record: cycle,
    draft,
    readOnly: !editable,
    fingerprinted: true,
    version: cycleTemplateVersion,
    withVersion: (c) => c,
    parse: (body) => {
      const d = JSON.parse(body) as Partial<backend.Cycle>;
      return backend.Cycle.createFrom({
        ...cycle,
        competencies: d.competencies ?? cycle.competencies,
        scale: d.scale ?? cycle.scale,
      });
    },
    split: splitCycleTemplate,
    unchanged: cycleTemplateUnchanged,
    save: (c) => saveCycle(qc, c),
    adopt: (cur) => cur,
    keep: (d) => keepCycleDraft(qc, cycle.id, d),
    discard: () => discardCycleDraft(qc, cycle.id),
    problemPath: (err, sent) => cycleProblemPath(err.field, sent),
    onError: (err) => isAppraisalsLocked(err) && void qc.invalidateQueries({ queryKey: lockStatusKey }),
    delay: 700,
  });
  const c = ed.value;
  const errors = new Map(ed.loud.map((p) => [p.path, p.message]));
  const change = (patch: Partial<backend.Cycle>) => ed.change(backend.Cycle.createFrom({ ...c, ...patch }));
  const discard = () => {
    const before = ed.discardDraft();
    notifyUndo('The draft was discarded.', () => ed.change(before));
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
      onBlur={() => void ed.flush()}
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="md">
          Competencies and rating scale
        </Title>
        {editable ? (
          <SaveStatus state={ed.state} error={ed.error} loud={ed.loud} />
        ) : (
          <Text size="sm" c="dimmed">
            Fixed once the cycle is open.
          </Text>
        )}
      </Group>
      {editable && (
        <Box mb="xs">
          <HeldBack loud={ed.loud} older={!!ed.older} onUseOlder={ed.useOlderDraft} onDiscard={discard} />
        </Box>
      )}
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
                          error={errors.get(`competencies.${k.key}.name`)}
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
                          clampBehavior="none"
                          value={Number.isFinite(k.weight) ? k.weight : ''}
                          onChange={(v) =>
                            setComp(i, {
                              weight:
                                typeof v === 'number' ? v : v === '' || v === '-' ? Number.NaN : Number(v),
                            })
                          }
                          error={errors.get(`competencies.${k.key}.weight`)}
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
                      key: newRowKey(),
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
                error={errors.get(`scale.labels.${i}`)}
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
