import type { backend } from '../../../../wailsjs/go/models';

/** What every part of the appraisal editor gets: the value, a way to change it, and its field errors. */
export interface EditorPart {
  value: backend.Appraisal;
  /** Changes some fields (nothing while the appraisal is locked). */
  change: (patch: Partial<backend.Appraisal>) => void;
  /** Finalized or acknowledged: everything is read-only. */
  locked: boolean;
  /** The message held against a field path ("compensation.meritPct"), if any. */
  error: (path: string) => string | undefined;
}

/** A number field's value: "" is 0; anything unreadable stays NaN so it is refused, not changed. */
export const num = (v: string | number) => (typeof v === 'number' ? v : v === '' ? 0 : Number(v));
