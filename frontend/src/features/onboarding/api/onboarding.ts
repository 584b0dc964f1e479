import { useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import * as O from '../../../../wailsjs/go/app/OnboardingAPI';
import { backend } from '../../../../wailsjs/go/models';
import { onboardingsQueryOptions, sharedKeys } from '@/lib/shared-queries';
import { rosterQueryOptions } from '@/lib/roster';

export const onboardingKeys = {
  list: sharedKeys.onboardings,
  one: (id: number) => ['onboarding', id] as const,
  templates: ['onboarding', 'templates'] as const,
  templateDraft: (id: number) => ['onboarding', 'template-draft', id] as const,
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
/** The template's kept draft: edits that could not be saved yet (savedAt "" when none). */
export const useTemplateDraft = (id: number) =>
  useQuery({ queryKey: onboardingKeys.templateDraft(id), queryFn: () => O.TemplateDraft(id), staleTime: 0 });

/*
 * The template editor calls the bindings directly rather than through a
 * mutation, so a closing page starts the call at once (see accounts/api/plans.ts).
 */

/** Saves a template (version must be the one read; else conflict). */
export async function saveTemplate(qc: QueryClient, t: backend.Template): Promise<backend.Template> {
  const saved = await O.SaveTemplate(t);
  qc.setQueryData<backend.Template[]>(onboardingKeys.templates, (list) =>
    list?.map((x) => (x.id === saved.id ? saved : x)),
  );
  return saved;
}

export async function keepTemplateDraft(
  qc: QueryClient,
  id: number,
  d: { body: string; baseVersion: number },
): Promise<void> {
  qc.setQueryData(
    onboardingKeys.templateDraft(id),
    await O.KeepTemplateDraft(id, backend.Draft.createFrom({ ...d, savedAt: '' })),
  );
}

export async function discardTemplateDraft(qc: QueryClient, id: number): Promise<void> {
  await O.DiscardTemplateDraft(id);
  qc.setQueryData(
    onboardingKeys.templateDraft(id),
    backend.Draft.createFrom({ body: '', baseVersion: 0, savedAt: '' }),
  );
}

/** Writes the checklist as a PDF into folder; resolves to the file's path. */
export const saveChecklistPdf = (id: number, folder: string) => O.SavePDF(id, folder);
