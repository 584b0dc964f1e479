import { describe, expect, it } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { personProblemPath, personUnchanged, splitPerson } from '../types/person-schema';

const saved = backend.Person.createFrom({
  id: 4,
  name: 'Dana Lee',
  email: 'dana@agency.example',
  role: 'Account Manager',
  reportsTo: 0,
  startDate: '2026-01-05',
  endDate: '',
  status: 'active',
  location: 'London',
  capacityHoursPerWeek: 40,
  skills: ['Retail'],
  notes: '',
  version: 3,
});
const edit = (patch: Partial<backend.Person>) => backend.Person.createFrom({ ...saved, ...patch });

// The person page saves what is valid and keeps the rest as the draft.
describe('splitting an edit of a person', () => {
  const cases: {
    name: string;
    cur: Partial<backend.Person>;
    extra?: [string, string][];
    sent: Partial<backend.Person>;
    held: string[];
  }[] = [
    {
      name: 'a valid edit is saved whole',
      cur: { location: 'Leeds', notes: 'x' },
      sent: { location: 'Leeds', notes: 'x' },
      held: [],
    },
    {
      name: 'a wrong email keeps the saved one in what is sent; the location typed meanwhile saves',
      cur: { email: 'not-an-email', location: 'Leeds' },
      sent: { email: 'dana@agency.example', location: 'Leeds' },
      held: ['email'],
    },
    {
      name: 'an empty name is held back, the capacity saves',
      cur: { name: ' ', capacityHoursPerWeek: 32 },
      sent: { name: 'Dana Lee', capacityHoursPerWeek: 32 },
      held: ['name'],
    },
    {
      name: 'a capacity that is not a number is held back',
      cur: { capacityHoursPerWeek: Number.NaN, role: 'Account Director' },
      sent: { capacityHoursPerWeek: 40, role: 'Account Director' },
      held: ['capacityHoursPerWeek'],
    },
    {
      name: 'an end date before the start is held back, with the start kept',
      cur: { endDate: '2025-12-01' },
      sent: { endDate: '' },
      held: ['endDate'],
    },
    {
      name: 'a field Go refused is held back too',
      cur: { email: 'dana@elsewhere.example', notes: 'n' },
      extra: [['email', 'That email is someone else’s.']],
      sent: { email: 'dana@agency.example', notes: 'n' },
      held: ['email'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { savable, problems } = splitPerson(edit(c.cur), saved, new Map(c.extra ?? []));
      expect(savable).toMatchObject(c.sent);
      expect(savable.version).toBe(3);
      expect(problems.map((p) => p.path)).toEqual(c.held);
      for (const p of problems) expect(p.message).not.toBe('');
    });
  }

  it('names the field in words', () => {
    const { problems } = splitPerson(edit({ email: 'nope' }), saved, new Map());
    expect(problems[0]).toMatchObject({
      where: 'Email',
      message: 'Enter an email address like name@agency.com.',
    });
  });

  it('tells an edit that changes nothing', () => {
    expect(personUnchanged(edit({ version: 9 }), saved)).toBe(true);
    expect(personUnchanged(edit({ notes: 'x' }), saved)).toBe(false);
  });

  it('places refusals from Go on the page’s fields only', () => {
    expect(personProblemPath('email')).toBe('email');
    expect(personProblemPath('version')).toBeNull();
    expect(personProblemPath(undefined)).toBeNull();
  });
});
