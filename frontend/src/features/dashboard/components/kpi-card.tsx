import { Paper, Progress, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './kpi-card.module.css';

/** One headline figure with a line of context. */
export function KpiCard({
  label,
  value,
  hint,
  progress,
  color,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  progress?: number;
  color?: string;
}) {
  return (
    <Paper withBorder radius="md" p="md" className={classes.card}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <Text component="div" className={classes.value} mt={4} c={color}>
        {value}
      </Text>
      {progress !== undefined && (
        <Progress
          value={Math.min(progress, 100)}
          size="sm"
          mt={6}
          aria-label={`${label}: ${Math.round(progress)}%`}
        />
      )}
      {hint && (
        <Text size="xs" c="dimmed" mt={6}>
          {hint}
        </Text>
      )}
    </Paper>
  );
}
