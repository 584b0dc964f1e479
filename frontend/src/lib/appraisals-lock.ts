import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as A from '../../wailsjs/go/app/AppraisalsAPI';
import { isAppError, toAppError } from './errors';

// Shared, not in features/appraisals: the dashboard, the team and settings screens and the
// query client all ask whether appraisals are locked.
export const lockStatusKey = ['appraisalsLock'] as const;

/** Whether an appraisals passphrase is set and whether appraisals are open now. */
export const useLockStatus = () =>
  useQuery({ queryKey: lockStatusKey, queryFn: () => A.LockStatus(), staleTime: 0 });

export const useUnlock = () =>
  useMutation({ mutationFn: (passphrase: string) => A.Unlock(passphrase), meta: { handlesErrors: true } });
export const useLockNow = () => {
  const qc = useQueryClient();
  // Appraisals read before locking do not stay in memory.
  return useMutation({
    mutationFn: () => A.LockNow(),
    onSuccess: () => qc.removeQueries({ queryKey: ['appraisals'], type: 'inactive' }),
  });
};
export const useSetPassphrase = () =>
  useMutation({
    mutationFn: (v: { current: string; next: string }) => A.SetPassphrase(v.current, v.next),
    meta: { handlesErrors: true },
  });
export const useRemovePassphrase = () =>
  useMutation({
    mutationFn: (current: string) => A.RemovePassphrase(current),
    meta: { handlesErrors: true },
  });

/** True when a call was refused because the Appraisals section is locked. */
export function isAppraisalsLocked(e: unknown): boolean {
  const err = isAppError(e) ? e : toAppError(e);
  return err.code === 'locked' && err.field === 'passphrase';
}

/**
 * Whether appraisals are locked now, for screens that show them beside other
 * things: the lock status says so, or the appraisal read (its error) was refused.
 */
export function useAppraisalsLocked(readError: unknown): boolean {
  const lock = useLockStatus();
  return (
    (!!lock.data?.enabled && !lock.data.unlocked) || (readError != null && isAppraisalsLocked(readError))
  );
}
