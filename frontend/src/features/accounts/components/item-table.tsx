import { plural } from '@/lib/format';
import { ActionIcon, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { notifyUndo } from '@/lib/notify';

/**
 * An editable list of plan items as a dense table. Removing a row offers Undo
 * (the row comes back where it was) instead of asking first. A new row gets
 * the focus; onRowLeave tells when focus leaves a row, so a row left empty
 * can be flagged then and not while it is being filled in.
 */
export function ItemTable<T>({
  title,
  noun,
  items,
  columns,
  renderRow,
  onChange,
  make,
  readOnly,
  summary,
  itemName,
  rowKey,
  onAdd,
  onRowLeave,
}: {
  title: string;
  noun: string;
  items: T[];
  columns: string[];
  renderRow: (item: T, update: (patch: Partial<T>) => void, index: number) => ReactNode;
  onChange: (items: T[]) => void;
  make: () => T;
  readOnly: boolean;
  summary?: ReactNode;
  itemName: (item: T) => string;
  rowKey: (item: T) => string;
  onAdd?: (item: T) => void;
  onRowLeave?: (key: string) => void;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => {
    if (!added) return;
    body.current
      ?.querySelector<HTMLElement>(
        `tr[data-key="${CSS.escape(added)}"] input, tr[data-key="${CSS.escape(added)}"] select`,
      )
      ?.focus();
    setAdded(null);
  }, [added]);
  const add = () => {
    const item = make();
    onAdd?.(item);
    onChange([...items, item]);
    setAdded(rowKey(item));
  };
  const update = (i: number) => (patch: Partial<T>) =>
    onChange(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const remove = (i: number) => {
    const removed = items[i]!;
    const rest = items.filter((_, j) => j !== i);
    onChange(rest);
    notifyUndo(`Removed ${noun} “${itemName(removed) || 'untitled'}”.`, () =>
      onChange([...rest.slice(0, i), removed, ...rest.slice(i)]),
    );
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="sm">
          {title}
        </Title>
        {summary}
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" mb={readOnly ? 0 : 'xs'}>
          No {plural(noun)} yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={4} horizontalSpacing={6} fz="sm" aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c} fz="xs" c="dimmed" fw={600}>
                    {c}
                  </Table.Th>
                ))}
                {!readOnly && <Table.Th w={36} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody ref={body}>
              {items.map((it, i) => (
                <Table.Tr
                  key={rowKey(it) || i}
                  data-key={rowKey(it)}
                  onBlur={(e) => {
                    if (!e.currentTarget.contains(e.relatedTarget)) onRowLeave?.(rowKey(it));
                  }}
                >
                  {renderRow(it, update(i), i)}
                  {!readOnly && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Remove ${noun} ${itemName(it) || i + 1}`}
                        onClick={() => remove(i)}
                      >
                        <IconX size={14} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!readOnly && (
        <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={add} mt={4}>
          Add {noun}
        </Button>
      )}
    </Paper>
  );
}
