import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { usePlanTemplates, useStartPlan } from '../api/plan-templates';
import { periodSchema } from '../types/plan-schema';
import { planTypes, templatesOfType } from '../types/plan-types';

/** Starting the first plan of an account for a period, of a type, from a template. */
export function StartPlan({ accountId, onStarted }: { accountId: number; onStarted: (id: number) => void }) {
  const [period, setPeriod] = useState(`FY${new Date().getFullYear() + 1}`);
  const [type, setType] = useState<string>('retention');
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState('');
  const templates = usePlanTemplates();
  const start = useStartPlan();
  const ofType = templatesOfType(templates.data ?? [], type);
  const template = ofType.find((t) => String(t.id) === chosen) ?? ofType[0];
  return (
    <EmptyState title="No plan yet">
      <Stack gap="sm" align="center" mt="xs">
        <Text size="sm">
          Start the account plan for a period: summary, SWOT, objectives, pipeline, risks and actions.
        </Text>
        <Stack gap={4} align="center">
          <Text size="sm" fw={500} id="plan-type-label">
            Plan type
          </Text>
          <SegmentedControl
            aria-labelledby="plan-type-label"
            data={planTypes.map((t) => ({ value: t.value, label: t.label }))}
            value={type}
            onChange={(v) => {
              setType(v);
              setChosen(null);
            }}
          />
          <Text size="xs" c="dimmed" role="status">
            {template?.description || planTypes.find((t) => t.value === type)?.hint}
          </Text>
        </Stack>
        <Group align="flex-end" justify="center">
          <TextInput
            label="Period"
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            error={error}
            w={160}
          />
          {ofType.length > 1 && (
            <Select
              label="Template"
              data={ofType.map((t) => ({ value: String(t.id), label: t.name }))}
              value={String(template?.id ?? '')}
              onChange={setChosen}
              allowDeselect={false}
              w={220}
            />
          )}
          <Button
            loading={start.isPending}
            disabled={!template}
            onClick={() => {
              const checked = periodSchema.safeParse(period);
              if (!checked.success) return setError(checked.error.issues[0]?.message ?? '');
              if (!template) return;
              start.mutate(
                { accountId, period, templateId: template.id },
                { onSuccess: (p) => onStarted(p.id), onError: (e) => setError(toAppError(e).message) },
              );
            }}
          >
            Start a plan
          </Button>
        </Group>
      </Stack>
    </EmptyState>
  );
}
