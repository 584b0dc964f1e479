import { useMutation, useQuery } from '@tanstack/react-query';
import * as O from '../../../../wailsjs/go/app/OnboardingAPI';
import { backend } from '../../../../wailsjs/go/models';
import { onboardingsQueryOptions, sharedKeys } from '@/lib/shared-queries';
import { rosterQueryOptions } from '@/lib/roster';

export const onboardingKeys = {
  list: sharedKeys.onboardings,
  one: (id: number) => ['onboarding', id] as const,
  templates: ['onboarding', 'templates'] as const,
};

export const useOnboardings = () => useQuery(onboardingsQueryOptions());
export const useOnboarding = (id: number) =>
  useQuery({ queryKey: onboardingKeys.one(id), queryFn: () => O.Get(id) });
export const useTemplates = () =>
  useQuery({ queryKey: onboardingKeys.templates, queryFn: () => O.Templates() });
export const useRoster = () => useQuery(rosterQueryOptions());
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

/** Writes the checklist as a PDF into folder; resolves to the file's path. */
export const saveChecklistPdf = (id: number, folder: string) => O.SavePDF(id, folder);
