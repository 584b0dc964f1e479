import { useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import * as A from '../../../../wailsjs/go/app/AppraisalsAPI';
import { PeriodFeedback } from '../../../../wailsjs/go/app/OneOnOnesAPI';
import { backend } from '../../../../wailsjs/go/models';
import { rosterQueryOptions } from '@/lib/roster';
import { settingsQueryOptions } from '@/lib/settings';
import { cyclesQueryOptions } from '@/lib/shared-queries';
import { appraisalKeys, isAppraisalDetail } from './keys';

// The feature's only door to the Go side: components and hooks call these,
// never the generated bindings.

export const useCycles = () => useQuery(cyclesQueryOptions());
export const useCycleAppraisals = (id: number) =>
  useQuery({ queryKey: appraisalKeys.cycle(id), queryFn: () => A.CycleAppraisals(id) });
export const useAppraisal = (id: number) =>
  useQuery({ queryKey: appraisalKeys.detail(id), queryFn: () => A.Get(id) });
export const useAudit = (id: number) =>
  useQuery({ queryKey: appraisalKeys.audit(id), queryFn: () => A.Audit(id) });
export const useEvidence = (personId: number, from: string, to: string) =>
  useQuery({
    queryKey: appraisalKeys.evidence(personId, from, to),
    queryFn: () => A.Evidence(personId, from, to),
    enabled: !!personId,
  });
/** The person's feedback notes and 1:1 actions of the review period (never 1:1 private notes). */
export const usePeriodFeedback = (personId: number, from: string, to: string) =>
  useQuery({
    queryKey: appraisalKeys.feedback(personId, from, to),
    queryFn: () => PeriodFeedback(personId, from, to),
    enabled: !!personId && !!from && !!to,
  });
export const useRoster = () => useQuery(rosterQueryOptions());

export const useSaveCycle = () =>
  useMutation({ mutationFn: (c: backend.Cycle) => A.SaveCycle(c), meta: { handlesErrors: true } });
/** The cycle's kept draft: competencies and scale not valid to save yet (savedAt "" when none). */
export const useCycleDraft = (id: number) =>
  useQuery({ queryKey: appraisalKeys.cycleDraft(id), queryFn: () => A.CycleDraft(id), staleTime: 0 });

/** Saves a cycle's competencies and scale (its appraisals follow); called directly, see below. */
export async function saveCycle(qc: QueryClient, c: backend.Cycle): Promise<backend.Cycle> {
  const saved = await A.SaveCycle(c);
  void qc.invalidateQueries({ predicate: (q) => q.queryKey.at(-1) !== 'draft' });
  return saved;
}

export async function keepCycleDraft(
  qc: QueryClient,
  id: number,
  d: { body: string; baseVersion: number },
): Promise<void> {
  qc.setQueryData(
    appraisalKeys.cycleDraft(id),
    await A.KeepCycleDraft(id, backend.Draft.createFrom({ ...d, savedAt: '' })),
  );
}

export async function discardCycleDraft(qc: QueryClient, id: number): Promise<void> {
  await A.DiscardCycleDraft(id);
  qc.setQueryData(
    appraisalKeys.cycleDraft(id),
    backend.Draft.createFrom({ body: '', baseVersion: 0, savedAt: '' }),
  );
}

export const useCycleStatus = () =>
  useMutation({
    mutationFn: (v: { id: number; status: string; reason: string }) =>
      A.SetCycleStatus(v.id, v.status, v.reason),
    meta: { handlesErrors: true },
  });
export const useAddParticipants = () =>
  useMutation({ mutationFn: (v: { cycleId: number; ids: number[] }) => A.AddParticipants(v.cycleId, v.ids) });
/** The appraisal's kept draft: what could not be saved yet (savedAt "" when none). Confidential. */
export const useAppraisalDraft = (id: number) =>
  useQuery({ queryKey: appraisalKeys.draft(id), queryFn: () => A.Draft(id), staleTime: 0 });

/*
 * The editor calls these directly rather than through a mutation, so a
 * closing page starts the call at once (see accounts/api/plans.ts).
 */

/** Saves ratings and texts; the editor shows what is refused. */
export async function saveAppraisal(qc: QueryClient, a: backend.Appraisal): Promise<backend.Appraisal> {
  const saved = await A.Save(a);
  qc.setQueryData(appraisalKeys.detail(saved.id), saved);
  void qc.invalidateQueries({ predicate: (q) => !isAppraisalDetail(q.queryKey, saved.id) });
  return saved;
}

export async function keepAppraisalDraft(
  qc: QueryClient,
  id: number,
  d: { body: string; baseVersion: number },
): Promise<void> {
  qc.setQueryData(
    appraisalKeys.draft(id),
    await A.KeepDraft(id, backend.Draft.createFrom({ ...d, savedAt: '' })),
  );
}

export async function discardAppraisalDraft(qc: QueryClient, id: number): Promise<void> {
  await A.DiscardDraft(id);
  qc.setQueryData(
    appraisalKeys.draft(id),
    backend.Draft.createFrom({ body: '', baseVersion: 0, savedAt: '' }),
  );
}

/** Writes the appraisal as a PDF for signature into a folder; returns the file's path. */
export const saveAppraisalPdf = (id: number, folder: string) => A.SavePDF(id, folder);

export const useMoveAppraisal = () =>
  useMutation({
    mutationFn: (v: { id: number; to: string }) => A.Move(v.id, v.to),
    meta: { handlesErrors: true },
  });
export const useReopen = () =>
  useMutation({
    mutationFn: (v: { id: number; reason: string }) => A.Reopen(v.id, v.reason),
    meta: { handlesErrors: true },
  });
export const useAcknowledge = () =>
  useMutation({
    mutationFn: (v: { id: number; comment: string }) => A.Acknowledge(v.id, v.comment),
    meta: { handlesErrors: true },
  });
export const useCurrency = () => useQuery(settingsQueryOptions()).data?.currency ?? 'USD';
