import { Badge, Group, NativeSelect, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { backend } from '../../../../../wailsjs/go/models';
import { DateField } from '@/components/ui/date-field';
import { newRowKey } from '@/lib/draft-merge';
import { formatMoney, formatPercent } from '@/lib/format';
import { oppTypes, stages } from '../../types/labels';
import { blankRows } from '../../types/plan-schema';
import { ItemTable } from '../item-table';
import { num, opts, type PlanKit } from './plan-kit';

/** The growth pipeline: opportunities, weighted against the target. */
export function PipelineTable({
  items,
  pipeline: pipe,
  currency,
  onChange,
  kit,
}: {
  items: backend.Opportunity[];
  pipeline: backend.Pipeline;
  currency: string;
  onChange: (opportunities: backend.Opportunity[]) => void;
  kit: PlanKit;
}) {
  const { readOnly: ro, err, badDate, rowHooks } = kit;
  return (
    <ItemTable
      title="Growth pipeline"
      noun="opportunity"
      readOnly={ro}
      items={items}
      itemName={(o) => o.title}
      {...rowHooks}
      onChange={onChange}
      summary={
        <Group gap="xs">
          <Badge variant="light">Weighted {formatMoney(pipe.weightedMinor, currency)}</Badge>
          <Badge variant="light" color="teal">
            Won {formatMoney(pipe.wonMinor, currency)}
          </Badge>
          <Badge variant="light" color="gray">
            {pipe.targetMinor ? `${formatPercent(pipe.coveragePct)} of target` : 'No target'}
          </Badge>
        </Group>
      }
      make={() => blankRows.opportunity(newRowKey())}
      columns={['Opportunity', 'Service line', 'Type', 'Value', 'Probability %', 'Stage', 'Expected close']}
      renderRow={(o, u, i) => (
        <>
          <Table.Td miw={180}>
            <TextInput
              size="xs"
              aria-label={`Opportunity ${i + 1} title`}
              readOnly={ro}
              value={o.title}
              onChange={(e) => u({ title: e.currentTarget.value })}
              error={err(`opportunities.${o.key}.title`)}
            />
            {o.fromWhitespace && (
              <Text size="xs" c="dimmed" mt={2}>
                From the whitespace grid: {o.fromWhitespace}
              </Text>
            )}
          </Table.Td>
          <Table.Td miw={120}>
            <TextInput
              size="xs"
              aria-label={`Opportunity ${i + 1} service line`}
              readOnly={ro}
              value={o.serviceLine}
              onChange={(e) => u({ serviceLine: e.currentTarget.value })}
            />
          </Table.Td>
          <Table.Td w={120}>
            <NativeSelect
              size="xs"
              aria-label={`Opportunity ${i + 1} type`}
              disabled={ro}
              data={opts(oppTypes)}
              value={o.type}
              onChange={(e) => u({ type: e.currentTarget.value })}
            />
          </Table.Td>
          <Table.Td w={120}>
            <NumberInput
              size="xs"
              hideControls
              thousandSeparator=","
              aria-label={`Opportunity ${i + 1} value`}
              readOnly={ro}
              error={err(`opportunities.${o.key}.valueMinor`)}
              value={Number.isFinite(o.valueMinor) ? o.valueMinor / 100 : ''}
              onChange={(v) => u({ valueMinor: Math.round(num(v) * 100) })}
            />
          </Table.Td>
          <Table.Td w={90}>
            <NumberInput
              size="xs"
              hideControls
              clampBehavior="none"
              aria-label={`Opportunity ${i + 1} probability`}
              readOnly={ro}
              error={err(`opportunities.${o.key}.probability`)}
              value={Number.isFinite(o.probability) ? o.probability : ''}
              onChange={(v) => u({ probability: num(v) })}
            />
          </Table.Td>
          <Table.Td w={130}>
            <NativeSelect
              size="xs"
              aria-label={`Opportunity ${i + 1} stage`}
              disabled={ro}
              data={opts(stages)}
              value={o.stage}
              onChange={(e) => u({ stage: e.currentTarget.value })}
            />
          </Table.Td>
          <Table.Td w={130}>
            <DateField
              size="xs"
              aria-label={`Opportunity ${i + 1} expected close`}
              readOnly={ro}
              value={o.expectedClose}
              onChange={(expectedClose) => u({ expectedClose })}
              onBadInput={badDate(`opportunities.${o.key}.expectedClose`)}
              error={err(`opportunities.${o.key}.expectedClose`)}
            />
          </Table.Td>
        </>
      )}
    />
  );
}
