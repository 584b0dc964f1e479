import { Alert, Button, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { PageHeader } from '@/components/ui/page-header';
import { toAppError } from '@/lib/errors';
import { targetOf, useAccountNames, usePlaces } from '../api/exports';
import { DestinationFields, noWhere, type Where } from '../components/destination-fields';
import { ExportContents } from '../components/export-contents';
import { ExportHistory } from '../components/export-history';
import { ExportProgressPanel } from '../components/export-progress';
import { ExportWhatFields } from '../components/export-what';
import { RollupPanel } from '../components/rollup-panel';
import { SavePlaceDialog } from '../components/save-place-dialog';
import { SavedPlacePicker } from '../components/saved-place-picker';
import { useExportJob } from '../hooks/use-export-job';
import {
  defaultWhat,
  exportFormSchema,
  firstProblem,
  formatsFor,
  kindOf,
  requestFor,
  type ExportFormat,
  type ExportWhat,
} from '../types/exports-schema';

export function ExportsRoute() {
  return (
    <>
      <PageHeader
        title="Exports"
        description="Plan summaries for management, written to a shared folder or a WebDAV share. Files appear whole or not at all."
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ExportForm />
        <ExportHistory />
      </SimpleGrid>
      <RollupPanel />
    </>
  );
}

/** What to export, in which formats, and where to; then the export's progress. */
function ExportForm() {
  const accounts = useAccountNames();
  const places = usePlaces();
  const job = useExportJob();
  const [place, setPlace] = useState('');
  const [saving, setSaving] = useState(false);
  const [what, setWhat] = useState<ExportWhat>(defaultWhat);
  const [formats, setFormats] = useState<ExportFormat[]>(['pdf', 'json']);
  const [appraisals, setAppraisals] = useState(false);
  const [where, setWhere] = useState<Where>(noWhere);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);

  const saved = places.data ?? [];
  const chosenPlace = saved.find((p) => p.name === place);
  /** Fills the form from a saved place; a remembered password is used by AccountDesk, not shown. */
  const pickPlace = (name: string) => {
    setPlace(name);
    const p = saved.find((x) => x.name === name);
    if (!p) return;
    setWhere({ kind: kindOf(p.destination), destination: p.destination, user: p.user, password: '' });
    setError(null);
  };
  const start = () => {
    const parsed = exportFormSchema(where.kind).safeParse({ destination: where.destination, formats, what });
    if (!parsed.success) return setError({ message: firstProblem(parsed.error) });
    setError(null);
    const req = backend.ExportRequest.createFrom({
      ...requestFor(what),
      formats: formatsFor(what, formats),
      includeAppraisals: appraisals,
    });
    job.start(targetOf(where), req, (e) => setError(toAppError(e)));
  };
  const dest = where.destination.trim();
  const progress = job.progress;

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Title order={2} fz="md">
          What
        </Title>
        <ExportWhatFields value={what} onChange={setWhat} accounts={accounts.data ?? []} />
        <ExportContents
          formats={formats}
          onFormats={setFormats}
          appraisals={appraisals}
          onAppraisals={setAppraisals}
        />
        <Title order={2} fz="md" mt="sm">
          Where
        </Title>
        <SavedPlacePicker places={saved} value={place} onPick={pickPlace} onError={setError} />
        <DestinationFields
          value={where}
          onChange={setWhere}
          passwordRemembered={
            !!chosenPlace?.passwordSaved &&
            chosenPlace.destination === dest &&
            chosenPlace.user === where.user
          }
          error={error}
          onError={setError}
        />
        {error && (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        )}
        <Group>
          <Button leftSection={<IconFileExport size={16} />} loading={job.running} onClick={start}>
            Export
          </Button>
          <Button variant="default" disabled={!dest} onClick={() => setSaving(true)}>
            Save this place…
          </Button>
        </Group>
        {saving && (
          <SavePlaceDialog
            destination={dest}
            user={where.kind === 'webdav' ? where.user : ''}
            password={where.kind === 'webdav' ? where.password : ''}
            onSaved={setPlace}
            onClose={() => setSaving(false)}
          />
        )}
        {progress && (
          <ExportProgressPanel
            progress={progress}
            cancelling={job.cancelling}
            onCancel={() => job.cancel(progress.id)}
          />
        )}
      </Stack>
    </Paper>
  );
}
