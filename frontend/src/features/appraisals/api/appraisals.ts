import { useMutation, useQuery } from '@tanstack/react-query';
import * as A from '../../../../wailsjs/go/app/AppraisalsAPI';
import { Get as GetSettings } from '../../../../wailsjs/go/app/SettingsAPI';
import { People } from '../../../../wailsjs/go/app/TeamAPI';
import { backend } from '../../../../wailsjs/go/models';

export const useCycles = () => useQuery({ queryKey: ['appraisals', 'cycles'], queryFn: () => A.Cycles() });
export const useCycleAppraisals = (id: number) => useQuery({ queryKey: ['appraisals', 'cycle', id], queryFn: () => A.CycleAppraisals(id) });
export const useAppraisal = (id: number) => useQuery({ queryKey: ['appraisals', id], queryFn: () => A.Get(id) });
export const useAudit = (id: number) => useQuery({ queryKey: ['appraisals', id, 'audit'], queryFn: () => A.Audit(id) });
export const useEvidence = (personId: number, from: string, to: string) =>
  useQuery({ queryKey: ['appraisals', 'evidence', personId, from, to], queryFn: () => A.Evidence(personId, from, to), enabled: !!personId });
export const useRoster = () => useQuery({ queryKey: ['team', 'people'], queryFn: () => People() });

export const useSaveCycle = () => useMutation({ mutationFn: (c: backend.Cycle) => A.SaveCycle(c), meta: { handlesErrors: true } });
export const useCycleStatus = () =>
  useMutation({ mutationFn: (v: { id: number; status: string; reason: string }) => A.SetCycleStatus(v.id, v.status, v.reason), meta: { handlesErrors: true } });
export const useAddParticipants = () => useMutation({ mutationFn: (v: { cycleId: number; ids: number[] }) => A.AddParticipants(v.cycleId, v.ids) });
export const useSaveAppraisal = () => useMutation({ mutationFn: (a: backend.Appraisal) => A.Save(a), meta: { handlesErrors: true } });
export const useMoveAppraisal = () => useMutation({ mutationFn: (v: { id: number; to: string }) => A.Move(v.id, v.to), meta: { handlesErrors: true } });
export const useReopen = () => useMutation({ mutationFn: (v: { id: number; reason: string }) => A.Reopen(v.id, v.reason), meta: { handlesErrors: true } });
export const useAcknowledge = () => useMutation({ mutationFn: (v: { id: number; comment: string }) => A.Acknowledge(v.id, v.comment), meta: { handlesErrors: true } });
export const useCurrency = () => useQuery({ queryKey: ['settings'], queryFn: () => GetSettings(), staleTime: 60_000 }).data?.currency ?? 'USD';
