import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { Create, Delete, Get, HealthHistory, List, Update } from '../../../../wailsjs/go/app/AccountsAPI';
import { Get as GetSettings } from '../../../../wailsjs/go/app/SettingsAPI';
import { backend } from '../../../../wailsjs/go/models';

export const accountsKeys = {
  all: ['accounts'] as const,
  list: (f: backend.AccountFilter) => ['accounts', 'list', f] as const,
  one: (id: number) => ['accounts', id] as const,
  health: (id: number) => ['accounts', id, 'health'] as const,
};

export const listAccountsQuery = (f: backend.AccountFilter) => queryOptions({ queryKey: accountsKeys.list(f), queryFn: () => List(f) });
export const useAccounts = (f: backend.AccountFilter) => useQuery({ ...listAccountsQuery(f), placeholderData: (prev) => prev });

export const accountQuery = (id: number) => queryOptions({ queryKey: accountsKeys.one(id), queryFn: () => Get(id) });
export const useAccount = (id: number) => useQuery(accountQuery(id));

export const useHealthHistory = (id: number) => useQuery({ queryKey: accountsKeys.health(id), queryFn: () => HealthHistory(id) });

/** Creates an account; form errors are shown on the form. */
export const useCreateAccount = () => useMutation({ mutationFn: (a: backend.Account) => Create(a), meta: { handlesErrors: true } });

/** Saves an account (version must be the one read; else conflict). */
export const useUpdateAccount = () => useMutation({ mutationFn: (a: backend.Account) => Update(a), meta: { handlesErrors: true } });

export const useDeleteAccount = () => useMutation({ mutationFn: (id: number) => Delete(id) });

/** The workspace currency, for money on these screens. */
export const useCurrency = () => {
  const q = useQuery({ queryKey: ['settings'], queryFn: () => GetSettings(), staleTime: 60_000 });
  return q.data?.currency ?? 'USD';
};
