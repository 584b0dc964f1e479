import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCopy, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatDate, words } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { flushAll } from '@/lib/save-registry';
import {
  useComparePlans,
  useCreatePlan,
  useNewPlanVersion,
  usePlan,
  usePlanDraft,
  usePlans,
  useSetPlanStatus,
} from '../api/plans';
import { planStatusColor } from '../types/labels';
import { periodSchema } from '../types/plan-schema';
import { PlanEditor } from './plan-editor';

/** The account plan: pick a period and version, edit it, move it through review, compare versions. */
export function PlanTab({ accountId, currency }: { accountId: number; currency: string }) {
  const plans = usePlans(accountId);
  const [params, setParams] = useSearchParams();
  const selected = Number(params.get('plan')) || plans.data?.[0]?.id;
  const plan = usePlan(selected);
  const draft = usePlanDraft(selected);
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
          <StatusButtons planId={p.id} status={p.status} onNewVersion={select} />
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

function StartPlan({ accountId, onStarted }: { accountId: number; onStarted: (id: number) => void }) {
  const [period, setPeriod] = useState(`FY${new Date().getFullYear() + 1}`);
  const [error, setError] = useState('');
  const create = useCreatePlan();
  return (
    <EmptyState title="No plan yet">
      <Stack gap="xs" align="center" mt="xs">
        <Text size="sm">
          Start the account plan for a period: summary, SWOT, objectives, pipeline, risks and actions.
        </Text>
        <Group align="flex-end">
          <TextInput
            label="Period"
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            error={error}
            w={160}
          />
          <Button
            loading={create.isPending}
            onClick={() => {
              const checked = periodSchema.safeParse(period);
              if (!checked.success) return setError(checked.error.issues[0]?.message ?? '');
              create.mutate(
                { accountId, period },
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

function StatusButtons({
  planId,
  status,
  onNewVersion,
}: {
  planId: number;
  status: string;
  onNewVersion: (id: number) => void;
}) {
  const setStatus = useSetPlanStatus();
  const newVersion = useNewPlanVersion();
  // What is still being typed is saved first: an approved plan takes no more changes.
  const move = (to: string, message: string) =>
    void flushAll().then(() =>
      setStatus.mutate({ id: planId, status: to }, { onSuccess: () => notifySuccess(message) }),
    );
  const [approving, setApproving] = useState(false);
  return (
    <Group gap="xs">
      <ConfirmDialog
        opened={approving}
        title="Approve this plan?"
        confirmLabel="Approve"
        cancelLabel="Keep editing"
        color="teal.9"
        onClose={() => setApproving(false)}
        onConfirm={() => move('approved', 'Plan approved; it is now frozen.')}
      >
        An approved plan is frozen: to change it later you make a new version of it.
      </ConfirmDialog>
      {status === 'draft' && (
        <Button size="xs" variant="default" onClick={() => move('in_review', 'Sent for review.')}>
          Send for review
        </Button>
      )}
      {status === 'in_review' && (
        <Button size="xs" variant="default" onClick={() => move('draft', 'Back to draft.')}>
          Back to draft
        </Button>
      )}
      {(status === 'draft' || status === 'in_review') && (
        <Button size="xs" color="teal.9" onClick={() => setApproving(true)}>
          Approve
        </Button>
      )}
      {status === 'approved' && (
        <>
          <Button
            size="xs"
            leftSection={<IconCopy size={14} />}
            loading={newVersion.isPending}
            onClick={() =>
              void flushAll().then(() => newVersion.mutate(planId, { onSuccess: (p) => onNewVersion(p.id) }))
            }
          >
            Edit as new version
          </Button>
          <Button size="xs" variant="default" onClick={() => move('archived', 'Plan archived.')}>
            Archive
          </Button>
        </>
      )}
    </Group>
  );
}

function Versions({
  accountId,
  current,
  onSelect,
}: {
  accountId: number;
  current: number;
  onSelect: (id: number) => void;
}) {
  const plans = usePlans(accountId);
  const [against, setAgainst] = useState<string>('');
  const diff = useComparePlans(against ? Number(against) : null, current);
  const list = plans.data ?? [];
  return (
    <>
      <Paper withBorder radius="md" p="md" component="section" aria-label="Version history">
        <Title order={3} fz="sm" mb="xs">
          Versions
        </Title>
        <Table verticalSpacing={4} fz="sm" highlightOnHover>
          <Table.Tbody>
            {list.map((v) => (
              <Table.Tr
                key={v.id}
                onClick={() => onSelect(v.id)}
                style={{ cursor: 'pointer' }}
                bg={v.id === current ? 'var(--mantine-color-blue-light)' : undefined}
              >
                <Table.Td>
                  <Button
                    variant="transparent"
                    size="compact-sm"
                    px={0}
                    onClick={() => onSelect(v.id)}
                    aria-current={v.id === current ? 'true' : undefined}
                  >
                    {v.period} v{v.version}
                  </Button>
                </Table.Td>
                <Table.Td>
                  <Badge size="xs" variant="light" color={planStatusColor[v.status]}>
                    {words(v.status)}
                  </Badge>
                </Table.Td>
                <Table.Td c="dimmed" fz="xs">
                  {formatDate(v.updatedAt)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {list.length > 1 && (
        <Paper withBorder radius="md" p="md" component="section" aria-label="Compare versions">
          <NativeSelect
            label="Compare with"
            size="xs"
            data={[
              { value: '', label: 'Choose a version' },
              ...list
                .filter((v) => v.id !== current)
                .map((v) => ({ value: String(v.id), label: `${v.period} v${v.version}` })),
            ]}
            value={against}
            onChange={(e) => setAgainst(e.currentTarget.value)}
          />
          {against && diff.data && (
            <Stack gap={6} mt="sm">
              {diff.data.length === 0 && (
                <Text size="sm" c="dimmed">
                  No differences in objectives, pipeline or risks.
                </Text>
              )}
              {diff.data.map((c, i) => (
                <div key={i}>
                  <Group gap={6}>
                    <Badge
                      size="xs"
                      variant="light"
                      color={c.kind === 'added' ? 'teal' : c.kind === 'removed' ? 'red' : 'blue'}
                    >
                      {words(c.kind)}
                    </Badge>
                    <Text size="sm" fw={500}>
                      {c.title}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {words(c.section)}
                    {c.detail ? `: ${c.detail}` : ''}
                  </Text>
                </div>
              ))}
            </Stack>
          )}
        </Paper>
      )}
    </>
  );
}
