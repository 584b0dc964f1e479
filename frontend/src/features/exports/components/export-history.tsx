import { Badge, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { formatBytes, formatDateTime } from '@/lib/format';
import { useExportRuns } from '../api/exports';

/** The last 20 exports, each with its files and checksums. */
export function ExportHistory() {
  const runs = useExportRuns();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Export history">
      <Title order={2} fz="md" mb="sm">
        History
      </Title>
      {runs.isPending ? (
        <LoadingState />
      ) : runs.isError ? (
        <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />
      ) : runs.data.length === 0 ? (
        <EmptyState title="No exports yet">
          Each export is listed here with its files and checksums.
        </EmptyState>
      ) : (
        <Stack gap="md">
          {runs.data.slice(0, 20).map((r) => (
            <ExportRun key={r.id} run={r} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** One export: what, when, where, whether it worked, its first files and what it left behind. */
function ExportRun({ run: r }: { run: backend.ExportRun }) {
  return (
    <div>
      <Group gap="xs">
        <Badge color={r.ok ? 'teal' : 'red'} variant="light" size="sm">
          {r.ok ? 'Done' : 'Failed'}
        </Badge>
        <Text size="sm" fw={600}>
          {r.what}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(r.startedAt)} · {r.formats}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        to {r.destination}
      </Text>
      {!r.ok && (
        <Text size="xs" c="red">
          {r.message}
        </Text>
      )}
      {r.files.length > 0 && (
        <Table fz="xs" verticalSpacing={1} mt={4}>
          <Table.Tbody>
            {r.files.slice(0, 8).map((f) => (
              <Table.Tr key={f.name}>
                <Table.Td>{f.name}</Table.Td>
                <Table.Td c="dimmed">{formatBytes(f.bytes)}</Table.Td>
                <Table.Td>
                  <Code fz={10} title={f.sha256}>
                    {f.sha256.slice(0, 12)}…
                  </Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {r.files.length > 8 && (
        <Text size="xs" c="dimmed">
          and {r.files.length - 8} more files
        </Text>
      )}
      {(r.leftBehind ?? []).length > 0 && (
        <Text size="xs" c="orange.8" mt={4}>
          Left at the destination, to be removed at the next export there:{' '}
          {r.leftBehind.slice(0, 5).join(', ')}
          {r.leftBehind.length > 5 ? ` and ${r.leftBehind.length - 5} more` : ''}
        </Text>
      )}
    </div>
  );
}
