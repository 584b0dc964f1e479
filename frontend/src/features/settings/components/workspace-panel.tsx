import { isDesktop } from '@/lib/bridge';
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { backend } from '../../../../wailsjs/go/models';
import { formatBytes, formatDateTime } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { useBackupNow } from '../api/settings';

/** Where the workspace lives, how big it is, and a backup button. */
export function WorkspacePanel({ info }: { info: backend.WorkspaceInfo }) {
  const backup = useBackupNow();
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md" maw={720}>
        <Title order={2} fz="lg">
          Workspace
        </Title>
        <TextInput label="Workspace file" value={info.path} readOnly />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label="Size" value={formatBytes(info.sizeBytes)} />
          <Field label="Created" value={formatDateTime(info.createdAt)} />
          <Field label="Schema version" value={String(info.schemaVersion)} />
        </SimpleGrid>
        <TextInput
          label="Log file"
          description="It records what AccountDesk did, never what you typed."
          value={info.logPath}
          readOnly
        />
        <Group>
          <Button
            leftSection={<IconDatabaseExport size={16} />}
            variant="light"
            loading={backup.isPending}
            onClick={() =>
              backup.mutate(undefined, {
                onSuccess: (path) => notifySuccess(`Saved to ${path}`, 'Backup made'),
              })
            }
          >
            Back up now
          </Button>
          <Text size="xs" c="dimmed">
            Copies go to the backups folder beside the workspace.{' '}
            {isDesktop()
              ? 'Restore from the File menu.'
              : 'To restore one, use File → Restore in the desktop app, or accountdesk restore on the command line.'}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </div>
  );
}
