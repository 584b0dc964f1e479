import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FolderField } from '@/components/ui/save-pdf-dialog';
import { isDesktop } from '@/lib/bridge';
import { toAppError } from '@/lib/errors';
import { notifyError, notifySuccess } from '@/lib/notify';
import { failedRowsCSV, saveFailedRows } from '../api/imports';

/** Hands a text file to the browser as a download. */
export function download(name: string, content: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Save failed rows as CSV": a download in the browser; in the desktop window,
 * into a folder the user picks (the way PDFs are saved).
 */
export function SaveFailedRowsButton({ batch, size = 'sm' }: { batch: number; size?: 'xs' | 'sm' }) {
  const [asking, setAsking] = useState(false);
  const fetchCSV = useMutation({ mutationFn: failedRowsCSV, meta: { handlesErrors: true } });
  const click = () => {
    if (isDesktop()) return setAsking(true);
    fetchCSV.mutate(batch, {
      onSuccess: (f) => download(f.name, f.content),
      onError: (e) => notifyError(e, 'The failed rows could not be saved'),
    });
  };
  return (
    <>
      <Button
        size={size}
        variant="default"
        leftSection={<IconDownload size={14} />}
        loading={fetchCSV.isPending}
        onClick={click}
      >
        Save failed rows as CSV
      </Button>
      {asking && <SaveToFolderDialog batch={batch} onClose={() => setAsking(false)} />}
    </>
  );
}

function SaveToFolderDialog({ batch, onClose }: { batch: number; onClose: () => void }) {
  const [folder, setFolder] = useState('');
  const [error, setError] = useState('');
  const save = useMutation({
    mutationFn: (f: string) => saveFailedRows(batch, f),
    meta: { handlesErrors: true },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!folder.trim()) return setError('Choose the folder to save the CSV in.');
    save.mutate(folder.trim(), {
      onSuccess: (path) => {
        notifySuccess(path, 'Failed rows saved');
        onClose();
      },
      onError: (err) => setError(toAppError(err).message),
    });
  };
  return (
    <Modal opened onClose={onClose} title="Save failed rows as CSV">
      <Stack component="form" onSubmit={submit}>
        <Text size="sm">
          The rows that failed, with the reason in the first column. Fix them in Excel and import the file
          again.
        </Text>
        <FolderField
          value={folder}
          onChange={setFolder}
          error={error}
          onError={setError}
          chooseTitle="Save failed rows in this folder"
        />
        {save.isError && !error && <Alert color="red">{toAppError(save.error).message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save CSV
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
