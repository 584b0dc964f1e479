import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isAppraisalsLocked, lockStatusKey } from '@/lib/appraisals-lock';
import { toAppError } from '@/lib/errors';
import { notifyError } from '@/lib/notify';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { handlesErrors?: boolean };
  }
}

/**
 * One query client. Failures of writes become one toast unless the caller
 * shows them on a form; any successful write marks every cached read stale,
 * because figures on other screens (Dashboard, lists) derive from it.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // Screens show their own error state for reads; only background refetch failures toast.
      onError: (error, query) => {
        // Appraisals locked themselves (idle too long): the gate asks for the passphrase.
        if (isAppraisalsLocked(error)) {
          if (query.queryKey[0] !== lockStatusKey[0])
            void client.invalidateQueries({ queryKey: lockStatusKey });
          return;
        }
        if (query.state.data !== undefined) notifyError(error, 'Could not refresh');
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (isAppraisalsLocked(error)) void client.invalidateQueries({ queryKey: lockStatusKey });
        if (!mutation.meta?.handlesErrors) notifyError(error);
      },
      onSuccess: () => {
        void client.invalidateQueries();
      },
    }),
    defaultOptions: {
      queries: {
        // Retry once what may be passing (a busy moment), never what an answer settled.
        retry: (count, error) =>
          count < 1 && !['locked', 'invalid', 'not_found'].includes(toAppError(error).code),
        refetchOnWindowFocus: false,
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
