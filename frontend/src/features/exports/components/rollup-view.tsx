import { Stack, Table, Text, Title } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';
import { formatDateTime, formatMoney, formatPercent } from '@/lib/format';

/** A roll-up read from the shared folder: each director's figures, totals per currency, the top risks. */
export function RollupView({ rollup: r }: { rollup: backend.Rollup }) {
  return (
    <Stack mt="md" gap="md">
      {r.directors.length === 0 ? (
        <Text size="sm" c="dimmed">
          No portfolio summaries in that folder yet.
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label="Directors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Director</Table.Th>
              <Table.Th ta="right">Accounts</Table.Th>
              <Table.Th ta="right">Revenue this year</Table.Th>
              <Table.Th ta="right">Target to date</Table.Th>
              <Table.Th ta="right">Margin</Table.Th>
              <Table.Th>Health</Table.Th>
              <Table.Th ta="right">QBRs due</Table.Th>
              <Table.Th ta="right">High risks</Table.Th>
              <Table.Th>Exported</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.directors.map((d) => (
              <Table.Tr key={d.workspaceId || d.file}>
                <Table.Td fw={600}>
                  {d.director}
                  <Text size="xs" c="dimmed">
                    {d.agency}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{d.accounts}</Table.Td>
                <Table.Td ta="right">{formatMoney(d.revenueYtdMinor, d.currency)}</Table.Td>
                <Table.Td ta="right">{formatMoney(d.targetYtdMinor, d.currency)}</Table.Td>
                <Table.Td ta="right">{formatPercent(d.marginYtdPct)}</Table.Td>
                <Table.Td>
                  {d.green} green · {d.amber} amber · {d.red} red
                </Table.Td>
                <Table.Td ta="right">{d.qbrsDue}</Table.Td>
                <Table.Td ta="right">{d.highRisks}</Table.Td>
                <Table.Td c="dimmed" fz="xs">
                  {formatDateTime(d.generatedAt)}
                </Table.Td>
              </Table.Tr>
            ))}
            {r.totals.map((t) => (
              <Table.Tr key={t.currency} fw={700}>
                <Table.Td>
                  Total ({t.currency}, {t.directors} directors)
                </Table.Td>
                <Table.Td ta="right">{t.accounts}</Table.Td>
                <Table.Td ta="right">{formatMoney(t.revenueYtdMinor, t.currency)}</Table.Td>
                <Table.Td ta="right">{formatMoney(t.targetYtdMinor, t.currency)}</Table.Td>
                <Table.Td />
                <Table.Td />
                <Table.Td ta="right">{t.qbrsDue}</Table.Td>
                <Table.Td ta="right">{t.highRisks}</Table.Td>
                <Table.Td />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {r.topRisks.length > 0 && (
        <div>
          <Title order={3} fz="sm" mb={4}>
            Top risks
          </Title>
          {r.topRisks.map((k, i) => (
            <Text key={i} size="sm">
              {k.score} · {k.title}{' '}
              <Text span c="dimmed" size="xs">
                {k.account}, {k.director}
              </Text>
            </Text>
          ))}
        </div>
      )}
      {r.skipped.length > 0 && (
        <Text size="xs" c="dimmed">
          Left out, not portfolio summaries that can be added up (another kind of file, damaged, or impossible
          figures): {r.skipped.join(', ')}
        </Text>
      )}
    </Stack>
  );
}
