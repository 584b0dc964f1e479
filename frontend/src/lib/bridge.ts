/**
 * The bridge between the generated Wails bindings (wailsjs/) and Go.
 *
 * In the desktop window Wails injects `window.go` and `window.runtime`. In the
 * browser mode (`accountdesk serve`) it does not, so we install a shim that
 * sends every bound call to `POST /api/<Struct>/<Method>` with the arguments
 * as a JSON array. The generated bindings therefore run unchanged.
 */
import { toAppError } from './errors';

type BoundFn = (...args: unknown[]) => Promise<unknown>;

declare global {
  interface Window {
    go?: Record<string, Record<string, Record<string, BoundFn>>>;
    runtime?: Record<string, unknown>;
  }
}

/*
 * While the page is being closed or reloaded, calls are sent with fetch's
 * keepalive, so the browser delivers them after the page is gone. Only then:
 * keepalive requests share a 64 KB budget, too small for everyday use.
 */
let unloading = false;

/** The largest request that can still be sent while the page closes. */
export const KEEPALIVE_LIMIT = 60_000;

/**
 * Runs fn with every bound call it starts sent to outlive the page (browser
 * mode; the desktop window's calls do not depend on the page). Calls whose
 * start waits for promises fn leaves behind are covered too: the mark stays
 * until the next task, which never comes when the page does close.
 */
export function whileUnloading(fn: () => void): void {
  unloading = true;
  try {
    fn();
  } finally {
    setTimeout(() => (unloading = false), 0);
  }
}

/** Calls one bound method over HTTP. Exported for tests. */
export async function httpCall(struct: string, method: string, args: unknown[]): Promise<unknown> {
  let res: Response;
  try {
    const body = JSON.stringify(args);
    res = await fetch(`/api/${encodeURIComponent(struct)}/${encodeURIComponent(method)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body,
      keepalive: unloading && body.length <= KEEPALIVE_LIMIT,
    });
  } catch (e) {
    throw toAppError(e);
  }
  let body: { result?: unknown; error?: unknown };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw toAppError(new TypeError('bad response'));
  }
  if (body.error !== undefined) throw toAppError(body.error);
  return body.result;
}

function proxy<T extends object>(make: (key: string) => unknown): T {
  const target: Record<string | symbol, unknown> = {};
  return new Proxy(target, {
    get: (t, key) => {
      if (typeof key !== 'string') return Reflect.get(t, key);
      if (!(key in t)) t[key] = make(key);
      return t[key];
    },
  }) as T;
}

/** True when running inside the Wails desktop window. */
export function isDesktop(): boolean {
  return typeof window !== 'undefined' && window.go !== undefined && !isShim(window.go);
}

const shimMark = Symbol.for('accountdesk.shim');
function isShim(o: object): boolean {
  return (o as Record<symbol, unknown>)[shimMark] === true;
}

/** Installs the HTTP shim when Wails has not injected its bindings. */
export function installBridge(): void {
  if (window.go !== undefined) return;
  const go = proxy<NonNullable<Window['go']>>(() =>
    proxy((struct) =>
      proxy(
        (method) =>
          (...args: unknown[]) =>
            httpCall(struct, method, args),
      ),
    ),
  );
  Object.defineProperty(go, shimMark, { value: true });
  window.go = go;
  // The Wails runtime (window.runtime) has no meaning in a browser tab; its
  // calls become harmless no-ops so shared code need not branch.
  if (window.runtime === undefined) {
    window.runtime = proxy<Record<string, unknown>>(() => () => undefined);
  }
}
