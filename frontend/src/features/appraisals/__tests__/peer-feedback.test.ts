import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { peerRequestSchema } from '../types/peer-schema';
import { peerQuote } from '../types/quote';

const results = (anonymous: boolean) =>
  backend.PeerResults.createFrom({
    requestId: 1,
    anonymous,
    asked: 3,
    answered: 3,
    due: '2026-06-30',
    questions: [],
  });

describe('peer feedback', () => {
  it('quotes an anonymous comment without a name', () => {
    const q = peerQuote(backend.PeerComment.createFrom({ text: 'Calm with clients', by: '' }), results(true));
    expect(q).toMatch(/^“Calm with clients” \(anonymous peer feedback, due .*2026\)$/);
  });

  it('quotes an attributed comment with its reviewer', () => {
    const c = backend.PeerComment.createFrom({
      text: 'Sharp',
      by: 'Ben Cole',
      relationship: 'peer',
      rating: 4,
    });
    expect(peerQuote(c, results(false))).toMatch(/^“Sharp” \(Ben Cole, peer feedback, due /);
  });

  const request = {
    due: '2026-06-30',
    anonymous: true,
    reviewers: [{ name: 'Ben Cole', email: 'ben@agency.com', relationship: 'peer' }],
    questions: [
      { key: 'c-client', kind: 'rating', text: 'Client relationship management', competency: 'client' },
    ],
    destination: '/tmp/forms',
  };
  const firstError = (v: unknown) => {
    const r = peerRequestSchema.safeParse(v);
    return r.success
      ? null
      : { path: r.error.issues[0]?.path.join('.'), message: r.error.issues[0]?.message };
  };

  it('takes a request Go takes', () => {
    expect(firstError(request)).toBeNull();
  });

  it.each([
    ['reviewers', { reviewers: [] }, 'Add at least one reviewer.'],
    [
      'reviewers.0.name',
      { reviewers: [{ name: ' ', email: '', relationship: 'peer' }] },
      "Write the reviewer's name.",
    ],
    [
      'reviewers.0.email',
      { reviewers: [{ name: 'Ben', email: 'ben at agency', relationship: 'peer' }] },
      'That email address does not read as one, for example ana@agency.com.',
    ],
    ['questions', { questions: [] }, 'Ask at least one question.'],
    ['due', { due: '2026-02-30' }, 'Give the date the answers are due.'],
    ['destination', { destination: ' ' }, 'Choose the folder or WebDAV address the forms go to.'],
  ])('refuses %s in Go’s words', (path, patch, message) => {
    expect(firstError({ ...request, ...patch })).toEqual({ path, message });
  });
});
