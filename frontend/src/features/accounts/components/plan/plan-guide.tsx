import { List, Text } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { backend } from '../../../../../wailsjs/go/models';
import { questionsFor, sectionLabels } from '../../types/plan-types';

/**
 * The template's guiding questions for some sections of the plan, as quiet
 * text beside them. With more than one section each question is led by the
 * section's name. Nothing when the template asks nothing there.
 */
export function PlanGuide({ template, sections }: { template?: backend.PlanTemplate; sections: string[] }) {
  const items = sections.flatMap((key) =>
    questionsFor(template, key).map((q) => ({
      key,
      q,
      label: sections.length > 1 ? sectionLabels[key] : '',
    })),
  );
  if (items.length === 0) return null;
  return (
    <List
      size="xs"
      c="dimmed"
      spacing={2}
      icon={<IconBulb size={12} aria-hidden />}
      aria-label={`Guiding questions: ${sections.map((k) => sectionLabels[k]).join(', ')}`}
      styles={{ itemIcon: { marginInlineEnd: 6 } }}
    >
      {items.map((it, i) => (
        <List.Item key={i}>
          {it.label && (
            <Text span fz="xs" fw={600} c="dimmed">
              {it.label}:{' '}
            </Text>
          )}
          {it.q}
        </List.Item>
      ))}
    </List>
  );
}
