import {
  ActionIcon,
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { notifyUndo } from '@/lib/notify';
import { saveStateText, useAutosave } from '@/lib/use-autosave';
import { useSaveTemplate, useTemplates } from '../api/onboarding';
import { SortableRow, SortableRows } from '@/components/ui/sortable-rows';

const categories = [
  { value: 'before_day_one', label: 'Before day one' },
  { value: 'intro_meetings', label: 'Intro meetings & inductions' },
  { value: 'client_knowledge', label: 'Client knowledge' },
  { value: 'agency_processes', label: 'Agency processes & tools' },
  { value: 'compliance', label: 'Compliance' },
  { value: 'check_ins', label: '30/60/90 check-ins' },
];
const owners = [
  { value: 'new_hire', label: 'New hire' },
  { value: 'manager', label: 'Manager' },
  { value: 'buddy', label: 'Buddy' },
  { value: 'operations', label: 'Operations' },
  { value: 'it', label: 'IT' },
];

export function TemplateRoute() {
  const id = Number(useParams().templateId);
  const templates = useTemplates();
  if (templates.isPending) return <LoadingState />;
  if (templates.isError)
    return <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />;
  const t = templates.data.find((x) => x.id === id);
  if (!t) return <ErrorState error={{ code: 'not_found', message: 'That template no longer exists.' }} />;
  return <TemplateEditor key={t.id} template={t} />;
}

/** Edits a template; checklists already started keep their own copy of the tasks. */
function TemplateEditor({ template }: { template: backend.Template }) {
  const [t, setT] = useState(template);
  const [problem, setProblem] = useState('');
  const version = useRef(template.version);
  const save = useSaveTemplate();
  const autosave = useAutosave<backend.Template>(async (v) => {
    try {
      const saved = await save.mutateAsync(backend.Template.createFrom({ ...v, version: version.current }));
      version.current = saved.version;
      setProblem('');
    } catch (e) {
      setProblem(toAppError(e).message);
      throw e;
    }
  }, 800);
  const change = (patch: Partial<backend.Template>) => {
    const next = backend.Template.createFrom({ ...t, ...patch });
    setT(next);
    const empty = next.tasks.findIndex((k) => !k.title.trim());
    if (!next.name.trim() || empty >= 0) {
      setProblem(!next.name.trim() ? 'Give the template a name.' : `Give task ${empty + 1} a title.`);
      autosave.hold();
      return;
    }
    setProblem('');
    autosave.schedule(next);
  };
  const setTask = (i: number, patch: Partial<backend.TemplateTask>) =>
    change({
      tasks: t.tasks.map((k, j) => (j === i ? backend.TemplateTask.createFrom({ ...k, ...patch }) : k)),
    });
  const moveTask = (from: number, to: number) => {
    if (to < 0 || to >= t.tasks.length) return;
    const tasks = [...t.tasks];
    const [k] = tasks.splice(from, 1);
    tasks.splice(to, 0, k!);
    change({ tasks });
  };
  const removeTask = (i: number) => {
    const removed = t.tasks[i]!;
    const rest = t.tasks.filter((_, j) => j !== i);
    change({ tasks: rest });
    notifyUndo(`Removed “${removed.title}”.`, () =>
      change({ tasks: [...rest.slice(0, i), removed, ...rest.slice(i)] }),
    );
  };
  return (
    <Stack onBlur={() => void autosave.flush()}>
      <Breadcrumbs fz="sm">
        <Anchor component={Link} to="/onboarding">
          Onboarding
        </Anchor>
        <Text size="sm">{t.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Title order={1} fz={26}>
          {t.name || 'Template'}
        </Title>
        <Text size="sm" role="status" c={problem ? 'red' : 'dimmed'}>
          {problem ? 'Not saved' : saveStateText(autosave.state)}
        </Text>
      </Group>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <Group grow align="flex-start">
          <TextInput
            label="Template name"
            value={t.name}
            onChange={(e) => change({ name: e.currentTarget.value })}
          />
          <TextInput
            label="For role"
            value={t.forRole}
            onChange={(e) => change({ forRole: e.currentTarget.value })}
          />
        </Group>
        <Textarea
          mt="sm"
          label="Description"
          autosize
          minRows={2}
          value={t.description}
          onChange={(e) => change({ description: e.currentTarget.value })}
        />
        <Checkbox
          mt="sm"
          label="Archived (not offered for new onboardings)"
          checked={t.archived}
          onChange={(e) => change({ archived: e.currentTarget.checked })}
        />
      </Paper>
      <Paper withBorder radius="md" p="md" component="section" aria-label="Tasks">
        <Title order={2} fz="md" mb="xs">
          Tasks
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          Due day counts from the start date: negative before day one. Drag a task by its grip (or use the
          arrows) to reorder. Editing here never changes checklists already started.
        </Text>
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
          <SortableRows count={t.tasks.length} onMove={moveTask}>
            {t.tasks.map((k, i) => (
              <SortableRow key={i} index={i} grip={`Drag task ${i + 1}`}>
                <Table.Td miw={260}>
                  <TextInput
                    size="xs"
                    aria-label={`Task ${i + 1} title`}
                    value={k.title}
                    onChange={(e) => setTask(i, { title: e.currentTarget.value })}
                    error={!k.title.trim()}
                  />
                </Table.Td>
                <Table.Td w={190}>
                  <NativeSelect
                    size="xs"
                    aria-label={`Task ${i + 1} category`}
                    data={categories}
                    value={k.category}
                    onChange={(e) => setTask(i, { category: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td w={130}>
                  <NativeSelect
                    size="xs"
                    aria-label={`Task ${i + 1} owner`}
                    data={owners}
                    value={k.ownerKind === 'person' ? 'manager' : k.ownerKind}
                    onChange={(e) => setTask(i, { ownerKind: e.currentTarget.value, ownerPersonId: 0 })}
                  />
                </Table.Td>
                <Table.Td w={80}>
                  <NumberInput
                    size="xs"
                    hideControls
                    aria-label={`Task ${i + 1} due day`}
                    value={k.offsetDays}
                    min={-90}
                    max={365}
                    onChange={(v) => setTask(i, { offsetDays: Number(v) || 0 })}
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
                      disabled={i === t.tasks.length - 1}
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
          onClick={() =>
            change({
              tasks: [
                ...t.tasks,
                backend.TemplateTask.createFrom({
                  title: 'New task',
                  description: '',
                  category: 'agency_processes',
                  ownerKind: 'new_hire',
                  ownerPersonId: 0,
                  offsetDays: 5,
                  optional: false,
                }),
              ],
            })
          }
        >
          Add task
        </Button>
      </Paper>
    </Stack>
  );
}
