import '@mantine/charts/styles.css';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { LineChart } from '@mantine/charts';
import { Link } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { useAppraisalsLocked } from '@/lib/appraisals-lock';
import { words } from '@/lib/format';
import { usePersonAppraisals, usePersonOnboardings } from '../api/team';

/** Links to the person's onboarding checklists and appraisals, with the rating trend. */
export function PersonRecords({ personId }: { personId: number }) {
  const onboardings = usePersonOnboardings(personId);
  const appraisals = usePersonAppraisals(personId);
  const locked = useAppraisalsLocked(appraisals.error);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Onboarding and appraisals">
      <Title order={2} fz="md" mb="xs">
        Onboarding and appraisals
      </Title>
      <Stack gap={6}>
        {(onboardings.data ?? []).map((o) => (
          <Group key={o.id} justify="space-between">
            <Anchor component={Link} to={`/onboarding/${o.id}`} size="sm">
              Onboarding from {o.startDate}
            </Anchor>
            <Text size="xs" c={o.progress.overdue ? 'red' : 'dimmed'}>
              {Math.round(o.progress.percent)}% done
              {o.progress.overdue ? `, ${o.progress.overdue} overdue` : ''} · {words(o.status)}
            </Text>
          </Group>
        ))}
        {(locked ? [] : (appraisals.data ?? [])).map((a) => (
          <Group key={a.id} justify="space-between">
            <Anchor component={Link} to={`/appraisals/${a.id}`} size="sm">
              {a.cycleName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {words(a.status)}
              {a.score ? ` · ${a.score.toFixed(2)}` : ''}
            </Text>
          </Group>
        ))}
        {!locked && <RatingTrend history={appraisals.data ?? []} />}
        {(locked || appraisals.isError) && (
          <Text size="sm" c="dimmed">
            {locked ? 'Appraisals are locked: ' : 'Appraisals could not be read. '}
            <Anchor component={Link} to="/appraisals" size="sm">
              open Appraisals
            </Anchor>
          </Text>
        )}
        {!locked &&
          !appraisals.isError &&
          (onboardings.data ?? []).length === 0 &&
          (appraisals.data ?? []).length === 0 && (
            <Text size="sm" c="dimmed">
              No onboarding or appraisal yet.
            </Text>
          )}
      </Stack>
    </Paper>
  );
}

/** The overall rating across review cycles, oldest first; shown from two rated cycles on. */
function RatingTrend({ history }: { history: backend.AppraisalSummary[] }) {
  const rated = history
    .filter((a) => a.score > 0)
    .map((a) => ({ cycle: a.cycleName, rating: Number(a.score.toFixed(2)) }));
  if (rated.length < 2) return null;
  return (
    <div
      role="img"
      aria-label={`Overall rating by cycle: ${rated.map((r) => `${r.cycle} ${r.rating}`).join(', ')}`}
    >
      <Text size="xs" c="dimmed" mb={4}>
        Overall rating by cycle
      </Text>
      <LineChart
        h={140}
        data={rated}
        dataKey="cycle"
        series={[{ name: 'rating', label: 'Overall rating', color: 'indigo.6' }]}
        yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5] }}
        curveType="linear"
        withDots
      />
    </div>
  );
}
