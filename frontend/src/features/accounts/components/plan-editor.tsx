import {
  Badge,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { DateField } from '@/components/ui/date-field';
import { HeldBack, SaveStatus } from '@/components/ui/save-status';
import { localToday } from '@/lib/dates';
import { newRowKey } from '@/lib/draft-merge';
import { formatMoney, formatPercent, words } from '@/lib/format';
import { notifyUndo } from '@/lib/notify';
import { actionOverdue, objectiveProgress, riskColor, riskScore } from '@/lib/plan-rules';
import { useDraftEditor, type KeptDraft } from '@/lib/use-draft-editor';
import { discardPlanDraft, keepPlanDraft, savePlan } from '../api/plans';
import { blankRows, planProblemPath, planUnchanged, splitPlan } from '../types/plan-schema';
import {
  actionStatuses,
  objectiveStatuses,
  oppTypes,
  riskCategories,
  riskStatuses,
  stages,
  whitespaceColor,
  whitespaceStatuses,
} from '../types/labels';
import { ItemTable } from './item-table';
import { OwnerInput } from './owner-input';

const opts = (values: string[]) => values.map((v) => ({ value: v, label: words(v) }));
/** A number field's value: "" is 0; anything unreadable stays NaN so it is refused, not changed. */
const num = (v: string | number) => (typeof v === 'number' ? v : v === '' ? 0 : Number(v));
const lines = (s: string) => s.split('\n');

/**
 * The plan editor. Every change saves itself shortly after typing stops,
 * sending the whole plan with the version it was read at; a plan changed
 * elsewhere is not overwritten (the editor offers to reload). What is not
 * valid yet (a new objective without a title, an impossible date) is held
 * back and kept as the plan's draft while everything else saves.
 */
export function PlanEditor({
  plan,
  draft,
  currency,
  readOnly,
  onConflict,
}: {
  plan: backend.Plan;
  draft?: KeptDraft | null;
  currency: string;
  readOnly: boolean;
  onConflict: () => void;
}) {
  const qc = useQueryClient();
  // Rows added here and not left yet: an empty one is not an error until then.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  // Dates the browser could not read, by path ("objectives.<key>.due").
  const [bad, setBad] = useState<ReadonlyMap<string, string>>(new Map());
  const ed = useDraftEditor<backend.Plan>({
    label: `Plan ${plan.period}`,
    memoryKey: `plan:${plan.id}`,
    record: plan,
    draft,
    readOnly,
    version: (p) => p.rowVersion,
    withVersion: (p, rowVersion) => backend.Plan.createFrom({ ...p, rowVersion }),
    parse: (body) =>
      backend.Plan.createFrom({ ...plan, ...(JSON.parse(body) as object), id: plan.id, period: plan.period }),
    split: (cur, base, extra) => splitPlan(cur, base, fresh, new Map([...bad, ...extra])),
    unchanged: planUnchanged,
    save: (p) => savePlan(qc, p),
    adopt: (cur, saved) =>
      backend.Plan.createFrom({ ...cur, pipeline: saved.pipeline, rowVersion: saved.rowVersion }),
    keep: (d) => keepPlanDraft(qc, plan.id, d),
    discard: () => discardPlanDraft(qc, plan.id),
    problemPath: (err, sent) => planProblemPath(err.field, sent),
    onError: (err) => err.code === 'conflict' && onConflict(),
    delay: 800,
  });
  const p = ed.value;
  const change = (patch: Partial<backend.Plan>) => {
    if (readOnly) return;
    ed.change({ ...p, ...patch } as backend.Plan);
  };
  /** The message shown on a field, by path; quiet problems show none. */
  const errors = new Map(ed.loud.map((x) => [x.path, x.message]));
  const err = (path: string) => errors.get(path);
  const badDate = (path: string) => (message: string | null) =>
    setBad((cur) => {
      const next = new Map(cur);
      if (message) next.set(path, message);
      else next.delete(path);
      return next;
    });
  const rowHooks = {
    rowKey: (r: { key: string }) => r.key,
    onAdd: (r: { key: string }) => setFresh((cur) => new Set(cur).add(r.key)),
    onRowLeave: (key: string) =>
      setFresh((cur) => {
        if (!cur.has(key)) return cur;
        const next = new Set(cur);
        next.delete(key);
        return next;
      }),
  };
  const discard = () => {
    const before = ed.discardDraft();
    setBad(new Map());
    notifyUndo('The draft was discarded.', () => ed.change(before));
  };
  const flush = () => void ed.flush();
  const pipe = p.pipeline;
  const ro = readOnly;

  return (
    <Stack gap="md" onBlur={flush}>
      {!ro && (
        <Group justify="flex-end">
          <SaveStatus state={ed.state} error={ed.error} loud={ed.loud} />
        </Group>
      )}
      {!ro && (
        <HeldBack loud={ed.loud} older={!!ed.older} onUseOlder={ed.useOlderDraft} onDiscard={discard} />
      )}
      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Textarea
            label="Executive summary"
            autosize
            minRows={3}
            readOnly={ro}
            error={err('executiveSummary')}
            value={p.executiveSummary}
            onChange={(e) => change({ executiveSummary: e.currentTarget.value })}
          />
          <Textarea
            label="Vision"
            autosize
            minRows={3}
            readOnly={ro}
            error={err('vision')}
            value={p.vision}
            onChange={(e) => change({ vision: e.currentTarget.value })}
          />
          <Textarea
            label="Strategic priorities (one per line)"
            autosize
            minRows={2}
            readOnly={ro}
            value={p.priorities.join('\n')}
            onChange={(e) => change({ priorities: lines(e.currentTarget.value) })}
          />
          <Textarea
            label="Competitors and rival agencies (one per line)"
            autosize
            minRows={2}
            readOnly={ro}
            value={p.competitors.join('\n')}
            onChange={(e) => change({ competitors: lines(e.currentTarget.value) })}
          />
          <NumberInput
            label="Revenue target"
            leftSection={
              <Text size="xs" c="dimmed">
                {currency}
              </Text>
            }
            leftSectionWidth={44}
            thousandSeparator=","
            hideControls
            readOnly={ro}
            error={err('revenueTargetMinor')}
            value={Number.isFinite(p.revenueTargetMinor) ? p.revenueTargetMinor / 100 : ''}
            onChange={(v) => change({ revenueTargetMinor: Math.round(num(v) * 100) })}
          />
          <NumberInput
            label="Growth target (%)"
            hideControls
            readOnly={ro}
            error={err('growthTargetPct')}
            value={Number.isFinite(p.growthTargetPct) ? p.growthTargetPct : ''}
            onChange={(v) => change({ growthTargetPct: num(v) })}
          />
        </SimpleGrid>
      </Paper>

      <Paper withBorder radius="md" p="md" component="section" aria-label="SWOT">
        <Title order={3} fz="sm" mb="xs">
          SWOT
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label="Strengths"
            description="One per line"
            autosize
            minRows={3}
            readOnly={ro}
            value={p.strengths.join('\n')}
            onChange={(e) => change({ strengths: lines(e.currentTarget.value) })}
          />
          <Textarea
            label="Weaknesses"
            description="One per line"
            autosize
            minRows={3}
            readOnly={ro}
            value={p.weaknesses.join('\n')}
            onChange={(e) => change({ weaknesses: lines(e.currentTarget.value) })}
          />
          <Textarea
            label="Opportunities"
            description="One per line"
            autosize
            minRows={3}
            readOnly={ro}
            value={p.swotOpportunities.join('\n')}
            onChange={(e) => change({ swotOpportunities: lines(e.currentTarget.value) })}
          />
          <Textarea
            label="Threats"
            description="One per line"
            autosize
            minRows={3}
            readOnly={ro}
            value={p.threats.join('\n')}
            onChange={(e) => change({ threats: lines(e.currentTarget.value) })}
          />
        </SimpleGrid>
      </Paper>

      <ItemTable
        title="Objectives"
        noun="objective"
        readOnly={ro}
        items={p.objectives}
        itemName={(o) => o.title}
        {...rowHooks}
        onChange={(objectives) => change({ objectives })}
        make={() => blankRows.objective(newRowKey())}
        columns={[
          'Objective',
          'KPI',
          'Unit',
          'Baseline',
          'Target',
          'Current',
          'Progress',
          'Due',
          'Owner',
          'Status',
        ]}
        renderRow={(o, u, i) => {
          const progress = objectiveProgress(o);
          return (
            <>
              <Table.Td miw={180}>
                <TextInput
                  size="xs"
                  aria-label={`Objective ${i + 1} title`}
                  readOnly={ro}
                  value={o.title}
                  onChange={(e) => u({ title: e.currentTarget.value })}
                  error={err(`objectives.${o.key}.title`)}
                />
              </Table.Td>
              <Table.Td miw={110}>
                <TextInput
                  size="xs"
                  aria-label={`Objective ${i + 1} KPI`}
                  readOnly={ro}
                  value={o.kpi}
                  onChange={(e) => u({ kpi: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td w={60}>
                <TextInput
                  size="xs"
                  aria-label={`Objective ${i + 1} unit`}
                  readOnly={ro}
                  value={o.unit}
                  onChange={(e) => u({ unit: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td w={80}>
                <NumberInput
                  size="xs"
                  hideControls
                  aria-label={`Objective ${i + 1} baseline`}
                  readOnly={ro}
                  error={err(`objectives.${o.key}.baseline`)}
                  value={Number.isFinite(o.baseline) ? o.baseline : ''}
                  onChange={(v) => u({ baseline: num(v) })}
                />
              </Table.Td>
              <Table.Td w={80}>
                <NumberInput
                  size="xs"
                  hideControls
                  aria-label={`Objective ${i + 1} target`}
                  readOnly={ro}
                  error={err(`objectives.${o.key}.target`)}
                  value={Number.isFinite(o.target) ? o.target : ''}
                  onChange={(v) => u({ target: num(v) })}
                />
              </Table.Td>
              <Table.Td w={80}>
                <NumberInput
                  size="xs"
                  hideControls
                  aria-label={`Objective ${i + 1} current`}
                  readOnly={ro}
                  error={err(`objectives.${o.key}.current`)}
                  value={Number.isFinite(o.current) ? o.current : ''}
                  onChange={(v) => u({ current: num(v) })}
                />
              </Table.Td>
              <Table.Td w={90}>
                <Progress
                  value={progress}
                  size="sm"
                  aria-label={`Objective ${i + 1} progress ${Math.round(progress)}%`}
                />
              </Table.Td>
              <Table.Td w={130}>
                <DateField
                  size="xs"
                  aria-label={`Objective ${i + 1} due`}
                  readOnly={ro}
                  value={o.due}
                  onChange={(due) => u({ due })}
                  onBadInput={badDate(`objectives.${o.key}.due`)}
                  error={err(`objectives.${o.key}.due`)}
                />
              </Table.Td>
              <Table.Td miw={110}>
                <OwnerInput
                  label={`Objective ${i + 1} owner`}
                  readOnly={ro}
                  value={o.owner}
                  onChange={(owner) => u({ owner, ownerId: 0 })}
                />
              </Table.Td>
              <Table.Td w={120}>
                <NativeSelect
                  size="xs"
                  aria-label={`Objective ${i + 1} status`}
                  disabled={ro}
                  data={opts(objectiveStatuses)}
                  value={o.status}
                  onChange={(e) => u({ status: e.currentTarget.value })}
                />
              </Table.Td>
            </>
          );
        }}
      />

      <ItemTable
        title="Growth pipeline"
        noun="opportunity"
        readOnly={ro}
        items={p.opportunities}
        itemName={(o) => o.title}
        {...rowHooks}
        onChange={(opportunities) => change({ opportunities })}
        summary={
          <Group gap="xs">
            <Badge variant="light">Weighted {formatMoney(pipe.weightedMinor, currency)}</Badge>
            <Badge variant="light" color="teal">
              Won {formatMoney(pipe.wonMinor, currency)}
            </Badge>
            <Badge variant="light" color="gray">
              {pipe.targetMinor ? `${formatPercent(pipe.coveragePct)} of target` : 'No target'}
            </Badge>
          </Group>
        }
        make={() => blankRows.opportunity(newRowKey())}
        columns={['Opportunity', 'Service line', 'Type', 'Value', 'Probability %', 'Stage', 'Expected close']}
        renderRow={(o, u, i) => (
          <>
            <Table.Td miw={180}>
              <TextInput
                size="xs"
                aria-label={`Opportunity ${i + 1} title`}
                readOnly={ro}
                value={o.title}
                onChange={(e) => u({ title: e.currentTarget.value })}
                error={err(`opportunities.${o.key}.title`)}
              />
            </Table.Td>
            <Table.Td miw={120}>
              <TextInput
                size="xs"
                aria-label={`Opportunity ${i + 1} service line`}
                readOnly={ro}
                value={o.serviceLine}
                onChange={(e) => u({ serviceLine: e.currentTarget.value })}
              />
            </Table.Td>
            <Table.Td w={120}>
              <NativeSelect
                size="xs"
                aria-label={`Opportunity ${i + 1} type`}
                disabled={ro}
                data={opts(oppTypes)}
                value={o.type}
                onChange={(e) => u({ type: e.currentTarget.value })}
              />
            </Table.Td>
            <Table.Td w={120}>
              <NumberInput
                size="xs"
                hideControls
                thousandSeparator=","
                aria-label={`Opportunity ${i + 1} value`}
                readOnly={ro}
                error={err(`opportunities.${o.key}.valueMinor`)}
                value={Number.isFinite(o.valueMinor) ? o.valueMinor / 100 : ''}
                onChange={(v) => u({ valueMinor: Math.round(num(v) * 100) })}
              />
            </Table.Td>
            <Table.Td w={90}>
              <NumberInput
                size="xs"
                hideControls
                clampBehavior="none"
                aria-label={`Opportunity ${i + 1} probability`}
                readOnly={ro}
                error={err(`opportunities.${o.key}.probability`)}
                value={Number.isFinite(o.probability) ? o.probability : ''}
                onChange={(v) => u({ probability: num(v) })}
              />
            </Table.Td>
            <Table.Td w={130}>
              <NativeSelect
                size="xs"
                aria-label={`Opportunity ${i + 1} stage`}
                disabled={ro}
                data={opts(stages)}
                value={o.stage}
                onChange={(e) => u({ stage: e.currentTarget.value })}
              />
            </Table.Td>
            <Table.Td w={130}>
              <DateField
                size="xs"
                aria-label={`Opportunity ${i + 1} expected close`}
                readOnly={ro}
                value={o.expectedClose}
                onChange={(expectedClose) => u({ expectedClose })}
                onBadInput={badDate(`opportunities.${o.key}.expectedClose`)}
                error={err(`opportunities.${o.key}.expectedClose`)}
              />
            </Table.Td>
          </>
        )}
      />

      <WhitespaceGrid items={p.whitespace} readOnly={ro} onChange={(whitespace) => change({ whitespace })} />

      <ItemTable
        title="Risks"
        noun="risk"
        readOnly={ro}
        items={p.risks}
        itemName={(r) => r.title}
        {...rowHooks}
        onChange={(risks) => change({ risks })}
        make={() => blankRows.risk(newRowKey())}
        columns={['Risk', 'Category', 'Likelihood', 'Impact', 'Score', 'Mitigation', 'Owner', 'Status']}
        renderRow={(r, u, i) => {
          const score = riskScore(r);
          return (
            <>
              <Table.Td miw={180}>
                <TextInput
                  size="xs"
                  aria-label={`Risk ${i + 1} title`}
                  readOnly={ro}
                  value={r.title}
                  onChange={(e) => u({ title: e.currentTarget.value })}
                  error={err(`risks.${r.key}.title`)}
                />
              </Table.Td>
              <Table.Td w={130}>
                <NativeSelect
                  size="xs"
                  aria-label={`Risk ${i + 1} category`}
                  disabled={ro}
                  data={opts(riskCategories)}
                  value={r.category}
                  onChange={(e) => u({ category: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td w={70}>
                <NativeSelect
                  size="xs"
                  aria-label={`Risk ${i + 1} likelihood`}
                  disabled={ro}
                  data={['1', '2', '3', '4', '5']}
                  value={String(r.likelihood)}
                  onChange={(e) => u({ likelihood: Number(e.currentTarget.value) })}
                />
              </Table.Td>
              <Table.Td w={70}>
                <NativeSelect
                  size="xs"
                  aria-label={`Risk ${i + 1} impact`}
                  disabled={ro}
                  data={['1', '2', '3', '4', '5']}
                  value={String(r.impact)}
                  onChange={(e) => u({ impact: Number(e.currentTarget.value) })}
                />
              </Table.Td>
              <Table.Td w={60}>
                <Badge color={riskColor(score)} variant="light">
                  {score}
                </Badge>
              </Table.Td>
              <Table.Td miw={180}>
                <TextInput
                  size="xs"
                  aria-label={`Risk ${i + 1} mitigation`}
                  readOnly={ro}
                  value={r.mitigation}
                  onChange={(e) => u({ mitigation: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td miw={110}>
                <OwnerInput
                  label={`Risk ${i + 1} owner`}
                  readOnly={ro}
                  value={r.owner}
                  onChange={(owner) => u({ owner, ownerId: 0 })}
                />
              </Table.Td>
              <Table.Td w={110}>
                <NativeSelect
                  size="xs"
                  aria-label={`Risk ${i + 1} status`}
                  disabled={ro}
                  data={opts(riskStatuses)}
                  value={r.status}
                  onChange={(e) => u({ status: e.currentTarget.value })}
                />
              </Table.Td>
            </>
          );
        }}
      />

      <ItemTable
        title="Action plan"
        noun="action"
        readOnly={ro}
        items={p.actions}
        itemName={(a) => a.title}
        {...rowHooks}
        onChange={(actions) => change({ actions })}
        make={() => blankRows.action(newRowKey())}
        columns={['Action', 'Owner', 'Due', 'Status', 'For objective']}
        renderRow={(a, u, i) => {
          const overdue = actionOverdue(a, localToday());
          return (
            <>
              <Table.Td miw={200}>
                <TextInput
                  size="xs"
                  aria-label={`Action ${i + 1} title`}
                  readOnly={ro}
                  value={a.title}
                  onChange={(e) => u({ title: e.currentTarget.value })}
                  error={err(`actions.${a.key}.title`)}
                />
              </Table.Td>
              <Table.Td miw={120}>
                <OwnerInput
                  label={`Action ${i + 1} owner`}
                  readOnly={ro}
                  value={a.owner}
                  onChange={(owner) => u({ owner, ownerId: 0 })}
                />
              </Table.Td>
              <Table.Td w={150}>
                <DateField
                  size="xs"
                  aria-label={`Action ${i + 1} due`}
                  readOnly={ro}
                  value={a.due}
                  onChange={(due) => u({ due })}
                  onBadInput={badDate(`actions.${a.key}.due`)}
                  error={err(`actions.${a.key}.due`) ?? (overdue ? 'Overdue' : undefined)}
                />
              </Table.Td>
              <Table.Td w={120}>
                <NativeSelect
                  size="xs"
                  aria-label={`Action ${i + 1} status`}
                  disabled={ro}
                  data={opts(actionStatuses)}
                  value={a.status}
                  onChange={(e) => u({ status: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td miw={160}>
                <NativeSelect
                  size="xs"
                  aria-label={`Action ${i + 1} objective`}
                  disabled={ro}
                  data={[
                    { value: '', label: '—' },
                    ...p.objectives
                      .filter((o) => o.key)
                      .map((o, j) => ({ value: o.key, label: o.title || `Objective ${j + 1} (untitled)` })),
                  ]}
                  value={a.objectiveKey}
                  error={err(`actions.${a.key}.objectiveKey`)}
                  onChange={(e) => u({ objectiveKey: e.currentTarget.value })}
                />
              </Table.Td>
            </>
          );
        }}
      />
    </Stack>
  );
}

/** Service lines × status, as a grid of cells to click. */
function WhitespaceGrid({
  items,
  readOnly,
  onChange,
}: {
  items: backend.Whitespace[];
  readOnly: boolean;
  onChange: (w: backend.Whitespace[]) => void;
}) {
  const [line, setLine] = useState('');
  const add = () => {
    const name = line.trim();
    if (!name || items.some((w) => w.serviceLine.toLowerCase() === name.toLowerCase())) return;
    onChange([...items, backend.Whitespace.createFrom({ serviceLine: name, status: 'potential' })]);
    setLine('');
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Whitespace">
      <Title order={3} fz="sm" mb="xs">
        Whitespace: service lines
      </Title>
      <Table verticalSpacing={4} fz="sm" aria-label="Whitespace grid" maw={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th fz="xs" c="dimmed">
              Service line
            </Table.Th>
            {whitespaceStatuses.map((s) => (
              <Table.Th key={s} fz="xs" c="dimmed" ta="center">
                {words(s)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((w, i) => (
            <Table.Tr key={w.serviceLine}>
              <Table.Td>{w.serviceLine}</Table.Td>
              {whitespaceStatuses.map((s) => {
                const on = w.status === s;
                return (
                  <Table.Td key={s} ta="center">
                    <UnstyledButton
                      role="radio"
                      aria-checked={on}
                      aria-label={`${w.serviceLine}: ${words(s)}`}
                      disabled={readOnly}
                      onClick={() =>
                        onChange(
                          items.map((x, j) =>
                            j === i ? backend.Whitespace.createFrom({ ...x, status: s }) : x,
                          ),
                        )
                      }
                      style={{
                        width: 44,
                        height: 22,
                        borderRadius: 4,
                        background: on ? whitespaceColor[s] : 'transparent',
                        border: `1px solid ${on ? whitespaceColor[s] : 'var(--mantine-color-default-border)'}`,
                      }}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!readOnly && (
        <Group mt="xs" gap="xs">
          <TextInput
            size="xs"
            placeholder="Service line, e.g. Social"
            aria-label="New service line"
            value={line}
            onChange={(e) => setLine(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <UnstyledButton onClick={add} fz="xs" c="blue" fw={600}>
            Add service line
          </UnstyledButton>
        </Group>
      )}
    </Paper>
  );
}
