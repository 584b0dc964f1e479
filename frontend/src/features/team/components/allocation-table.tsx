import { ActionIcon, Anchor, Checkbox, NativeSelect, NumberInput, Table, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { words } from '@/lib/format';
import { accountRoles } from '../types/person-schema';

/** Each of the person's allocations, edited in place: a change is saved as it is made. */
export function AllocationTable({
  allocations,
  capacityHoursPerWeek,
  onChange,
  onRemove,
}: {
  allocations: backend.Allocation[];
  capacityHoursPerWeek: number;
  onChange: (a: backend.Allocation, patch: Partial<backend.Allocation>) => void;
  onRemove: (a: backend.Allocation) => void;
}) {
  const hours = (pct: number) => Math.round((pct * capacityHoursPerWeek) / 10) / 10;
  return (
    <Table verticalSpacing={4} fz="sm" aria-label="Allocations">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Account</Table.Th>
          <Table.Th>Role</Table.Th>
          <Table.Th>% of time</Table.Th>
          <Table.Th>Hours a week</Table.Th>
          <Table.Th>From</Table.Th>
          <Table.Th>To</Table.Th>
          <Table.Th>Tentative</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {allocations.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>
              <Anchor component={Link} to={`/accounts/${a.accountId}`} size="sm">
                {a.accountName}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <NativeSelect
                size="xs"
                aria-label={`Role on ${a.accountName}`}
                data={accountRoles.map((r) => ({ value: r, label: words(r) }))}
                value={a.role}
                onChange={(e) => onChange(a, { role: e.currentTarget.value })}
              />
            </Table.Td>
            <Table.Td w={80}>
              <NumberInput
                size="xs"
                hideControls
                aria-label={`Percent on ${a.accountName}`}
                defaultValue={a.percent}
                onBlur={(e) => {
                  const v = Number(e.currentTarget.value);
                  if (v !== a.percent) onChange(a, { percent: v });
                }}
              />
            </Table.Td>
            <Table.Td>{hours(a.percent)}</Table.Td>
            <Table.Td w={130}>
              <TextInput
                size="xs"
                type="date"
                aria-label={`Start on ${a.accountName}`}
                defaultValue={a.startDate}
                onBlur={(e) =>
                  e.currentTarget.value !== a.startDate && onChange(a, { startDate: e.currentTarget.value })
                }
              />
            </Table.Td>
            <Table.Td w={130}>
              <TextInput
                size="xs"
                type="date"
                aria-label={`End on ${a.accountName}`}
                defaultValue={a.endDate}
                onBlur={(e) =>
                  e.currentTarget.value !== a.endDate && onChange(a, { endDate: e.currentTarget.value })
                }
              />
            </Table.Td>
            <Table.Td>
              <Checkbox
                aria-label={`Tentative on ${a.accountName}`}
                checked={a.tentative}
                onChange={(e) => onChange(a, { tentative: e.currentTarget.checked })}
              />
            </Table.Td>
            <Table.Td>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Remove from ${a.accountName}`}
                onClick={() => onRemove(a)}
              >
                <IconX size={14} />
              </ActionIcon>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
