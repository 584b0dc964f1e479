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

/** A titled, compact list that says so when there is nothing to show. */
export function ListCard({ title, rows, empty }: { title: string; rows: ListRow[]; empty: string }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="sm">
          {title}
        </Title>
        {rows.length > 0 && (
          <Badge variant="light" color="gray" size="sm">
            {rows.length}
          </Badge>
        )}
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={6}>
          {rows.slice(0, 8).map((r) => (
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
          {rows.length > 8 && (
            <Text size="xs" c="dimmed">
              and {rows.length - 8} more
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
