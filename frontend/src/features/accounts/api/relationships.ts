import { useMutation, useQuery } from '@tanstack/react-query';
import * as Stakeholders from '../../../../wailsjs/go/app/StakeholdersAPI';
import { backend } from '../../../../wailsjs/go/models';
import { rosterQueryOptions } from '@/lib/roster';
import { accountsKeys } from './keys';

/** An account's people with their relations and the warnings worked out from them. */
export const useRelationshipMap = (accountId: number) =>
  useQuery({
    queryKey: accountsKeys.relationships(accountId),
    queryFn: () => Stakeholders.Map(accountId),
    enabled: accountId > 0,
  });

/** The stakeholder editor's save: the person and their relations together, both or neither. */
export const useSaveWithRelations = () =>
  useMutation({
    mutationFn: (v: { stakeholder: backend.Stakeholder; relations: backend.Relations }) =>
      Stakeholders.SaveWithRelations(v.stakeholder, v.relations),
    meta: { handlesErrors: true },
  });

/** The team roster, for the agency owner of each stakeholder (leavers included, so an old owner still shows). */
export const useRoster = () => useQuery({ ...rosterQueryOptions(), staleTime: 30_000 });
