import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { backend } from '../../../../wailsjs/go/models';
import { words } from '@/lib/format';
import { categoryLabel } from '../types/categories';
import type { TaskGroup } from '../types/checklist';
import { DueDateButton } from './due-date-button';

/**
 * One section of a checklist: each task with its owner and due date, ticked
 * done (or skipped, when optional) while the onboarding is in progress.
 */
export function TaskGroupSection({
  group,
  editable,
  showCategory,
  onState,
}: {
  group: TaskGroup;
  /** The onboarding is in progress. */
  editable: boolean;
  /** Grouped by week: each task names its category. */
  showCategory: boolean;
  onState: (t: backend.OnboardingTask, state: string) => void;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={group.label}>
      <Title order={2} fz="sm" mb="xs">
        {group.label}
      </Title>
      <Stack gap={6}>
        {group.tasks.map((t) => (
          <Group key={t.id} justify="space-between" wrap="nowrap" align="flex-start">
            <Checkbox
              checked={t.state === 'done'}
              disabled={!editable || t.state === 'skipped'}
              onChange={(e) => onState(t, e.currentTarget.checked ? 'done' : 'open')}
              label={
                <span style={{ textDecoration: t.state === 'skipped' ? 'line-through' : undefined }}>
                  {t.title}
                  {t.optional ? ' (optional)' : ''}
                </span>
              }
              description={t.description || undefined}
            />
            <Group gap="xs" wrap="nowrap">
              {showCategory && (
                <Badge size="xs" variant="outline" color="gray">
                  {categoryLabel[t.category] ?? words(t.category)}
                </Badge>
              )}
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t.ownerName}
              </Text>
              <DueDateButton task={t} editable={editable && t.state === 'open'} />
              {t.overdue && (
                <Badge color="red" variant="light" size="xs">
                  Overdue
                </Badge>
              )}
              {t.optional && t.state === 'open' && editable && (
                <Button size="compact-xs" variant="subtle" onClick={() => onState(t, 'skipped')}>
                  Skip
                </Button>
              )}
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
