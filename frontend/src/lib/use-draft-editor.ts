/**
 * An editor that saves as you type without ever losing what was typed.
 *
 * A short while after the last change (at once on flush: blur, navigation,
 * closing), the editor's state is split against the last saved record: what
 * is valid is saved into the record, what is not valid yet is held back and
 * kept, with the whole state, as the record's draft in the workspace. The
 * draft comes back when the record is opened again and goes away once
 * everything in it is saved or the user discards it. A save that fails (the
 * workspace cannot be reached, or was changed elsewhere) keeps everything as
 * the draft, and in this page's memory when even that fails.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isDesktop, KEEPALIVE_LIMIT } from './bridge';
import { loudProblems, type Split } from './draft-merge';
import { toAppError, type AppError } from './errors';
import { registerSaver } from './save-registry';

/** A kept draft as the workspace returns it. */
export interface KeptDraft {
  body: string;
  baseVersion: number;
  savedAt: string;
}

export interface DraftEditorOptions<T> {
  /** What is edited, in words, for warnings: "Plan FY2027". */
  label: string;
  /** Names the record for the in-page memory: "plan:12". */
  memoryKey: string;
  /** The record as last read. */
  record: T;
  /** The record's kept draft as read, if any. */
  draft?: KeptDraft | null;
  readOnly: boolean;
  version: (t: T) => number;
  /**
   * For a record without a version of its own (the settings, a review
   * cycle): `version` is a fingerprint of what is saved (draft-merge's
   * fingerprint), so a draft names the very record it was made on, and a
   * record read with another fingerprint is a newer one.
   */
  fingerprinted?: boolean;
  withVersion: (t: T, version: number) => T;
  /** Reads a draft's body back into an editor state (old bodies may lack fields). */
  parse: (body: string) => T;
  /** Splits the state against the saved record; `extra` are problems the workspace found. */
  split: (cur: T, base: T, extra: ReadonlyMap<string, string>) => Split<T>;
  /** True when saving `savable` would change nothing in the saved record. */
  unchanged: (savable: T, base: T) => boolean;
  /** Saves the record; the call must start before the first await (closing pages). */
  save: (t: T) => Promise<T>;
  /** Takes what the workspace worked out (keys, totals) into the editor's state. */
  adopt: (cur: T, saved: T) => T;
  keep: (d: { body: string; baseVersion: number }) => Promise<unknown>;
  discard: () => Promise<unknown>;
  /** Maps a refused save to the field path it names, or null. */
  problemPath?: (err: AppError, sent: T) => string | null;
  onError?: (err: AppError) => void;
  delay?: number;
}

export type EditorState = 'idle' | 'pending' | 'saving' | 'error';

/** How long to wait before trying again when the workspace could not be reached. */
const RETRY_MS = 5000;

/** Kept in this page only when the workspace could not take the draft. */
const memory = new Map<string, { body: string; baseVersion: number }>();

/** For tests: forget what the page memory holds. */
export function forgetPageDrafts(): void {
  memory.clear();
}

function restore<T>(o: DraftEditorOptions<T>): { cur: T; older: T | null; kept: string | null } {
  const found = memory.get(o.memoryKey) ?? (o.draft?.savedAt ? o.draft : null);
  if (!found || o.readOnly)
    return { cur: o.record, older: null, kept: o.draft?.savedAt ? o.draft.body : null };
  let parsed: T;
  try {
    parsed = o.parse(found.body);
  } catch {
    return { cur: o.record, older: null, kept: null };
  }
  const kept = o.draft?.savedAt ? o.draft.body : null;
  if (found.baseVersion === o.version(o.record)) return { cur: parsed, older: null, kept };
  return { cur: o.record, older: parsed, kept };
}

