import { Group, List, Paper, RingProgress, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { backend } from '../../../../../wailsjs/go/models';

/** The ring's colour: red below a half, orange below 80 %, green above. */
export const completenessColor = (pct: number) => (pct < 50 ? 'red' : pct < 80 ? 'orange' : 'teal');

/**
 * How complete the plan is against its template, and what is missing, in the
 * words Go chose. Updates after each save.
 */
export function CompletenessCard({
  completeness,
  templateName,
}: {
  completeness: backend.Completeness;
  templateName: string;
}) {
  const { pct, missing } = completeness;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="section"
      aria-label="Completeness"
      maw={460}
      style={{ flex: '1 1 300px' }}
    >
      <Group gap="sm" wrap="nowrap" align="center">
        <RingProgress
          size={60}
          thickness={6}
          roundCaps
          sections={[{ value: pct, color: completenessColor(pct) }]}
          label={
            <Text ta="center" fz={11} fw={700}>
              {pct}%
            </Text>
          }
          aria-hidden
        />
        <Stack gap={0}>
          <Title order={3} fz="sm">
            {pct}% complete
          </Title>
          <Text size="xs" c="dimmed">
            Against the {templateName || 'plan’s'} template
          </Text>
        </Stack>
      </Group>
      {missing.length === 0 ? (
        <Group gap={6} mt="xs">
          <IconCircleCheck size={16} color="var(--mantine-color-teal-text)" aria-hidden />
          <Text size="sm">Every section the template counts is filled in.</Text>
        </Group>
      ) : (
        <>
          <Text size="xs" fw={600} mt="sm" mb={4}>
            Still missing
          </Text>
          <List size="sm" spacing={4} aria-label="Still missing">
            {missing.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}
