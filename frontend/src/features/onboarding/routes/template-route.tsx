import {
  Alert,
  Anchor,
  Breadcrumbs,
  Checkbox,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { saveStateText, useAutosave } from '@/lib/use-autosave';
import { useSaveTemplate, useTemplates } from '../api/onboarding';
import { TemplateTasks } from '../components/template-tasks';
import { templateProblem } from '../types/onboarding-schema';

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
    const problem = templateProblem(next);
    if (problem) {
      setProblem(problem);
      autosave.hold();
      return;
    }
    setProblem('');
    autosave.schedule(next);
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
        <TemplateTasks tasks={t.tasks} onChange={(tasks) => change({ tasks })} />
      </Paper>
    </Stack>
  );
}
