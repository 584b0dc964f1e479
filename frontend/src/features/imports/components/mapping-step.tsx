import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconColumns, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { app, backend } from '../../../../wailsjs/go/models';
import { formatDate } from '@/lib/format';
import { fieldLabel, kindLabels, recognisedAs } from '../types/labels';

/** The file's first values in one column, for the mapping table. */
function samples(file: app.StagedFile, col: number): string {
  return file.firstRows
    .map((r) => (r[col] ?? '').replace(/\s+/g, ' ').trim())
    .filter((v) => v !== '')
    .slice(0, 3)
    .join(' · ');
}

/** Columns with a field, in the file's order. */
export function mappedCount(file: app.StagedFile, mapping: backend.ImportMapping): number {
  return file.header.filter((h) => mapping.columns[h]).length;
}

/** The mapping with one column's field changed ('' = not imported). */
export function withColumn(mapping: backend.ImportMapping, column: string, field: string) {
  const columns = { ...mapping.columns };
  if (field) columns[column] = field;
  else delete columns[column];
  return backend.ImportMapping.createFrom({ ...mapping, columns });
}

/** Fields that two columns feed: the engine keeps one column per field. */
export function doubledFields(mapping: backend.ImportMapping): string[] {
  const seen = new Map<string, number>();
  for (const f of Object.values(mapping.columns)) seen.set(f, (seen.get(f) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([f]) => f);
}

/**
 * What the file is and which column feeds which field: "Recognised: …" with
 * the proposed columns (editable), or the mapping step for a file nobody
 * recognises; the date order is asked when the file's dates could be read
 * two ways.
 */
export function MappingStep({
  file,
  proposal,
  mapping,
  dates,
  onMapping,
  onKind,
  changingKind,
  onPreview,
  previewing,
  previewed = false,
  error,
}: {
  file: app.StagedFile;
  proposal: app.ImportProposal;
  mapping: backend.ImportMapping;
  dates: app.DateQuestion;
  onMapping: (m: backend.ImportMapping) => void;
  onKind: (kind: string) => void;
  changingKind: boolean;
  onPreview: () => void;
  previewing: boolean;
  /** A preview of this mapping is shown below. */
  previewed?: boolean;
  error?: string;
}) {
  const recognised = proposal.from !== '';
  const [showColumns, setShowColumns] = useState(!recognised);
  const fields = file.fields[mapping.kind] ?? [];
  const doubled = doubledFields(mapping);
  const needsOrder = dates.ambiguous && !mapping.dateOrder;
  const count = mappedCount(file, mapping);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="What the file holds">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={2} fz="md">
              {file.fileName}
            </Title>
            <Text size="sm" c="dimmed">
              {file.rows.toLocaleString()} {file.rows === 1 ? 'row' : 'rows'} · {file.header.length} columns
              {file.sheet ? ` · sheet “${file.sheet}”` : ''}
            </Text>
          </Stack>
          <NativeSelect
            label="The file holds"
            w={280}
            value={mapping.kind}
            disabled={changingKind}
            onChange={(e) => onKind(e.currentTarget.value)}
            data={[
              ...(mapping.kind ? [] : [{ value: '', label: 'Choose…' }]),
              ...file.kinds.map((k) => ({ value: k, label: kindLabels[k] ?? k })),
            ]}
          />
        </Group>

        {recognised ? (
          <Alert color="teal" icon={<IconCheck size={18} />} p="sm" role="status">
            <Text size="sm" fw={600}>
              Recognised: {recognisedAs(mapping.source, mapping.kind)}
            </Text>
            <Text size="sm">
              {proposal.from === 'saved'
                ? `Using the columns you chose for the last file like this: ${count} of ${file.header.length} are imported.`
                : `${count} of ${file.header.length} columns are imported; the others are left out.`}
            </Text>
          </Alert>
        ) : (
          <Alert color="yellow" p="sm" title="Say which column is which" role="status">
            <Text size="sm">
              {proposal.problem ||
                'AccountDesk does not know this file. Choose what it holds and which column feeds which field.'}{' '}
              Your choice is kept for the next file with these columns.
            </Text>
          </Alert>
        )}

        {dates.ambiguous && (
          <Radio.Group
            label="How are the dates in this file written?"
            description={
              dates.example
                ? `For example “${dates.example}”: is it ${formatDate(dates.asDMY)} or ${formatDate(dates.asMDY)}?`
                : 'Some dates could be read day/month or month/day.'
            }
            value={mapping.dateOrder}
            onChange={(v) => onMapping(backend.ImportMapping.createFrom({ ...mapping, dateOrder: v }))}
            error={needsOrder && error ? 'Choose how the dates are written.' : undefined}
          >
            <Group mt={6}>
              <Radio value="dmy" label={`Day first${dates.example ? ` (${formatDate(dates.asDMY)})` : ''}`} />
              <Radio
                value="mdy"
                label={`Month first${dates.example ? ` (${formatDate(dates.asMDY)})` : ''}`}
              />
            </Group>
          </Radio.Group>
        )}

        {recognised && (
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconColumns size={14} />}
              onClick={() => setShowColumns((v) => !v)}
              aria-expanded={showColumns}
            >
              {showColumns ? 'Hide the columns' : 'Check or change the columns'}
            </Button>
          </Group>
        )}

        {showColumns && (
          <ScrollArea.Autosize mah={420} type="auto">
            <Table
              fz="sm"
              verticalSpacing={4}
              striped
              stickyHeader
              aria-label="Columns of the file and what they become"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="25%">Column in the file</Table.Th>
                  <Table.Th w="33%">Imported as</Table.Th>
                  <Table.Th>First rows</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {file.header.map((h, i) => {
                  const field = mapping.columns[h] ?? '';
                  const options = fields.includes(field) || !field ? fields : [...fields, field];
                  return (
                    <Table.Tr key={h || i}>
                      <Table.Td style={{ wordBreak: 'break-word' }}>{h}</Table.Td>
                      <Table.Td>
                        <NativeSelect
                          size="xs"
                          aria-label={`Imported as, for column ${h}`}
                          value={field}
                          disabled={!mapping.kind}
                          error={doubled.includes(field) ? true : undefined}
                          onChange={(e) => onMapping(withColumn(mapping, h, e.currentTarget.value))}
                          data={[
                            { value: '', label: 'Not imported' },
                            ...options.map((f) => ({ value: f, label: fieldLabel(f) })),
                          ]}
                        />
                      </Table.Td>
                      <Table.Td c="dimmed" style={{ wordBreak: 'break-word' }}>
                        {samples(file, i)}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}

        {doubled.length > 0 && (
          <Alert color="red" role="alert" p="sm">
            Two columns are imported as {doubled.map(fieldLabel).join(', ')}; keep one.
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert" p="sm">
            {error}
          </Alert>
        )}
        <Group>
          <Button
            leftSection={<IconEye size={16} />}
            onClick={onPreview}
            loading={previewing}
            disabled={!mapping.kind || doubled.length > 0 || count === 0}
          >
            {previewed ? 'Preview again' : 'Preview import'}
          </Button>
          <Text size="xs" c="dimmed">
            The preview changes nothing: it shows what importing would do to every row.
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
