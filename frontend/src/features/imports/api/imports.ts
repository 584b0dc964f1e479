import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Append,
  Batches,
  Begin,
  Cancel,
  Dates,
  Discard,
  FailedRowsCSV,
  Open,
  Progress,
  Propose,
  SaveFailedRows,
  StartImport,
  StartPreview,
  Undo,
} from '../../../../wailsjs/go/app/ImportsAPI';
import { app, backend } from '../../../../wailsjs/go/models';

/** The largest file the import takes (the Go side says the same). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** Bytes sent per call: well under the browser mode's 8 MB per request once in base64. */
export const CHUNK_BYTES = 1536 * 1024;

/** Bytes → base64, in slices so a large file never overflows the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * Sends a chosen file to AccountDesk in pieces (the same way in the desktop
 * window and the browser) and opens it; onProgress gets the share sent, 0–1.
 */
export async function sendFile(file: File, onProgress: (sent: number) => void): Promise<app.StagedFile> {
  const token = await Begin(file.name, file.size);
  for (let at = 0; at < file.size; at += CHUNK_BYTES) {
    const piece = new Uint8Array(await file.slice(at, at + CHUNK_BYTES).arrayBuffer());
    const got = await Append(token, toBase64(piece));
    onProgress(got / file.size);
  }
  return Open(token);
}

export const useSendFile = () =>
  useMutation({
    mutationFn: (v: { file: File; onProgress: (sent: number) => void }) => sendFile(v.file, v.onProgress),
    meta: { handlesErrors: true },
  });

export const useDiscardFile = () => useMutation({ mutationFn: (token: string) => Discard(token) });

export const usePropose = () =>
  useMutation({
    mutationFn: (v: { token: string; kind: string }) => Propose(v.token, v.kind),
    meta: { handlesErrors: true },
  });

/** Whether the dates of the columns mapped to date fields could be read two ways. */
export const dateQuestion = (token: string, mapping: backend.ImportMapping) =>
  Dates(token, backend.ImportMapping.createFrom({ ...mapping, dateOrder: '' }));

export const useStartRun = () =>
  useMutation({
    mutationFn: (v: { token: string; mapping: backend.ImportMapping; dryRun: boolean }) =>
      v.dryRun ? StartPreview(v.token, v.mapping) : StartImport(v.token, v.mapping),
    meta: { handlesErrors: true },
  });

export const useCancelRun = () => useMutation({ mutationFn: (id: number) => Cancel(id) });

/** True while a preview or an import is still reading the file. */
export const isRunning = (p?: app.ImportProgress) => p?.state === 'running';

/** A preview's or an import's progress, asked for five times a second until it finishes. */
export const useRunProgress = (id: number | null) =>
  useQuery({
    queryKey: ['imports', 'progress', id],
    queryFn: () => Progress(id ?? 0),
    enabled: id !== null,
    refetchInterval: (q) => (isRunning(q.state.data) ? 200 : false),
    staleTime: Infinity,
  });

export const useImportBatches = () =>
  useQuery({ queryKey: ['imports', 'batches'], queryFn: () => Batches() });

export const useUndoImport = () =>
  useMutation({ mutationFn: (batch: number) => Undo(batch), meta: { handlesErrors: true } });

export const failedRowsCSV = (batch: number) => FailedRowsCSV(batch);
export const saveFailedRows = (batch: number, folder: string) => SaveFailedRows(batch, folder);
