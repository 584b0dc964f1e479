import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Modal,
  NativeSelect,
  Paper,
  PasswordInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconFileExport, IconPlugConnected } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { app, backend } from '../../../../wailsjs/go/models';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { PageHeader } from '@/components/ui/page-header';
import { toAppError } from '@/lib/errors';
import { formatBytes, formatDateTime } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import {
  isRunning,
  useAccountNames,
  useCancelExport,
  useDeletePlace,
  useExportProgress,
  useExportRuns,
  useRefreshRuns,
  usePlaces,
  useStartExport,
  useTestWebDAV,
} from '../api/exports';
import { SavePlaceDialog } from '../components/save-place-dialog';
import { ExportProgressPanel } from '../components/export-progress';
import { RollupPanel } from '../components/rollup-panel';
import { canChooseFolder, ChooseFolderButton } from '@/components/ui/save-pdf-dialog';
import {
  defaultWhat,
  ExportWhatFields,
  requestFor,
  whatProblem,
  type ExportWhat,
} from '../components/export-what';

const formats = [
  { value: 'pdf', label: 'PDF (for people)' },
  { value: 'md', label: 'Markdown' },
  { value: 'html', label: 'HTML (printable)' },
  { value: 'json', label: 'JSON (for tools)' },
  { value: 'csv', label: 'CSV (for spreadsheets)' },
];

