import { Group, NativeSelect, NumberInput, Paper, Text, Textarea, Title } from '@mantine/core';
import { num, type EditorPart } from '../types/appraisal-editor';

const potentials = [
  { value: '', label: 'Not judged yet' },
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
];

/** The overall rating as computed (and how), an override with its reason, and the potential. */
export function OverallRating({ value: x, change, locked, error }: EditorPart) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Overall rating">
      <Title order={2} fz="md">
        Overall rating
      </Title>
      <Text fz={32} fw={700}>
        {(x.overrideScore || x.overall.score || 0).toFixed(2)}
      </Text>
      <Text size="xs" c="dimmed">
        {x.overall.explain}
      </Text>
      <Group grow mt="xs" align="flex-start">
        <NumberInput
          label="Override"
          description="Leave at 0 to use the computed rating"
          hideControls
          clampBehavior="none"
          readOnly={locked}
          error={error('overrideScore')}
          value={Number.isFinite(x.overrideScore) ? x.overrideScore : ''}
          onChange={(v) => change({ overrideScore: num(v) })}
        />
      </Group>
      {x.overrideScore !== 0 && (
        <Textarea
          mt="xs"
          label="Reason for the override"
          autosize
          minRows={2}
          readOnly={locked}
          error={error('overrideReason')}
          value={x.overrideReason}
          onChange={(e) => change({ overrideReason: e.currentTarget.value })}
        />
      )}
      <NativeSelect
        mt="xs"
        label="Potential"
        description="For the calibration grid"
        disabled={locked}
        data={potentials}
        value={x.potential}
        onChange={(e) => change({ potential: e.currentTarget.value })}
      />
    </Paper>
  );
}
