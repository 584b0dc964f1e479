import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { backend } from '../../../../wailsjs/go/models';
import { renderWithProviders } from '@/testing/render';
import { qbrText } from '../components/badges';
import { qbrSentence } from '../components/qbrs-tab';
import { accountSchema, emptyAccount, fieldErrors, type AccountForm } from '../types/account-schema';
import { describeField, planSchema } from '../types/plan-schema';

const create = vi.fn();
vi.mock('../api/accounts', () => ({ useCreateAccount: () => ({ mutate: create, isPending: false }) }));

const due = (state: string, extra: Partial<backend.QBRDue> = {}) =>
  backend.QBRDue.createFrom({
    state,
    quarter: '2026-Q4',
    daysLeft: 37,
    lastHeld: '',
    basis: 'revenue',
    ...extra,
  });

describe('account form rules', () => {
  it.each<[string, Partial<AccountForm>, keyof AccountForm, string]>([
    ['empty name', { name: '  ' }, 'name', 'Give the account a name.'],
    [
      'amber without a reason',
      { name: 'Acme', health: 'amber' },
      'healthReason',
      'Say why the account is amber or red.',
    ],
    [
      'renewal before the contract start',
      { name: 'Acme', contractStart: '2026-05-01', renewalDate: '2026-04-01' },
      'renewalDate',
      'The renewal date cannot be before the contract start.',
    ],
    [
      'negative retainer',
      { name: 'Acme', retainerHoursPerMonth: -1 },
      'retainerHoursPerMonth',
      'Retainer hours cannot be negative.',
    ],
  ])('refuses %s', (_, patch, field, message) => {
    const errors = fieldErrors<AccountForm>(accountSchema.safeParse({ ...emptyAccount, ...patch }));
    expect(errors[field]).toBe(message);
  });

  it('accepts a red account with a reason', () => {
    expect(
      accountSchema.safeParse({
        ...emptyAccount,
        name: 'Acme',
        health: 'red',
        healthReason: 'Pitching elsewhere',
      }).success,
    ).toBe(true);
  });
});

describe('QBR wording', () => {
  it.each([
    ['done', 'Done', 'Held this quarter (2026-Q4).'],
    ['due', 'Due in 37 days', 'Due this quarter: 37 days left in 2026-Q4.'],
    ['overdue', 'Overdue', 'Overdue: none was held last quarter, and none yet in 2026-Q4.'],
  ])('%s reads as a badge and a sentence', (state, badge, sentence) => {
    expect(qbrText(due(state))?.label).toBe(badge);
    expect(qbrSentence(due(state))).toBe(sentence);
  });
  it('an account below the threshold needs none, and says why', () => {
    expect(qbrText(due('not_required'))).toBeNull();
    expect(qbrSentence(due('not_required', { basis: 'target' }))).toMatch(/annual target is below/);
  });
});

describe('plan checks', () => {
  it('names the row of an item the store refused', () => {
    expect(describeField('objectives.2.title')).toBe('Objectives, row 3');
    expect(describeField('period')).toBe('');
  });
  it('holds back an opportunity above 100%', () => {
    const r = planSchema.safeParse({
      revenueTargetMinor: 0,
      growthTargetPct: 0,
      objectives: [],
      risks: [],
      actions: [],
      opportunities: [{ title: 'x', valueMinor: 1, probability: 120 }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Probability is a percentage from 0 to 100.');
  });
});

describe('new account form', () => {
  it('shows the reason and creates nothing when the name is missing', async () => {
    const { NewAccountModal } = await import('../components/new-account-modal');
    renderWithProviders(<NewAccountModal opened onClose={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Give the account a name.')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });
});
