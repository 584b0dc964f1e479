import { Alert, Anchor, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { isAppraisalsLocked } from '@/lib/appraisals-lock';
import { formatDate } from '@/lib/format';
import { useOneOnOnes, useSchedules, useSetCadence } from '../api/oneonones';
import { cadences } from '../types/oneonone-schema';
import { LockedNotice } from './locked-notice';

/** In words: when the next 1:1 is due, or how long ago it was missed. */
export function scheduleText(s: backend.Schedule): string {
  if (!s.nextDue) return 'No regular 1:1 planned.';
  if (s.overdue)
    return `1:1 missed: it was due ${formatDate(s.nextDue)} (${s.daysOverdue} ${s.daysOverdue === 1 ? 'day' : 'days'} ago).`;
  return `Next 1:1 due ${formatDate(s.nextDue)}.`;
}

/** The person's 1:1s: the cadence (for a direct report), a warning when one was missed, and the list. */
export function OneOnOnesPanel({ person }: { person: backend.Person }) {
  const schedules = useSchedules();
  const list = useOneOnOnes(person.id);
  const setCadence = useSetCadence();
  const schedule = schedules.data?.find((s) => s.personId === person.id);
  const locked = list.isError && isAppraisalsLocked(list.error);
  if (person.you) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="1:1s">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="md">
          1:1s
        </Title>
        {!locked && (
          <Button
            size="xs"
            component={Link}
            to={`/team/${person.id}/one-on-ones/new`}
            leftSection={<IconPlus size={14} />}
          >
            New 1:1
          </Button>
        )}
      </Group>
      <Stack gap="xs">
        {schedule ? (
          <Group align="flex-end" gap="sm">
            <Select
              label="Meet one to one"
              size="xs"
              w={180}
              data={cadences}
              value={schedule.cadence}
              allowDeselect={false}
              onChange={(cadence) => cadence && setCadence.mutate({ personId: person.id, cadence })}
            />
            {!schedule.overdue && (
              <Text size="sm" c="dimmed">
                {scheduleText(schedule)}
              </Text>
            )}
          </Group>
        ) : (
          schedules.isSuccess && (
            <Text size="xs" c="dimmed">
              A regular 1:1 is planned with the people who report to you.
            </Text>
          )
        )}
        {schedule?.overdue && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
            {scheduleText(schedule)}
          </Alert>
        )}
        {locked && <LockedNotice what="1:1s" />}
        {list.isError && !locked && (
          <Text size="sm" c="red">
            The 1:1s could not be read.
          </Text>
        )}
        {list.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            No 1:1 held yet.
          </Text>
        )}
        {(list.data ?? []).map((m) => (
          <Group key={m.id} justify="space-between">
            <Anchor component={Link} to={`/team/${person.id}/one-on-ones/${m.id}`} size="sm">
              1:1 of {formatDate(m.date)}
            </Anchor>
            <Text size="xs" c="dimmed">
              {m.openPoints} of {m.points} points open · {m.openActions} open{' '}
              {m.openActions === 1 ? 'action' : 'actions'}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
