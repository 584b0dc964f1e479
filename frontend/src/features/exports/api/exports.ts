import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  Cancel,
  DeletePlace,
  Places,
  Progress,
  Rollup,
  RollupPDF,
  Runs,
  SavePlace,
  Start,
  TestWebDAV,
} from '../../../../wailsjs/go/app/ExportsAPI';
import { app, backend } from '../../../../wailsjs/go/models';
import { everyAccountQueryOptions } from '@/lib/shared-queries';

export const exportsKeys = {
  runs: ['exports', 'runs'] as const,
  progress: (id: number | null) => ['exports', 'progress', id] as const,
  places: ['exports', 'places'] as const,
};

/** The target Go writes to (or reads from): the trimmed address and the login as typed. */
export const targetOf = (w: { destination: string; user: string; password: string }) =>
  app.ExportTarget.createFrom({ destination: w.destination.trim(), user: w.user, password: w.password });

export const useExportRuns = () => useQuery({ queryKey: exportsKeys.runs, queryFn: () => Runs() });
export const useAccountNames = () => useQuery(everyAccountQueryOptions());
/** Starts an export; its first progress is cached at once, so the bar shows before the first poll. */
export const useStartExport = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { target: app.ExportTarget; req: backend.ExportRequest }) => Start(v.target, v.req),
    meta: { handlesErrors: true },
    onSuccess: (p) => qc.setQueryData(exportsKeys.progress(p.id), p),
  });
};
export const useCancelExport = () => useMutation({ mutationFn: (id: number) => Cancel(id) });

/** True while an export is still working. */
export const isRunning = (p?: app.ExportProgress) => p?.state === 'preparing' || p?.state === 'writing';

/** An export's progress, asked for four times a second until it finishes. */
export const useExportProgress = (id: number | null) =>
  useQuery({
    queryKey: exportsKeys.progress(id),
    queryFn: () => Progress(id ?? 0),
    enabled: id !== null,
    refetchInterval: (q) => (isRunning(q.state.data) ? 250 : false),
    staleTime: Infinity,
  });
export const useTestWebDAV = () =>
  useMutation({ mutationFn: (t: app.ExportTarget) => TestWebDAV(t), meta: { handlesErrors: true } });
export const useRollup = () =>
  useMutation({ mutationFn: (t: app.ExportTarget) => Rollup(t), meta: { handlesErrors: true } });
export const useRollupPDF = () =>
  useMutation({ mutationFn: (t: app.ExportTarget) => RollupPDF(t), meta: { handlesErrors: true } });

/** Refreshes the history once an export has finished. */
export const useRefreshRuns = () => {
  const qc = useQueryClient();
  return useCallback(() => void qc.invalidateQueries({ queryKey: exportsKeys.runs }), [qc]);
};

export const usePlaces = () => useQuery({ queryKey: exportsKeys.places, queryFn: () => Places() });
export const useSavePlace = () =>
  useMutation({
    mutationFn: (v: { place: backend.ExportPlace; password: string }) => SavePlace(v.place, v.password),
    meta: { handlesErrors: true },
  });
export const useDeletePlace = () =>
  useMutation({ mutationFn: (name: string) => DeletePlace(name), meta: { handlesErrors: true } });
