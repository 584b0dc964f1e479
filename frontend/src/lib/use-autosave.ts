import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'error';

/**
 * Saves a value a short while after the user stops changing it, and at once
 * when flush() is called (on blur) or the component unmounts, so nothing is
 * lost on navigation. `save` returns a promise; `validate` returns false to
 * hold an invalid value back.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delay = 600) {
  const [state, setState] = useState<SaveState>('idle');
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
    try {
      await saveRef.current(value);
      setState(pending.current === null ? 'saved' : 'pending');
    } catch {
      setState('error');
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

  useEffect(() => () => void flush(), [flush]);
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
