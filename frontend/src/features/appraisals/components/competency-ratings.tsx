import { Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';
import type { EditorPart } from '../types/appraisal-editor';
import { stageOpen } from '../types/appraisal-stage';
import { RatingSelects, ratingOptions } from './rating-selects';
import { StageNote } from './stage-note';

/** Each competency of the cycle with its weight, the self and manager ratings and the manager's comment. */
export function CompetencyRatings({
  value: x,
  change,
  locked,
  cycle,
}: EditorPart & { cycle?: backend.Cycle }) {
  const open = stageOpen(x.status);
  const options = ratingOptions(x.scale);
  const names = new Map((cycle?.competencies ?? []).map((c) => [c.key, c]));
  const setRating = (i: number, patch: Partial<backend.Rating>) =>
    change({
      competencies: x.competencies.map((r, j) =>
        j === i ? backend.Rating.createFrom({ ...r, ...patch }) : r,
      ),
    });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Competencies">
      <Title order={2} fz="md" mb="xs">
        Competencies
      </Title>
      <StageNote why={open.why} />
      <Table fz="sm" verticalSpacing={4} aria-label="Competency ratings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Competency</Table.Th>
            <Table.Th>Weight</Table.Th>
            <Table.Th>Ratings</Table.Th>
            <Table.Th>Manager's comment</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {x.competencies.map((r, i) => {
            const name = names.get(r.key)?.name ?? r.key;
            return (
              <Table.Tr key={r.key}>
                <Table.Td maw={220}>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {names.get(r.key)?.description}
                  </Text>
                </Table.Td>
                <Table.Td w={60}>{r.weight}</Table.Td>
                <Table.Td w={1}>
                  <RatingSelects
                    label={name}
                    options={options}
                    self={r.self}
                    manager={r.manager}
                    selfOpen={open.self}
                    managerOpen={open.manager}
                    onChange={(patch) => setRating(i, patch)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`${name}: manager's comment`}
                    readOnly={locked}
                    disabled={!locked && !open.manager}
                    value={r.managerComment}
                    onChange={(e) => setRating(i, { managerComment: e.currentTarget.value })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
