import { queryOptions, useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import {
  Create,
  Delete,
  DiscardDraft,
  Draft,
  Get,
  HealthHistory,
  KeepDraft,
  List,
  Update,
} from '../../../../wailsjs/go/app/AccountsAPI';
import { backend } from '../../../../wailsjs/go/models';
import { settingsQueryOptions } from '@/lib/settings';
import { accountsKeys, isAccountRecord } from './keys';

export { accountsKeys };

export const listAccountsQuery = (f: backend.AccountFilter) =>
  queryOptions({ queryKey: accountsKeys.list(f), queryFn: () => List(f) });
export const useAccounts = (f: backend.AccountFilter) =>
  useQuery({ ...listAccountsQuery(f), placeholderData: (prev) => prev });

export const accountQuery = (id: number) =>
  queryOptions({ queryKey: accountsKeys.one(id), queryFn: () => Get(id) });
export const useAccount = (id: number) => useQuery(accountQuery(id));

/** One account's row of the list, which carries the QBR standing the rule worked out. */
export const useAccountSummary = (id: number) =>
  useQuery({
    queryKey: accountsKeys.summary(id),
    queryFn: () => List({ id, search: '', tier: '', health: '', status: '', completenessBelow: 0 }),
    select: (l) => l[0],
  });

export const useHealthHistory = (id: number) =>
  useQuery({ queryKey: accountsKeys.health(id), queryFn: () => HealthHistory(id) });

/** Creates an account; form errors are shown on the form. */
export const useCreateAccount = () =>
  useMutation({ mutationFn: (a: backend.Account) => Create(a), meta: { handlesErrors: true } });

/** The account's kept draft: details that could not be saved yet (savedAt "" when none). */
export const useAccountDraft = (id: number) =>
  useQuery({ queryKey: accountsKeys.draft(id), queryFn: () => Draft(id), staleTime: 0 });

/*
 * The details editor calls the bindings directly rather than through a
 * mutation, so a closing page starts the call at once (see plans.ts).
 */

/** Saves an account (version must be the one read; else conflict). */
export async function saveAccount(qc: QueryClient, a: backend.Account): Promise<backend.Account> {
  const saved = await Update(a);
  qc.setQueryData(accountsKeys.one(saved.id), saved);
  void qc.invalidateQueries({ predicate: (q) => !isAccountRecord(q.queryKey, saved.id) });
  return saved;
}

export async function keepAccountDraft(
  qc: QueryClient,
  id: number,
  d: { body: string; baseVersion: number },
): Promise<void> {
  qc.setQueryData(
    accountsKeys.draft(id),
    await KeepDraft(id, backend.Draft.createFrom({ ...d, savedAt: '' })),
  );
}

export async function discardAccountDraft(qc: QueryClient, id: number): Promise<void> {
  await DiscardDraft(id);
  qc.setQueryData(
    accountsKeys.draft(id),
    backend.Draft.createFrom({ body: '', baseVersion: 0, savedAt: '' }),
  );
}

export const useDeleteAccount = () => useMutation({ mutationFn: (id: number) => Delete(id) });

/** The workspace currency, for money on these screens. */
export const useCurrency = () => useQuery(settingsQueryOptions()).data?.currency ?? 'USD';
