import { Anchor, Badge, Group, ScrollArea, Stack, Table, Tabs, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { fieldLabel, outcomes } from '../types/labels';

const colors: Record<string, string> = {
  create: 'teal',
  update: 'blue',
  unchanged: 'gray',
  skipped: 'yellow',
  failed: 'red',
};

const noneWould: Record<string, string> = {
  create: 'No row would create a record.',
  update: 'No row would change a record.',
  unchanged: 'Every row would change something.',
  skipped: 'No row would be skipped.',
  failed: 'No row has a problem.',
};
const noneDid: Record<string, string> = {
  create: 'No record was created.',
  update: 'No record was changed.',
  unchanged: 'Every row changed something.',
  skipped: 'No row was skipped.',
  failed: 'No row failed.',
};

/** "old → new" for one changed field; an empty value reads "(empty)". */
function Change({ c }: { c: backend.FieldChange }) {
  return (
    <Text size="sm" component="div">
      <Text span fw={500}>
        {fieldLabel(c.field)}:
      </Text>{' '}
      <Text span c="dimmed" td="line-through">
        {c.old || '(empty)'}
      </Text>{' '}
      → {c.new || '(empty)'}
    </Text>
  );
}

function RowsTable({
  action,
  rows,
  label,
}: {
  action: string;
  rows: backend.ImportRowResult[];
  label: string;
}) {
  const why = action === 'skipped' || action === 'failed';
  return (
    <ScrollArea.Autosize mah={360} type="auto">
      <Table fz="sm" verticalSpacing={4} striped stickyHeader aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Row</Table.Th>
            <Table.Th>Record</Table.Th>
            {action === 'update' && <Table.Th>What changes</Table.Th>}
            {action === 'failed' && <Table.Th>Column</Table.Th>}
            {why && <Table.Th>{action === 'failed' ? 'Problem' : 'Why'}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.line}>
              <Table.Td>{r.line}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{r.record || '—'}</Table.Td>
              {action === 'update' && (
                <Table.Td>
                  <Stack gap={2}>
                    {(r.changes ?? []).map((c) => (
                      <Change key={c.field} c={c} />
                    ))}
                  </Stack>
                </Table.Td>
              )}
              {action === 'failed' && <Table.Td>{r.column || '—'}</Table.Td>}
              {why && <Table.Td style={{ wordBreak: 'break-word' }}>{r.reason}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/**
 * What happens (a preview: would happen) to the rows of a file: one tab per
 * outcome with its count, each a table of its rows.
 */
export function OutcomeTables({ result, dryRun }: { result: backend.ImportResult; dryRun: boolean }) {
  const first = outcomes.find((o) => result[o.count] > 0)?.action ?? 'create';
  const [tab, setTab] = useState<string | null>(first);
  return (
    <>
      {result.kind === 'hours' && <TeamHours result={result} dryRun={dryRun} />}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List aria-label={dryRun ? 'What the import would do' : 'What the import did'}>
          {outcomes.map((o) => (
            <Tabs.Tab
              key={o.action}
              value={o.action}
              rightSection={
                <Badge size="sm" variant="light" color={result[o.count] > 0 ? colors[o.action] : 'gray'}>
                  {result[o.count].toLocaleString()}
                </Badge>
              }
            >
              {dryRun ? o.label : o.done}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {outcomes.map((o) => {
          const rows = result.rows.filter((r) => r.action === o.action);
          const total = result[o.count];
          const name = dryRun ? o.label : o.done;
          return (
            <Tabs.Panel key={o.action} value={o.action} pt="sm">
              {total === 0 ? (
                <Text size="sm" c="dimmed" py="sm">
                  {(dryRun ? noneWould : noneDid)[o.action]}
                </Text>
              ) : (
                <Stack gap="xs">
                  {rows.length < total && (
                    <Group>
                      <Text size="xs" c="dimmed">
                        Showing the first {rows.length.toLocaleString()} of {total.toLocaleString()} rows.
                      </Text>
                    </Group>
                  )}
                  <RowsTable action={o.action} rows={rows} label={`Rows: ${name.toLowerCase()}`} />
                </Stack>
              )}
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </>
  );
}

/** An hours file's entries per team member: how many person-months were (or would be) written, and who
 * logged time without being on the roster (their hours count for the account only). */
function TeamHours({ result, dryRun }: { result: backend.ImportResult; dryRun: boolean }) {
  const missing = result.peopleNotOnTeam ?? [];
  if (result.peopleHours === 0 && missing.length === 0) return null;
  const n = result.peopleHours;
  return (
    <Stack gap={2} mb="xs">
      {n > 0 && (
        <Text size="sm">
          Hours per team member: {n.toLocaleString()} {n === 1 ? 'person-month' : 'person-months'} (one
          person’s hours on one account in one month) {dryRun ? 'would be' : n === 1 ? 'was' : 'were'}{' '}
          recorded, shown on their page on Team beside their allocation.
        </Text>
      )}
      {missing.length > 0 && (
        <Text size="sm" c="dimmed">
          Not on your team, so their hours count for the account only: {missing.slice(0, 8).join(', ')}
          {missing.length > 8 ? ` and ${missing.length - 8} more` : ''}.{' '}
          <Anchor component={Link} to="/team" size="sm">
            Add them on Team
          </Anchor>{' '}
          and import the file again.
        </Text>
      )}
    </Stack>
  );
}
