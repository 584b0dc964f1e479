import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseImport, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { app, backend } from '../../../../wailsjs/go/models';
import { PageHeader } from '@/components/ui/page-header';
import { toAppError } from '@/lib/errors';
import {
  isRunning,
  useCancelRun,
  dateQuestion,
  useDiscardFile,
  usePropose,
  useRunProgress,
  useSendFile,
  useStartRun,
} from '../api/imports';
import { FileChooser } from '../components/file-chooser';
import { ImportBatches } from '../components/import-batches';
import { MappingStep } from '../components/mapping-step';
import { OutcomeTables } from '../components/outcome-tables';
import { RunProgress } from '../components/run-progress';
import { SaveFailedRowsButton } from '../components/save-failed-rows';
import { countsLine, recognisedAs } from '../types/labels';

const noDates = app.DateQuestion.createFrom({
  ambiguous: false,
  order: '',
  example: '',
  asDMY: '',
  asMDY: '',
});

/** "would create 2, update 1 and skip 1 row(s)" for the preview's summary. */
export function wouldLine(r: backend.ImportResult): string {
  const parts = [
    r.created > 0 && `create ${r.created}`,
    r.updated > 0 && `update ${r.updated}`,
    r.unchanged > 0 && `leave ${r.unchanged} unchanged`,
    r.skipped > 0 && `skip ${r.skipped}`,
    r.failed > 0 && `fail ${r.failed}`,
  ].filter(Boolean) as string[];
  if (parts.length === 0) return 'The file has no rows to import.';
  const last = parts.pop();
  const total = r.created + r.updated + r.unchanged + r.skipped + r.failed;
  // An hours file's entries are added up: what is counted is each account's month.
  const noun = r.kind === 'hours' ? ['account month', 'account months'] : ['row', 'rows'];
  return `Importing would ${parts.length ? `${parts.join(', ')} and ${last}` : last} of ${total.toLocaleString()} ${total === 1 ? noun[0] : noun[1]}.`;
}

