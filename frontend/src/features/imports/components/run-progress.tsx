import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { app } from '../../../../wailsjs/go/models';
import { isRunning } from '../api/imports';

/** The progress bar of a preview or an import, with its cancel button. */
export function RunProgress({
  progress,
  onCancel,
  cancelling,
}: {
  progress: app.ImportProgress;
  onCancel: () => void;
  cancelling: boolean;
}) {
  const running = isRunning(progress);
  const what = progress.dryRun ? 'Preview' : 'Import';
  const percent = progress.total > 0 ? (progress.done / progress.total) * 100 : 0;
  const label = running
    ? `${progress.dryRun ? 'Checking' : 'Importing'} row ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}…`
    : progress.state === 'cancelled'
      ? `${what} cancelled`
      : progress.state === 'failed'
        ? `${what} failed`
        : `${what} done`;
  return (
    <Stack gap="xs" component="section" aria-label={`${what} progress`}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500} role="status">
          {label}
        </Text>
        {running && (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlayerStop size={14} />}
            loading={cancelling}
            onClick={onCancel}
          >
            Cancel {what.toLowerCase()}
          </Button>
        )}
      </Group>
      {running && <Progress aria-label="Rows read" value={percent} animated />}
      {progress.error && (
        <Alert color={progress.state === 'cancelled' ? 'orange' : 'red'} role="alert">
          {progress.error.message}
        </Alert>
      )}
    </Stack>
  );
}
