import { Badge, Group, Progress, Text } from '@mantine/core';
import { formatPercent } from '@/lib/format';
import classes from './warn.module.css';

/** Confirmed work solid, tentative lighter; red and flagged above 100%. In a
 * narrow cell the flag moves under the bar rather than being cut short.
 * later names the months ahead in which the person is above 100% when this
 * month they are not ("from Jan 2027"). */
export function UtilizationBar({
  confirmed,
  tentative,
  later,
}: {
  confirmed: number;
  tentative: number;
  later?: string;
}) {
  const over = confirmed > 100.0001;
  const scale = Math.max(100, confirmed + tentative);
  return (
    <Group gap="xs" wrap="wrap" style={{ rowGap: 4 }}>
      {/* A group of two named bars (a bare div may not carry a label; each bar needs its own name). */}
      <Progress.Root
        w={110}
        size="md"
        style={{ flexShrink: 0 }}
        role="group"
        aria-label={`${formatPercent(confirmed)} confirmed, ${formatPercent(tentative)} tentative`}
      >
        <Progress.Section
          value={(confirmed * 100) / scale}
          color={over ? 'red' : confirmed >= 80 ? 'yellow' : 'teal'}
          aria-label="Confirmed"
          aria-valuetext={formatPercent(confirmed)}
        />
        <Progress.Section
          value={(tentative * 100) / scale}
          color="gray.4"
          aria-label="Tentative"
          aria-valuetext={formatPercent(tentative)}
        />
      </Progress.Root>
      <Text size="sm" fw={over ? 700 : 400} c={over ? 'red' : undefined} w={44}>
        {formatPercent(confirmed)}
      </Text>
      {over && (
        <Badge color="red" variant="light" size="sm" style={{ flexShrink: 0 }}>
          Over-allocated
        </Badge>
      )}
      {!over && later && (
        <Text size="xs" className={classes.warn}>
          Over 100% {later}
        </Text>
      )}
    </Group>
  );
}
