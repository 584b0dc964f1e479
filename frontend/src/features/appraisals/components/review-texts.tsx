import { Paper, SimpleGrid, Textarea } from '@mantine/core';
import type { EditorPart } from '../types/appraisal-editor';
import { CompensationFields } from './compensation-fields';

/** The written part of the review: strengths, development areas, the recommendation, private notes. */
export function ReviewTexts(part: EditorPart) {
  const { value: x, change, locked } = part;
  return (
    <Paper withBorder radius="md" p="md">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Textarea
          label="Strengths"
          autosize
          minRows={3}
          readOnly={locked}
          value={x.strengths}
          onChange={(e) => change({ strengths: e.currentTarget.value })}
        />
        <Textarea
          label="Development areas"
          autosize
          minRows={3}
          readOnly={locked}
          value={x.developmentAreas}
          onChange={(e) => change({ developmentAreas: e.currentTarget.value })}
        />
      </SimpleGrid>
      <CompensationFields {...part} />
      <Textarea
        mt="md"
        label="Private manager notes"
        description="Never exported, never logged, never shown to the employee."
        autosize
        minRows={2}
        readOnly={locked}
        value={x.privateNotes}
        onChange={(e) => change({ privateNotes: e.currentTarget.value })}
      />
    </Paper>
  );
}
