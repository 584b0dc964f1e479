import { useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import * as O from '../../../../wailsjs/go/app/OneOnOnesAPI';
import { backend } from '../../../../wailsjs/go/models';
import { cyclesQueryOptions, oneOnOneSchedulesQueryOptions } from '@/lib/shared-queries';

// 1:1s and feedback notes are as confidential as appraisals: their keys are
// under "appraisals", so locking the appraisals forgets them with the rest.
export const oneOnOneKeys = {
  list: (personId: number) => ['appraisals', 'oneOnOnes', 'list', personId] as const,
  detail: (id: number) => ['appraisals', 'oneOnOnes', 'detail', id] as const,
  draft: (id: number) => ['appraisals', 'oneOnOnes', 'draft', id] as const,
  notes: (personId: number) => ['appraisals', 'oneOnOnes', 'notes', personId] as const,
};

export const useSchedules = () => useQuery(oneOnOneSchedulesQueryOptions());
/** Competencies to tie a note to: those of the review cycles, by key. */
export const useCompetencies = () =>
  useQuery({
    ...cyclesQueryOptions(),
    select: (cycles) => {
      const seen = new Map<string, string>();
      for (const c of cycles) for (const k of c.competencies) if (!seen.has(k.key)) seen.set(k.key, k.name);
      return [...seen].map(([value, label]) => ({ value, label }));
    },
  });

export const useOneOnOnes = (personId: number) =>
  useQuery({ queryKey: oneOnOneKeys.list(personId), queryFn: () => O.List(personId) });
export const useOneOnOne = (id: number) =>
  useQuery({ queryKey: oneOnOneKeys.detail(id), queryFn: () => O.Get(id) });
export const useOneOnOneDraft = (id: number) =>
  useQuery({ queryKey: oneOnOneKeys.draft(id), queryFn: () => O.Draft(id), staleTime: 0 });
export const useNotes = (personId: number) =>
  useQuery({ queryKey: oneOnOneKeys.notes(personId), queryFn: () => O.Notes(personId) });

export const useSetCadence = () =>
  useMutation({
    mutationFn: (v: { personId: number; cadence: string }) => O.SetCadence(v.personId, v.cadence),
  });
/** Opens the person's 1:1 of today, made with the unchecked points of the one before. */
export const useStartOneOnOne = () =>
  useMutation({ mutationFn: (personId: number) => O.Start(personId, '') });
export const useDeleteOneOnOne = () => useMutation({ mutationFn: (id: number) => O.Delete(id) });
export const useSaveNote = () =>
  useMutation({ mutationFn: (n: backend.FeedbackNote) => O.SaveNote(n), meta: { handlesErrors: true } });
export const useDeleteNote = () => useMutation({ mutationFn: (id: number) => O.DeleteNote(id) });

/*
 * The 1:1 editor calls these directly rather than through a mutation, so a
 * closing page starts the call at once (see accounts/api/plans.ts).
 */

export async function saveOneOnOne(qc: QueryClient, m: backend.OneOnOne): Promise<backend.OneOnOne> {
  const saved = await O.Save(m);
  qc.setQueryData(oneOnOneKeys.detail(saved.id), saved);
  void qc.invalidateQueries({ queryKey: oneOnOneKeys.list(saved.personId) });
  void qc.invalidateQueries({ queryKey: oneOnOneSchedulesQueryOptions().queryKey });
  return saved;
}

export async function keepOneOnOneDraft(
  qc: QueryClient,
  id: number,
  d: { body: string; baseVersion: number },
): Promise<void> {
  qc.setQueryData(
    oneOnOneKeys.draft(id),
    await O.KeepDraft(id, backend.Draft.createFrom({ ...d, savedAt: '' })),
  );
}

export async function discardOneOnOneDraft(qc: QueryClient, id: number): Promise<void> {
  await O.DiscardDraft(id);
  qc.setQueryData(
    oneOnOneKeys.draft(id),
    backend.Draft.createFrom({ body: '', baseVersion: 0, savedAt: '' }),
  );
}
