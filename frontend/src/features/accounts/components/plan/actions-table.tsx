import { NativeSelect, Table, TextInput } from '@mantine/core';
import { backend } from '../../../../../wailsjs/go/models';
import { DateField } from '@/components/ui/date-field';
import { localToday } from '@/lib/dates';
import { newRowKey } from '@/lib/draft-merge';
import { actionOverdue } from '@/lib/plan-rules';
import { actionStatuses } from '../../types/labels';
import { blankRows } from '../../types/plan-schema';
import { ItemTable } from '../item-table';
import { OwnerInput } from '../owner-input';
import { opts, type PlanKit } from './plan-kit';

/** The action plan; an action may serve one of the objectives. */
export function ActionsTable({
  items,
  objectives,
  onChange,
  kit,
}: {
  items: backend.Action[];
  objectives: backend.Objective[];
  onChange: (actions: backend.Action[]) => void;
  kit: PlanKit;
}) {
  const { readOnly: ro, err, badDate, rowHooks } = kit;
  return (
    <ItemTable
      title="Action plan"
      noun="action"
      readOnly={ro}
      items={items}
      itemName={(a) => a.title}
      {...rowHooks}
      onChange={onChange}
      make={() => blankRows.action(newRowKey())}
      columns={['Action', 'Owner', 'Due', 'Status', 'For objective']}
      renderRow={(a, u, i) => {
        const overdue = actionOverdue(a, localToday());
        return (
          <>
            <Table.Td miw={200}>
              <TextInput
                size="xs"
                aria-label={`Action ${i + 1} title`}
                readOnly={ro}
                value={a.title}
                onChange={(e) => u({ title: e.currentTarget.value })}
                error={err(`actions.${a.key}.title`)}
              />
            </Table.Td>
            <Table.Td miw={120}>
              <OwnerInput
                label={`Action ${i + 1} owner`}
                readOnly={ro}
                value={a.owner}
                onChange={(owner) => u({ owner, ownerId: 0 })}
              />
            </Table.Td>
            <Table.Td w={150}>
              <DateField
                size="xs"
                aria-label={`Action ${i + 1} due`}
                readOnly={ro}
                value={a.due}
                onChange={(due) => u({ due })}
                onBadInput={badDate(`actions.${a.key}.due`)}
                error={err(`actions.${a.key}.due`) ?? (overdue ? 'Overdue' : undefined)}
              />
            </Table.Td>
            <Table.Td w={120}>
              <NativeSelect
                size="xs"
                aria-label={`Action ${i + 1} status`}
                disabled={ro}
                data={opts(actionStatuses)}
                value={a.status}
                onChange={(e) => u({ status: e.currentTarget.value })}
              />
            </Table.Td>
            <Table.Td miw={160}>
              <NativeSelect
                size="xs"
                aria-label={`Action ${i + 1} objective`}
                disabled={ro}
                data={[
                  { value: '', label: '—' },
                  ...objectives
                    .filter((o) => o.key)
                    .map((o, j) => ({ value: o.key, label: o.title || `Objective ${j + 1} (untitled)` })),
                ]}
                value={a.objectiveKey}
                error={err(`actions.${a.key}.objectiveKey`)}
                onChange={(e) => u({ objectiveKey: e.currentTarget.value })}
              />
            </Table.Td>
          </>
        );
      }}
    />
  );
}
