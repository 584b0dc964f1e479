import { Group, Paper, Table, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { backend } from '../../../../../wailsjs/go/models';
import { words } from '@/lib/format';
import { whitespaceColor, whitespaceStatuses } from '../../types/labels';

/** Service lines × status, as a grid of cells to click. */
export function WhitespaceGrid({
  items,
  readOnly,
  onChange,
}: {
  items: backend.Whitespace[];
  readOnly: boolean;
  onChange: (w: backend.Whitespace[]) => void;
}) {
  const [line, setLine] = useState('');
  const add = () => {
    const name = line.trim();
    if (!name || items.some((w) => w.serviceLine.toLowerCase() === name.toLowerCase())) return;
    onChange([...items, backend.Whitespace.createFrom({ serviceLine: name, status: 'potential' })]);
    setLine('');
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Whitespace">
      <Title order={3} fz="sm" mb="xs">
        Whitespace: service lines
      </Title>
      <Table verticalSpacing={4} fz="sm" aria-label="Whitespace grid" maw={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th fz="xs" c="dimmed">
              Service line
            </Table.Th>
            {whitespaceStatuses.map((s) => (
              <Table.Th key={s} fz="xs" c="dimmed" ta="center">
                {words(s)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((w, i) => (
            <Table.Tr key={w.serviceLine}>
              <Table.Td>{w.serviceLine}</Table.Td>
              {whitespaceStatuses.map((s) => {
                const on = w.status === s;
                return (
                  <Table.Td key={s} ta="center">
                    <UnstyledButton
                      role="radio"
                      aria-checked={on}
                      aria-label={`${w.serviceLine}: ${words(s)}`}
                      disabled={readOnly}
                      onClick={() =>
                        onChange(
                          items.map((x, j) =>
                            j === i ? backend.Whitespace.createFrom({ ...x, status: s }) : x,
                          ),
                        )
                      }
                      style={{
                        width: 44,
                        height: 22,
                        borderRadius: 4,
                        background: on ? whitespaceColor[s] : 'transparent',
                        border: `1px solid ${on ? whitespaceColor[s] : 'var(--mantine-color-default-border)'}`,
                      }}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!readOnly && (
        <Group mt="xs" gap="xs">
          <TextInput
            size="xs"
            placeholder="Service line, e.g. Social"
            aria-label="New service line"
            value={line}
            onChange={(e) => setLine(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <UnstyledButton onClick={add} fz="xs" c="blue" fw={600}>
            Add service line
          </UnstyledButton>
        </Group>
      )}
    </Paper>
  );
}
