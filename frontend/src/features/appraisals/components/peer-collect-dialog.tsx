import {
  Alert,
  Button,
  Divider,
  FileButton,
  Group,
  List,
  Modal,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCheck, IconUpload, IconX } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import type { backend } from '../../../../wailsjs/go/models';
import { ChooseFolderButton } from '@/components/ui/save-pdf-dialog';
import { toAppError } from '@/lib/errors';
import { useCollectPeers } from '../api/peer-feedback';

/** Go refuses anything larger before reading it; the page does not even read it. */
const MAX_BYTES = 1 << 20;
const TOO_LARGE = 'This file is too large to be a feedback response (over 1 MB); it was not read.';

/**
 * "Add responses": response files chosen or dropped here, or every response
 * in a folder. Each is added or refused with its reason; a refused file
 * changes nothing.
 */
export function PeerCollectDialog({ personId, onClose }: { personId: number; onClose: () => void }) {
  const collect = useCollectPeers(personId);
  const [outcome, setOutcome] = useState<backend.PeerCollected[] | null>(null);
  const [folder, setFolder] = useState('');
  const [error, setError] = useState('');
  const [over, setOver] = useState(false);

  const run = (
    v: { files: backend.PeerFile[] } | { folder: string },
    local: backend.PeerCollected[] = [],
  ) => {
    setError('');
    collect.mutate(v, {
      onSuccess: (got) => setOutcome([...got, ...local]),
      onError: (e) => setError(toAppError(e).message),
    });
  };
  const addFiles = async (files: File[]) => {
    if (files.length === 0) return;
    const big = files.filter((f) => f.size > MAX_BYTES);
    const read = await Promise.all(
      files.filter((f) => f.size <= MAX_BYTES).map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    run(
      { files: read },
      big.map((f) => ({ file: f.name, added: false, reviewer: '', reason: TOO_LARGE, code: 'tooLarge' })),
    );
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void addFiles([...e.dataTransfer.files]);
  };
  const added = outcome?.filter((o) => o.added).length ?? 0;
  return (
    <Modal opened onClose={onClose} title="Add feedback responses" size="lg">
      <Stack
        gap="md"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        style={
          over ? { outline: '2px dashed var(--mantine-color-blue-filled)', outlineOffset: 6 } : undefined
        }
      >
        <Text size="sm">
          Drop the response files reviewers sent you here, choose them, or read every response in a folder.
          Each is checked: right request, right reviewer, in time, not counted already, answers on the scale.
        </Text>
        <Group>
          <FileButton multiple accept=".json,application/json" onChange={(files) => void addFiles(files)}>
            {(props) => (
              <Button
                {...props}
                leftSection={<IconUpload size={16} />}
                loading={collect.isPending}
                data-autofocus
              >
                Choose response files…
              </Button>
            )}
          </FileButton>
          <Text size="sm" c="dimmed">
            or drop them anywhere in this window
          </Text>
        </Group>
        <Divider label="or" labelPosition="center" />
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label="Folder with responses"
            placeholder="/home/you/Feedback"
            value={folder}
            onChange={(e) => setFolder(e.currentTarget.value)}
          />
          <ChooseFolderButton title="The folder with the responses" onChosen={setFolder} onError={setError} />
          <Button variant="default" loading={collect.isPending} onClick={() => run({ folder })}>
            Read the folder
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {outcome && (
          <Stack gap={4} component="section" aria-label="What was added">
            <Text size="sm" fw={600} role="status">
              {added} added, {outcome.length - added} refused.
            </Text>
            {outcome.length === 0 && <Text size="sm">No response file was there.</Text>}
            <List spacing={4} size="sm" center>
              {outcome.map((o, i) => (
                <List.Item
                  key={`${o.file}-${i}`}
                  icon={o.added ? <IconCheck size={16} color="teal" /> : <IconX size={16} color="red" />}
                >
                  <b>{o.file}</b>: {o.added ? `${o.reviewer}’s response is added.` : `Not added. ${o.reason}`}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
