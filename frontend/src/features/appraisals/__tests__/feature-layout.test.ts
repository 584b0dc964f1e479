import { describe, expect, it } from 'vitest';

// Issue 15 §3: in the appraisals feature only api/ talks to Go, and query keys
// come from api/keys.ts, so a cache key is spelt once and a binding changes in
// one place.

const raw: Record<string, string> = import.meta.glob(['../**/*.{ts,tsx}', '!../__tests__/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sources = Object.entries(raw).map(([p, text]) => ({ path: p.replace(/^\.\.\//, ''), text }));

describe('the appraisals feature', () => {
  it('has its sources read by this test', () => {
    expect(sources.map((s) => s.path)).toContain('routes/appraisal-route.tsx');
  });

  it('calls the generated bindings only from api/', () => {
    const callers = sources
      .filter((s) => /wailsjs\/go\/app\//.test(s.text))
      .map((s) => s.path)
      .filter((p) => !p.startsWith('api/'));
    expect(callers).toEqual([]);
  });

  it('spells its query keys only in api/keys.ts', () => {
    const literal = /queryKey:\s*\[|setQueryData\(\s*\[|\[\s*'appraisals'/;
    const spelt = sources
      .filter((s) => literal.test(s.text))
      .map((s) => s.path)
      .filter((p) => p !== 'api/keys.ts');
    expect(spelt).toEqual([]);
  });
});
