import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { fingerprint, splitFields } from '../draft-merge';
import { flushAll, flushAllOnUnload } from '../save-registry';
import {
  forgetPageDrafts,
  useDraftEditor,
  type DraftEditorOptions,
  type KeptDraft,
} from '../use-draft-editor';

type Rec = { version: number; name: string; hours: number; notes: string };
const schema = z.object({
  name: z.string().min(1, 'Give it a name.'),
  hours: z.number().min(0, 'Hours cannot be negative.'),
  notes: z.string(),
});

/** A workspace in memory: what was saved and kept, and a switch to refuse saves. */
function workspace(start: Rec) {
  const w = {
    record: start,
    draft: null as KeptDraft | null,
    refuse: null as null | { code: string; message: string; field?: string },
    save: vi.fn(async (r: Rec) => {
      if (w.refuse) throw w.refuse;
      if (r.version !== w.record.version) throw { code: 'conflict', message: 'Changed elsewhere.' };
      w.record = { ...r, version: r.version + 1 };
      return w.record;
    }),
    keep: vi.fn(async (d: { body: string; baseVersion: number }) => {
      if (w.refuse?.code === 'unavailable') throw w.refuse;
      w.draft = { ...d, savedAt: 'now' };
    }),
    discard: vi.fn(async () => {
      w.draft = null;
    }),
  };
  return w;
}

function options(
  w: ReturnType<typeof workspace>,
  more: Partial<DraftEditorOptions<Rec>> = {},
): DraftEditorOptions<Rec> {
  return {
    label: 'Test record',
    memoryKey: 'test:1',
    record: w.record,
    draft: w.draft,
    readOnly: false,
    version: (r) => r.version,
    withVersion: (r, version) => ({ ...r, version }),
    parse: (body) => JSON.parse(body) as Rec,
    split: (cur, base, extra) => splitFields(cur, base, schema, { extra }),
    unchanged: (a, b) => JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 }),
    save: w.save,
    adopt: (cur, saved) => ({ ...cur, version: saved.version }),
    keep: w.keep,
    discard: w.discard,
    problemPath: (err) => err.field ?? null,
    delay: 500,
    ...more,
  };
}

/** What flushAllOnUnload answers, its state updates inside act. */
function closePage(): boolean {
  let ok = false;
  act(() => {
    ok = flushAllOnUnload();
  });
  return ok;
}

/** Lets the pause run out and every save and keep finish. */
async function settle() {
  await act(async () => {
    await vi.runAllTimersAsync();
  });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  forgetPageDrafts();
});

const start: Rec = { version: 1, name: 'Acme', hours: 80, notes: '' };

