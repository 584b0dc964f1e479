import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
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
