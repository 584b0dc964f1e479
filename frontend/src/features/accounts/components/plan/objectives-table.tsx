import { NativeSelect, NumberInput, Progress, Table, TextInput } from '@mantine/core';
import { backend } from '../../../../../wailsjs/go/models';
import { DateField } from '@/components/ui/date-field';
import { newRowKey } from '@/lib/draft-merge';
import { objectiveProgress } from '@/lib/plan-rules';
import { objectiveStatuses } from '../../types/labels';
import { blankRows } from '../../types/plan-schema';
import { ItemTable } from '../item-table';
import { OwnerInput } from '../owner-input';
import { num, opts, type PlanKit } from './plan-kit';

/** The SMART objectives with their KPI and progress. */
export function ObjectivesTable({
  items,
  onChange,
  kit,
}: {
  items: backend.Objective[];
  onChange: (objectives: backend.Objective[]) => void;
  kit: PlanKit;
}) {
  const { readOnly: ro, err, badDate, rowHooks } = kit;
  return (
    <ItemTable
      title="Objectives"
      noun="objective"
      readOnly={ro}
      items={items}
      itemName={(o) => o.title}
      {...rowHooks}
      onChange={onChange}
      make={() => blankRows.objective(newRowKey())}
      columns={[
        'Objective',
        'KPI',
        'Unit',
        'Baseline',
        'Target',
        'Current',
        'Progress',
        'Due',
        'Owner',
        'Status',
      ]}
      renderRow={(o, u, i) => {
        const progress = objectiveProgress(o);
        return (
          <>
            <Table.Td miw={180}>
              <TextInput
                size="xs"
                aria-label={`Objective ${i + 1} title`}
                readOnly={ro}
                value={o.title}
                onChange={(e) => u({ title: e.currentTarget.value })}
                error={err(`objectives.${o.key}.title`)}
              />
            </Table.Td>
            <Table.Td miw={110}>
              <TextInput
                size="xs"
                aria-label={`Objective ${i + 1} KPI`}
                readOnly={ro}
                value={o.kpi}
                onChange={(e) => u({ kpi: e.currentTarget.value })}
              />
            </Table.Td>
            <Table.Td w={60}>
              <TextInput
                size="xs"
                aria-label={`Objective ${i + 1} unit`}
                readOnly={ro}
                value={o.unit}
                onChange={(e) => u({ unit: e.currentTarget.value })}
              />
            </Table.Td>
            <Table.Td w={80}>
              <NumberInput
                size="xs"
                hideControls
                aria-label={`Objective ${i + 1} baseline`}
                readOnly={ro}
                error={err(`objectives.${o.key}.baseline`)}
                value={Number.isFinite(o.baseline) ? o.baseline : ''}
                onChange={(v) => u({ baseline: num(v) })}
              />
            </Table.Td>
            <Table.Td w={80}>
              <NumberInput
                size="xs"
                hideControls
                aria-label={`Objective ${i + 1} target`}
                readOnly={ro}
                error={err(`objectives.${o.key}.target`)}
                value={Number.isFinite(o.target) ? o.target : ''}
                onChange={(v) => u({ target: num(v) })}
              />
            </Table.Td>
            <Table.Td w={80}>
              <NumberInput
                size="xs"
                hideControls
                aria-label={`Objective ${i + 1} current`}
                readOnly={ro}
                error={err(`objectives.${o.key}.current`)}
                value={Number.isFinite(o.current) ? o.current : ''}
                onChange={(v) => u({ current: num(v) })}
              />
            </Table.Td>
            <Table.Td w={90}>
              <Progress
                value={progress}
                size="sm"
                aria-label={`Objective ${i + 1} progress ${Math.round(progress)}%`}
              />
            </Table.Td>
            <Table.Td w={130}>
              <DateField
                size="xs"
                aria-label={`Objective ${i + 1} due`}
                readOnly={ro}
                value={o.due}
                onChange={(due) => u({ due })}
                onBadInput={badDate(`objectives.${o.key}.due`)}
                error={err(`objectives.${o.key}.due`)}
              />
            </Table.Td>
            <Table.Td miw={110}>
              <OwnerInput
                label={`Objective ${i + 1} owner`}
                readOnly={ro}
                value={o.owner}
                onChange={(owner) => u({ owner, ownerId: 0 })}
              />
            </Table.Td>
            <Table.Td w={120}>
              <NativeSelect
                size="xs"
                aria-label={`Objective ${i + 1} status`}
                disabled={ro}
                data={opts(objectiveStatuses)}
                value={o.status}
                onChange={(e) => u({ status: e.currentTarget.value })}
              />
            </Table.Td>
          </>
        );
      }}
    />
  );
}
