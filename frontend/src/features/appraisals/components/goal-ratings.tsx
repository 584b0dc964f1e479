import { Button, Checkbox, NumberInput, Paper, Table, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { backend } from '../../../../wailsjs/go/models';
import { num, type EditorPart } from '../types/appraisal-editor';
import { stageOpen } from '../types/appraisal-stage';
import { RatingSelects, ratingOptions } from './rating-selects';
import { StageNote } from './stage-note';

/** A goal as "Add goal" makes it, for the user to name. */
const newGoal = () =>
  backend.Goal.createFrom({
    key: `g${Date.now()}`,
    title: 'New goal',
    weight: 10,
    self: 0,
    manager: 0,
    selfComment: '',
    managerComment: '',
    nextPeriod: false,
  });

/** The person's goals: title, weight, self and manager ratings, and whether each carries into the next period. */
export function GoalRatings({ value: x, change, locked, error }: EditorPart) {
  const open = stageOpen(x.status);
  const options = ratingOptions(x.scale);
  const setGoal = (i: number, patch: Partial<backend.Goal>) =>
    change({ goals: x.goals.map((g, j) => (j === i ? backend.Goal.createFrom({ ...g, ...patch }) : g)) });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Goals">
      <Title order={2} fz="md" mb="xs">
        Goals
      </Title>
      <StageNote why={open.why} />
      <Table fz="sm" verticalSpacing={4} aria-label="Goals">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Goal</Table.Th>
            <Table.Th>Weight</Table.Th>
            <Table.Th>Ratings</Table.Th>
            <Table.Th>Next period</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {x.goals.map((g, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={`Goal ${i + 1}`}
                  readOnly={locked}
                  value={g.title}
                  error={error(`goals.${g.key}.title`)}
                  onChange={(e) => setGoal(i, { title: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td w={64}>
                <NumberInput
                  size="xs"
                  hideControls
                  aria-label={`Goal ${i + 1} weight`}
                  readOnly={locked}
                  value={Number.isFinite(g.weight) ? g.weight : ''}
                  error={error(`goals.${g.key}.weight`)}
                  onChange={(v) => setGoal(i, { weight: num(v) })}
                />
              </Table.Td>
              <Table.Td w={1}>
                <RatingSelects
                  label={`Goal ${i + 1}`}
                  options={options}
                  self={g.self}
                  manager={g.manager}
                  selfOpen={open.self}
                  managerOpen={open.manager}
                  onChange={(patch) => setGoal(i, patch)}
                />
              </Table.Td>
              <Table.Td w={90}>
                <Checkbox
                  aria-label={`Goal ${i + 1} carries into the next period`}
                  disabled={locked}
                  checked={g.nextPeriod}
                  onChange={(e) => setGoal(i, { nextPeriod: e.currentTarget.checked })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!locked && (
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={() => change({ goals: [...x.goals, newGoal()] })}
        >
          Add goal
        </Button>
      )}
    </Paper>
  );
}
