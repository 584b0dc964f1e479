import { Paper, SimpleGrid, Textarea, Title } from '@mantine/core';
import { backend } from '../../../../../wailsjs/go/models';
import { lines } from './plan-kit';

/** The SWOT: strengths, weaknesses, opportunities and threats, one per line. */
export function SwotFields({
  plan: p,
  change,
  readOnly: ro,
}: {
  plan: backend.Plan;
  change: (patch: Partial<backend.Plan>) => void;
  readOnly: boolean;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="SWOT">
      <Title order={3} fz="sm" mb="xs">
        SWOT
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea
          label="Strengths"
          description="One per line"
          autosize
          minRows={3}
          readOnly={ro}
          value={p.strengths.join('\n')}
          onChange={(e) => change({ strengths: lines(e.currentTarget.value) })}
        />
        <Textarea
          label="Weaknesses"
          description="One per line"
          autosize
          minRows={3}
          readOnly={ro}
          value={p.weaknesses.join('\n')}
          onChange={(e) => change({ weaknesses: lines(e.currentTarget.value) })}
        />
        <Textarea
          label="Opportunities"
          description="One per line"
          autosize
          minRows={3}
          readOnly={ro}
          value={p.swotOpportunities.join('\n')}
          onChange={(e) => change({ swotOpportunities: lines(e.currentTarget.value) })}
        />
        <Textarea
          label="Threats"
          description="One per line"
          autosize
          minRows={3}
          readOnly={ro}
          value={p.threats.join('\n')}
          onChange={(e) => change({ threats: lines(e.currentTarget.value) })}
        />
      </SimpleGrid>
    </Paper>
  );
}
