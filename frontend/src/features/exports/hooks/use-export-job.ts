import { useEffect, useRef, useState } from 'react';
import { app, backend } from '../../../../wailsjs/go/models';
import { notifySuccess } from '@/lib/notify';
import {
  isRunning,
  useCancelExport,
  useExportProgress,
  useRefreshRuns,
  useStartExport,
} from '../api/exports';

/**
 * One export at a time: starts it, follows its progress, cancels it, and
 * when it finishes says so once and refreshes the history.
 */
export function useExportJob() {
  const startExport = useStartExport();
  const cancelExport = useCancelExport();
  const [jobId, setJobId] = useState<number | null>(null);
  const progress = useExportProgress(jobId);
  const refreshRuns = useRefreshRuns();
  const announced = useRef<number | null>(null);
  useEffect(() => {
    const p = progress.data;
    if (!p || isRunning(p) || announced.current === p.id) return;
    announced.current = p.id;
    refreshRuns();
    if (p.state === 'done' && p.run)
      notifySuccess(`${p.run.files.length} file(s) written to ${p.run.destination}`, 'Export done');
  }, [progress.data, refreshRuns]);

  return {
    progress: progress.data,
    running: startExport.isPending || isRunning(progress.data),
    start: (target: app.ExportTarget, req: backend.ExportRequest, onError: (e: unknown) => void) =>
      startExport.mutate({ target, req }, { onSuccess: (p) => setJobId(p.id), onError }),
    cancelling: cancelExport.isPending,
    cancel: (id: number) => cancelExport.mutate(id),
  };
}
