import { Text } from '@mantine/core';

/** The plain line saying why some ratings are closed at this stage (nothing when all are open). */
export function StageNote({ why }: { why: string }) {
  if (!why) return null;
  return (
    <Text size="sm" c="dimmed" mb="xs">
      {why}
    </Text>
  );
}
