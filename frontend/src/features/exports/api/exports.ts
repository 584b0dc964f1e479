import { useMutation, useQuery } from '@tanstack/react-query';
import { List } from '../../../../wailsjs/go/app/AccountsAPI';
import { Rollup, RollupPDF, Run, Runs, TestWebDAV } from '../../../../wailsjs/go/app/ExportsAPI';
import { app, backend } from '../../../../wailsjs/go/models';

export const useExportRuns = () => useQuery({ queryKey: ['exports', 'runs'], queryFn: () => Runs() });
export const useAccountNames = () =>
  useQuery({ queryKey: ['accounts', 'list', 'export'], queryFn: () => List({ id: 0, search: '', tier: '', health: '', status: '' }) });
export const useRunExport = () =>
  useMutation({ mutationFn: (v: { target: app.ExportTarget; req: backend.ExportRequest }) => Run(v.target, v.req), meta: { handlesErrors: true } });
export const useTestWebDAV = () => useMutation({ mutationFn: (t: app.ExportTarget) => TestWebDAV(t), meta: { handlesErrors: true } });
export const useRollup = () => useMutation({ mutationFn: (folder: string) => Rollup(folder), meta: { handlesErrors: true } });
export const useRollupPDF = () => useMutation({ mutationFn: (folder: string) => RollupPDF(folder), meta: { handlesErrors: true } });
