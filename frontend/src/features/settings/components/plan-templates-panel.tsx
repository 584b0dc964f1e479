import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCopy, IconPencil, IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { useCopyPlanTemplate, usePlanTemplateList, useSavePlanTemplate } from '../api/plan-templates';
import { fromForm, planTemplateSchema, toForm, type PlanTemplateForm } from '../types/plan-template-schema';

const typeLabel: Record<string, string> = {
  retention: 'Retention',
  expansion: 'Expansion',
  acquisition: 'Acquisition',
};

const sectionLabel: Record<string, string> = {
  summary: 'Executive summary',
  vision: 'Vision',
  priorities: 'Strategic priorities',
  competitors: 'Competitors',
  targets: 'Revenue target',
  swot: 'SWOT',
  objectives: 'Objectives',
  opportunities: 'Pipeline',
  whitespace: 'Whitespace grid',
  risks: 'Risks',
  actions: 'Actions',
};

/**
 * Settings → Plan templates: each plan type's guiding questions, suggested
 * objectives and which sections count towards completeness. Saving a
 * template makes its next version; plans keep the version they started with.
 * A copy is a new template of the same type that plans can start from.
 */
export function PlanTemplatesPanel() {
  const list = usePlanTemplateList();
  const [editing, setEditing] = useState<backend.PlanTemplate | null>(null);
  const [copying, setCopying] = useState<backend.PlanTemplate | null>(null);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="plan-templates-title">
      <Title order={2} fz="md" id="plan-templates-title">
        Plan templates
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The questions each type of plan asks, the objectives it suggests and what counts towards a plan’s
        completeness. Saving a template makes a new version: plans already started keep the version they began
        with.
      </Text>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6} fz="sm" aria-label="Plan templates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Template</Table.Th>
                <Table.Th>Plan type</Table.Th>
                <Table.Th>Version</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm" fw={500}>
                        {t.name}
                      </Text>
                      {t.builtIn && (
                        <Badge size="xs" variant="light" color="gray">
                          Built in
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{typeLabel[t.type] ?? t.type}</Table.Td>
                  <Table.Td>
                    {t.version}
                    {t.version > 1 && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        saved {formatDate(t.savedAt)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconPencil size={14} />}
                        onClick={() => setEditing(t)}
                        aria-label={`Edit the ${t.name} template`}
                      >
                        Edit
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconCopy size={14} />}
                        onClick={() => setCopying(t)}
                        aria-label={`Copy the ${t.name} template`}
                      >
                        Copy
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <TemplateEditor key={editing.id} template={editing} onClose={() => setEditing(null)} />}
      {copying && <CopyTemplate key={copying.id} template={copying} onClose={() => setCopying(null)} />}
    </Paper>
  );
}

/** The form's problems by path ("sections.3.questions"), from zod or from Go's field. */
type Problems = Map<string, string>;

