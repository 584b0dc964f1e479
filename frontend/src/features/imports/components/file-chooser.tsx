import { Alert, Button, Group, Paper, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { formatBytes } from '@/lib/format';
import { MAX_IMPORT_BYTES } from '../api/imports';

export const ACCEPTED = '.csv,.tsv,.txt,.tab,.xlsx,.xlsm';

/** Why a chosen file cannot be sent, before any byte is: too large or empty. */
export function fileProblem(file: File): string | null {
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_IMPORT_BYTES)
    return `${file.name} is ${formatBytes(file.size)}; AccountDesk imports files up to ${formatBytes(MAX_IMPORT_BYTES)}. Export a shorter period (for example one year at a time) and import each file.`;
  return null;
}

/**
 * The first step: a labelled file input (CSV, TSV or Excel), the same in the
 * desktop window and the browser, with the sending progress.
 */
export function FileChooser({
  onChosen,
  sending,
  sent,
  fileName,
  error,
  compact = false,
}: {
  onChosen: (file: File) => void;
  sending: boolean;
  sent: number;
  fileName?: string;
  error?: string;
  compact?: boolean;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = ''; // choosing the same file again is a new choice
    if (!file) return;
    const p = fileProblem(file);
    setProblem(p);
    if (!p) onChosen(file);
  };
  const shown = problem ?? error;
  return (
    <Paper withBorder radius="md" p={compact ? 'sm' : 'lg'}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="center">
          <Stack gap={2}>
            <Text fw={600}>{compact ? 'Import another file' : 'Choose the file to import'}</Text>
            {!compact && (
              <Text size="sm" c="dimmed">
                A CSV, TSV or Excel (.xlsx) file as Salesforce, HubSpot, Pipedrive, Harvest, Toggl Track,
                Clockify or your own spreadsheet saves it. Up to {formatBytes(MAX_IMPORT_BYTES)}.
              </Text>
            )}
          </Stack>
          <VisuallyHidden>
            {/* The button below is the control people use; tests and assistive
                tools reach the input by its label. */}
            <input
              id={id}
              ref={input}
              aria-label="File to import"
              tabIndex={-1}
              type="file"
              accept={ACCEPTED}
              onChange={change}
              disabled={sending}
              aria-describedby={shown ? `${id}-problem` : undefined}
            />
          </VisuallyHidden>
          <Button
            leftSection={<IconFileUpload size={16} />}
            onClick={() => input.current?.click()}
            loading={sending}
            variant={compact ? 'default' : 'filled'}
            style={{ flexShrink: 0 }}
          >
            Choose file…
          </Button>
        </Group>
        {sending && (
          <Stack gap={4}>
            <Text size="sm" role="status">
              Reading {fileName}…
            </Text>
            <Progress value={sent * 100} aria-label={`Reading ${fileName ?? 'the file'}`} animated />
          </Stack>
        )}
        {shown && (
          <Alert color="red" role="alert" id={`${id}-problem`} title="This file cannot be imported">
            {shown}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
