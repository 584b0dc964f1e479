import { describe, expect, it } from 'vitest';

/*
 * Each feature's api/ owns its calls to Go and its query keys (issue 15): a
 * component never imports a generated binding, and no query key is written
 * out as a literal array outside an api/ module or src/lib's shared queries.
 * Covers every feature, the shared components and the app shell.
 */
const sources = import.meta.glob<string>(
  ['../../features/*/**/*.{ts,tsx}', '../../components/**/*.{ts,tsx}', '../*.{ts,tsx}', '!**/__tests__/**'],
  { query: '?raw', import: 'default', eager: true },
);

const isApi = (path: string) => path.includes('/api/') || path === '../search.ts';
// src/lib holds the shared calls (settings, roster, choose-folder …); it is not globbed here.

describe('calls to Go and query keys live in api/ modules', () => {
  const files = Object.entries(sources);

  it('reads the sources it checks', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('no component imports a generated binding', () => {
    const offenders = files
      .filter(([path, text]) => !isApi(path) && /from '[./]*\/wailsjs\/go\/app\//.test(text))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });

  it('no query key is a literal array outside an api/ module', () => {
    const offenders = files
      .filter(([path, text]) => !isApi(path) && /queryKey: \[/.test(text))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });
});
