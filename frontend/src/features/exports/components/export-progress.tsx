import { Alert, Badge, Button, Group, Progress, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { app } from '../../../../wailsjs/go/models';
import { isRunning } from '../api/exports';

const fileBadge: Record<string, { label: string; color: string }> = {
  waiting: { label: 'Waiting', color: 'gray' },
  written: { label: 'Written', color: 'teal' },
  removed: { label: 'Removed again', color: 'orange' },
  left: { label: 'Left at the destination', color: 'red' },
};

/** The progress bar, each file's state and a cancel button for one export. */
export function ExportProgressPanel({
  progress,
  onCancel,
  cancelling,
}: {
  progress: app.ExportProgress;
  onCancel: () => void;
  cancelling: boolean;
}) {
  const running = isRunning(progress);
  const percent = progress.total > 0 ? (progress.done / progress.total) * 100 : 0;
  const label =
    progress.state === 'preparing'
      ? 'Preparing the files…'
      : progress.state === 'writing'
        ? `Writing ${Math.min(progress.done + 1, progress.total)} of ${progress.total} files…`
        : progress.state === 'done'
          ? `Exported ${progress.done} file(s)`
          : progress.state === 'cancelled'
            ? 'Export cancelled'
            : 'Export failed';
  return (
    <Stack gap="xs" component="section" aria-label="Export progress">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500} role="status">
          {label}
        </Text>
        {running && (
          <Button
            size="xs"
            variant="default"
            color="red"
            leftSection={<IconPlayerStop size={14} />}
            loading={cancelling}
            onClick={onCancel}
          >
            Cancel export
          </Button>
        )}
      </Group>
      <Progress
        aria-label="Files written"
        value={progress.state === 'done' ? 100 : percent}
        animated={running}
        striped={progress.state === 'preparing'}
        color={progress.state === 'failed' || progress.state === 'cancelled' ? 'orange' : 'blue'}
      />
      {progress.error && (
        <Alert color={progress.state === 'cancelled' ? 'orange' : 'red'} role="alert">
          {progress.error.message}
        </Alert>
      )}
      {progress.state === 'done' && progress.run && (
        <Alert color="teal" p="xs">
          <Text size="sm">Written to {progress.run.destination}</Text>
        </Alert>
      )}
      {progress.files.length > 0 && (
        <ScrollArea.Autosize mah={220}>
          <Table fz="xs" verticalSpacing={2} aria-label="Files of this export">
            <Table.Tbody>
              {progress.files.map((f) => (
                <Table.Tr key={f.name}>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{f.name}</Table.Td>
                  <Table.Td w={130} ta="right">
                    <Badge size="xs" variant="light" color={fileBadge[f.status]?.color ?? 'gray'}>
                      {fileBadge[f.status]?.label ?? f.status}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
