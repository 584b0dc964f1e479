/**
 * Every editor that saves as you type registers here, so what was typed last
 * is saved when the user leaves: the window loses focus, the tab is hidden,
 * the page is closed or reloaded, or the desktop window is closed (Go asks
 * through a runtime event and waits, a bounded time, for the answer). When
 * something could not be saved the user is warned instead of losing it.
 */
import { EventsEmit, EventsOn } from '../../wailsjs/runtime/runtime';
import { whileUnloading } from './bridge';

export interface Saver {
  /** What it saves, in words, for a warning: "Plan FY2027". */
  label: string;
  /** Something typed has not reached the workspace yet (waiting or on its way). */
  pending(): boolean;
  /** The last attempt failed: what was typed is held only in this page. */
  failed(): boolean;
  /** Saves what is pending now; never rejects. */
  flush(): Promise<void>;
  /**
   * Starts sending what is pending at once, for a page that is closing: the
   * requests start before this returns. False when it cannot (a save is
   * still on its way, or the change is too large to send while closing).
   */
  flushOnUnload(): boolean;
}

const savers = new Set<Saver>();

/** Registers a saver; returns the function that removes it. */
export function registerSaver(s: Saver): () => void {
  savers.add(s);
  return () => savers.delete(s);
}

/** Labels of what is not saved: failed, or still pending. */
export function unsavedLabels(): string[] {
  return [...savers].filter((s) => s.failed() || s.pending()).map((s) => s.label);
}

/**
 * Saves everything pending and reports what could not be saved, waiting at
 * most timeoutMs (what is still on its way by then counts as not saved).
 */
export async function flushAll(timeoutMs = 4000): Promise<{ unsaved: string[] }> {
  const all = Promise.all([...savers].map((s) => s.flush()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), timeoutMs)));
  await Promise.race([all, late]);
  clearTimeout(timer);
  return { unsaved: unsavedLabels() };
}

/** Starts every pending save for a closing page; false when one could not start. */
export function flushAllOnUnload(): boolean {
  let ok = true;
  whileUnloading(() => {
    for (const s of savers) if (s.pending() && !s.flushOnUnload()) ok = false;
  });
  return ok && ![...savers].some((s) => s.failed());
}

/**
 * Resolves once typing has paused (no key or input for quietMs), or after
 * atMostMs. Keys typed just before a close can still be on their way to the
 * page when the window asks it to save; they are waited for, not lost.
 */
export function inputSettled(win: Window, quietMs = 150, atMostMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const done = () => {
      clearTimeout(quiet);
      clearTimeout(cap);
      win.removeEventListener('keydown', poke, true);
      win.removeEventListener('input', poke, true);
      resolve();
    };
    const poke = () => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    };
    const cap = setTimeout(done, atMostMs);
    win.addEventListener('keydown', poke, true);
    win.addEventListener('input', poke, true);
    poke();
  });
}

/** The events the desktop window uses to ask for a flush before it closes. */
export const FLUSH_EVENT = 'accountdesk:flush';
export const FLUSHED_EVENT = 'accountdesk:flushed';

/** Listens for the moments to save: installed once, by main.tsx. */
export function installSaveGuards(win: Window = window): () => void {
  const onBlur = () => void flushAll();
  const onHidden = () => {
    if (win.document.visibilityState === 'hidden') flushAllOnUnload();
  };
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    // Everything pending starts on its way now; the browser asks the user
    // to stay only when something could not be sent.
    if (!flushAllOnUnload()) {
      e.preventDefault();
      e.returnValue = '';
    }
  };
  const onPageHide = () => void flushAllOnUnload();
  win.addEventListener('blur', onBlur);
  win.document.addEventListener('visibilitychange', onHidden);
  win.addEventListener('beforeunload', onBeforeUnload);
  win.addEventListener('pagehide', onPageHide);
  // The desktop window, before it closes, asks here and waits for the answer
  // (in the browser mode the runtime is a stand-in and this does nothing).
  const off = win.runtime
    ? EventsOn(FLUSH_EVENT, () => {
        void inputSettled(win)
          .then(() => flushAll())
          .then((r) => EventsEmit(FLUSHED_EVENT, r));
      })
    : undefined;
  return () => {
    win.removeEventListener('blur', onBlur);
    win.document.removeEventListener('visibilitychange', onHidden);
    win.removeEventListener('beforeunload', onBeforeUnload);
    win.removeEventListener('pagehide', onPageHide);
    if (typeof off === 'function') off();
  };
}
