import { describe, expect, it } from 'vitest';
import { startOnboardingSchema, suggestedStart } from '../types/onboarding-schema';

describe('the start date a new checklist suggests', () => {
  it.each([
    ['the person’s start date on the roster', { startDate: '2026-12-11' }, '2026-12-11'],
    ['today when the roster has none', { startDate: '' }, '2026-12-01'],
    ['today when no one is chosen yet', undefined, '2026-12-01'],
    ['today when the roster’s date is not a real date', { startDate: '2026-02-30' }, '2026-12-01'],
  ])('%s', (_, person, want) => expect(suggestedStart(person, '2026-12-01')).toBe(want));
});

describe('starting an onboarding', () => {
  const ok = { personId: 3, templateId: 1, start: '2026-12-11', buddyId: 0 };
  it('accepts a person, a template and a real start date', () =>
    expect(startOnboardingSchema.safeParse(ok).success).toBe(true));
  it.each([
    ['no person chosen', { personId: 0 }, 'personId', 'Choose the new team member.'],
    ['no template', { templateId: 0 }, 'templateId', 'Choose a template.'],
    [
      'an impossible date',
      { start: '2026-02-30' },
      'start',
      'Enter the start date as a real date, such as 2026-12-07.',
    ],
    ['no date', { start: '' }, 'start', 'Enter the start date as a real date, such as 2026-12-07.'],
    [
      'the new hire as their own buddy',
      { buddyId: 3 },
      'buddyId',
      'The buddy is someone other than the new hire.',
    ],
  ])('refuses %s', (_, patch, field, message) => {
    const r = startOnboardingSchema.safeParse({ ...ok, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });
});
