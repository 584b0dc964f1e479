import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { Compare, Create, Get, List, NewVersion, Save, SetStatus } from '../../../../wailsjs/go/app/PlansAPI';
import { backend } from '../../../../wailsjs/go/models';

export const plansKeys = {
  list: (accountId: number) => ['accounts', accountId, 'plans'] as const,
  one: (id: number) => ['plans', id] as const,
};

export const usePlans = (accountId: number) => useQuery({ queryKey: plansKeys.list(accountId), queryFn: () => List(accountId) });
export const planQuery = (id: number) => queryOptions({ queryKey: plansKeys.one(id), queryFn: () => Get(id) });
export const usePlan = (id: number | undefined) => useQuery({ ...planQuery(id ?? 0), enabled: !!id });

export const useCreatePlan = () =>
  useMutation({ mutationFn: (v: { accountId: number; period: string }) => Create(v.accountId, v.period), meta: { handlesErrors: true } });

/** Autosave of the whole plan; the editor shows errors next to the items. */
export const useSavePlan = () => useMutation({ mutationFn: (p: backend.Plan) => Save(p), meta: { handlesErrors: true } });

export const useSetPlanStatus = () => useMutation({ mutationFn: (v: { id: number; status: string }) => SetStatus(v.id, v.status) });
export const useNewPlanVersion = () => useMutation({ mutationFn: (id: number) => NewVersion(id) });
export const useComparePlans = (from: number | null, to: number | null) =>
  useQuery({ queryKey: ['plans', 'compare', from, to], queryFn: () => Compare(from!, to!), enabled: !!from && !!to && from !== to });
