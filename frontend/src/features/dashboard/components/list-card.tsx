import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import classes from './list-card.module.css';
import { PlainBadge } from '@/components/ui/plain-badge';

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
export function ListCard({
  title,
  rows,
  count = rows.length,
  empty,
}: {
  title: string;
  rows: ListRow[];
  count?: number;
  empty: string;
}) {
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
        <>
          <ul className={classes.rows}>
            {rows.slice(0, LIST_CARD_ROWS).map((r) => (
              <li key={r.key} className={classes.row}>
                <div className={classes.main}>
                  {r.to ? (
                    <Link to={r.to} className={classes.title}>
                      {r.title}
                    </Link>
                  ) : (
                    <span className={classes.title}>{r.title}</span>
                  )}
                  {r.detail && <span className={classes.detail}>{r.detail}</span>}
                </div>
                {r.badge && <PlainBadge color={r.badge.color}>{r.badge.label}</PlainBadge>}
              </li>
            ))}
          </ul>
          {count > LIST_CARD_ROWS && (
            <Text size="xs" c="dimmed" mt={6}>
              and {count - LIST_CARD_ROWS} more
            </Text>
          )}
        </>
      )}
    </Paper>
  );
}
