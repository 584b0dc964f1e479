import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Copy, List, Save } from '../../../../wailsjs/go/app/PlanTemplatesAPI';
import { backend } from '../../../../wailsjs/go/models';

export const planTemplateKeys = {
  /** The latest version of every template (the accounts feature reads its own copy, refetched on mount). */
  list: ['settings', 'plan-templates'] as const,
};

export const usePlanTemplateList = () => useQuery({ queryKey: planTemplateKeys.list, queryFn: () => List() });

/** Saves a template as its next version; errors are shown on the form. */
export const useSavePlanTemplate = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (t: backend.PlanTemplate) => Save(t),
    meta: { handlesErrors: true },
    onSuccess: () => void qc.invalidateQueries({ queryKey: planTemplateKeys.list }),
  });
};

/** Copies a template under a new name; errors are shown on the form. */
export const useCopyPlanTemplate = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; name: string }) => Copy(v.id, v.name),
    meta: { handlesErrors: true },
    onSuccess: () => void qc.invalidateQueries({ queryKey: planTemplateKeys.list }),
  });
};