export function ExportsRoute() {
  const accounts = useAccountNames();
  const runs = useExportRuns();
  const places = usePlaces();
  const forget = useDeletePlace();
  const [place, setPlace] = useState('');
  const [saving, setSaving] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  const startExport = useStartExport();
  const cancel = useCancelExport();
  const [jobId, setJobId] = useState<number | null>(null);
  const progress = useExportProgress(jobId);
  const running = startExport.isPending || isRunning(progress.data);
  const test = useTestWebDAV();
  const [what, setWhat] = useState<ExportWhat>(defaultWhat);
  const [fmts, setFmts] = useState<string[]>(['pdf', 'json']);
  const [appraisals, setAppraisals] = useState(false);
  const [kind, setKind] = useState<'folder' | 'webdav'>('folder');
  const [dest, setDest] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  // When an export finishes: say so once, and refresh the history.
  const announced = useRef<number | null>(null);
  const refreshRuns = useRefreshRuns();
  useEffect(() => {
    const p = progress.data;
    if (!p || isRunning(p) || announced.current === p.id) return;
    announced.current = p.id;
    refreshRuns();
    if (p.state === 'done' && p.run)
      notifySuccess(`${p.run.files.length} file(s) written to ${p.run.destination}`, 'Export done');
  }, [progress.data, refreshRuns]);

  const chosenPlace = (places.data ?? []).find((p) => p.name === place);
  /** Fills the form from a saved place; a remembered password is used by AccountDesk, not shown. */
  const pickPlace = (name: string) => {
    setPlace(name);
    const p = (places.data ?? []).find((x) => x.name === name);
    if (!p) return;
    setKind(/^https?:/i.test(p.destination) ? 'webdav' : 'folder');
    setDest(p.destination);
    setUser(p.user);
    setPassword('');
    setError(null);
  };
  const target = () => app.ExportTarget.createFrom({ destination: dest.trim(), user, password });
  const validate = (): string | null => {
    if (!dest.trim())
      return kind === 'folder' ? 'Enter the folder to export to.' : 'Enter the WebDAV address.';
    if (kind === 'webdav' && !/^https?:\/\/[^\s/]+/.test(dest.trim()))
      return 'A WebDAV address starts with https:// (or http://).';
    if (kind === 'folder' && /^https?:/.test(dest.trim()))
      return 'That is a web address: choose WebDAV share instead.';
    if (fmts.length === 0) return 'Choose at least one format.';
    return whatProblem(what);
  };
  const start = () => {
    const problem = validate();
    if (problem) return setError({ message: problem });
    setError(null);
    const req = backend.ExportRequest.createFrom({
      ...requestFor(what),
      formats: fmts,
      includeAppraisals: appraisals,
    });
    startExport.mutate(
      { target: target(), req },
      {
        onSuccess: (p) => setJobId(p.id),
        onError: (e) => setError(toAppError(e)),
      },
    );
  };

  return (
    <>
      <PageHeader
        title="Exports"
        description="Plan summaries for management, written to a shared folder or a WebDAV share. Files appear whole or not at all."
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Paper withBorder radius="md" p="lg">
          <Stack>
            <Title order={2} fz="md">
              What
            </Title>
            <ExportWhatFields value={what} onChange={setWhat} accounts={accounts.data ?? []} />
            <Checkbox.Group label="Formats" value={fmts} onChange={setFmts}>
              <Group mt={4}>
                {formats.map((f) => (
                  <Checkbox key={f.value} value={f.value} label={f.label} />
                ))}
              </Group>
            </Checkbox.Group>
            <Checkbox
              label="Include appraisals"
              description={
                appraisals
                  ? 'Confidential: one file per review cycle will leave this computer, with every appraisal’s ratings, strengths, development areas and compensation recommendation. Private manager notes never do.'
                  : 'Off: no exported file carries appraisal content.'
              }
              checked={appraisals}
              onChange={(e) => setAppraisals(e.currentTarget.checked)}
            />
            <Title order={2} fz="md" mt="sm">
              Where
            </Title>
            {(places.data ?? []).length > 0 && (
              <Group align="flex-end" wrap="nowrap">
                <NativeSelect
                  style={{ flex: 1 }}
                  label="Saved place"
                  data={[
                    { value: '', label: 'Choose a saved place…' },
                    ...(places.data ?? []).map((p) => ({
                      value: p.name,
                      label: p.passwordSaved ? `${p.name} (password in the keyring)` : p.name,
                    })),
                  ]}
                  value={place}
                  onChange={(e) => pickPlace(e.currentTarget.value)}
                />
                {place && (
                  <Button variant="subtle" color="red" onClick={() => setForgetting(true)}>
                    Forget…
                  </Button>
                )}
              </Group>
            )}
            <SegmentedControl
              aria-label="Destination kind"
              value={kind}
              onChange={(v) => setKind(v)}
              data={[
                { value: 'folder', label: 'Folder' },
                { value: 'webdav', label: 'WebDAV share' },
              ]}
            />
            {kind === 'folder' ? (
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
                  value={dest}
                  onChange={(e) => setDest(e.currentTarget.value)}
                  error={error?.field === 'to' ? error.message : undefined}
                />
                <ChooseFolderButton
                  title="Export to this folder"
                  onChosen={setDest}
                  onError={(m) => setError({ message: m })}
                />
              </Group>
            ) : (
              <>
                <TextInput
                  label="WebDAV address"
                  placeholder="https://cloud.example.com/remote.php/dav/files/you/Plans/"
                  value={dest}
                  onChange={(e) => setDest(e.currentTarget.value)}
                />
                <Group grow>
                  <TextInput
                    label="User name"
                    value={user}
                    onChange={(e) => setUser(e.currentTarget.value)}
                  />
                  <PasswordInput
                    label="Password"
                    description={
                      chosenPlace?.passwordSaved &&
                      chosenPlace.destination === dest.trim() &&
                      chosenPlace.user === user
                        ? 'Remembered in the system keyring; type one only to use another.'
                        : 'Used for this export only, unless you save the place and ask to remember it.'
                    }
                    value={password}
                    onChange={(e) => setPassword(e.currentTarget.value)}
                  />
                </Group>
                <Group>
                  <Button
                    variant="default"
                    leftSection={<IconPlugConnected size={16} />}
                    loading={test.isPending}
                    onClick={() =>
                      test.mutate(target(), {
                        onSuccess: () =>
                          notifySuccess('The share answered and accepted the login.', 'Connection works'),
                        onError: (e) => setError(toAppError(e)),
                      })
                    }
                  >
                    Test connection
                  </Button>
                </Group>
              </>
            )}
            {error && (
              <Alert color="red" role="alert">
                {error.message}
              </Alert>
            )}
            <Group>
              <Button leftSection={<IconFileExport size={16} />} loading={running} onClick={start}>
                Export
              </Button>
              <Button variant="default" disabled={!dest.trim()} onClick={() => setSaving(true)}>
                Save this place…
              </Button>
            </Group>
            {saving && (
              <SavePlaceDialog
                destination={dest.trim()}
                user={kind === 'webdav' ? user : ''}
                password={kind === 'webdav' ? password : ''}
                onSaved={setPlace}
                onClose={() => setSaving(false)}
              />
            )}
            <Modal opened={forgetting} onClose={() => setForgetting(false)} title="Forget this place?">
              <Stack>
                <Text size="sm">
                  “{place}” is removed from the saved places
                  {chosenPlace?.passwordSaved ? ', and its password from the system keyring' : ''}. Exports
                  already made stay where they are.
                </Text>
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setForgetting(false)}>
                    Keep it
                  </Button>
                  <Button
                    color="red"
                    loading={forget.isPending}
                    onClick={() =>
                      forget.mutate(place, {
                        onSuccess: () => {
                          setForgetting(false);
                          setPlace('');
                        },
                        onError: (e) => {
                          setForgetting(false);
                          setError(toAppError(e));
                        },
                      })
                    }
                  >
                    Forget
                  </Button>
                </Group>
              </Stack>
            </Modal>
            {progress.data && (
              <ExportProgressPanel
                progress={progress.data}
                cancelling={cancel.isPending}
                onCancel={() => cancel.mutate(progress.data.id)}
              />
            )}
          </Stack>
        </Paper>
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
                <div key={r.id}>
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
              ))}
            </Stack>
          )}
        </Paper>
      </SimpleGrid>
      <RollupPanel />
    </>
  );
}
