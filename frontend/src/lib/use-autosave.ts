import { useCallback, useEffect, useRef, useState } from 'react';
import { registerSaver } from './save-registry';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'error';

/**
 * Saves a value a short while after the user stops changing it, and at once
 * when flush() is called (on blur) or the component unmounts, so nothing is
 * lost on navigation, and when the page or window closes (lib/save-registry).
 * `save` returns a promise; hold() holds an invalid value back. Editors whose
 * invalid parts must not stop the rest from saving use useDraftEditor.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delay = 600, label = 'Your changes') {
  const [state, setState] = useState<SaveState>('idle');
  const failed = useRef(false);
  const saving = useRef(false);
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setState('saving');
    saving.current = true;
    try {
      await saveRef.current(value);
      failed.current = false;
      setState(pending.current === null ? 'saved' : 'pending');
    } catch {
      failed.current = true;
      setState('error');
    } finally {
      saving.current = false;
    }
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = value;
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  const hold = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    setState('invalid');
  }, []);

  useEffect(() => {
    const off = registerSaver({
      label,
      pending: () => pending.current !== null || saving.current,
      failed: () => failed.current,
      flush,
      flushOnUnload: () => {
        void flush();
        return true;
      },
    });
    return () => {
      off();
      void flush();
    };
  }, [flush, label]);
  return { state, schedule, flush, hold };
}

/** Words for the save state, shown in a role="status" element. */
export function saveStateText(state: SaveState): string {
  switch (state) {
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'invalid':
      return 'Not saved: fix the highlighted field';
    case 'error':
      return 'Not saved: see the message';
    case 'saved':
      return 'All changes saved';
    default:
      return 'All changes saved';
  }
}
