import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SaveServiceLines, ServiceLines } from '../../../../wailsjs/go/app/WhitespaceAPI';
import { backend } from '../../../../wailsjs/go/models';

export const serviceLinesKey = ['serviceLines'] as const;

/** The workspace's service lines, in order, retired ones included. */
export const useServiceLines = () => useQuery({ queryKey: serviceLinesKey, queryFn: () => ServiceLines() });

/** Saves the whole list; every account's grid shows its columns, so every read is refreshed. */
export const useSaveServiceLines = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (lines: backend.ServiceLine[]) => SaveServiceLines(lines),
    meta: { handlesErrors: true },
    onSuccess: (saved) => {
      qc.setQueryData(serviceLinesKey, saved);
      void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== serviceLinesKey[0] });
    },
  });
};
