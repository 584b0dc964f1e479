import { keepPreviousData, useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import * as Appraisals from '../../../../wailsjs/go/app/AppraisalsAPI';
import * as Team from '../../../../wailsjs/go/app/TeamAPI';
import { backend } from '../../../../wailsjs/go/models';
import { everyAccountQueryOptions, onboardingsQueryOptions, sharedKeys } from '@/lib/shared-queries';
import { rosterQueryOptions } from '@/lib/roster';

export const teamKeys = {
  overview: ['team', 'overview'] as const,
  people: sharedKeys.roster,
  roles: ['team', 'roles'] as const,
  allocations: (personId: number, accountId: number) => ['team', 'allocations', personId, accountId] as const,
  checkAllocation: (a: backend.Allocation | null) => ['team', 'check-allocation', a] as const,
  loggedHours: (personId: number) => ['team', 'logged-hours', personId] as const,
  personDraft: (personId: number) => ['team', 'person-draft', personId] as const,
  // Under "appraisals": locking the appraisals forgets it with the rest of them.
  appraisalHistory: (personId: number) => ['appraisals', 'history', personId] as const,
};

export const useTeamOverview = () =>
  useQuery({ queryKey: teamKeys.overview, queryFn: () => Team.Overview() });
export const usePeople = () => useQuery(rosterQueryOptions());
export const useRoles = () => useQuery({ queryKey: teamKeys.roles, queryFn: () => Team.Roles() });
export const useAllocations = (personId: number, accountId: number) =>
  useQuery({
    queryKey: teamKeys.allocations(personId, accountId),
    queryFn: () => Team.Allocations(personId, accountId),
  });
/** Hours the person's timesheets logged per account and month (last 12 months), beside what was planned. */
export const useLoggedHours = (personId: number) =>
  useQuery({ queryKey: teamKeys.loggedHours(personId), queryFn: () => Team.LoggedHours(personId) });
export const useAccountOptions = () => useQuery(everyAccountQueryOptions());

export const useSavePerson = () =>
  useMutation({ mutationFn: (p: backend.Person) => Team.SavePerson(p), meta: { handlesErrors: true } });
/** The person's kept draft: details that could not be saved yet (savedAt "" when none). */
export const usePersonDraft = (id: number) =>
  useQuery({ queryKey: teamKeys.personDraft(id), queryFn: () => Team.PersonDraft(id), staleTime: 0 });

/*
 * The person page's editor calls the bindings directly rather than through a
 * mutation, so a closing page starts the call at once (see accounts/api/plans.ts).
 */

/** Saves the person's details (version must be the one read; else conflict). */
export async function savePerson(qc: QueryClient, p: backend.Person): Promise<backend.Person> {
  const saved = await Team.SavePerson(p);
  qc.setQueryData<backend.Person[]>(teamKeys.people, (list) =>
    list?.map((x) => (x.id === saved.id ? saved : x)),
  );
  void qc.invalidateQueries({
    predicate: (q) => q.queryKey[0] !== teamKeys.people[0] || q.queryKey[1] !== teamKeys.people[1],
  });
  return saved;
}

export async function keepPersonDraft(
  qc: QueryClient,
  id: number,
  d: { body: string; baseVersion: number },
): Promise<void> {
  qc.setQueryData(
    teamKeys.personDraft(id),
    await Team.KeepPersonDraft(id, backend.Draft.createFrom({ ...d, savedAt: '' })),
  );
}

export async function discardPersonDraft(qc: QueryClient, id: number): Promise<void> {
  await Team.DiscardPersonDraft(id);
  qc.setQueryData(
    teamKeys.personDraft(id),
    backend.Draft.createFrom({ body: '', baseVersion: 0, savedAt: '' }),
  );
}

export const useDeletePerson = () => useMutation({ mutationFn: (id: number) => Team.DeletePerson(id) });
/** What saving the allocation would do to the person's load (Go's rule); nothing is saved. */
export const useCheckAllocation = (a: backend.Allocation | null) =>
  useQuery({
    queryKey: teamKeys.checkAllocation(a),
    queryFn: () => Team.CheckAllocation(a!),
    enabled: a !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
export const useSaveAllocation = () =>
  useMutation({
    mutationFn: (a: backend.Allocation) => Team.SaveAllocation(a),
    meta: { handlesErrors: true },
  });
export const useDeleteAllocation = () =>
  useMutation({ mutationFn: (id: number) => Team.DeleteAllocation(id) });
export const useSaveRoles = () =>
  useMutation({ mutationFn: (r: string[]) => Team.SaveRoles(r), meta: { handlesErrors: true } });

/** The person's onboardings (from the list of all) and appraisal history. */
export const usePersonOnboardings = (personId: number) =>
  useQuery({
    ...onboardingsQueryOptions(),
    select: (l) => l.filter((o) => o.personId === personId),
  });
export const usePersonAppraisals = (personId: number) =>
  useQuery({ queryKey: teamKeys.appraisalHistory(personId), queryFn: () => Appraisals.History(personId) });
