import { Alert, Badge, Button, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { formatDate, words } from '@/lib/format';
import { usePlanTemplate } from '../api/plan-templates';
import { usePlan, usePlanDraft, usePlans } from '../api/plans';
import { planStatusColor } from '../types/labels';
import { isLatestPeriod, PlanNextPeriod } from './carry-forward-dialog';
import { PlanEditor } from './plan-editor';
import { CompletenessCard } from './plan/completeness-card';
import { PlanTypeControl } from './plan/plan-type-control';
import { StartPlan } from './start-plan';
import { StatusButtons } from './plan-status-buttons';
import { Versions } from './plan-versions';

/** The account plan: pick a period and version, edit it, move it through review, compare versions. */
export function PlanTab({ accountId, currency }: { accountId: number; currency: string }) {
  const plans = usePlans(accountId);
  const [params, setParams] = useSearchParams();
  const selected = Number(params.get('plan')) || plans.data?.[0]?.id;
  const plan = usePlan(selected);
  const draft = usePlanDraft(selected);
  const template = usePlanTemplate(plan.data?.templateId ?? 0, plan.data?.templateVersion ?? 0);
  const [conflict, setConflict] = useState(false);
  const select = (id: number) =>
    setParams(
      (p) => {
        p.set('plan', String(id));
        return p;
      },
      { replace: true },
    );

  if (plans.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  if (plans.data.length === 0) return <StartPlan accountId={accountId} onStarted={select} />;
  if (plan.isPending) return <LoadingState />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  // The editor starts from the kept draft, if any, so it waits for it.
  if (draft.isPending) return <LoadingState />;
  if (draft.isError) return <ErrorState error={draft.error} onRetry={() => void draft.refetch()} />;

  const p = plan.data;
  const editable = p.status === 'draft' || p.status === 'in_review';
  return (
    <SimpleGrid cols={{ base: 1, xl: 4 }} spacing="lg">
      <Stack style={{ gridColumn: 'span 3' }}>
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={2} fz="lg">
              Plan {p.period}, version {p.version}
            </Title>
            <Badge color={planStatusColor[p.status]} variant="light">
              {words(p.status)}
            </Badge>
          </Group>
          <Group gap="xs">
            {isLatestPeriod(plans.data, p.period) && <PlanNextPeriod plan={p} onCreated={select} />}
            <StatusButtons planId={p.id} status={p.status} onNewVersion={select} />
          </Group>
        </Group>
        <Group justify="space-between" align="flex-start" gap="md">
          <PlanTypeControl plan={p} template={template.data} />
          <CompletenessCard completeness={p.completeness} templateName={template.data?.name ?? ''} />
        </Group>
        {!editable && (
          <Alert color="gray" icon={<IconLock size={16} />} role="note">
            {p.status === 'approved'
              ? `Approved${p.approvedAt ? ` on ${formatDate(p.approvedAt)}` : ''}: this version is frozen. “Edit as new version” starts version ${p.version + 1} from it.`
              : 'Archived: kept as it was. Open the latest version to make changes.'}
          </Alert>
        )}
        {conflict && (
          <Alert color="orange" title="Changed elsewhere">
            This plan was saved in another window since you opened it, so your last change was not saved.{' '}
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => {
                setConflict(false);
                void plan.refetch().then(() => window.location.reload());
              }}
            >
              Reload
            </Button>
          </Alert>
        )}
        <PlanEditor
          key={p.id}
          plan={p}
          draft={draft.data}
          currency={currency}
          template={template.data}
          readOnly={!editable}
          onConflict={() => setConflict(true)}
        />
      </Stack>
      <Stack>
        <Versions accountId={accountId} current={p.id} onSelect={select} />
      </Stack>
    </SimpleGrid>
  );
}
