import { Badge, Group, Select, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { backend } from '../../../../../wailsjs/go/models';
import { usePlanTemplates, useSetPlanTemplate } from '../../api/plan-templates';
import { planTypeLabel, planTypes, templatesOfType } from '../../types/plan-types';

/** The templates as a grouped select's options: by plan type, then by name. */
export const templateOptions = (all: backend.PlanTemplate[]) =>
  planTypes
    .map((t) => ({
      group: t.label,
      items: templatesOfType(all, t.value).map((x) => ({ value: String(x.id), label: x.name })),
    }))
    .filter((g) => g.items.length > 0);

/**
 * The plan's type, with the template version it follows. While the plan is a
 * draft the type can change: choosing another template moves the plan to its
 * latest version (its questions and what counts), keeping what is written.
 */
export function PlanTypeControl({ plan, template }: { plan: backend.Plan; template?: backend.PlanTemplate }) {
  const qc = useQueryClient();
  const templates = usePlanTemplates();
  const set = useSetPlanTemplate(qc);
  const draft = plan.status === 'draft';
  const source = template ? `${template.name} template, version ${plan.templateVersion}` : '';
  return (
    <Group gap="xs" wrap="wrap">
      {draft && templates.data ? (
        <Select
          label="Plan type"
          size="xs"
          w={220}
          data={templateOptions(templates.data)}
          value={String(plan.templateId)}
          allowDeselect={false}
          disabled={set.isPending}
          onChange={(v) => {
            if (!v || Number(v) === plan.templateId) return;
            set.mutate({ id: plan.id, templateId: Number(v) });
          }}
          description={source}
        />
      ) : (
        <>
          <Badge color="gray" variant="light">
            {planTypeLabel(plan.planType)} plan
          </Badge>
          {source && (
            <Text size="xs" c="dimmed">
              {source}
            </Text>
          )}
        </>
      )}
    </Group>
  );
}
