import { queryOptions, useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import { SetTemplate, Start } from '../../../../wailsjs/go/app/PlansAPI';
import { Get, List } from '../../../../wailsjs/go/app/PlanTemplatesAPI';
import { backend } from '../../../../wailsjs/go/models';
import { isPlanRecord, plansKeys } from './keys';

/** The query keys of the plan templates as the accounts feature reads them. */
export const planTemplatesKeys = {
  /** The latest version of every template: what a plan can start from. */
  list: ['plans', 'templates'] as const,
  /** One version of one template: fixed once saved, so it is never refetched. */
  version: (id: number, version: number) => ['plans', 'templates', id, version] as const,
};

/** The templates a plan can start from. Always refetched on mount: Settings edits them. */
export const usePlanTemplates = () =>
  useQuery({ queryKey: planTemplatesKeys.list, queryFn: () => List(), staleTime: 0 });

/** The template version a plan uses: its guiding questions, suggestions and what counts. */
export const planTemplateQuery = (id: number, version: number) =>
  queryOptions({
    queryKey: planTemplatesKeys.version(id, version),
    queryFn: () => Get(id, version),
    staleTime: Infinity,
  });
export const usePlanTemplate = (id: number, version: number) =>
  useQuery({ ...planTemplateQuery(id, version), enabled: id > 0 && version > 0 });

/** Starts a plan for a period from a template; errors are shown on the form. */
export const useStartPlan = () =>
  useMutation({
    mutationFn: (v: { accountId: number; period: string; templateId: number }) =>
      Start(v.accountId, v.period, v.templateId),
    meta: { handlesErrors: true },
  });

/** Switches a draft plan to another template, and so to its type. */
export const useSetPlanTemplate = (qc: QueryClient) =>
  useMutation({
    mutationFn: (v: { id: number; templateId: number }) => SetTemplate(v.id, v.templateId),
    onSuccess: (saved: backend.Plan) => {
      qc.setQueryData(plansKeys.one(saved.id), saved);
      // The accounts list shows the plan's type and completeness.
      void qc.invalidateQueries({ predicate: (q) => !isPlanRecord(q.queryKey, saved.id) });
    },
  });
