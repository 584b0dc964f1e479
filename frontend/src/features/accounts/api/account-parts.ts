import { useMutation, useQuery } from '@tanstack/react-query';
import * as Financials from '../../../../wailsjs/go/app/FinancialsAPI';
import * as Jobs from '../../../../wailsjs/go/app/JobsAPI';
import * as QBRs from '../../../../wailsjs/go/app/QBRsAPI';
import * as Reports from '../../../../wailsjs/go/app/ContactReportsAPI';
import * as Stakeholders from '../../../../wailsjs/go/app/StakeholdersAPI';
import { backend } from '../../../../wailsjs/go/models';

// Stakeholders
export const useStakeholders = (accountId: number) =>
  useQuery({
    queryKey: ['accounts', accountId, 'stakeholders'],
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
  useQuery({ queryKey: ['accounts', accountId, 'financials'], queryFn: () => Financials.Get(accountId) });
export const useSaveMonths = () =>
  useMutation({
    mutationFn: (v: { accountId: number; months: backend.MonthFigures[] }) =>
      Financials.SaveMonths(v.accountId, v.months),
    meta: { handlesErrors: true },
  });

// QBRs
export const useQBRs = (accountId: number) =>
  useQuery({ queryKey: ['accounts', accountId, 'qbrs'], queryFn: () => QBRs.List(accountId) });
export const useSaveQBR = () =>
  useMutation({ mutationFn: (q: backend.QBR) => QBRs.Save(q), meta: { handlesErrors: true } });
export const useDeleteQBR = () => useMutation({ mutationFn: (id: number) => QBRs.Delete(id) });

// Jobs and contact reports
export const useJobs = (accountId: number) =>
  useQuery({ queryKey: ['accounts', accountId, 'jobs'], queryFn: () => Jobs.List(accountId) });
export const useSaveJob = () =>
  useMutation({ mutationFn: (j: backend.Job) => Jobs.Save(j), meta: { handlesErrors: true } });
export const useDeleteJob = () => useMutation({ mutationFn: (id: number) => Jobs.Delete(id) });
export const useContactReports = (accountId: number) =>
  useQuery({ queryKey: ['accounts', accountId, 'reports'], queryFn: () => Reports.List(accountId) });
export const useSaveContactReport = () =>
  useMutation({ mutationFn: (c: backend.ContactReport) => Reports.Save(c), meta: { handlesErrors: true } });
