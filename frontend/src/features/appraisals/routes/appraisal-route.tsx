import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconFileTypePdf, IconLock, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { formatDateTime, formatMoney, formatPercent, words } from '@/lib/format';
import { HeldBack, SaveStatus } from '@/components/ui/save-status';
import { notifyUndo } from '@/lib/notify';
import { useDraftEditor, type KeptDraft } from '@/lib/use-draft-editor';
import {
  discardAppraisalDraft,
  keepAppraisalDraft,
  saveAppraisal,
  useAcknowledge,
  useAppraisal,
  useAppraisalDraft,
  useAudit,
  useCurrency,
  useCycles,
  useEvidence,
  useMoveAppraisal,
  useReopen,
} from '../api/appraisals';
import { isAppraisalsLocked, lockStatusKey } from '@/lib/appraisals-lock';
import { appraisalProblemPath, appraisalUnchanged, splitAppraisal } from '../types/appraisal-schema';
import { AppraisalsGate } from '../components/appraisals-gate';
import { RatingSelects, ratingOptions } from '../components/rating-selects';
import { isLocked, stageOpen } from '../types/appraisal-stage';
import { SavePdfDialog } from '@/components/ui/save-pdf-dialog';
import { SavePDF } from '../../../../wailsjs/go/app/AppraisalsAPI';

/** A number field's value: "" is 0; anything unreadable stays NaN so it is refused, not changed. */
const num = (v: string | number) => (typeof v === 'number' ? v : v === '' ? 0 : Number(v));

const forward: Record<string, { to: string; label: string }[]> = {
  draft: [{ to: 'self_review', label: 'Start self review' }],
  self_review: [{ to: 'manager_review', label: 'Send to manager review' }],
  manager_review: [
    { to: 'calibration', label: 'Send to calibration' },
    { to: 'self_review', label: 'Back to self review' },
  ],
  calibration: [
    { to: 'finalized', label: 'Finalize' },
    { to: 'manager_review', label: 'Back to manager review' },
  ],
};

export function AppraisalRoute() {
  return (
    <AppraisalsGate>
      <AppraisalRoutePage />
    </AppraisalsGate>
  );
}

function AppraisalRoutePage() {
  const id = Number(useParams().appraisalId);
  const a = useAppraisal(id);
  const draft = useAppraisalDraft(id);
  const cycles = useCycles();
  if (a.isPending || cycles.isPending || draft.isPending) return <LoadingState />;
  if (a.isError) return <ErrorState error={a.error} onRetry={() => void a.refetch()} />;
  if (draft.isError) return <ErrorState error={draft.error} onRetry={() => void draft.refetch()} />;
  const cycle = cycles.data?.find((c) => c.id === a.data.cycleId);
  return <Editor key={a.data.id} appraisal={a.data} draft={draft.data} cycle={cycle} />;
}

