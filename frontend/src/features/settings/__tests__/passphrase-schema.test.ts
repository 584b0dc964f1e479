import { describe, expect, it } from 'vitest';
import { newPassphraseSchema } from '../components/passphrase-panel';

describe('a new appraisals passphrase', () => {
  const cases: { name: string; next: string; confirm: string; error?: string }[] = [
    {
      name: 'a long passphrase typed twice is accepted',
      next: 'correct horse battery',
      confirm: 'correct horse battery',
    },
    { name: 'too short', next: 'short', confirm: 'short', error: 'at least 10 characters' },
    {
      name: 'typed differently the second time',
      next: 'correct horse battery',
      confirm: 'correct horse batery',
      error: 'not the same',
    },
    {
      name: 'a space at the end',
      next: 'correct horse battery ',
      confirm: 'correct horse battery ',
      error: 'start or end with a space',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = newPassphraseSchema.safeParse({ next: c.next, confirm: c.confirm });
      if (!c.error) {
        expect(r.success).toBe(true);
        return;
      }
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.message).join(' ')).toContain(c.error);
    });
  }
});
