import { describe, expect, it } from 'vitest';
import { limitMismatches } from '@/testing/limits';
import { allocationSchema, personSchema, type AllocationForm, type PersonForm } from '../types/person-schema';

const person: PersonForm = {
  name: 'Riley Quinn',
  email: '',
  role: 'Account Executive',
  reportsTo: 0,
  startDate: '2026-01-05',
  endDate: '',
  status: 'active',
  location: '',
  capacityHoursPerWeek: 40,
  skills: [],
  notes: '',
};

const allocation: AllocationForm = {
  accountId: 3,
  percent: 20,
  role: 'support',
  startDate: '2026-01-05',
  endDate: '',
  tentative: false,
};

const first = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : (r.error?.issues[0]?.message ?? '');

describe("the team's forms hold Go's limits", () => {
  it('the person form: name and weekly capacity', () => {
    expect(limitMismatches(personSchema, 'person', person)).toEqual([]);
  });

  it('the allocation form: percent of the person’s time', () => {
    expect(limitMismatches(allocationSchema, 'allocation', allocation)).toEqual([]);
  });

  it('takes half an hour a week, as Go does (more than 0, at most 80)', () => {
    expect(personSchema.safeParse({ ...person, capacityHoursPerWeek: 0.5 }).success).toBe(true);
  });

  it('counts a name’s characters as Go does (an emoji is one)', () => {
    expect(personSchema.safeParse({ ...person, name: '🙂'.repeat(120) }).success).toBe(true);
  });
});

describe('the allocation form', () => {
  it.each<[Partial<AllocationForm>, string | null]>([
    [{ accountId: 0 }, 'Choose an account.'],
    [{ percent: 0 }, 'An allocation is more than 0% and at most 100% of the person’s time.'],
    [{ percent: Number.NaN }, 'An allocation is more than 0% and at most 100% of the person’s time.'],
    [{ percent: 100.5 }, 'An allocation is more than 0% and at most 100% of the person’s time.'],
    [{ startDate: '' }, 'Enter the start date.'],
    [{ endDate: '2025-12-31' }, 'The end date cannot be before the start date.'],
    [{ role: 'owner' as AllocationForm['role'] }, 'Choose lead, support or backup.'],
    [{ percent: 0.5, endDate: '2026-01-05', role: 'backup' }, null],
  ])('%j: %s', (patch, want) => {
    expect(first(allocationSchema.safeParse({ ...allocation, ...patch }))).toBe(want);
  });

  it('says first that no account is chosen, as the form reads', () => {
    expect(first(allocationSchema.safeParse({ ...allocation, accountId: 0, percent: 0 }))).toBe(
      'Choose an account.',
    );
  });
});