describe('useDraftEditor', () => {
  it('saves the valid part and keeps the invalid part as the draft', async () => {
    const w = workspace(start);
    const { result } = renderHook(() => useDraftEditor(options(w)));
    act(() => result.current.change({ ...result.current.value, hours: -5, notes: 'Call first' }));
    expect(result.current.state).toBe('pending');
    await settle();
    expect(w.save).toHaveBeenCalledTimes(1);
    expect(w.record).toEqual({ version: 2, name: 'Acme', hours: 80, notes: 'Call first' });
    expect(JSON.parse(w.draft!.body)).toMatchObject({ hours: -5, notes: 'Call first' });
    expect(w.draft!.baseVersion).toBe(2);
    expect(result.current.value.hours).toBe(-5);
    expect(result.current.loud.map((p) => p.message)).toEqual(['Hours cannot be negative.']);

    // Completing it saves it, and the draft goes.
    act(() => result.current.change({ ...result.current.value, hours: 60 }));
    await settle();
    expect(w.record).toMatchObject({ version: 3, hours: 60 });
    expect(w.draft).toBeNull();
    expect(result.current.loud).toEqual([]);
    expect(result.current.state).toBe('idle');
  });

  it('brings a kept draft back when the record is opened again', async () => {
    const w = workspace({ ...start, version: 2 });
    w.draft = {
      body: JSON.stringify({ ...start, version: 2, name: '' }),
      baseVersion: 2,
      savedAt: 'earlier',
    };
    const { result } = renderHook(() => useDraftEditor(options(w)));
    expect(result.current.value.name).toBe('');
    expect(result.current.loud.map((p) => p.message)).toEqual(['Give it a name.']);
    await settle();
    expect(w.save).not.toHaveBeenCalled();
    expect(w.draft).not.toBeNull();
  });

  it('offers a draft kept on an older version instead of applying it', async () => {
    const w = workspace({ ...start, version: 5, notes: 'Changed elsewhere' });
    w.draft = {
      body: JSON.stringify({ ...start, version: 3, hours: -1 }),
      baseVersion: 3,
      savedAt: 'earlier',
    };
    const { result } = renderHook(() => useDraftEditor(options(w)));
    expect(result.current.value.notes).toBe('Changed elsewhere');
    expect(result.current.older).not.toBeNull();
    // Another change meanwhile does not overwrite the older draft.
    act(() => result.current.change({ ...result.current.value, name: 'Acme Ltd' }));
    await settle();
    expect(w.record.name).toBe('Acme Ltd');
    expect(w.draft?.baseVersion).toBe(3);
    act(() => result.current.useOlderDraft());
    expect(result.current.value.hours).toBe(-1);
  });

  it('keeps everything as the draft when a save fails, and tries again on the next flush', async () => {
    const w = workspace(start);
    const { result } = renderHook(() => useDraftEditor(options(w)));
    w.refuse = { code: 'conflict', message: 'Changed elsewhere.' };
    act(() => result.current.change({ ...result.current.value, notes: 'Important' }));
    await settle();
    expect(result.current.state).toBe('error');
    expect(result.current.error).toBe('Changed elsewhere.');
    expect(JSON.parse(w.draft!.body)).toMatchObject({ notes: 'Important' });
    w.refuse = null;
    await act(() => result.current.flush());
    expect(w.record.notes).toBe('Important');
    expect(w.draft).toBeNull();
    expect(result.current.state).toBe('idle');
  });

  it('holds back a field the workspace refused and saves the rest', async () => {
    const w = workspace(start);
    const save = w.save.getMockImplementation()!;
    w.save.mockImplementation(async (r: Rec) => {
      if (r.name === 'Taken') throw { code: 'invalid', message: 'That name is taken.', field: 'name' };
      return save(r);
    });
    const { result } = renderHook(() => useDraftEditor(options(w)));
    act(() => result.current.change({ ...result.current.value, name: 'Taken', hours: 90 }));
    await settle();
    expect(w.record).toMatchObject({ name: 'Acme', hours: 90 });
    expect(result.current.loud.map((p) => [p.path, p.message])).toEqual([['name', 'That name is taken.']]);
    expect(JSON.parse(w.draft!.body)).toMatchObject({ name: 'Taken' });
  });

  it('reports nothing unsaved once a change typed during a save is saved too', async () => {
    const w = workspace(start);
    const { result } = renderHook(() => useDraftEditor(options(w)));
    act(() => result.current.change({ ...result.current.value, notes: 'Typed' }));
    let report: { unsaved: string[] } = { unsaved: [] };
    await act(async () => {
      const all = flushAll();
      // The last key arrives while the save is on its way.
      result.current.change({ ...result.current.value, notes: 'Typed last' });
      report = await all;
    });
    expect(w.record.notes).toBe('Typed last');
    expect(report.unsaved).toEqual([]);
  });

  it('saves what is pending when the editor goes away', async () => {
    const w = workspace(start);
    const { result, unmount } = renderHook(() => useDraftEditor(options(w)));
    act(() => result.current.change({ ...result.current.value, notes: 'Typed last' }));
    unmount();
    await settle();
    expect(w.record.notes).toBe('Typed last');
  });

  it('starts the save at once for a closing page, and says when it cannot', async () => {
    const w = workspace(start);
    const { result } = renderHook(() => useDraftEditor(options(w)));
    act(() => result.current.change({ ...result.current.value, notes: 'Just typed' }));
    expect(closePage()).toBe(true);
    expect(w.save).toHaveBeenCalledTimes(1); // before any timer or promise ran
    // While that save is on its way, another change cannot be sent in order.
    act(() => result.current.change({ ...result.current.value, notes: 'Typed again' }));
    expect(closePage()).toBe(false);
    await settle();
    expect(w.record.notes).toBe('Typed again');
  });

  it('reports a save that failed as not saved when the page closes', async () => {
    const w = workspace(start);
    const { result } = renderHook(() => useDraftEditor(options(w)));
    w.refuse = { code: 'unavailable', message: 'AccountDesk cannot be reached.' };
    act(() => result.current.change({ ...result.current.value, notes: 'Lost?' }));
    await act(() => result.current.flush());
    expect(result.current.error).toBe('AccountDesk cannot be reached.');
    expect(closePage()).toBe(false);
    await act(async () => {}); // the refused attempt made while closing answers
  });

  describe('for a record without a version of its own (fingerprinted)', () => {
    type Loose = Omit<Rec, 'version'>;
    const loose: Loose = { name: 'Acme', hours: 80, notes: '' };
    const looseSchema = schema;
    /** A workspace that keeps no version: a save just stores what is sent. */
    function looseWorkspace(startWith: Loose) {
      const w = {
        record: startWith,
        draft: null as KeptDraft | null,
        save: vi.fn(async (r: Loose) => (w.record = { ...r })),
        keep: vi.fn(async (d: { body: string; baseVersion: number }) => {
          w.draft = { ...d, savedAt: 'now' };
        }),
        discard: vi.fn(async () => {
          w.draft = null;
        }),
      };
      return w;
    }
    const looseOptions = (w: ReturnType<typeof looseWorkspace>): DraftEditorOptions<Loose> => ({
      label: 'Loose record',
      memoryKey: 'loose:1',
      record: w.record,
      draft: w.draft,
      readOnly: false,
      fingerprinted: true,
      version: (r) => fingerprint(r),
      withVersion: (r) => r,
      parse: (body) => JSON.parse(body) as Loose,
      split: (cur, base, extra) => splitFields(cur, base, looseSchema, { extra }),
      unchanged: (a, b) => JSON.stringify(a) === JSON.stringify(b),
      save: w.save,
      adopt: (cur) => cur,
      keep: w.keep,
      discard: w.discard,
      delay: 500,
    });

    it('names the record it was made on: a draft kept while closing the page comes back', async () => {
      const w = looseWorkspace(loose);
      const first = renderHook(() => useDraftEditor(looseOptions(w)));
      act(() =>
        first.result.current.change({ ...first.result.current.value, hours: -5, notes: 'Call first' }),
      );
      expect(closePage()).toBe(true);
      await settle();
      first.unmount();
      expect(w.record).toEqual({ name: 'Acme', hours: 80, notes: 'Call first' });
      expect(w.draft!.baseVersion).toBe(fingerprint(w.record));
      forgetPageDrafts();
      const again = renderHook(() => useDraftEditor(looseOptions(w)));
      expect(again.result.current.older).toBeNull();
      expect(again.result.current.value).toEqual({ name: 'Acme', hours: -5, notes: 'Call first' });
    });

    it('offers a draft made on a record changed since, and takes a changed record when nothing waits', async () => {
      const w = looseWorkspace({ ...loose, notes: 'Changed elsewhere' });
      w.draft = {
        body: JSON.stringify({ ...loose, hours: -1 }),
        baseVersion: fingerprint(loose),
        savedAt: 'x',
      };
      const { result } = renderHook(() => useDraftEditor(looseOptions(w)));
      expect(result.current.value.notes).toBe('Changed elsewhere');
      expect(result.current.older).toMatchObject({ hours: -1 });

      const clean = looseWorkspace(loose);
      let record = clean.record;
      const view = renderHook(() => useDraftEditor({ ...looseOptions(clean), record }));
      record = { ...loose, name: 'Acme Ltd' }; // saved in another screen
      view.rerender();
      expect(view.result.current.value.name).toBe('Acme Ltd');
    });
  });
});
