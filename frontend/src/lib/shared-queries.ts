import { queryOptions } from '@tanstack/react-query';
import { List as ListAccounts } from '../../wailsjs/go/app/AccountsAPI';
import { Cycles } from '../../wailsjs/go/app/AppraisalsAPI';
import { List as ListOnboardings } from '../../wailsjs/go/app/OnboardingAPI';
import { Schedules } from '../../wailsjs/go/app/OneOnOnesAPI';
import { backend } from '../../wailsjs/go/models';
import { rosterKey } from './roster';

/*
 * Reads that several features show (a feature never imports another), each
 * with one key and one call, so every screen shares one cache entry. A
 * feature's own reads and keys live in its api/; the settings are in
 * settings.ts, the roster in roster.ts, the appraisals lock in appraisals-lock.ts.
 */

/** Every account, unfiltered: the filter the Accounts list starts with. */
export const everyAccount = (): backend.AccountFilter =>
  backend.AccountFilter.createFrom({
    id: 0,
    search: '',
    tier: '',
    health: '',
    status: '',
    completenessBelow: 0,
  });

export const sharedKeys = {
  /** The team roster (rosterQueryOptions in roster.ts). */
  roster: rosterKey,
  /** Every onboarding checklist, with its progress. */
  onboardings: ['onboarding', 'list'] as const,
  /** The review cycles; under "appraisals", so locking forgets them. */
  cycles: ['appraisals', 'cycles'] as const,
  /** Every account, as the Accounts list shows them unfiltered. */
  everyAccount: ['accounts', 'list', everyAccount()] as const,
  /** Each direct report's 1:1 cadence and next due date (no one's words: readable while locked). */
  oneOnOneSchedules: ['team', 'oneOnOneSchedules'] as const,
};

export const onboardingsQueryOptions = () =>
  queryOptions({ queryKey: sharedKeys.onboardings, queryFn: () => ListOnboardings() });

export const cyclesQueryOptions = () =>
  queryOptions({ queryKey: sharedKeys.cycles, queryFn: () => Cycles() });

export const everyAccountQueryOptions = () =>
  queryOptions({ queryKey: sharedKeys.everyAccount, queryFn: () => ListAccounts(everyAccount()) });

/** The director's direct reports with their 1:1 cadence and when the next is due, the missed first. */
export const oneOnOneSchedulesQueryOptions = () =>
  queryOptions({ queryKey: sharedKeys.oneOnOneSchedules, queryFn: () => Schedules() });
