import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CarryForward, NextPeriod, PreviewCarryForward } from '../../../../wailsjs/go/app/PlansAPI';
import { plansKeys } from './keys';

/*
 * Planning the next period from a plan. The keys sit beside the plans' own
 * (['plans', …]) but not under one plan's record, so saving that plan
 * refreshes its preview.
 */
export const carryKeys = {
  nextPeriod: (period: string) => [...plansKeys.all, 'next-period', period] as const,
  preview: (id: number, period: string) => [...plansKeys.all, 'carry', id, period] as const,
};

/** The period after this one (FY2027 → FY2028), from the fiscal-year setting when the period names no year. */
export const useNextPeriod = (period: string, enabled: boolean) =>
  useQuery({ queryKey: carryKeys.nextPeriod(period), queryFn: () => NextPeriod(period), enabled });

/** What planning `period` from plan `id` would carry and leave behind; changes nothing. */
export const useCarryPreview = (id: number, period: string, enabled: boolean) =>
  useQuery({
    queryKey: carryKeys.preview(id, period),
    queryFn: () => PreviewCarryForward(id, period),
    enabled: enabled && period !== '',
    staleTime: 0,
    retry: false,
    placeholderData: keepPreviousData,
  });

/** Starts the plan of `period` from plan `id`; the account's list of plans follows. */
export const useCarryForward = (accountId: number) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; period: string }) => CarryForward(v.id, v.period),
    meta: { handlesErrors: true },
    onSuccess: (p) => {
      qc.setQueryData(plansKeys.one(p.id), p);
      void qc.invalidateQueries({ queryKey: plansKeys.list(accountId) });
      void qc.invalidateQueries({ queryKey: [...plansKeys.all, 'carry'] });
    },
  });
};
