import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpCall, whileUnloading } from '../bridge';
import { flushAll, inputSettled, installSaveGuards, registerSaver, type Saver } from '../save-registry';

const saver = (over: Partial<Saver> = {}): Saver => ({
  label: 'Plan FY2027',
  pending: () => true,
  failed: () => false,
  flush: vi.fn(async () => undefined),
  flushOnUnload: vi.fn(() => true),
  ...over,
});

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
  vi.unstubAllGlobals();
});
const use = <T extends () => void>(off: T) => cleanups.push(off);

function beforeUnload(): Event {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e;
}

describe('save guards', () => {
  it('send what is pending when the page closes, without asking the user', () => {
    const s = saver();
    use(registerSaver(s));
    use(installSaveGuards());
    expect(beforeUnload().defaultPrevented).toBe(false);
    expect(s.flushOnUnload).toHaveBeenCalledTimes(1);
  });

  it('ask the user to stay when something could not be sent', () => {
    use(registerSaver(saver({ flushOnUnload: () => false })));
    use(installSaveGuards());
    expect(beforeUnload().defaultPrevented).toBe(true);
  });

  it('ask the user to stay when the last save failed', () => {
    use(registerSaver(saver({ pending: () => false, failed: () => true })));
    use(installSaveGuards());
    expect(beforeUnload().defaultPrevented).toBe(true);
  });

  it('save everything when the window loses focus', () => {
    const s = saver();
    use(registerSaver(s));
    use(installSaveGuards());
    window.dispatchEvent(new Event('blur'));
    expect(s.flush).toHaveBeenCalled();
  });

  it('report what could not be saved, for the desktop window before it closes', async () => {
    use(registerSaver(saver({ pending: () => false })));
    use(registerSaver(saver({ label: 'Ana’s appraisal', pending: () => false, failed: () => true })));
    await expect(flushAll()).resolves.toEqual({ unsaved: ['Ana’s appraisal'] });
  });
});

describe('calls made while the page closes', () => {
  it('are sent with keepalive, and only then', async () => {
    await new Promise((r) => setTimeout(r, 0)); // an earlier close's mark is gone by the next task
    const fetch = vi.fn(async () => new Response(JSON.stringify({ result: 1 })));
    vi.stubGlobal('fetch', fetch);
    await httpCall('PlansAPI', 'Save', [{}]);
    whileUnloading(() => void httpCall('PlansAPI', 'Save', [{}]));
    const calls = fetch.mock.calls as unknown as [string, RequestInit][];
    expect(calls[0]![1].keepalive).toBe(false);
    expect(calls[1]![1].keepalive).toBe(true);
  });

  it('are not sent with keepalive when too large for it', () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ result: 1 })));
    vi.stubGlobal('fetch', fetch);
    whileUnloading(() => void httpCall('PlansAPI', 'Save', [{ executiveSummary: 'x'.repeat(70_000) }]));
    expect((fetch.mock.calls as unknown as [string, RequestInit][])[0]![1].keepalive).toBe(false);
  });
});

describe('inputSettled', () => {
  it('waits for keys still arriving, then goes on; and never waits longer than it may', async () => {
    vi.useFakeTimers();
    try {
      let settled = false;
      void inputSettled(window, 150, 1500).then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(100);
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      await vi.advanceTimersByTimeAsync(100);
      expect(settled).toBe(false); // a key came 100 ms ago
      await vi.advanceTimersByTimeAsync(60);
      expect(settled).toBe(true);

      let capped = false;
      void inputSettled(window, 150, 1500).then(() => (capped = true));
      for (let t = 0; t < 1500; t += 100) {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
        await vi.advanceTimersByTimeAsync(100);
      }
      expect(capped).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
