import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { noteQuote, quotePatch, quoteTarget, quoted } from '../types/quote';

const appraisal = (status: string) =>
  backend.Appraisal.createFrom({
    status,
    strengths: 'Reliable.',
    developmentAreas: '',
    competencies: [{ key: 'client', weight: 10, self: 0, manager: 0, selfComment: '', managerComment: '' }],
    goals: [],
  });
const note = backend.FeedbackNote.createFrom({
  id: 1,
  kind: 'praise',
  text: 'Won the pitch',
  date: '2026-03-03',
  accountName: 'Acme',
  competency: 'client',
});

describe('quoting feedback in an appraisal', () => {
  it('keeps the source and the date with the words', () => {
    expect(noteQuote(note)).toMatch(/^“Won the pitch” \(praise note, Acme, .*2026\)$/);
  });

  it('names the 1:1 a passage of private notes came from, and nothing else of it', () => {
    const passage = backend.FeedbackNote.createFrom({ ...note, oneOnOneId: 7, accountName: '' });
    expect(noteQuote(passage)).toMatch(/^“Won the pitch” \(noted in the 1:1 of .*2026\)$/);
  });

  it('goes beside the competency the note concerns while manager comments are open', () => {
    const x = appraisal('manager_review');
    const target = quoteTarget(x, note.kind, note.competency);
    expect(target).toEqual({ field: 'competency', key: 'client' });
    const patch = quotePatch(x, target, noteQuote(note));
    expect(patch.competencies?.[0]?.managerComment).toBe(noteQuote(note));
  });

  it('goes into strengths or development areas otherwise, keeping what is written', () => {
    const x = appraisal('self_review');
    const praise = quoteTarget(x, 'praise', 'client');
    expect(praise).toEqual({ field: 'strengths' });
    expect(quotePatch(x, praise, '“q”').strengths).toBe('Reliable.\n“q”');
    expect(quoteTarget(x, 'concern', '')).toEqual({ field: 'developmentAreas' });
    expect(quoteTarget(appraisal('draft'), 'coaching', 'unknown')).toEqual({ field: 'developmentAreas' });
  });

  it('knows a quote already taken in', () => {
    const x = appraisal('draft');
    const withQuote = backend.Appraisal.createFrom({ ...x, ...quotePatch(x, { field: 'strengths' }, '“q”') });
    expect(quoted(withQuote, '“q”')).toBe(true);
    expect(quoted(x, '“q”')).toBe(false);
  });
});
