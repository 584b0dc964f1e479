import { Badge, NativeSelect, Table, TextInput } from '@mantine/core';
import { backend } from '../../../../../wailsjs/go/models';
import { newRowKey } from '@/lib/draft-merge';
import { riskColor, riskScore } from '@/lib/plan-rules';
import { riskCategories, riskStatuses } from '../../types/labels';
import { blankRows } from '../../types/plan-schema';
import { ItemTable } from '../item-table';
import { OwnerInput } from '../owner-input';
import { opts, type PlanKit } from './plan-kit';

/** The risks, scored likelihood × impact. */
export function RisksTable({
  items,
  onChange,
  kit,
}: {
  items: backend.Risk[];
  onChange: (risks: backend.Risk[]) => void;
  kit: PlanKit;
}) {
  const { readOnly: ro, err, rowHooks } = kit;
  return (
    <ItemTable
      title="Risks"
      noun="risk"
      readOnly={ro}
      items={items}
      itemName={(r) => r.title}
      {...rowHooks}
      onChange={onChange}
      make={() => blankRows.risk(newRowKey())}
      columns={['Risk', 'Category', 'Likelihood', 'Impact', 'Score', 'Mitigation', 'Owner', 'Status']}
      renderRow={(r, u, i) => {
        const score = riskScore(r);
        return (
          <>
            <Table.Td miw={180}>
              <TextInput
                size="xs"
                aria-label={`Risk ${i + 1} title`}
                readOnly={ro}
                value={r.title}
                onChange={(e) => u({ title: e.currentTarget.value })}
                error={err(`risks.${r.key}.title`)}
              />
            </Table.Td>
            <Table.Td w={130}>
              <NativeSelect
                size="xs"
                aria-label={`Risk ${i + 1} category`}
                disabled={ro}
                data={opts(riskCategories)}
                value={r.category}
                onChange={(e) => u({ category: e.currentTarget.value })}
              />
            </Table.Td>
            <Table.Td w={70}>
              <NativeSelect
                size="xs"
                aria-label={`Risk ${i + 1} likelihood`}
                disabled={ro}
                data={['1', '2', '3', '4', '5']}
                value={String(r.likelihood)}
                onChange={(e) => u({ likelihood: Number(e.currentTarget.value) })}
              />
            </Table.Td>
            <Table.Td w={70}>
              <NativeSelect
                size="xs"
                aria-label={`Risk ${i + 1} impact`}
                disabled={ro}
                data={['1', '2', '3', '4', '5']}
                value={String(r.impact)}
                onChange={(e) => u({ impact: Number(e.currentTarget.value) })}
              />
            </Table.Td>
            <Table.Td w={60}>
              <Badge color={riskColor(score)} variant="light">
                {score}
              </Badge>
            </Table.Td>
            <Table.Td miw={180}>
              <TextInput
                size="xs"
                aria-label={`Risk ${i + 1} mitigation`}
                readOnly={ro}
                value={r.mitigation}
                onChange={(e) => u({ mitigation: e.currentTarget.value })}
              />
            </Table.Td>
            <Table.Td miw={110}>
              <OwnerInput
                label={`Risk ${i + 1} owner`}
                readOnly={ro}
                value={r.owner}
                onChange={(owner) => u({ owner, ownerId: 0 })}
              />
            </Table.Td>
            <Table.Td w={110}>
              <NativeSelect
                size="xs"
                aria-label={`Risk ${i + 1} status`}
                disabled={ro}
                data={opts(riskStatuses)}
                value={r.status}
                onChange={(e) => u({ status: e.currentTarget.value })}
              />
            </Table.Td>
          </>
        );
      }}
    />
  );
}
