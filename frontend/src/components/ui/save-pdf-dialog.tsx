import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { z } from 'zod';
import { isDesktop } from '@/lib/bridge';
import { chooseFolder } from '@/lib/choose-folder';
import { toAppError } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';

export const folderSchema = z
  .string()
  .trim()
  .min(1, 'Choose the folder to save the PDF in.')
  .refine((v) => !/^https?:/i.test(v), 'Save it in a folder on this computer, not a web address.');

/** The folder chooser exists in the desktop window only; the browser mode types paths. */
export const canChooseFolder = () => isDesktop();

/** A "Choose…" button opening the system's folder chooser (desktop window only). */
export function ChooseFolderButton({
  title,
  onChosen,
  onError,
}: {
  title: string;
  onChosen: (folder: string) => void;
  onError: (message: string) => void;
}) {
  if (!canChooseFolder()) return null;
  const choose = async () => {
    try {
      const picked = await chooseFolder(title);
      if (picked) onChosen(picked);
    } catch (e) {
      onError(toAppError(e).message);
    }
  };
  return (
    <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={() => void choose()}>
      Choose…
    </Button>
  );
}

/**
 * The folder to save a file in: typed (any mode) or chosen with the desktop
 * window's dialog. It takes the dialog's focus first.
 */
export function FolderField({
  value,
  onChange,
  error,
  onError,
  chooseTitle,
}: {
  value: string;
  onChange: (folder: string) => void;
  error: string;
  onError: (message: string) => void;
  chooseTitle: string;
}) {
  return (
    <Group align="flex-end" wrap="nowrap">
      <TextInput
        style={{ flex: 1 }}
        label="Folder"
        placeholder="/home/you/Documents"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error || undefined}
        data-autofocus
      />
      <ChooseFolderButton title={chooseTitle} onChosen={onChange} onError={onError} />
    </Group>
  );
}

/**
 * Saves one document as a PDF into a folder the user names (or picks, in the
 * desktop window). `save` gets the folder and answers the file's path.
 */
export function SavePdfDialog({
  title,
  children,
  warning,
  save,
  onClose,
}: {
  title: string;
  children: ReactNode;
  warning?: string;
  save: (folder: string) => Promise<string>;
  onClose: () => void;
}) {
  const [folder, setFolder] = useState('');
  const [error, setError] = useState('');
  const mutation = useMutation({ mutationFn: save, meta: { handlesErrors: true } });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = folderSchema.safeParse(folder);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Choose a folder.');
    setError('');
    mutation.mutate(parsed.data, {
      onSuccess: (path) => {
        notifySuccess(path, 'PDF saved');
        onClose();
      },
      onError: (err) => setError(toAppError(err).message),
    });
  };
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack component="form" onSubmit={submit}>
        <Text size="sm">{children}</Text>
        {warning && (
          <Alert color="orange" variant="light">
            {warning}
          </Alert>
        )}
        <FolderField
          value={folder}
          onChange={setFolder}
          error={error}
          onError={setError}
          chooseTitle={title}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            Save PDF
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
