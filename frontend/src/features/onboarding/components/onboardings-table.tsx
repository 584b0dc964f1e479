import { Badge, Group, Progress, Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { formatDate, words } from '@/lib/format';

/** Every onboarding with its progress and overdue tasks; a row opens its checklist. */
export function OnboardingsTable({ onboardings }: { onboardings: backend.OnboardingSummary[] }) {
  const navigate = useNavigate();
  return (
    <Table highlightOnHover verticalSpacing={8} fz="sm" aria-label="Onboardings">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>New hire</Table.Th>
          <Table.Th>Starts</Table.Th>
          <Table.Th>Progress</Table.Th>
          <Table.Th>Overdue</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {onboardings.map((o) => (
          <Table.Tr
            key={o.id}
            tabIndex={0}
            style={{ cursor: 'pointer' }}
            onClick={() => void navigate(`/onboarding/${o.id}`)}
            onKeyDown={(e) => e.key === 'Enter' && void navigate(`/onboarding/${o.id}`)}
            aria-label={o.personName}
          >
            <Table.Td fw={600}>{o.personName}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(o.startDate)}</Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Progress
                  value={o.progress.percent}
                  w={110}
                  aria-label={`${Math.round(o.progress.percent)}% done`}
                />
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {o.progress.done} of {o.progress.required}
                </Text>
              </Group>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {o.progress.overdue > 0 ? (
                <Badge color="red" variant="light" style={{ flexShrink: 0, minWidth: 'max-content' }}>
                  {o.progress.overdue} overdue
                </Badge>
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td>{words(o.status)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
