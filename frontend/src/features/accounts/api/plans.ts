import { queryOptions, useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import {
  Compare,
  Create,
  DiscardDraft,
  Draft,
  Get,
  KeepDraft,
  List,
  NewVersion,
  Save,
  SetStatus,
} from '../../../../wailsjs/go/app/PlansAPI';
import { backend } from '../../../../wailsjs/go/models';
import { isPlanRecord, plansKeys } from './keys';

export { plansKeys };

export const usePlans = (accountId: number) =>
  useQuery({ queryKey: plansKeys.list(accountId), queryFn: () => List(accountId) });
export const planQuery = (id: number) =>
  queryOptions({ queryKey: plansKeys.one(id), queryFn: () => Get(id) });
export const usePlan = (id: number | undefined) => useQuery({ ...planQuery(id ?? 0), enabled: !!id });
/** The plan's kept draft: what could not be saved yet (savedAt "" when none). */
export const usePlanDraft = (id: number | undefined) =>
  useQuery({
    queryKey: plansKeys.draft(id ?? 0),
    queryFn: () => Draft(id ?? 0),
    enabled: !!id,
    staleTime: 0,
  });

export const useCreatePlan = () =>
  useMutation({
    mutationFn: (v: { accountId: number; period: string }) => Create(v.accountId, v.period),
    meta: { handlesErrors: true },
  });

/*
 * The editor's saves call the bindings directly rather than through a
 * mutation: a page that is closing must start the call at once, before any
 * await. Each keeps the cache in step, as a mutation would.
 */

/** Saves the whole plan; the editor shows what is refused next to the items. */
export async function savePlan(qc: QueryClient, p: backend.Plan): Promise<backend.Plan> {
  const saved = await Save(p);
  qc.setQueryData(plansKeys.one(saved.id), saved);
  // Figures elsewhere (Dashboard, accounts list, versions) follow from the plan.
  void qc.invalidateQueries({ predicate: (q) => !isPlanRecord(q.queryKey, saved.id) });
  return saved;
}

/** Keeps what cannot be saved yet as the plan's draft. */
export async function keepPlanDraft(
  qc: QueryClient,
  id: number,
  d: { body: string; baseVersion: number },
): Promise<void> {
  const kept = await KeepDraft(id, backend.Draft.createFrom({ ...d, savedAt: '' }));
  qc.setQueryData(plansKeys.draft(id), kept);
}

/** Forgets the plan's draft. */
export async function discardPlanDraft(qc: QueryClient, id: number): Promise<void> {
  await DiscardDraft(id);
  qc.setQueryData(plansKeys.draft(id), backend.Draft.createFrom({ body: '', baseVersion: 0, savedAt: '' }));
}

export const useSetPlanStatus = () =>
  useMutation({ mutationFn: (v: { id: number; status: string }) => SetStatus(v.id, v.status) });
export const useNewPlanVersion = () => useMutation({ mutationFn: (id: number) => NewVersion(id) });
export const useComparePlans = (from: number | null, to: number | null) =>
  useQuery({
    queryKey: plansKeys.compare(from, to),
    queryFn: () => Compare(from!, to!),
    enabled: !!from && !!to && from !== to,
  });
