import {
  Anchor,
  Breadcrumbs,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { HeldBack, SaveStatus } from '@/components/ui/save-status';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { notifyUndo } from '@/lib/notify';
import { useDraftEditor, type KeptDraft } from '@/lib/use-draft-editor';
import {
  discardTemplateDraft,
  keepTemplateDraft,
  saveTemplate,
  useTemplateDraft,
  useTemplates,
} from '../api/onboarding';
import { TemplateTasks } from '../components/template-tasks';
import { splitTemplate, templateProblemPath, templateUnchanged } from '../types/onboarding-schema';

export function TemplateRoute() {
  const id = Number(useParams().templateId);
  const templates = useTemplates();
  const draft = useTemplateDraft(id);
  if (templates.isPending || draft.isPending) return <LoadingState />;
  if (templates.isError)
    return <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />;
  const t = templates.data.find((x) => x.id === id);
  if (!t) return <ErrorState error={{ code: 'not_found', message: 'That template no longer exists.' }} />;
  if (draft.isError) return <ErrorState error={draft.error} onRetry={() => void draft.refetch()} />;
  return <TemplateEditor key={t.id} template={t} draft={draft.data} />;
}

/**
 * Edits a template (lib/use-draft-editor): what is valid saves as it is
 * typed; a task without a title or with an impossible due day is kept, as
 * typed, in the template's draft. Checklists already started keep their own
 * copy of the tasks.
 */
function TemplateEditor({ template, draft }: { template: backend.Template; draft: KeptDraft }) {
  const qc = useQueryClient();
  const [conflict, setConflict] = useState(false);
  const ed = useDraftEditor<backend.Template>({
    label: `Template ${template.name}`,
    memoryKey: `template:${template.id}`,
    record: template,
    draft,
    readOnly: false,
    version: (t) => t.version,
    withVersion: (t, version) => backend.Template.createFrom({ ...t, version }),
    parse: (body) =>
      backend.Template.createFrom({
        ...template,
        ...(JSON.parse(body) as object),
        id: template.id,
        builtIn: template.builtIn,
      }),
    split: splitTemplate,
    unchanged: templateUnchanged,
    save: (t) => saveTemplate(qc, t),
    adopt: (cur, saved) => backend.Template.createFrom({ ...cur, version: saved.version }),
    keep: (d) => keepTemplateDraft(qc, template.id, d),
    discard: () => discardTemplateDraft(qc, template.id),
    problemPath: (err, sent) => templateProblemPath(err.field, sent),
    onError: (err) => err.code === 'conflict' && setConflict(true),
    delay: 800,
  });
  const t = ed.value;
  const errors = new Map(ed.loud.map((p) => [p.path, p.message]));
  const change = (patch: Partial<backend.Template>) =>
    ed.change(backend.Template.createFrom({ ...t, ...patch }));
  const discard = () => {
    const before = ed.discardDraft();
    notifyUndo('The draft was discarded.', () => ed.change(before));
  };
  return (
    <Stack onBlur={() => void ed.flush()}>
      <Breadcrumbs fz="sm">
        <Anchor component={Link} to="/onboarding">
          Onboarding
        </Anchor>
        <Text size="sm">{t.name || template.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Title order={1} fz={26}>
          {t.name || template.name || 'Template'}
        </Title>
        <SaveStatus state={ed.state} error={ed.error} loud={ed.loud} />
      </Group>
      {conflict && (
        <Text size="sm" c="orange">
          Someone changed this template elsewhere.{' '}
          <Button size="compact-xs" variant="light" onClick={() => window.location.reload()}>
            Reload
          </Button>
        </Text>
      )}
      <HeldBack loud={ed.loud} older={!!ed.older} onUseOlder={ed.useOlderDraft} onDiscard={discard} />
      <Paper withBorder radius="md" p="md">
        <Group grow align="flex-start">
          <TextInput
            label="Template name"
            value={t.name}
            onChange={(e) => change({ name: e.currentTarget.value })}
            error={errors.get('name')}
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
        <TemplateTasks tasks={t.tasks} errors={errors} onChange={(tasks) => change({ tasks })} />
      </Paper>
    </Stack>
  );
}
