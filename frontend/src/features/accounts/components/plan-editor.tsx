import { Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { HeldBack, SaveStatus } from '@/components/ui/save-status';
import { notifyUndo } from '@/lib/notify';
import { useDraftEditor, type KeptDraft } from '@/lib/use-draft-editor';
import { discardPlanDraft, keepPlanDraft, savePlan } from '../api/plans';
import { planProblemPath, planUnchanged, splitPlan } from '../types/plan-schema';
import { ActionsTable } from './plan/actions-table';
import { ObjectivesTable } from './plan/objectives-table';
import { PipelineTable } from './plan/pipeline-table';
import { PlanGuide } from './plan/plan-guide';
import type { PlanKit } from './plan/plan-kit';
import { PlanTextFields } from './plan/plan-text-fields';
import { RisksTable } from './plan/risks-table';
import { SuggestedObjectives } from './plan/suggested-objectives';
import { SwotFields } from './plan/swot-fields';

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
  template,
  readOnly,
  onConflict,
}: {
  plan: backend.Plan;
  draft?: KeptDraft | null;
  currency: string;
  /** The template version the plan follows: its guiding questions and suggested objectives. */
  template?: backend.PlanTemplate;
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
      backend.Plan.createFrom({
        ...cur,
        pipeline: saved.pipeline,
        completeness: saved.completeness,
        rowVersion: saved.rowVersion,
      }),
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
  const ro = readOnly;
  const kit: PlanKit = { readOnly: ro, err, badDate, rowHooks };

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
      <PlanGuide
        template={template}
        sections={['summary', 'vision', 'priorities', 'competitors', 'targets']}
      />
      <PlanTextFields plan={p} currency={currency} change={change} kit={kit} />
      <PlanGuide template={template} sections={['swot']} />
      <SwotFields plan={p} change={change} readOnly={ro} />
      <PlanGuide template={template} sections={['objectives']} />
      {!ro && (
        <Group>
          <SuggestedObjectives
            template={template}
            objectives={p.objectives}
            onAdd={(o) => {
              rowHooks.onAdd(o);
              change({ objectives: [...p.objectives, o] });
            }}
          />
        </Group>
      )}
      <ObjectivesTable items={p.objectives} onChange={(objectives) => change({ objectives })} kit={kit} />
      <PlanGuide template={template} sections={['opportunities']} />
      <PipelineTable
        items={p.opportunities}
        pipeline={p.pipeline}
        currency={currency}
        onChange={(opportunities) => change({ opportunities })}
        kit={kit}
      />
      <PlanGuide template={template} sections={['risks']} />
      <RisksTable items={p.risks} onChange={(risks) => change({ risks })} kit={kit} />
      <PlanGuide template={template} sections={['actions']} />
      <ActionsTable
        items={p.actions}
        objectives={p.objectives}
        onChange={(actions) => change({ actions })}
        kit={kit}
      />
    </Stack>
  );
}
