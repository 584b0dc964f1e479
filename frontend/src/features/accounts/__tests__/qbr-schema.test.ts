import { describe, expect, it } from 'vitest';
import { QBR_SECTION_MAX, qbrSchema } from '../types/qbr-schema';

describe('the QBR form (recording and editing)', () => {
  const ok = {
    date: '2026-04-16',
    format: 'on_site',
    attendees: [4],
    progress: 'On plan',
    issues: '',
    initiatives: '',
    nextSteps: '',
  };
  const long = 'é'.repeat(QBR_SECTION_MAX + 1);
  it('accepts a QBR', () => expect(qbrSchema.safeParse(ok).success).toBe(true));
  it('counts characters as Go does: an emoji is one', () =>
    expect(qbrSchema.safeParse({ ...ok, nextSteps: '👍'.repeat(QBR_SECTION_MAX) }).success).toBe(true));
  it.each([
    ['an impossible date', { date: '2026-02-30' }, 'date', 'Enter the date of the QBR.'],
    ['no date', { date: '' }, 'date', 'Enter the date of the QBR.'],
    ['another format', { format: 'phone' }, 'format', 'Choose on-site or remote.'],
    ['progress too long', { progress: long }, 'progress', 'Each section can be at most 20,000 characters.'],
    ['issues too long', { issues: long }, 'issues', 'Each section can be at most 20,000 characters.'],
    [
      'initiatives too long',
      { initiatives: long },
      'initiatives',
      'Each section can be at most 20,000 characters.',
    ],
    [
      'next steps too long',
      { nextSteps: long },
      'nextSteps',
      'Each section can be at most 20,000 characters.',
    ],
  ])('refuses %s', (_, patch, field, message) => {
    const r = qbrSchema.safeParse({ ...ok, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });
});
