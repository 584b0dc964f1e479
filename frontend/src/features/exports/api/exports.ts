import { useMutation, useQuery } from '@tanstack/react-query';
import { List } from '../../../../wailsjs/go/app/AccountsAPI';
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

export const useExportRuns = () => useQuery({ queryKey: ['exports', 'runs'], queryFn: () => Runs() });
export const useAccountNames = () =>
  useQuery({
    queryKey: ['accounts', 'list', 'export'],
    queryFn: () => List({ id: 0, search: '', tier: '', health: '', status: '' }),
  });
export const useStartExport = () =>
  useMutation({
    mutationFn: (v: { target: app.ExportTarget; req: backend.ExportRequest }) => Start(v.target, v.req),
    meta: { handlesErrors: true },
  });
export const useCancelExport = () => useMutation({ mutationFn: (id: number) => Cancel(id) });

/** True while an export is still working. */
export const isRunning = (p?: app.ExportProgress) => p?.state === 'preparing' || p?.state === 'writing';

/** An export's progress, asked for four times a second until it finishes. */
export const useExportProgress = (id: number | null) =>
  useQuery({
    queryKey: ['exports', 'progress', id],
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

export const usePlaces = () => useQuery({ queryKey: ['exports', 'places'], queryFn: () => Places() });
export const useSavePlace = () =>
  useMutation({
    mutationFn: (v: { place: backend.ExportPlace; password: string }) => SavePlace(v.place, v.password),
    meta: { handlesErrors: true },
  });
export const useDeletePlace = () =>
  useMutation({ mutationFn: (name: string) => DeletePlace(name), meta: { handlesErrors: true } });
