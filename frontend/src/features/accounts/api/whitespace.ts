import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as W from '../../../../wailsjs/go/app/WhitespaceAPI';
import { backend } from '../../../../wailsjs/go/models';
import { accountsKeys } from './keys';

/** An account's whitespace grid: divisions × service lines, with share of wallet and untapped potential. */
export const useWhitespaceGrid = (accountId: number) =>
  useQuery({
    queryKey: accountsKeys.whitespace(accountId),
    queryFn: () => W.Grid(accountId),
    enabled: accountId > 0,
  });

/** Every grid write answers with the whole grid, which replaces the cached one. */
const useGridWrite = <V>(accountId: number, call: (v: V) => Promise<backend.Grid>, touchesPlans = false) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    meta: { handlesErrors: true },
    onSuccess: (grid) => {
      qc.setQueryData(accountsKeys.whitespace(accountId), grid);
      // The opportunity is now in the plan: its editor, versions and every figure that follows
      // from it (as a plan save does), everything but the grid just received.
      const gridKey = accountsKeys.whitespace(accountId);
      if (touchesPlans)
        void qc.invalidateQueries({ predicate: (q) => gridKey.some((k, i) => q.queryKey[i] !== k) });
    },
  });
};

export const useSaveDivision = (accountId: number) =>
  useGridWrite(accountId, (d: { id: number; name: string }) =>
    W.SaveDivision(backend.Division.createFrom({ ...d, accountId })),
  );

export const useRemoveDivision = (accountId: number) =>
  useGridWrite(accountId, (id: number) => W.RemoveDivision(id));

export const useSaveCell = (accountId: number) => useGridWrite(accountId, (c: backend.Cell) => W.SaveCell(c));

export const useMakeOpportunity = (accountId: number) =>
  useGridWrite(
    accountId,
    (c: { divisionId: number; serviceLineId: number }) => W.MakeOpportunity(c.divisionId, c.serviceLineId),
    true,
  );
