import { useMutation, useQuery } from '@tanstack/react-query';
import * as Financials from '../../../../wailsjs/go/app/FinancialsAPI';
import * as Jobs from '../../../../wailsjs/go/app/JobsAPI';
import * as QBRs from '../../../../wailsjs/go/app/QBRsAPI';
import * as Reports from '../../../../wailsjs/go/app/ContactReportsAPI';
import * as Stakeholders from '../../../../wailsjs/go/app/StakeholdersAPI';
import * as Team from '../../../../wailsjs/go/app/TeamAPI';
import { backend } from '../../../../wailsjs/go/models';
import { rosterQueryOptions } from '@/lib/roster';
import { accountsKeys } from './keys';

// Stakeholders
export const useStakeholders = (accountId: number) =>
  useQuery({
    queryKey: accountsKeys.stakeholders(accountId),
    queryFn: () => Stakeholders.List(accountId),
  });
export const useSaveStakeholder = () =>
  useMutation({
    mutationFn: (s: backend.Stakeholder) => Stakeholders.Save(s),
    meta: { handlesErrors: true },
  });
export const useDeleteStakeholder = () =>
  useMutation({ mutationFn: (id: number) => Stakeholders.Delete(id) });

// Financials
export const useFinancials = (accountId: number) =>
  useQuery({ queryKey: accountsKeys.financials(accountId), queryFn: () => Financials.Get(accountId) });
export const useSaveMonths = () =>
  useMutation({
    mutationFn: (v: { accountId: number; months: backend.MonthFigures[] }) =>
      Financials.SaveMonths(v.accountId, v.months),
    meta: { handlesErrors: true },
  });

// QBRs
export const useQBRs = (accountId: number) =>
  useQuery({ queryKey: accountsKeys.qbrs(accountId), queryFn: () => QBRs.List(accountId) });
export const useSaveQBR = () =>
  useMutation({ mutationFn: (q: backend.QBR) => QBRs.Save(q), meta: { handlesErrors: true } });
export const useDeleteQBR = () => useMutation({ mutationFn: (id: number) => QBRs.Delete(id) });

// Jobs and contact reports
export const useJobs = (accountId: number) =>
  useQuery({ queryKey: accountsKeys.jobs(accountId), queryFn: () => Jobs.List(accountId) });
export const useSaveJob = () =>
  useMutation({ mutationFn: (j: backend.Job) => Jobs.Save(j), meta: { handlesErrors: true } });
export const useDeleteJob = () => useMutation({ mutationFn: (id: number) => Jobs.Delete(id) });
export const useContactReports = (accountId: number) =>
  useQuery({ queryKey: accountsKeys.reports(accountId), queryFn: () => Reports.List(accountId) });
export const useSaveContactReport = () =>
  useMutation({ mutationFn: (c: backend.ContactReport) => Reports.Save(c), meta: { handlesErrors: true } });

// The account's team
/** Only this account's team and cover (the Team overview's figures for every account are megabytes at a large agency). */
export const useAccountTeam = (accountId: number) =>
  useQuery({ queryKey: accountsKeys.team(accountId), queryFn: () => Team.AccountTeam(accountId) });
/** The names an owner can be picked from: everyone on the roster who has not left. */
export const useOwnerNames = () =>
  useQuery({
    ...rosterQueryOptions(),
    staleTime: 30_000,
    select: (people) => [...new Set(people.filter((p) => p.status !== 'left').map((p) => p.name))],
  });
