import { Button, Menu, Text } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { backend } from '../../../../../wailsjs/go/models';
import { newRowKey } from '@/lib/draft-merge';
import { blankRows } from '../../types/plan-schema';

/**
 * "Add suggested objective": the template's suggested objectives, each added
 * with its KPI, unit and cadence for the director to give a baseline, target
 * and date. Suggestions already in the plan (by title) are not offered again.
 */
export function SuggestedObjectives({
  template,
  objectives,
  onAdd,
}: {
  template?: backend.PlanTemplate;
  objectives: backend.Objective[];
  onAdd: (o: backend.Objective) => void;
}) {
  const have = new Set(objectives.map((o) => o.title.trim().toLowerCase()));
  const offered = (template?.objectives ?? []).filter((s) => !have.has(s.title.trim().toLowerCase()));
  if (offered.length === 0) return null;
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="light" leftSection={<IconSparkles size={14} />}>
          Add suggested objective
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>From the {template?.name} template</Menu.Label>
        {offered.map((s) => (
          <Menu.Item
            key={s.title}
            onClick={() =>
              onAdd(
                backend.Objective.createFrom({
                  ...blankRows.objective(newRowKey()),
                  title: s.title,
                  kpi: s.kpi,
                  unit: s.unit,
                  cadence: s.cadence || 'quarterly',
                }),
              )
            }
          >
            <Text size="sm">{s.title}</Text>
            {s.kpi && (
              <Text size="xs" c="dimmed">
                KPI: {s.kpi}
                {s.unit ? ` (${s.unit})` : ''}
              </Text>
            )}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