export function useDraftEditor<T>(options: DraftEditorOptions<T>) {
  const o = useRef(options);
  o.current = options;
  const [initial] = useState(() => restore(options));
  const [cur, setCurState] = useState<T>(initial.cur);
  const [older, setOlderState] = useState<T | null>(initial.older);
  // While an older draft waits for the user's choice it is not overwritten.
  const olderRef = useRef(initial.older);
  const setOlder = useCallback((v: T | null) => {
    olderRef.current = v;
    if (mounted.current) setOlderState(v);
  }, []);
  const [state, setState] = useState<EditorState>('idle');
  const [error, setError] = useState('');
  const [extra, setExtra] = useState<ReadonlyMap<string, string>>(new Map());

  const curRef = useRef(cur);
  const base = useRef(options.record);
  const kept = useRef<string | null>(initial.kept);
  const extraRef = useRef(extra);
  const dirty = useRef(initial.cur !== options.record);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const failed = useRef(false);
  const unreachable = useRef(false);
  const mounted = useRef(true);

  const setCur = useCallback((next: T) => {
    curRef.current = next;
    if (mounted.current) setCurState(next);
  }, []);
  const setExtraBoth = (next: ReadonlyMap<string, string>) => {
    extraRef.current = next;
    if (mounted.current) setExtra(next);
  };
  const show = (s: EditorState, message = '') => {
    if (!mounted.current) return;
    setState(s);
    setError(message);
  };

  /** Remembers the whole state in this page: the last resort. */
  const remember = () =>
    memory.set(o.current.memoryKey, {
      body: JSON.stringify(curRef.current),
      baseVersion: o.current.version(base.current),
    });

  const keepOrDiscard = async (body: string | null, baseVersion: number) => {
    if (body === kept.current) return;
    if (body !== null) await o.current.keep({ body, baseVersion });
    else await o.current.discard();
    kept.current = body;
    memory.delete(o.current.memoryKey);
  };

  const saveOnce = async (): Promise<boolean> => {
    const opt = o.current;
    const { savable, problems } = opt.split(curRef.current, base.current, extraRef.current);
    let ok = true;
    if (!opt.unchanged(savable, base.current)) {
      try {
        const saved = await opt.save(opt.withVersion(savable, opt.version(base.current)));
        base.current = saved;
        setCur(opt.adopt(curRef.current, saved));
      } catch (e) {
        const err = toAppError(e);
        const path = err.code === 'invalid' ? (opt.problemPath?.(err, savable) ?? null) : null;
        if (path && !extraRef.current.has(path)) {
          // A rule only the workspace knows: hold that field back too and
          // save the rest.
          setExtraBoth(new Map([...extraRef.current, [path, err.message]]));
          return false;
        }
        ok = false;
        failed.current = true;
        unreachable.current = err.code === 'unavailable';
        show('error', err.message);
        opt.onError?.(err);
      }
    }
    const hold = !ok || problems.length > 0 || extraRef.current.size > 0;
    if (olderRef.current) {
      if (hold) remember();
      return true;
    }
    try {
      await keepOrDiscard(hold ? JSON.stringify(curRef.current) : null, opt.version(base.current));
    } catch (e) {
      const err = toAppError(e);
      remember();
      failed.current = true;
      unreachable.current = err.code === 'unavailable';
      show('error', err.message);
      return true;
    }
    if (ok) failed.current = false;
    return true;
  };

  const run = useCallback((): Promise<void> => {
    if (running.current) return running.current.then(() => (dirty.current ? run() : undefined));
    const p = (async () => {
      show('saving');
      for (let i = 0; dirty.current && i < 8; i++) {
        // This round takes the latest state: a change made meanwhile needs
        // no timer of its own.
        dirty.current = false;
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        if (!(await saveOnce())) dirty.current = true;
      }
      if (!failed.current) show('idle');
      else {
        // Tried again on the next change, blur or close; and by itself while
        // the workspace cannot be reached.
        dirty.current = true;
        if (unreachable.current && mounted.current && !timer.current)
          timer.current = setTimeout(() => void flushRef.current(), RETRY_MS);
      }
    })().finally(() => (running.current = null));
    running.current = p;
    return p;
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- one run for the editor's life; saveOnce reads only refs

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (o.current.readOnly || (!dirty.current && !running.current)) return Promise.resolve();
    return run();
  }, [run]);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  const change = useCallback(
    (next: T) => {
      if (o.current.readOnly) return;
      setCur(next);
      dirty.current = true;
      if (extraRef.current.size) setExtraBoth(new Map());
      show('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), o.current.delay ?? 700);
    },
    [flush, setCur],
  );

  /** Starts what is pending at once, for a closing page (see Saver.flushOnUnload). */
  const flushOnUnload = useCallback((): boolean => {
    if (!dirty.current) return !running.current;
    // A save on its way must answer first; what follows goes after it.
    if (running.current) {
      void running.current.then(() => flushRef.current());
      return false;
    }
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const opt = o.current;
    const { savable, problems } = opt.split(curRef.current, base.current, extraRef.current);
    const saving = !opt.unchanged(savable, base.current);
    const body = problems.length > 0 || extraRef.current.size > 0 ? JSON.stringify(curRef.current) : null;
    const sent = opt.withVersion(savable, opt.version(base.current));
    const tooLarge =
      !isDesktop() &&
      (JSON.stringify(sent).length > KEEPALIVE_LIMIT || (body?.length ?? 0) > KEEPALIVE_LIMIT);
    dirty.current = false;
    remember();
    // Both start now, side by side: the draft names the version the save
    // will make. Should the page live on, their answers are taken as usual.
    const saved = saving ? opt.save(sent) : null;
    // The version the save will make: the next one, or what is sent's own.
    const next = opt.fingerprinted
      ? opt.version(saving ? sent : base.current)
      : opt.version(base.current) + (saving ? 1 : 0);
    const keptNow = body !== kept.current && !olderRef.current ? keepOrDiscard(body, next) : null;
    running.current = (async () => {
      try {
        if (saved) {
          const s = await saved;
          base.current = s;
          setCur(opt.adopt(curRef.current, s));
        }
        await keptNow;
        memory.delete(opt.memoryKey);
        failed.current = false;
        show('idle');
      } catch (e) {
        failed.current = true;
        dirty.current = true;
        show('error', toAppError(e).message);
      }
    })().finally(() => (running.current = null));
    return !tooLarge;
  }, [setCur]);

  // A newer record read from the workspace (saved in another screen) replaces
  // the state only when nothing here is waiting to be saved or kept.
  useEffect(() => {
    const rec = options.record;
    const [v, b] = [o.current.version(rec), o.current.version(base.current)];
    if (o.current.fingerprinted ? v === b : v <= b) return;
    if (dirty.current || running.current || timer.current || kept.current !== null) return;
    base.current = rec;
    setCur(rec);
  }, [options.record, setCur]);

  useEffect(() => {
    mounted.current = true;
    const off = registerSaver({
      label: options.label,
      pending: () => dirty.current || !!running.current || !!timer.current,
      failed: () => failed.current,
      flush: () => flush().catch(() => undefined),
      flushOnUnload,
    });
    if (dirty.current && !o.current.readOnly)
      timer.current = setTimeout(() => void flush(), o.current.delay ?? 700);
    return () => {
      off();
      mounted.current = false;
      // Leaving the screen saves what is pending.
      void flush();
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- mount/unmount only: the clean-up means leaving the screen

  const splitState = options.split;
  const split = useMemo(() => splitState(cur, base.current, extra), [cur, extra, splitState]);

  /** Forgets what is held back: the editor shows the saved record again. */
  const discardDraft = useCallback(() => {
    const before = curRef.current;
    setExtraBoth(new Map());
    setOlder(null);
    setCur(base.current);
    dirty.current = false;
    failed.current = false;
    memory.delete(o.current.memoryKey);
    show('saving');
    void keepOrDiscard(null, 0)
      .then(() => show('idle'))
      .catch((e) => show('error', toAppError(e).message));
    return before;
  }, [setCur, setOlder]);

  /**
   * Takes a record the workspace returned from another action (a move, a
   * reopen) as the saved one, with what `take` copies into the editor.
   */
  const rebase = useCallback(
    (saved: T, take: (cur: T, saved: T) => T) => {
      base.current = saved;
      setCur(take(curRef.current, saved));
    },
    [setCur],
  );

  /** Takes a draft kept on an older copy of the record into the editor. */
  const useOlderDraft = useCallback(() => {
    if (older) change(older);
    setOlder(null);
  }, [older, change, setOlder]);

  return {
    value: cur,
    change,
    flush,
    problems: split.problems,
    loud: loudProblems(split.problems),
    state,
    error,
    older,
    useOlderDraft,
    discardDraft,
    rebase,
  };
}