function TemplateEditor({ template, onClose }: { template: backend.PlanTemplate; onClose: () => void }) {
  const [form, setForm] = useState<PlanTemplateForm>(() => toForm(template));
  const [problems, setProblems] = useState<Problems>(new Map());
  const [failure, setFailure] = useState('');
  const save = useSavePlanTemplate();
  const at = (path: string) => problems.get(path);
  const setSection = (i: number, patch: Partial<PlanTemplateForm['sections'][number]>) =>
    setForm((f) => ({ ...f, sections: f.sections.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const setObjective = (i: number, patch: Partial<PlanTemplateForm['objectives'][number]>) =>
    setForm((f) => ({ ...f, objectives: f.objectives.map((o, j) => (j === i ? { ...o, ...patch } : o)) }));
  const submit = () => {
    const checked = planTemplateSchema.safeParse(form);
    if (!checked.success) {
      setProblems(new Map(checked.error.issues.map((x) => [x.path.join('.'), x.message])));
      return;
    }
    setProblems(new Map());
    save.mutate(fromForm(template, checked.data), {
      onSuccess: (saved) => {
        notifySuccess(`Saved the ${saved.name} template as version ${saved.version}.`);
        onClose();
      },
      onError: (e) => {
        const err = toAppError(e);
        if (err.field) setProblems(new Map([[err.field, err.message]]));
        setFailure(err.field ? '' : err.message);
      },
    });
  };
  return (
    <Modal opened onClose={onClose} size="xl" title={`Edit the ${template.name} template`}>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label="Name"
            value={form.name}
            error={at('name')}
            onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
          />
          <TextInput label="Plan type" value={typeLabel[template.type] ?? template.type} readOnly disabled />
        </Group>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          value={form.description}
          error={at('description')}
          onChange={(e) => setForm({ ...form, description: e.currentTarget.value })}
        />
        <Title order={3} fz="sm" mt="xs">
          Sections
        </Title>
        {at('sections') && (
          <Text size="sm" c="red" role="alert">
            {at('sections')}
          </Text>
        )}
        {form.sections.map((s, i) => (
          <Paper key={s.key} withBorder radius="sm" p="xs">
            <Group justify="space-between" mb={4}>
              <Text size="sm" fw={600} id={`section-${s.key}`}>
                {sectionLabel[s.key] ?? s.key}
              </Text>
              <Checkbox
                size="xs"
                label="Counts towards completeness"
                checked={s.counts}
                disabled={s.key === 'whitespace'}
                onChange={(e) => setSection(i, { counts: e.currentTarget.checked })}
              />
            </Group>
            <Textarea
              aria-label={`${sectionLabel[s.key] ?? s.key}: guiding questions, one per line`}
              placeholder="Guiding questions, one per line"
              autosize
              minRows={1}
              size="xs"
              value={s.questions}
              error={at(`sections.${i}.questions`)}
              onChange={(e) => setSection(i, { questions: e.currentTarget.value })}
            />
          </Paper>
        ))}
        <Title order={3} fz="sm" mt="xs">
          Suggested objectives
        </Title>
        {at('objectives') && (
          <Text size="sm" c="red" role="alert">
            {at('objectives')}
          </Text>
        )}
        {form.objectives.map((o, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              size="xs"
              style={{ flex: 3 }}
              aria-label={`Suggested objective ${i + 1} title`}
              placeholder="Objective"
              value={o.title}
              error={at(`objectives.${i}.title`)}
              onChange={(e) => setObjective(i, { title: e.currentTarget.value })}
            />
            <TextInput
              size="xs"
              style={{ flex: 2 }}
              aria-label={`Suggested objective ${i + 1} KPI`}
              placeholder="KPI"
              value={o.kpi}
              onChange={(e) => setObjective(i, { kpi: e.currentTarget.value })}
            />
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              aria-label={`Suggested objective ${i + 1} unit`}
              placeholder="Unit"
              value={o.unit}
              onChange={(e) => setObjective(i, { unit: e.currentTarget.value })}
            />
            <NativeSelect
              size="xs"
              aria-label={`Suggested objective ${i + 1} cadence`}
              data={[
                { value: 'monthly', label: 'Monthly' },
                { value: 'quarterly', label: 'Quarterly' },
                { value: 'yearly', label: 'Yearly' },
              ]}
              value={o.cadence}
              onChange={(e) =>
                setObjective(i, {
                  cadence: e.currentTarget.value as PlanTemplateForm['objectives'][number]['cadence'],
                })
              }
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove suggested objective ${o.title || i + 1}`}
              onClick={() => setForm({ ...form, objectives: form.objectives.filter((_, j) => j !== i) })}
            >
              <IconX size={14} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              setForm({
                ...form,
                objectives: [...form.objectives, { title: '', kpi: '', unit: '', cadence: 'quarterly' }],
              })
            }
          >
            Add suggested objective
          </Button>
        </Group>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            Saving makes version {template.version + 1}. Plans started from version {template.version} or
            earlier keep their questions.
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button loading={save.isPending} onClick={submit}>
              Save as version {template.version + 1}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

function CopyTemplate({ template, onClose }: { template: backend.PlanTemplate; onClose: () => void }) {
  const [name, setName] = useState(`${template.name} (copy)`);
  const [error, setError] = useState('');
  const copy = useCopyPlanTemplate();
  const submit = () => {
    const checked = planTemplateSchema.shape.name.safeParse(name);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? '');
    copy.mutate(
      { id: template.id, name: checked.data },
      {
        onSuccess: (t) => {
          notifySuccess(
            `Made the ${t.name} template: new ${typeLabel[t.type]?.toLowerCase()} plans can start from it.`,
          );
          onClose();
        },
        onError: (e) => setError(toAppError(e).message),
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={`Copy the ${template.name} template`}>
      <Stack gap="sm">
        <Text size="sm">
          The copy starts as version 1 with the same questions, suggestions and sections, for{' '}
          {typeLabel[template.type]?.toLowerCase()} plans.
        </Text>
        <TextInput
          label="Name of the copy"
          value={name}
          error={error}
          data-autofocus
          onChange={(e) => setName(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && submit()}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={copy.isPending} onClick={submit}>
            Copy
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
