import { Badge, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { backend } from '../../../../wailsjs/go/models';
import { formatDate, words } from '@/lib/format';

/** Who is onboarding, from when, with whom, how far along, and (in progress) a way to move the start. */
export function ChecklistHeader({
  onboarding: ob,
  onMove,
}: {
  onboarding: backend.Onboarding;
  onMove: () => void;
}) {
  return (
    <Group justify="space-between" mb="md" align="flex-start">
      <div>
        <Title order={1} fz={26}>
          {ob.personName}
        </Title>
        <Group gap={6} wrap="wrap" align="center">
          <Text size="sm" c="dimmed">
            {ob.templateName} · starts {formatDate(ob.startDate)}
            {ob.buddyName ? ` · buddy ${ob.buddyName}` : ''}
            {ob.managerName ? ` · manager ${ob.managerName}` : ''} · {words(ob.status)}
            {ob.closedReason ? ` (${ob.closedReason})` : ''}
          </Text>
          {ob.status === 'in_progress' && (
            <Button
              variant="light"
              size="compact-xs"
              className="no-print"
              leftSection={<IconCalendarEvent size={14} />}
              onClick={onMove}
            >
              Change start date
            </Button>
          )}
        </Group>
      </div>
      <Stack gap={4} align="flex-end">
        <Group gap="xs">
          <Progress
            value={ob.progress.percent}
            w={200}
            aria-label={`${Math.round(ob.progress.percent)}% of required tasks done`}
          />
          <Text size="sm">{Math.round(ob.progress.percent)}%</Text>
        </Group>
        {ob.progress.overdue > 0 && (
          <Badge color="red" variant="light">
            {ob.progress.overdue} overdue
          </Badge>
        )}
      </Stack>
    </Group>
  );
}
