import { Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDate, words } from '@/lib/format';
import { useComparePlans, usePlans } from '../api/plans';
import { planStatusColor } from '../types/labels';

/** Every version of the account's plans, and what changed between two of them. */
export function Versions({
  accountId,
  current,
  onSelect,
}: {
  accountId: number;
  current: number;
  onSelect: (id: number) => void;
}) {
  const plans = usePlans(accountId);
  const [against, setAgainst] = useState<string>('');
  const diff = useComparePlans(against ? Number(against) : null, current);
  const list = plans.data ?? [];
  return (
    <>
      <Paper withBorder radius="md" p="md" component="section" aria-label="Version history">
        <Title order={3} fz="sm" mb="xs">
          Versions
        </Title>
        <Table verticalSpacing={4} fz="sm" highlightOnHover>
          <Table.Tbody>
            {list.map((v) => (
              <Table.Tr
                key={v.id}
                onClick={() => onSelect(v.id)}
                style={{ cursor: 'pointer' }}
                bg={v.id === current ? 'var(--mantine-color-blue-light)' : undefined}
              >
                <Table.Td>
                  <Button
                    variant="transparent"
                    size="compact-sm"
                    px={0}
                    onClick={() => onSelect(v.id)}
                    aria-current={v.id === current ? 'true' : undefined}
                  >
                    {v.period} v{v.version}
                  </Button>
                </Table.Td>
                <Table.Td>
                  <Badge size="xs" variant="light" color={planStatusColor[v.status]}>
                    {words(v.status)}
                  </Badge>
                </Table.Td>
                <Table.Td c="dimmed" fz="xs">
                  {formatDate(v.updatedAt)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {list.length > 1 && (
        <Paper withBorder radius="md" p="md" component="section" aria-label="Compare versions">
          <NativeSelect
            label="Compare with"
            size="xs"
            data={[
              { value: '', label: 'Choose a version' },
              ...list
                .filter((v) => v.id !== current)
                .map((v) => ({ value: String(v.id), label: `${v.period} v${v.version}` })),
            ]}
            value={against}
            onChange={(e) => setAgainst(e.currentTarget.value)}
          />
          {against && diff.data && (
            <Stack gap={6} mt="sm">
              {diff.data.length === 0 && (
                <Text size="sm" c="dimmed">
                  No differences in objectives, pipeline or risks.
                </Text>
              )}
              {diff.data.map((c, i) => (
                <div key={i}>
                  <Group gap={6}>
                    <Badge
                      size="xs"
                      variant="light"
                      color={c.kind === 'added' ? 'teal' : c.kind === 'removed' ? 'red' : 'blue'}
                    >
                      {words(c.kind)}
                    </Badge>
                    <Text size="sm" fw={500}>
                      {c.title}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {words(c.section)}
                    {c.detail ? `: ${c.detail}` : ''}
                  </Text>
                </div>
              ))}
            </Stack>
          )}
        </Paper>
      )}
    </>
  );
}