/** The import screen: choose a file, check what it holds, preview, import; the imports so far. */
export function ImportRoute() {
  const queryClient = useQueryClient();
  const send = useSendFile();
  const discard = useDiscardFile();
  const propose = usePropose();
  const startRun = useStartRun();
  const cancel = useCancelRun();
  const [sent, setSent] = useState(0);
  const [sending, setSending] = useState('');
  const [sendError, setSendError] = useState('');
  const [file, setFile] = useState<app.StagedFile | null>(null);
  const [proposal, setProposal] = useState<app.ImportProposal | null>(null);
  const [mapping, setMapping] = useState<backend.ImportMapping | null>(null);
  const [previewId, setPreviewId] = useState<number | null>(null);
  const [importId, setImportId] = useState<number | null>(null);
  const [runError, setRunError] = useState('');
  const preview = useRunProgress(previewId);
  const imported = useRunProgress(importId);
  const [dates, setDates] = useState<app.DateQuestion>(noDates);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const start = (f: app.StagedFile, m: backend.ImportMapping, dryRun: boolean) => {
    setRunError('');
    startRun.mutate(
      { token: f.token, mapping: m, dryRun },
      {
        onSuccess: (p) => {
          queryClient.setQueryData(['imports', 'progress', p.id], p);
          if (dryRun) setPreviewId(p.id);
          else setImportId(p.id);
        },
        onError: (e) => setRunError(toAppError(e).message),
      },
    );
  };

  const choose = (chosen: File) => {
    if (file && importId === null) discard.mutate(file.token);
    setFile(null);
    setProposal(null);
    setMapping(null);
    setPreviewId(null);
    setImportId(null);
    setRunError('');
    setSendError('');
    setSent(0);
    setSending(chosen.name);
    send.mutate(
      { file: chosen, onProgress: setSent },
      {
        onSuccess: (f) => {
          setFile(f);
          setProposal(f.proposal);
          setMapping(f.proposal.mapping);
          setDates(f.proposal.dates);
          // A file AccountDesk knows goes straight to its preview.
          if (f.proposal.from !== '' && !f.proposal.dates.ambiguous) start(f, f.proposal.mapping, true);
        },
        onError: (e) => setSendError(toAppError(e).message),
        onSettled: () => setSending(''),
      },
    );
  };

  const changeMapping = (m: backend.ImportMapping) => {
    const datesMayChange = m.kind !== mapping?.kind || m.columns !== mapping?.columns;
    setMapping(m);
    setPreviewId(null);
    setRunError('');
    // Which columns are dates decides whether their order must be asked.
    if (file && datesMayChange)
      dateQuestion(file.token, m).then(setDates, (e) => setRunError(toAppError(e).message));
  };
  const changeKind = (kind: string) => {
    if (!file) return;
    propose.mutate(
      { token: file.token, kind },
      {
        onSuccess: (p) => {
          setProposal(p);
          setMapping(p.mapping);
          setDates(p.dates);
          setPreviewId(null);
          setRunError('');
        },
        onError: (e) => setRunError(toAppError(e).message),
      },
    );
  };
  const closeFile = () => {
    if (file && importId === null) discard.mutate(file.token);
    setFile(null);
    setProposal(null);
    setMapping(null);
    setPreviewId(null);
    setImportId(null);
    setRunError('');
  };

  // When an import finishes every screen's data may have changed.
  const announced = useRef<number | null>(null);
  useEffect(() => {
    const p = imported.data;
    if (!p || isRunning(p) || announced.current === p.id) return;
    announced.current = p.id;
    if (p.state === 'done' && p.result) {
      // The file is imported and forgotten; the result below says what happened.
      setFile(null);
      setProposal(null);
      setMapping(null);
      setTimeout(() => resultHeading.current?.focus(), 50);
    }
    void queryClient.invalidateQueries();
  }, [imported.data, queryClient]);

  const done = imported.data?.state === 'done' ? imported.data.result : undefined;
  const previewResult = preview.data?.state === 'done' ? preview.data.result : undefined;
  const importing = startRun.isPending || isRunning(imported.data);

  return (
    <>
      <PageHeader
        title="Import"
        description="Bring in accounts, contacts, pipeline, monthly figures and hours from the tools your agency already uses. Nothing changes until you press Import, and every import can be undone."
      />
      <Stack gap="lg">
        <FileChooser
          onChosen={choose}
          sending={sending !== ''}
          sent={sent}
          fileName={sending}
          error={sendError}
          compact={file !== null}
        />

        {done ? (
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="import-result">
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Title order={2} fz="md" id="import-result" ref={resultHeading} tabIndex={-1}>
                    Imported {done.fileName}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {recognisedAs(done.source, done.kind)} · import {done.batch}: {countsLine(done)}
                  </Text>
                </Stack>
                <Group gap="xs" wrap="nowrap">
                  {done.failed > 0 && <SaveFailedRowsButton batch={done.batch} />}
                  <Button component={Link} to="/accounts" variant="default">
                    Open Accounts
                  </Button>
                </Group>
              </Group>
              {done.failed > 0 && (
                <Alert color="orange" p="xs">
                  {done.failed} {done.failed === 1 ? 'row was' : 'rows were'} left out. Save them as a CSV,
                  fix them in Excel and import that file.
                </Alert>
              )}
              <OutcomeTables result={done} dryRun={false} />
            </Stack>
          </Paper>
        ) : (
          file &&
          proposal &&
          mapping && (
            <>
              <MappingStep
                file={file}
                proposal={proposal}
                mapping={mapping}
                dates={dates}
                onMapping={changeMapping}
                onKind={changeKind}
                changingKind={propose.isPending}
                onPreview={() => start(file, mapping, true)}
                previewing={(startRun.isPending && importId === null) || isRunning(preview.data)}
                previewed={previewResult !== undefined}
                error={runError}
              />
              {preview.data && !previewResult && (
                <RunProgress
                  progress={preview.data}
                  cancelling={cancel.isPending}
                  onCancel={() => cancel.mutate(preview.data.id)}
                />
              )}
              {previewResult && (
                <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="import-preview">
                  <Stack gap="sm">
                    <Stack gap={2}>
                      <Title order={2} fz="md" id="import-preview">
                        Preview
                      </Title>
                      <Text size="sm">{wouldLine(previewResult)}</Text>
                      <Text size="xs" c="dimmed">
                        Nothing has changed yet.
                      </Text>
                    </Stack>
                    <OutcomeTables result={previewResult} dryRun />
                    {imported.data && (
                      <RunProgress
                        progress={imported.data}
                        cancelling={cancel.isPending}
                        onCancel={() => cancel.mutate(imported.data.id)}
                      />
                    )}
                    <Group>
                      <Button
                        leftSection={<IconDatabaseImport size={16} />}
                        loading={importing}
                        onClick={() => start(file, mapping, false)}
                      >
                        Import {file.rows.toLocaleString()} {file.rows === 1 ? 'row' : 'rows'}
                      </Button>
                      <Button
                        variant="default"
                        leftSection={<IconX size={16} />}
                        disabled={importing}
                        onClick={closeFile}
                      >
                        Don’t import
                      </Button>
                      {previewResult.failed > 0 && (
                        <Text size="xs" c="dimmed">
                          Rows with a problem are left out; the others are imported.
                        </Text>
                      )}
                    </Group>
                  </Stack>
                </Paper>
              )}
            </>
          )
        )}

        <ImportBatches />
      </Stack>
    </>
  );
}
