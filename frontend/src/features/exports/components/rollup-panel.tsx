import {
  Alert,
  Button,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { targetOf, useRollup, useRollupPDF } from '../api/exports';
import { firstProblem, rollupFolderSchema, type DestinationKind } from '../types/exports-schema';
import { RollupView } from './rollup-view';

/** The management roll-up: several directors' exported portfolios, read-only, in one view. */
export function RollupPanel() {
  const [kind, setKind] = useState<DestinationKind>('folder');
  const [folder, setFolder] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const target = () =>
    targetOf({
      destination: folder,
      user: kind === 'webdav' ? user : '',
      password: kind === 'webdav' ? password : '',
    });
  const [r, setR] = useState<backend.Rollup | null>(null);
  const [error, setError] = useState('');
  const load = useRollup();
  const pdf = useRollupPDF();
  const show = () => {
    const parsed = rollupFolderSchema(kind).safeParse(folder);
    if (!parsed.success) return setError(firstProblem(parsed.error));
    load.mutate(target(), {
      onSuccess: (x) => {
        setR(x);
        setError('');
      },
      onError: (e) => setError(toAppError(e).message),
    });
  };
  return (
    <Paper withBorder radius="md" p="lg" mt="lg" component="section" aria-label="Management roll-up">
      <Title order={2} fz="md">
        Management roll-up
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Point at a shared folder or WebDAV share where account directors export their portfolio summaries
        (JSON) to see them together. Nothing here changes your workspace.
      </Text>
      <SegmentedControl
        aria-label="Where the summaries are"
        mb="sm"
        value={kind}
        onChange={(v) => {
          setKind(v);
          setR(null);
        }}
        data={[
          { value: 'folder', label: 'Shared folder' },
          { value: 'webdav', label: 'WebDAV share' },
        ]}
      />
      {kind === 'webdav' && (
        <Group grow mb="xs" maw={640}>
          <TextInput label="User name" value={user} onChange={(e) => setUser(e.currentTarget.value)} />
          <PasswordInput
            label="Password"
            description="Used for this view only; not stored."
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
        </Group>
      )}
      <Group align="flex-end">
        {kind === 'folder' ? (
          <TextInput
            label="Shared folder"
            w={420}
            value={folder}
            onChange={(e) => setFolder(e.currentTarget.value)}
          />
        ) : (
          <TextInput
            label="WebDAV address"
            w={420}
            placeholder="https://cloud.example.com/remote.php/dav/files/you/Plans/"
            value={folder}
            onChange={(e) => setFolder(e.currentTarget.value)}
          />
        )}
        <Button variant="default" onClick={show} loading={load.isPending}>
          Show roll-up
        </Button>
        {r && (
          <Button
            variant="default"
            loading={pdf.isPending}
            onClick={() =>
              pdf.mutate(target(), {
                onSuccess: (n) =>
                  notifySuccess(
                    `${n} written ${kind === 'folder' ? 'to the folder' : 'to the share'}.`,
                    'Roll-up PDF',
                  ),
                onError: (e) => setError(toAppError(e).message),
              })
            }
          >
            Export as PDF
          </Button>
        )}
      </Group>
      {error && (
        <Alert color="red" mt="sm" role="alert">
          {error}
        </Alert>
      )}
      {r && <RollupView rollup={r} />}
    </Paper>
  );
}
