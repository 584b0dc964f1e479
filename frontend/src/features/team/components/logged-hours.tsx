import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatMonth, numberFormat } from '@/lib/format';
import { useLoggedHours } from '../api/team';
import warn from './warn.module.css';

const hours = (h: number) => numberFormat({ maximumFractionDigits: 1 }).format(h);

/** What the person's timesheets logged on each account per month (brought in by an import), beside what
 * their allocations planned; more than a tenth over or under the plan is pointed out. */
export function LoggedHours({ personId }: { personId: number }) {
  const logged = useLoggedHours(personId);
  const rows = logged.data ?? [];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Hours logged">
      <Title order={2} fz="md" mb="xs">
        Hours logged
      </Title>
      {logged.isPending && (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      )}
      {logged.isError && (
        <Text size="sm" className={warn.warn} role="alert">
          The hours could not be read: {logged.error.message}
        </Text>
      )}
      {logged.isSuccess && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No hours from timesheets in the last 12 months.{' '}
          <Anchor component={Link} to="/import" size="sm" underline="always">
            Import a Harvest, Toggl or Clockify report
          </Anchor>{' '}
          to see them here.
        </Text>
      )}
      {rows.length > 0 && (
        <Table fz="sm" verticalSpacing={4} aria-label="Hours logged per account and month">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Month</Table.Th>
              <Table.Th>Account</Table.Th>
              <Table.Th ta="right">Logged</Table.Th>
              <Table.Th ta="right">Planned</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.month}-${r.accountId}`}>
                <Table.Td>{formatMonth(r.month)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/accounts/${r.accountId}`} size="sm">
                    {r.accountName}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{hours(r.logged)} h</Table.Td>
                <Table.Td ta="right">
                  {r.planned > 0 ? `${hours(r.planned)} h` : 'Not allocated'}
                  <Difference logged={r.logged} planned={r.planned} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function Difference({ logged, planned }: { logged: number; planned: number }) {
  if (planned <= 0 || Math.abs(logged - planned) <= planned * 0.1) return null;
  const over = logged > planned;
  return (
    <Text span size="xs" className={over ? warn.warn : undefined} c={over ? undefined : 'dimmed'} ml={6}>
      {hours(Math.abs(logged - planned))} h {over ? 'over' : 'under'}
    </Text>
  );
}