function Editor({
  appraisal,
  draft,
  cycle,
}: {
  appraisal: backend.Appraisal;
  draft: KeptDraft;
  cycle?: backend.Cycle;
}) {
  const qc = useQueryClient();
  const [problem, setProblem] = useState('');
  const move = useMoveAppraisal();
  const [dialog, setDialog] = useState<'reopen' | 'ack' | null>(null);
  const [pdf, setPdf] = useState(false);
  const [status, setStatus] = useState(appraisal.status);
  const ed = useDraftEditor<backend.Appraisal>({
    label: `${appraisal.personName}’s appraisal`,
    memoryKey: `appraisal:${appraisal.id}`,
    record: appraisal,
    draft,
    readOnly: isLocked(status),
    version: (v) => v.version,
    withVersion: (v, version) => backend.Appraisal.createFrom({ ...v, version }),
    parse: (body) =>
      backend.Appraisal.createFrom({
        ...appraisal,
        ...(JSON.parse(body) as object),
        id: appraisal.id,
        status: appraisal.status,
        scale: appraisal.scale,
      }),
    split: splitAppraisal,
    unchanged: appraisalUnchanged,
    save: (v) => saveAppraisal(qc, v),
    adopt: (cur, saved) =>
      backend.Appraisal.createFrom({ ...cur, overall: saved.overall, version: saved.version }),
    keep: (d) => keepAppraisalDraft(qc, appraisal.id, d),
    discard: () => discardAppraisalDraft(qc, appraisal.id),
    problemPath: (err, sent) => appraisalProblemPath(err.field, sent),
    // Locked by the passphrase meanwhile: the gate asks for it, and what was
    // typed waits in this page until it is entered.
    onError: (err) => isAppraisalsLocked(err) && void qc.invalidateQueries({ queryKey: lockStatusKey }),
    delay: 800,
  });
  const x = ed.value;
  const locked = isLocked(x.status);
  const open = stageOpen(x.status);
  const errors = new Map(ed.loud.map((p) => [p.path, p.message]));
  const err = (path: string) => errors.get(path);
  const change = (patch: Partial<backend.Appraisal>) => {
    if (locked) return;
    ed.change(backend.Appraisal.createFrom({ ...x, ...patch }));
  };
  const discard = () => {
    const before = ed.discardDraft();
    notifyUndo('The draft was discarded.', () => ed.change(before));
  };
  const names = new Map((cycle?.competencies ?? []).map((c) => [c.key, c]));
  const scaleOpts = ratingOptions(x.scale);
  const setRating = (i: number, patch: Partial<backend.Rating>) =>
    change({
      competencies: x.competencies.map((r, j) =>
        j === i ? backend.Rating.createFrom({ ...r, ...patch }) : r,
      ),
    });
  const setGoal = (i: number, patch: Partial<backend.Goal>) =>
    change({ goals: x.goals.map((g, j) => (j === i ? backend.Goal.createFrom({ ...g, ...patch }) : g)) });
  // A move, reopen or acknowledgement changes the status and version on the
  // server: take them from its answer so the editor keeps going without
  // reloading (and without losing what is being typed).
  const adopt = (saved: backend.Appraisal) => {
    ed.rebase(saved, (cur, s) =>
      backend.Appraisal.createFrom({
        ...cur,
        status: s.status,
        overall: s.overall,
        evidence: s.evidence,
        ackDate: s.ackDate,
        ackComment: s.ackComment,
        version: s.version,
      }),
    );
    setStatus(saved.status);
    setProblem('');
  };
  const [finalizing, setFinalizing] = useState(false);
  const doMove = (to: string) =>
    void ed
      .flush()
      .then(() =>
        move.mutate(
          { id: x.id, to },
          { onSuccess: adopt, onError: (e) => setProblem(toAppError(e).message) },
        ),
      );

  return (
    <Stack onBlur={() => void ed.flush()}>
      <Breadcrumbs fz="sm">
        <Anchor component={Link} to="/appraisals">
          Appraisals
        </Anchor>
        <Anchor component={Link} to={`/appraisals/cycles/${x.cycleId}`}>
          {x.cycleName}
        </Anchor>
        <Text size="sm">{x.personName}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} fz={26}>
            {x.personName}
          </Title>
          <Text size="sm" c="dimmed">
            {x.cycleName}
            {x.managerName ? ` · manager ${x.managerName}` : ''} ·{' '}
            <Badge variant="light" size="sm">
              {words(x.status)}
            </Badge>
          </Text>
        </div>
        <Group gap="xs">
          {!locked && <SaveStatus state={ed.state} error={ed.error} loud={ed.loud} />}
          {(forward[x.status] ?? []).map((f) => (
            <Button
              key={f.to}
              size="xs"
              variant={f.to === 'finalized' ? 'filled' : 'default'}
              onClick={() => (f.to === 'finalized' ? setFinalizing(true) : doMove(f.to))}
              loading={move.isPending}
            >
              {f.label}
            </Button>
          ))}
          <ConfirmDialog
            opened={finalizing}
            title="Finalize this appraisal?"
            confirmLabel="Finalize"
            cancelLabel="Not yet"
            onClose={() => setFinalizing(false)}
            onConfirm={() => doMove('finalized')}
          >
            A finalized appraisal is locked. Changing it afterwards needs a reopen with a reason, which is
            kept in the audit trail.
          </ConfirmDialog>
          {x.status === 'finalized' && (
            <Button size="xs" variant="default" onClick={() => setDialog('ack')}>
              Record acknowledgement
            </Button>
          )}
          {locked && (
            <Button size="xs" color="orange" variant="light" onClick={() => setDialog('reopen')}>
              Reopen…
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileTypePdf size={14} />}
            onClick={() => void ed.flush().then(() => setPdf(true))}
          >
            Save as PDF…
          </Button>
        </Group>
      </Group>
      {locked && (
        <Alert icon={<IconLock size={16} />} color="gray" role="note">
          Finalized: this appraisal is locked. Changes need a reopen with a reason, which is kept in the audit
          trail.
          {x.ackDate
            ? ` Acknowledged by ${x.personName} on ${x.ackDate}${x.ackComment ? `: “${x.ackComment}”` : '.'}`
            : ''}
        </Alert>
      )}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {!locked && (
        <HeldBack loud={ed.loud} older={!!ed.older} onUseOlder={ed.useOlderDraft} onDiscard={discard} />
      )}
      {pdf && (
        <SavePdfDialog
          title="Save as PDF for signature"
          warning="Confidential: once saved, the file is outside AccountDesk. Keep it where only the right people can read it."
          save={(folder) => SavePDF(x.id, folder)}
          onClose={() => setPdf(false)}
        >
          A PDF of {x.personName}’s appraisal — ratings, overall rating, strengths, development, compensation
          recommendation and signature lines — to print or send for signature. Private manager notes are never
          in it.
        </SavePdfDialog>
      )}
      <SimpleGrid cols={{ base: 1, xl: 3 }} spacing="lg">
        <Stack style={{ gridColumn: 'span 2' }}>
          <Paper withBorder radius="md" p="md" component="section" aria-label="Competencies">
            <Title order={2} fz="md" mb="xs">
              Competencies
            </Title>
            <StageNote why={open.why} />
            <Table fz="sm" verticalSpacing={4} aria-label="Competency ratings">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Competency</Table.Th>
                  <Table.Th>Weight</Table.Th>
                  <Table.Th>Ratings</Table.Th>
                  <Table.Th>Manager's comment</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {x.competencies.map((r, i) => {
                  const name = names.get(r.key)?.name ?? r.key;
                  return (
                    <Table.Tr key={r.key}>
                      <Table.Td maw={220}>
                        <Text size="sm" fw={500}>
                          {name}
                        </Text>
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {names.get(r.key)?.description}
                        </Text>
                      </Table.Td>
                      <Table.Td w={60}>{r.weight}</Table.Td>
                      <Table.Td w={1}>
                        <RatingSelects
                          label={name}
                          options={scaleOpts}
                          self={r.self}
                          manager={r.manager}
                          selfOpen={open.self}
                          managerOpen={open.manager}
                          onChange={(patch) => setRating(i, patch)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          size="xs"
                          aria-label={`${name}: manager's comment`}
                          readOnly={locked}
                          disabled={!locked && !open.manager}
                          value={r.managerComment}
                          onChange={(e) => setRating(i, { managerComment: e.currentTarget.value })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Paper>
          <Paper withBorder radius="md" p="md" component="section" aria-label="Goals">
            <Title order={2} fz="md" mb="xs">
              Goals
            </Title>
            <StageNote why={open.why} />
            <Table fz="sm" verticalSpacing={4} aria-label="Goals">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Goal</Table.Th>
                  <Table.Th>Weight</Table.Th>
                  <Table.Th>Ratings</Table.Th>
                  <Table.Th>Next period</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {x.goals.map((g, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`Goal ${i + 1}`}
                        readOnly={locked}
                        value={g.title}
                        error={err(`goals.${g.key}.title`)}
                        onChange={(e) => setGoal(i, { title: e.currentTarget.value })}
                      />
                    </Table.Td>
                    <Table.Td w={64}>
                      <NumberInput
                        size="xs"
                        hideControls
                        aria-label={`Goal ${i + 1} weight`}
                        readOnly={locked}
                        value={Number.isFinite(g.weight) ? g.weight : ''}
                        error={err(`goals.${g.key}.weight`)}
                        onChange={(v) => setGoal(i, { weight: num(v) })}
                      />
                    </Table.Td>
                    <Table.Td w={1}>
                      <RatingSelects
                        label={`Goal ${i + 1}`}
                        options={scaleOpts}
                        self={g.self}
                        manager={g.manager}
                        selfOpen={open.self}
                        managerOpen={open.manager}
                        onChange={(patch) => setGoal(i, patch)}
                      />
                    </Table.Td>
                    <Table.Td w={90}>
                      <Checkbox
                        aria-label={`Goal ${i + 1} carries into the next period`}
                        disabled={locked}
                        checked={g.nextPeriod}
                        onChange={(e) => setGoal(i, { nextPeriod: e.currentTarget.checked })}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {!locked && (
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconPlus size={14} />}
                onClick={() =>
                  change({
                    goals: [
                      ...x.goals,
                      backend.Goal.createFrom({
                        key: `g${Date.now()}`,
                        title: 'New goal',
                        weight: 10,
                        self: 0,
                        manager: 0,
                        selfComment: '',
                        managerComment: '',
                        nextPeriod: false,
                      }),
                    ],
                  })
                }
              >
                Add goal
              </Button>
            )}
          </Paper>
          <Paper withBorder radius="md" p="md">
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Textarea
                label="Strengths"
                autosize
                minRows={3}
                readOnly={locked}
                value={x.strengths}
                onChange={(e) => change({ strengths: e.currentTarget.value })}
              />
              <Textarea
                label="Development areas"
                autosize
                minRows={3}
                readOnly={locked}
                value={x.developmentAreas}
                onChange={(e) => change({ developmentAreas: e.currentTarget.value })}
              />
            </SimpleGrid>
            <Title order={3} fz="sm" mt="md" mb={4}>
              Compensation recommendation
            </Title>
            <Group grow align="flex-start">
              <NativeSelect
                label="Recommendation"
                disabled={locked}
                data={[
                  { value: 'none', label: 'No change' },
                  { value: 'merit', label: 'Merit increase' },
                  { value: 'promotion', label: 'Promotion' },
                  { value: 'bonus', label: 'Bonus' },
                ]}
                value={x.compensation.kind}
                onChange={(e) => change({ compensation: { ...x.compensation, kind: e.currentTarget.value } })}
              />
              {x.compensation.kind === 'merit' && (
                <NumberInput
                  label="Merit increase (%)"
                  hideControls
                  clampBehavior="none"
                  readOnly={locked}
                  error={err('compensation.meritPct')}
                  value={Number.isFinite(x.compensation.meritPct) ? x.compensation.meritPct : ''}
                  onChange={(v) => change({ compensation: { ...x.compensation, meritPct: num(v) } })}
                />
              )}
              {x.compensation.kind === 'promotion' && (
                <TextInput
                  label="Promotion to"
                  readOnly={locked}
                  error={err('compensation.promotionRole')}
                  value={x.compensation.promotionRole}
                  onChange={(e) =>
                    change({ compensation: { ...x.compensation, promotionRole: e.currentTarget.value } })
                  }
                />
              )}
              {x.compensation.kind === 'bonus' && (
                <NumberInput
                  label="Bonus"
                  hideControls
                  clampBehavior="none"
                  readOnly={locked}
                  error={err('compensation.bonusMinor')}
                  value={Number.isFinite(x.compensation.bonusMinor) ? x.compensation.bonusMinor / 100 : ''}
                  onChange={(v) =>
                    change({ compensation: { ...x.compensation, bonusMinor: Math.round(num(v) * 100) } })
                  }
                />
              )}
            </Group>
            {x.compensation.kind !== 'none' && (
              <Textarea
                mt="xs"
                label="Justification"
                autosize
                minRows={2}
                readOnly={locked}
                error={err('compensation.justification')}
                value={x.compensation.justification}
                onChange={(e) =>
                  change({ compensation: { ...x.compensation, justification: e.currentTarget.value } })
                }
              />
            )}
            <Textarea
              mt="md"
              label="Private manager notes"
              description="Never exported, never logged, never shown to the employee."
              autosize
              minRows={2}
              readOnly={locked}
              value={x.privateNotes}
              onChange={(e) => change({ privateNotes: e.currentTarget.value })}
            />
          </Paper>
        </Stack>
        <Stack>
          <Paper withBorder radius="md" p="md" component="section" aria-label="Overall rating">
            <Title order={2} fz="md">
              Overall rating
            </Title>
            <Text fz={32} fw={700}>
              {(x.overrideScore || x.overall.score || 0).toFixed(2)}
            </Text>
            <Text size="xs" c="dimmed">
              {x.overall.explain}
            </Text>
            <Group grow mt="xs" align="flex-start">
              <NumberInput
                label="Override"
                description="Leave at 0 to use the computed rating"
                hideControls
                clampBehavior="none"
                readOnly={locked}
                error={err('overrideScore')}
                value={Number.isFinite(x.overrideScore) ? x.overrideScore : ''}
                onChange={(v) => change({ overrideScore: num(v) })}
              />
            </Group>
            {x.overrideScore !== 0 && (
              <Textarea
                mt="xs"
                label="Reason for the override"
                autosize
                minRows={2}
                readOnly={locked}
                error={err('overrideReason')}
                value={x.overrideReason}
                onChange={(e) => change({ overrideReason: e.currentTarget.value })}
              />
            )}
            <NativeSelect
              mt="xs"
              label="Potential"
              description="For the calibration grid"
              disabled={locked}
              data={[
                { value: '', label: 'Not judged yet' },
                { value: 'low', label: 'Low' },
                { value: 'medium', label: 'Medium' },
                { value: 'high', label: 'High' },
              ]}
              value={x.potential}
              onChange={(e) => change({ potential: e.currentTarget.value })}
            />
          </Paper>
          <EvidencePanel appraisal={x} cycle={cycle} />
          <AuditPanel id={x.id} />
        </Stack>
      </SimpleGrid>
      {dialog && <ReasonDialog kind={dialog} id={x.id} onClose={() => setDialog(null)} onDone={adopt} />}
    </Stack>
  );
}

/** The plain line saying why some ratings are closed at this stage (nothing when all are open). */
function StageNote({ why }: { why: string }) {
  if (!why) return null;
  return (
    <Text size="sm" c="dimmed" mb="xs">
      {why}
    </Text>
  );
}

function EvidencePanel({ appraisal, cycle }: { appraisal: backend.Appraisal; cycle?: backend.Cycle }) {
  const live = useEvidence(
    appraisal.evidence ? 0 : appraisal.personId,
    cycle?.periodFrom ?? '',
    cycle?.periodTo ?? '',
  );
  const ev = appraisal.evidence ?? live.data;
  const currency = useCurrency();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Evidence from the accounts">
      <Title order={2} fz="md">
        Evidence from the accounts
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {appraisal.evidence
          ? 'Frozen when the appraisal was finalized.'
          : 'Worked out now from the accounts this person was allocated to in the period.'}
      </Text>
      {!ev || ev.accounts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No allocations in the review period.
        </Text>
      ) : (
        <Stack gap="xs">
          {ev.accounts.map((a) => (
            <div key={a.accountId}>
              <Text size="sm" fw={600}>
                {a.accountName}{' '}
                <Text span size="xs" c="dimmed">
                  {words(a.role)}, {formatPercent(a.shareOfPeriodPct)} of the period
                </Text>
              </Text>
              <Text size="xs">
                Revenue {formatMoney(a.revenueMinor, currency)}
                {a.targetMinor ? ` against ${formatMoney(a.targetMinor, currency)} target` : ''} · growth{' '}
                {formatPercent(a.growthPct)} · margin {formatPercent(a.marginPct)} · write-offs{' '}
                {formatMoney(a.writeOffMinor, currency)} · objectives achieved {a.objectivesAchieved} of{' '}
                {a.objectivesTotal} · QBRs held {a.qbrsHeld}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function AuditPanel({ id }: { id: number }) {
  const audit = useAudit(id);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Audit trail">
      <Title order={2} fz="md" mb="xs">
        Audit trail
      </Title>
      <Stack gap={4}>
        {(audit.data ?? [])
          .slice(-12)
          .reverse()
          .map((e, i) => (
            <Text key={i} size="xs">
              <Text span c="dimmed">
                {formatDateTime(e.at)}
              </Text>{' '}
              · {auditLine(e.action, e.detail)}
            </Text>
          ))}
      </Stack>
    </Paper>
  );
}

function ReasonDialog({
  kind,
  id,
  onClose,
  onDone,
}: {
  kind: 'reopen' | 'ack';
  id: number;
  onClose: () => void;
  onDone: (a: backend.Appraisal) => void;
}) {
  const reopen = useReopen();
  const ack = useAcknowledge();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const submit = () => {
    const done = {
      onSuccess: (a: backend.Appraisal) => {
        onDone(a);
        onClose();
      },
      onError: (e: unknown) => setError(toAppError(e).message),
    };
    if (kind === 'reopen') reopen.mutate({ id, reason: text }, done);
    else ack.mutate({ id, comment: text }, done);
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={kind === 'reopen' ? 'Reopen this appraisal?' : 'Record the employee’s acknowledgement'}
    >
      <Stack>
        <Textarea
          label={kind === 'reopen' ? 'Reason' : 'Employee’s comment'}
          autosize
          minRows={2}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={error || undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit}>{kind === 'reopen' ? 'Reopen' : 'Record'}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** An audit entry in plain words: "Moved: Self review → Manager review", not the stored state names. */
export function auditLine(action: string, detail: string): string {
  const said =
    action === 'moved'
      ? detail
          .split(' → ')
          .map((s) => words(s.trim()))
          .join(' → ')
      : detail;
  return said ? `${words(action)}: ${said}` : words(action);
}
