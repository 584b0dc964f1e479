import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import * as Accounts from '../../../../wailsjs/go/app/AccountsAPI';
import * as Appraisals from '../../../../wailsjs/go/app/AppraisalsAPI';
import * as Onboarding from '../../../../wailsjs/go/app/OnboardingAPI';
import * as Team from '../../../../wailsjs/go/app/TeamAPI';
import { backend } from '../../../../wailsjs/go/models';

export const teamKeys = {
  overview: ['team', 'overview'] as const,
  people: ['team', 'people'] as const,
  roles: ['team', 'roles'] as const,
};

export const useTeamOverview = () =>
  useQuery({ queryKey: teamKeys.overview, queryFn: () => Team.Overview() });
export const usePeople = () => useQuery({ queryKey: teamKeys.people, queryFn: () => Team.People() });
export const useRoles = () => useQuery({ queryKey: teamKeys.roles, queryFn: () => Team.Roles() });
export const useAllocations = (personId: number, accountId: number) =>
  useQuery({
    queryKey: ['team', 'allocations', personId, accountId],
    queryFn: () => Team.Allocations(personId, accountId),
  });
export const useAccountOptions = () =>
  useQuery({
    queryKey: ['accounts', 'list', 'options'],
    queryFn: () => Accounts.List({ id: 0, search: '', tier: '', health: '', status: '' }),
  });

export const useSavePerson = () =>
  useMutation({ mutationFn: (p: backend.Person) => Team.SavePerson(p), meta: { handlesErrors: true } });
export const useDeletePerson = () => useMutation({ mutationFn: (id: number) => Team.DeletePerson(id) });
/** What saving the allocation would do to the person's load (Go's rule); nothing is saved. */
export const useCheckAllocation = (a: backend.Allocation | null) =>
  useQuery({
    queryKey: ['team', 'check-allocation', a],
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
    queryKey: ['onboarding', 'list'],
    queryFn: () => Onboarding.List(),
    select: (l) => l.filter((o) => o.personId === personId),
  });
export const usePersonAppraisals = (personId: number) =>
  useQuery({ queryKey: ['appraisals', 'history', personId], queryFn: () => Appraisals.History(personId) });
