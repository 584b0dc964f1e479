import {
  Badge,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { formatDateTime } from '@/lib/format';
import { useImportBatches, useUndoImport } from '../api/imports';
import { countsLine, fieldLabel, kindLabels, sourceLabels } from '../types/labels';
import { SaveFailedRowsButton } from './save-failed-rows';

/** What undoing a batch did, and what it left because it was edited since. */
export function UndoReport({ result, onClose }: { result: backend.UndoResult; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={`Import ${result.batch} undone`}>
      <Stack>
        <Text size="sm">
          Removed {result.removed} {result.removed === 1 ? 'record' : 'records'} it had created; put back the
          fields it had changed on {result.restored} {result.restored === 1 ? 'record' : 'records'}.
        </Text>
        {result.left.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Left as they are, because they were edited after the import:
            </Text>
            <List size="sm" spacing={2} aria-label="Left as they are">
              {result.left.map((l, i) => (
                <List.Item key={i}>
                  {l.record}
                  {l.fields && l.fields.length > 0 ? ` (${l.fields.map(fieldLabel).join(', ')})` : ''}:{' '}
                  {l.reason}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The imports so far, newest first, each with Undo and its failed rows. */
export function ImportBatches() {
  const batches = useImportBatches();
  const undo = useUndoImport();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<backend.ImportBatch | null>(null);
  const [report, setReport] = useState<backend.UndoResult | null>(null);
  const run = (b: backend.ImportBatch) =>
    undo.mutate(b.id, {
      onSuccess: (r) => {
        setReport(r);
        // Accounts, stakeholders, figures and hours all may have changed.
        void queryClient.invalidateQueries();
      },
    });
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="imports-so-far">
      <Stack gap="sm">
        <Title order={2} fz="md" id="imports-so-far">
          Imports so far
        </Title>
        {batches.isPending ? (
          <LoadingState label="Loading the imports…" />
        ) : batches.isError ? (
          <ErrorState error={batches.error} onRetry={() => void batches.refetch()} />
        ) : batches.data.length === 0 ? (
          <EmptyState title="Nothing imported yet">
            Each import is listed here with what it did, and can be undone.
          </EmptyState>
        ) : (
          <Table fz="sm" verticalSpacing={4} striped aria-label="Imports so far">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>When</Table.Th>
                <Table.Th>File</Table.Th>
                <Table.Th w={150}>What</Table.Th>
                <Table.Th>Result</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {batches.data.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{formatDateTime(b.importedAt)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{b.fileName}</Table.Td>
                  <Table.Td>
                    {kindLabels[b.kind]?.split(' (')[0] ?? b.kind}
                    <Text size="xs" c="dimmed">
                      {sourceLabels[b.source] ?? b.source}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {countsLine(b)}
                    {b.undoneAt && (
                      <Text size="xs" c="dimmed">
                        Undone {formatDateTime(b.undoneAt)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      {b.failed > 0 && !b.undoneAt && <SaveFailedRowsButton batch={b.id} size="xs" />}
                      {b.undoneAt ? (
                        <Badge variant="light" color="gray">
                          Undone
                        </Badge>
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconArrowBackUp size={14} />}
                          loading={undo.isPending && undo.variables === b.id}
                          onClick={() => setAsking(b)}
                          aria-label={`Undo import ${b.id} of ${b.fileName}`}
                        >
                          Undo
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <ConfirmDialog
        opened={asking !== null}
        title="Undo this import?"
        confirmLabel="Undo import"
        color="red"
        onClose={() => setAsking(null)}
        onConfirm={() => asking && run(asking)}
      >
        {asking &&
          `What the import of ${asking.fileName} created is removed (${asking.created} ${asking.created === 1 ? 'record' : 'records'}), and the fields it changed are put back — except what was edited since; that is left as it is and listed.`}
      </ConfirmDialog>
      {report && <UndoReport result={report} onClose={() => setReport(null)} />}
    </Paper>
  );
}
