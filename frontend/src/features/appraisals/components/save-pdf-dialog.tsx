import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { SavePDF } from '../../../../wailsjs/go/app/AppraisalsAPI';
import { ChooseFolder } from '../../../../wailsjs/go/app/WorkspaceAPI';
import { toAppError } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';

const folderSchema = z.string().trim().min(1, 'Choose the folder to save the PDF in.').refine((v) => !/^https?:/i.test(v), 'Save it in a folder on this computer, not a web address.');

/** The folder chooser exists in the desktop window only; the browser mode types paths. */
const canChooseFolder = () => typeof window !== 'undefined' && window.runtime !== undefined;

/** Saves one appraisal as a PDF for signature, on purpose, into a folder the user names. */
export function SavePdfDialog({ id, personName, onClose }: { id: number; personName: string; onClose: () => void }) {
  const [folder, setFolder] = useState('');
  const [error, setError] = useState('');
  const save = useMutation({ mutationFn: (f: string) => SavePDF(id, f), meta: { handlesErrors: true } });
  const choose = async () => {
    try {
      const picked = await ChooseFolder('Save the appraisal PDF in');
      if (picked) setFolder(picked);
    } catch (e) {
      setError(toAppError(e).message);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = folderSchema.safeParse(folder);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Choose a folder.');
    setError('');
    save.mutate(parsed.data, {
      onSuccess: (path) => {
        notifySuccess(path, 'Appraisal PDF saved');
        onClose();
      },
      onError: (err) => setError(toAppError(err).message),
    });
  };
  return (
    <Modal opened onClose={onClose} title="Save as PDF for signature">
      <Stack component="form" onSubmit={submit}>
        <Text size="sm">
          A PDF of {personName}’s appraisal — ratings, overall rating, strengths, development, compensation recommendation and signature lines —
          to print or send for signature. Private manager notes are never in it.
        </Text>
        <Alert color="orange" variant="light">Confidential: once saved, the file is outside AccountDesk. Keep it where only the right people can read it.</Alert>
        <Group align="flex-end" wrap="nowrap">
          <TextInput style={{ flex: 1 }} label="Folder" placeholder="/home/you/Documents" value={folder} onChange={(e) => setFolder(e.currentTarget.value)} error={error || undefined} data-autofocus />
          {canChooseFolder() && (
            <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={() => void choose()}>Choose…</Button>
          )}
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button type="submit" loading={save.isPending}>Save PDF</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
