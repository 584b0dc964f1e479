import { Group, Table, Text } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';
import { formatDate, formatDayMonth, formatPercent } from '@/lib/format';
import { loadColour } from '../types/person-schema';

const fill = {
  empty: 'transparent',
  calm: 'var(--mantine-color-teal-2)',
  busy: 'var(--mantine-color-yellow-3)',
  over: 'var(--mantine-color-red-4)',
};

/** People × the next 12 weeks, coloured by utilization; tentative work hatched. */
export function Heatmap({ heatmap }: { heatmap: backend.Heatmap }) {
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table fz="xs" verticalSpacing={3} horizontalSpacing={3} aria-label="Capacity over the next 12 weeks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              {heatmap.weeks.map((w) => (
                <Table.Th key={w} ta="center" fw={500} c="dimmed">
                  {formatDayMonth(w)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {heatmap.rows.map((r) => (
              <Table.Tr key={r.personId}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.name}</Table.Td>
                {r.weeks.map((l, i) => {
                  const c = loadColour(l.confirmed);
                  const label = `${r.name}, week of ${formatDate(heatmap.weeks[i])}: ${formatPercent(l.confirmed)} confirmed, ${formatPercent(l.tentative)} tentative`;
                  return (
                    <Table.Td key={i} p={2}>
                      <div
                        role="img"
                        aria-label={label}
                        title={label}
                        data-load={c}
                        style={{
                          height: 24,
                          borderRadius: 4,
                          background:
                            l.tentative > 0
                              ? `repeating-linear-gradient(45deg, ${fill[c]}, ${fill[c]} 4px, var(--mantine-color-gray-6) 4px, var(--mantine-color-gray-6) 5px)`
                              : fill[c],
                          border: '1px solid var(--mantine-color-default-border)',
                          // The fills are light in both themes: their figures are dark.
                          color: c === 'empty' ? undefined : 'var(--mantine-color-black)',
                          fontSize: 10,
                          textAlign: 'center',
                          lineHeight: '22px',
                        }}
                      >
                        {l.confirmed + l.tentative > 0 ? Math.round(l.confirmed + l.tentative) : ''}
                      </div>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="md" mt="xs">
        {(['calm', 'busy', 'over'] as const).map((k) => (
          <Group key={k} gap={4}>
            <span
              style={{ width: 14, height: 14, borderRadius: 3, background: fill[k], display: 'inline-block' }}
            />
            <Text size="xs" c="dimmed">
              {k === 'calm' ? 'Under 80%' : k === 'busy' ? '80–100%' : 'Over 100%'}
            </Text>
          </Group>
        ))}
        <Group gap={4}>
          <span
            style={{
              width: 14,
              height: 14,
              borderRadius: 3,
              display: 'inline-block',
              background:
                'repeating-linear-gradient(45deg, var(--mantine-color-teal-2), var(--mantine-color-teal-2) 4px, var(--mantine-color-gray-6) 4px, var(--mantine-color-gray-6) 5px)',
            }}
          />
          <Text size="xs" c="dimmed">
            Includes tentative work
          </Text>
        </Group>
      </Group>
    </>
  );
}
