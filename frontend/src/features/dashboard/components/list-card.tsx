import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface ListRow {
  key: string | number;
  title: string;
  to?: string;
  detail?: ReactNode;
  badge?: { label: string; color: string };
}

/** How many rows a card shows; the rest are counted. */
export const LIST_CARD_ROWS = 8;

/**
 * A titled, compact list that says so when there is nothing to show. rows may
 * hold only the first LIST_CARD_ROWS when count says how many there are (at
 * thousands of accounts, building every row would cost more than drawing).
 */
export function ListCard({ title, rows, count = rows.length, empty }: { title: string; rows: ListRow[]; count?: number; empty: string }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="sm">
          {title}
        </Title>
        {count > 0 && (
          <Badge variant="light" color="gray" size="sm">
            {count}
          </Badge>
        )}
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={6}>
          {rows.slice(0, LIST_CARD_ROWS).map((r) => (
            <Group key={r.key} justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                {r.to ? (
                  <Anchor component={Link} to={r.to} size="sm" fw={500} truncate="end">
                    {r.title}
                  </Anchor>
                ) : (
                  <Text size="sm" fw={500} truncate="end">
                    {r.title}
                  </Text>
                )}
                {r.detail && (
                  <Text size="xs" c="dimmed" truncate="end">
                    {r.detail}
                  </Text>
                )}
              </div>
              {r.badge && (
                <Badge color={r.badge.color} variant="light" size="sm" style={{ flexShrink: 0 }}>
                  {r.badge.label}
                </Badge>
              )}
            </Group>
          ))}
          {count > LIST_CARD_ROWS && (
            <Text size="xs" c="dimmed">
              and {count - LIST_CARD_ROWS} more
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
