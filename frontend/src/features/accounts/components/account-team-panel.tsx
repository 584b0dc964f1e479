import { Alert, Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { formatPercent, words, articleFor } from '@/lib/format';
import { useAccountTeam } from '../api/account-parts';

/** Who works on the account, hours against the retainer, and what cover is missing. */
export function AccountTeamPanel({ accountId }: { accountId: number }) {
  const team = useAccountTeam(accountId);
  const cov = team.data?.coverage;
  const current = team.data?.members ?? [];
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Account team">
      <Title order={2} fz="md" mb="sm">
        Account team
      </Title>
      <Stack gap="xs">
        {cov && !cov.hasLead && (
          <Alert color="orange" p="xs">
            Nobody leads this account.
          </Alert>
        )}
        {cov?.needsBackup && (
          <Alert color="orange" p="xs">
            No backup: a {cov.tier} account needs one.
          </Alert>
        )}
        {cov?.overServiced && (
          <Alert color="red" p="xs">
            Over-serviced: {Math.round(cov.hoursPerMonth)} hours a month allocated against{' '}
            {articleFor(cov.retainerHours)} {cov.retainerHours}-hour retainer.
          </Alert>
        )}
        {team.isPending ? (
          <LoadingState />
        ) : team.isError ? (
          <ErrorState error={team.error} onRetry={() => void team.refetch()} />
        ) : current.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nobody is allocated yet. Allocate people from their page in{' '}
            <Anchor component={Link} to="/team" underline="always">
              Team
            </Anchor>
            .
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={3} aria-label="Account team">
            <Table.Tbody>
              {current.map(({ allocation: a, hoursPerMonth }) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/team/${a.personId}`} size="sm">
                      {a.personName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      size="xs"
                      variant="light"
                      style={{ minWidth: 'max-content' }}
                      color={a.role === 'lead' ? 'blue' : a.role === 'backup' ? 'grape' : 'gray'}
                    >
                      {words(a.role)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatPercent(a.percent)}
                    {a.tentative ? ' (tentative)' : ''}
                    <Text size="xs" c="dimmed">
                      {Math.round(hoursPerMonth)} h/month
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {cov && cov.retainerHours > 0 && (
          <Text size="xs" c="dimmed">
            {Math.round(cov.hoursPerMonth)} of {cov.retainerHours} retainer hours a month allocated
            (confirmed).
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
