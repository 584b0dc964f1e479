import { Alert, Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Allocations, Overview } from '../../../../wailsjs/go/app/TeamAPI';
import { words } from '@/lib/format';

/** Who works on the account, hours against the retainer, and what cover is missing. */
export function AccountTeamPanel({ accountId }: { accountId: number }) {
  const allocs = useQuery({ queryKey: ['team', 'allocations', 0, accountId], queryFn: () => Allocations(0, accountId) });
  const overview = useQuery({ queryKey: ['team', 'overview'], queryFn: () => Overview() });
  const people = new Map((overview.data?.roster ?? []).map((r) => [r.id, r]));
  const cov = overview.data?.coverage.find((c) => c.accountId === accountId);
  const today = new Date().toISOString().slice(0, 10);
  const current = (allocs.data ?? []).filter((a) => !a.endDate || a.endDate >= today);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Account team">
      <Title order={2} fz="md" mb="sm">Account team</Title>
      <Stack gap="xs">
        {cov && !cov.hasLead && <Alert color="orange" p="xs">Nobody leads this account.</Alert>}
        {cov?.needsBackup && <Alert color="orange" p="xs">No backup: a {cov.tier} account needs one.</Alert>}
        {cov?.overServiced && (
          <Alert color="red" p="xs">
            Over-serviced: {Math.round(cov.hoursPerMonth)} hours a month allocated against a {cov.retainerHours}-hour retainer.
          </Alert>
        )}
        {current.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nobody is allocated yet. Allocate people from their page in <Anchor component={Link} to="/team">Team</Anchor>.
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={3} aria-label="Account team">
            <Table.Tbody>
              {current.map((a) => {
                const p = people.get(a.personId);
                const hoursMonth = p ? (a.percent * p.capacityHoursPerWeek * 52) / 12 / 100 : 0;
                return (
                  <Table.Tr key={a.id}>
                    <Table.Td><Anchor component={Link} to={`/team/${a.personId}`} size="sm">{a.personName}</Anchor></Table.Td>
                    <Table.Td><Badge size="xs" variant="light" color={a.role === 'lead' ? 'blue' : a.role === 'backup' ? 'grape' : 'gray'}>{words(a.role)}</Badge></Table.Td>
                    <Table.Td ta="right">{a.percent}%{a.tentative ? ' (tentative)' : ''}</Table.Td>
                    <Table.Td ta="right" c="dimmed">{Math.round(hoursMonth)} h/month</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {cov && cov.retainerHours > 0 && (
          <Text size="xs" c="dimmed">
            {Math.round(cov.hoursPerMonth)} of {cov.retainerHours} retainer hours a month allocated (confirmed).
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
