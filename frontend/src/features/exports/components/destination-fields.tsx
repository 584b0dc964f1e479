import { Button, Group, PasswordInput, SegmentedControl, TextInput } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { canChooseFolder, ChooseFolderButton } from '@/components/ui/save-pdf-dialog';
import { toAppError, type AppError } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { targetOf, useTestWebDAV } from '../api/exports';
import type { DestinationKind } from '../types/exports-schema';

/** Where an export is written: a folder, or a WebDAV share with its login. */
export interface Where {
  kind: DestinationKind;
  destination: string;
  user: string;
  password: string;
}

export const noWhere: Where = { kind: 'folder', destination: '', user: '', password: '' };

/**
 * The destination of an export: folder or WebDAV share, with the folder
 * chooser (desktop window) or the share's login and a connection test.
 */
export function DestinationFields({
  value,
  onChange,
  passwordRemembered,
  error,
  onError,
}: {
  value: Where;
  onChange: (w: Where) => void;
  /** A saved place's password is in the keyring for this address and user. */
  passwordRemembered: boolean;
  error?: { field?: string; message: string } | null;
  onError: (e: AppError | { message: string }) => void;
}) {
  const test = useTestWebDAV();
  const set = (patch: Partial<Where>) => onChange({ ...value, ...patch });
  return (
    <>
      <SegmentedControl
        aria-label="Destination kind"
        value={value.kind}
        onChange={(v) => set({ kind: v })}
        data={[
          { value: 'folder', label: 'Folder' },
          { value: 'webdav', label: 'WebDAV share' },
        ]}
      />
      {value.kind === 'folder' ? (
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label="Folder"
            description={
              canChooseFolder()
                ? 'A local, mounted or synced folder, e.g. your shared drive.'
                : 'Type the full path of a local, mounted or synced folder (the folder chooser is in the desktop app).'
            }
            placeholder="/home/you/Shared/Account plans"
            value={value.destination}
            onChange={(e) => set({ destination: e.currentTarget.value })}
            error={error?.field === 'to' ? error.message : undefined}
          />
          <ChooseFolderButton
            title="Export to this folder"
            onChosen={(destination) => set({ destination })}
            onError={(message) => onError({ message })}
          />
        </Group>
      ) : (
        <>
          <TextInput
            label="WebDAV address"
            placeholder="https://cloud.example.com/remote.php/dav/files/you/Plans/"
            value={value.destination}
            onChange={(e) => set({ destination: e.currentTarget.value })}
          />
          <Group grow>
            <TextInput
              label="User name"
              value={value.user}
              onChange={(e) => set({ user: e.currentTarget.value })}
            />
            <PasswordInput
              label="Password"
              description={
                passwordRemembered
                  ? 'Remembered in the system keyring; type one only to use another.'
                  : 'Used for this export only, unless you save the place and ask to remember it.'
              }
              value={value.password}
              onChange={(e) => set({ password: e.currentTarget.value })}
            />
          </Group>
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlugConnected size={16} />}
              loading={test.isPending}
              onClick={() =>
                test.mutate(targetOf(value), {
                  onSuccess: () =>
                    notifySuccess('The share answered and accepted the login.', 'Connection works'),
                  onError: (e) => onError(toAppError(e)),
                })
              }
            >
              Test connection
            </Button>
          </Group>
        </>
      )}
    </>
  );
}
