import { NumberInput, Paper, SimpleGrid, Text, Textarea } from '@mantine/core';
import { backend } from '../../../../../wailsjs/go/models';
import { lines, num, type PlanKit } from './plan-kit';

/** The plan's summary, vision, priorities, competitors and targets. */
export function PlanTextFields({
  plan: p,
  currency,
  change,
  kit,
}: {
  plan: backend.Plan;
  currency: string;
  change: (patch: Partial<backend.Plan>) => void;
  kit: PlanKit;
}) {
  const { readOnly: ro, err } = kit;
  return (
    <Paper withBorder radius="md" p="md">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Textarea
          label="Executive summary"
          autosize
          minRows={3}
          readOnly={ro}
          error={err('executiveSummary')}
          value={p.executiveSummary}
          onChange={(e) => change({ executiveSummary: e.currentTarget.value })}
        />
        <Textarea
          label="Vision"
          autosize
          minRows={3}
          readOnly={ro}
          error={err('vision')}
          value={p.vision}
          onChange={(e) => change({ vision: e.currentTarget.value })}
        />
        <Textarea
          label="Strategic priorities (one per line)"
          autosize
          minRows={2}
          readOnly={ro}
          value={p.priorities.join('\n')}
          onChange={(e) => change({ priorities: lines(e.currentTarget.value) })}
        />
        <Textarea
          label="Competitors and rival agencies (one per line)"
          autosize
          minRows={2}
          readOnly={ro}
          value={p.competitors.join('\n')}
          onChange={(e) => change({ competitors: lines(e.currentTarget.value) })}
        />
        <NumberInput
          label="Revenue target"
          leftSection={
            <Text size="xs" c="dimmed">
              {currency}
            </Text>
          }
          leftSectionWidth={44}
          thousandSeparator=","
          hideControls
          readOnly={ro}
          error={err('revenueTargetMinor')}
          value={Number.isFinite(p.revenueTargetMinor) ? p.revenueTargetMinor / 100 : ''}
          onChange={(v) => change({ revenueTargetMinor: Math.round(num(v) * 100) })}
        />
        <NumberInput
          label="Growth target (%)"
          hideControls
          readOnly={ro}
          error={err('growthTargetPct')}
          value={Number.isFinite(p.growthTargetPct) ? p.growthTargetPct : ''}
          onChange={(v) => change({ growthTargetPct: num(v) })}
        />
      </SimpleGrid>
    </Paper>
  );
}
