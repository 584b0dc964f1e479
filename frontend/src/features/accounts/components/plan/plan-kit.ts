import { words } from '@/lib/format';

/** Options of a select, in words. */
export const opts = (values: string[]) => values.map((v) => ({ value: v, label: words(v) }));
/** A number field's value: "" is 0; anything unreadable stays NaN so it is refused, not changed. */
export const num = (v: string | number) => (typeof v === 'number' ? v : v === '' ? 0 : Number(v));
/** A text area of one entry per line, as a list. */
export const lines = (s: string) => s.split('\n');

/** What every section of the plan editor needs from the editor: where to show problems and report rows. */
export type PlanKit = {
  readOnly: boolean;
  /** The message shown on a field, by path ("objectives.<key>.title"); quiet problems show none. */
  err: (path: string) => string | undefined;
  /** Reports a date the browser could not read (a message) or that it reads again (null). */
  badDate: (path: string) => (message: string | null) => void;
  /** For ItemTable: rows just added are not wrong until left. */
  rowHooks: {
    rowKey: (r: { key: string }) => string;
    onAdd: (r: { key: string }) => void;
    onRowLeave: (key: string) => void;
  };
};
