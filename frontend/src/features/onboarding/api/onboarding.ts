import { useMutation, useQuery } from '@tanstack/react-query';
import * as O from '../../../../wailsjs/go/app/OnboardingAPI';
import { People } from '../../../../wailsjs/go/app/TeamAPI';
import { backend } from '../../../../wailsjs/go/models';

export const useOnboardings = () => useQuery({ queryKey: ['onboarding', 'list'], queryFn: () => O.List() });
export const useOnboarding = (id: number) =>
  useQuery({ queryKey: ['onboarding', id], queryFn: () => O.Get(id) });
export const useTemplates = () =>
  useQuery({ queryKey: ['onboarding', 'templates'], queryFn: () => O.Templates() });
export const useRoster = () => useQuery({ queryKey: ['team', 'people'], queryFn: () => People() });
export const useStartOnboarding = () =>
  useMutation({
    mutationFn: (v: { personId: number; templateId: number; start: string; buddyId: number }) =>
      O.Start(v.personId, v.templateId, v.start, v.buddyId),
    meta: { handlesErrors: true },
  });
export const useUpdateTask = () => useMutation({ mutationFn: (u: backend.TaskUpdate) => O.UpdateTask(u) });
export const useSetStartDate = () =>
  useMutation({
    mutationFn: (v: { id: number; start: string }) => O.SetStartDate(v.id, v.start),
    meta: { handlesErrors: true },
  });
export const useSetTaskDue = () =>
  useMutation({
    mutationFn: (v: { taskId: number; due: string }) => O.SetTaskDue(v.taskId, v.due),
    meta: { handlesErrors: true },
  });
export const useCloseOnboarding = () =>
  useMutation({
    mutationFn: (v: { id: number; reason: string }) => O.Close(v.id, v.reason),
    meta: { handlesErrors: true },
  });
export const useCopyTemplate = () => useMutation({ mutationFn: (id: number) => O.CopyTemplate(id) });
export const useSaveTemplate = () =>
  useMutation({ mutationFn: (t: backend.Template) => O.SaveTemplate(t), meta: { handlesErrors: true } });
