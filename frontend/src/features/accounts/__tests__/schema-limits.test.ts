import { z } from 'zod';
import { limitMismatches } from '@/testing/limits';
import { accountSchema, emptyAccount } from '../types/account-schema';
import { monthFiguresSchema } from '../types/financials-schema';
import { contactReportSchema, jobSchema } from '../types/paperwork-schema';
import { opportunitySchema, periodSchema, planFieldsSchema, riskSchema } from '../types/plan-schema';
import { qbrSchema } from '../types/qbr-schema';
import { stakeholderSchema } from '../types/stakeholder-schema';

// Each form refuses what Go refuses and accepts what Go accepts, at the limits Go enforces
// (lib/limits.json, written from backend/limits.go).
describe("the account screens' forms have Go's limits", () => {
  it('account details', () => {
    expect(limitMismatches(accountSchema, 'account', { ...emptyAccount, name: 'Acme' })).toEqual([]);
  });
  it('plan fields and period', () => {
    const plan = { executiveSummary: '', vision: '', revenueTargetMinor: 0, growthTargetPct: 0 };
    expect(
      limitMismatches(planFieldsSchema, 'plan', plan, {
        fields: ['executiveSummary', 'vision', 'revenueTargetMinor', 'growthTargetPct'],
      }),
    ).toEqual([]);
    expect(
      limitMismatches(
        z.object({ period: periodSchema }),
        'plan',
        { period: 'FY2027' },
        { fields: ['period'] },
      ),
    ).toEqual([]);
  });
  it('opportunities and risks', () => {
    const opp = { title: 'Retainer', valueMinor: 0, probability: 25, expectedClose: '' };
    expect(limitMismatches(opportunitySchema, 'opportunity', opp)).toEqual([]);
    expect(limitMismatches(riskSchema, 'risk', { title: 'Budget', likelihood: 3, impact: 3 })).toEqual([]);
  });
  it('QBRs', () => {
    const qbr = {
      date: '2026-04-16',
      format: 'remote',
      attendees: [],
      progress: '',
      issues: '',
      initiatives: '',
      nextSteps: '',
    };
    expect(limitMismatches(qbrSchema, 'qbr', qbr)).toEqual([]);
  });
  it('stakeholders', () => {
    const s = { name: 'Dana', email: '', influence: 3, lastContact: '' };
    expect(limitMismatches(stakeholderSchema, 'stakeholder', s)).toEqual([]);
  });
  it('jobs and contact reports', () => {
    expect(limitMismatches(jobSchema, 'job', { number: 'J-1', name: 'Launch' })).toEqual([]);
    const report = {
      when: '2026-03-10T10:00',
      attendees: '',
      decisions: 'Go ahead.',
      budget: '',
      nextSteps: '',
    };
    expect(limitMismatches(contactReportSchema, 'contactReport', report)).toEqual([]);
  });
  it('monthly figures', () => {
    const m = { month: '2026-03', revenueMinor: 0, costMinor: 0, writeOffMinor: 0, hoursUsed: 0 };
    expect(limitMismatches(monthFiguresSchema, 'financialMonth', m)).toEqual([]);
  });
});

describe('the forms say what is wrong in plain words before anything is sent', () => {
  it.each([
    [
      stakeholderSchema,
      { name: ' ', email: '', influence: 3, lastContact: '' },
      'Give the stakeholder a name.',
    ],
    [
      stakeholderSchema,
      { name: 'Dana', email: 'dana', influence: 3, lastContact: '' },
      'Enter an email address like name@client.com.',
    ],
    [jobSchema, { number: '', name: 'Launch' }, 'Give the job its job number.'],
    [jobSchema, { number: 'J-1', name: ' ' }, 'Give the job a name.'],
    [
      contactReportSchema,
      { when: '', attendees: '', decisions: 'x', budget: '', nextSteps: '' },
      'Enter the date and time of the meeting.',
    ],
    [
      contactReportSchema,
      { when: '2026-03-10T10:00', attendees: 'Dana', decisions: ' ', budget: '', nextSteps: '' },
      'Write down what was decided or what happens next.',
    ],
    [
      monthFiguresSchema,
      { month: '', revenueMinor: 0, costMinor: 0, writeOffMinor: 0, hoursUsed: 0 },
      'Choose the month.',
    ],
    [
      monthFiguresSchema,
      { month: '2026-03', revenueMinor: 0, costMinor: -100, writeOffMinor: 0, hoursUsed: 0 },
      'Cost cannot be negative.',
    ],
    [z.object({ period: periodSchema }), { period: '' }, 'Name the period, for example FY2027.'],
  ] as [z.ZodType, unknown, string][])('case %#', (schema, value, message) => {
    expect(schema.safeParse(value).error?.issues[0]?.message).toBe(message);
  });
});
