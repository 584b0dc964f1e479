import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpCall, installBridge } from '../bridge';
import { toAppError } from '../errors';

afterEach(() => {
  vi.unstubAllGlobals();
  delete window.go;
  delete window.runtime;
});

describe('httpCall', () => {
  it('posts the arguments as a JSON array to /api/<Struct>/<Method> and returns the result', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ result: { currency: 'EUR' } })));
    vi.stubGlobal('fetch', fetch);
    await expect(httpCall('SettingsAPI', 'Update', [{ currency: 'EUR' }])).resolves.toEqual({
      currency: 'EUR',
    });
    expect(fetch).toHaveBeenCalledWith(
      '/api/SettingsAPI/Update',
      expect.objectContaining({ method: 'POST', body: '[{"currency":"EUR"}]' }),
    );
  });

  it('rejects with the error Go sent, code, message and field', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(
          JSON.stringify({ error: { code: 'invalid', message: 'Choose a currency.', field: 'currency' } }),
          { status: 400 },
        ),
    );
    await expect(httpCall('SettingsAPI', 'Update', [{}])).rejects.toEqual({
      code: 'invalid',
      message: 'Choose a currency.',
      field: 'currency',
    });
  });

  it('turns a lost connection into a plain "unavailable" error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(httpCall('SettingsAPI', 'Get', [])).rejects.toMatchObject({ code: 'unavailable' });
  });
});

describe('installBridge', () => {
  it('routes window.go.app.X.Y through HTTP when Wails has not injected bindings', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ result: 'ok' })));
    vi.stubGlobal('fetch', fetch);
    installBridge();
    await expect(window.go!.app!.WorkspaceAPI!.BackupNow!()).resolves.toBe('ok');
    expect(fetch).toHaveBeenCalledWith('/api/WorkspaceAPI/BackupNow', expect.anything());
  });

  it('leaves Wails bindings alone in the desktop window', () => {
    const wails = { app: {} };
    window.go = wails;
    installBridge();
    expect(window.go).toBe(wails);
  });
});

describe('toAppError', () => {
  it('keeps a well-formed error and hides anything else behind a generic message', () => {
    expect(toAppError({ code: 'conflict', message: 'Changed elsewhere.' })).toEqual({
      code: 'conflict',
      message: 'Changed elsewhere.',
    });
    expect(toAppError('{"code":"locked","message":"Locked."}')).toEqual({
      code: 'locked',
      message: 'Locked.',
    });
    expect(toAppError(new Error('sql: no rows at /home/x'))).toMatchObject({ code: 'internal' });
  });
});
