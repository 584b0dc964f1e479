import {
  Alert,
  Button,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { app, backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { formatDateTime, formatMoney, formatPercent } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { useRollup, useRollupPDF } from '../api/exports';

/** The management roll-up: several directors' exported portfolios, read-only, in one view. */
export function RollupPanel() {
  const [kind, setKind] = useState<'folder' | 'webdav'>('folder');
  const [folder, setFolder] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const target = () =>
    app.ExportTarget.createFrom({
      destination: folder.trim(),
      user: kind === 'webdav' ? user : '',
      password: kind === 'webdav' ? password : '',
    });
  const [r, setR] = useState<backend.Rollup | null>(null);
  const [error, setError] = useState('');
  const load = useRollup();
  const pdf = useRollupPDF();
  const show = () => {
    if (!folder.trim())
      return setError(
        kind === 'folder'
          ? 'Enter the shared folder that holds the portfolio summaries.'
          : 'Enter the WebDAV address of the shared folder.',
      );
    if (kind === 'webdav' && !/^https?:\/\/[^\s/]+/.test(folder.trim()))
      return setError('A WebDAV address starts with https:// (or http://).');
    if (kind === 'folder' && /^https?:/.test(folder.trim()))
      return setError('That is a web address: choose WebDAV share instead.');
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
      {r && (
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
              Left out, not portfolio summaries that can be added up (another kind of file, damaged, or
              impossible figures): {r.skipped.join(', ')}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
