import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Table,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from '@tabler/icons-react';
import { backend } from '../../../../wailsjs/go/models';
import { SortableRow, SortableRows } from '@/components/ui/sortable-rows';
import { newRowKey } from '@/lib/draft-merge';
import { notifyUndo } from '@/lib/notify';
import { categories, ownerKinds } from '../types/categories';
import { offsetDaysRange } from '../types/onboarding-schema';

const newTask = () =>
  backend.TemplateTask.createFrom({
    key: newRowKey(),
    title: 'New task',
    description: '',
    category: 'agency_processes',
    ownerKind: 'new_hire',
    ownerPersonId: 0,
    offsetDays: 5,
    optional: false,
  });

/**
 * A template's tasks, each edited in its row; reordered by drag or arrows,
 * removed with an undo. `errors` holds what is held back, by path
 * ("tasks.<key>.title").
 */
export function TemplateTasks({
  tasks,
  errors,
  onChange,
}: {
  tasks: backend.TemplateTask[];
  errors: ReadonlyMap<string, string>;
  onChange: (tasks: backend.TemplateTask[]) => void;
}) {
  const setTask = (i: number, patch: Partial<backend.TemplateTask>) =>
    onChange(tasks.map((k, j) => (j === i ? backend.TemplateTask.createFrom({ ...k, ...patch }) : k)));
  const moveTask = (from: number, to: number) => {
    if (to < 0 || to >= tasks.length) return;
    const next = [...tasks];
    const [k] = next.splice(from, 1);
    next.splice(to, 0, k!);
    onChange(next);
  };
  const removeTask = (i: number) => {
    const removed = tasks[i]!;
    const rest = tasks.filter((_, j) => j !== i);
    onChange(rest);
    notifyUndo(`Removed “${removed.title}”.`, () =>
      onChange([...rest.slice(0, i), removed, ...rest.slice(i)]),
    );
  };
  return (
    <>
      <Table fz="sm" verticalSpacing={4} aria-label="Template tasks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th aria-label="Drag to reorder" />
            <Table.Th>Task</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Due day</Table.Th>
            <Table.Th>Optional</Table.Th>
            <Table.Th>Order</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <SortableRows count={tasks.length} onMove={moveTask}>
          {tasks.map((k, i) => (
            <SortableRow key={k.key || i} index={i} grip={`Drag task ${i + 1}`}>
              <Table.Td miw={260}>
                <TextInput
                  size="xs"
                  aria-label={`Task ${i + 1} title`}
                  value={k.title}
                  onChange={(e) => setTask(i, { title: e.currentTarget.value })}
                  error={errors.get(`tasks.${k.key}.title`)}
                />
              </Table.Td>
              <Table.Td w={190}>
                <NativeSelect
                  size="xs"
                  aria-label={`Task ${i + 1} category`}
                  data={[...categories]}
                  value={k.category}
                  onChange={(e) => setTask(i, { category: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td w={130}>
                <NativeSelect
                  size="xs"
                  aria-label={`Task ${i + 1} owner`}
                  data={[...ownerKinds]}
                  value={k.ownerKind === 'person' ? 'manager' : k.ownerKind}
                  onChange={(e) => setTask(i, { ownerKind: e.currentTarget.value, ownerPersonId: 0 })}
                />
              </Table.Td>
              <Table.Td w={80}>
                <NumberInput
                  size="xs"
                  hideControls
                  aria-label={`Task ${i + 1} due day`}
                  min={offsetDaysRange.min}
                  max={offsetDaysRange.max}
                  clampBehavior="none"
                  allowDecimal={false}
                  value={Number.isFinite(k.offsetDays) ? k.offsetDays : ''}
                  onChange={(v) =>
                    setTask(i, {
                      offsetDays: typeof v === 'number' ? v : v === '' || v === '-' ? Number.NaN : Number(v),
                    })
                  }
                  // The cell is narrow: the range here, the reason in the draft's list.
                  error={
                    errors.has(`tasks.${k.key}.offsetDays`)
                      ? `${offsetDaysRange.min} to ${offsetDaysRange.max}`
                      : undefined
                  }
                />
              </Table.Td>
              <Table.Td w={70}>
                <Checkbox
                  aria-label={`Task ${i + 1} optional`}
                  checked={k.optional}
                  onChange={(e) => setTask(i, { optional: e.currentTarget.checked })}
                />
              </Table.Td>
              <Table.Td w={70}>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={`Move task ${i + 1} up`}
                    disabled={i === 0}
                    onClick={() => moveTask(i, i - 1)}
                  >
                    <IconArrowUp size={14} />
                  </ActionIcon>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={`Move task ${i + 1} down`}
                    disabled={i === tasks.length - 1}
                    onClick={() => moveTask(i, i + 1)}
                  >
                    <IconArrowDown size={14} />
                  </ActionIcon>
                </Group>
              </Table.Td>
              <Table.Td w={36}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Remove task ${i + 1}`}
                  onClick={() => removeTask(i)}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Table.Td>
            </SortableRow>
          ))}
        </SortableRows>
      </Table>
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconPlus size={14} />}
        mt={4}
        onClick={() => onChange([...tasks, newTask()])}
      >
        Add task
      </Button>
    </>
  );
}
