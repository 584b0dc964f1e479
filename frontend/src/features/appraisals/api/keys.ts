/**
 * The appraisals feature's query keys, in one place. Everything starts with
 * 'appraisals', so locking the section (lib/appraisals-lock) drops it all
 * from memory at once; the dashboard's cycles list (dashboard/api) and the
 * team's history (team/api) use the same shapes.
 */
export const appraisalKeys = {
  all: ['appraisals'] as const,
  cycles: () => ['appraisals', 'cycles'] as const,
  cycle: (cycleId: number) => ['appraisals', 'cycle', cycleId] as const,
  detail: (id: number) => ['appraisals', id] as const,
  audit: (id: number) => ['appraisals', id, 'audit'] as const,
  draft: (id: number) => ['appraisals', id, 'draft'] as const,
  evidence: (personId: number, from: string, to: string) =>
    ['appraisals', 'evidence', personId, from, to] as const,
  /** The team's roster (team/api keeps it under this key too): who can be added to a cycle. */
  roster: () => ['team', 'people'] as const,
};

/** True for an appraisal's own record (not its audit trail, draft or anything else). */
export const isAppraisalDetail = (key: readonly unknown[], id: number) =>
  key.length === 2 && key[0] === appraisalKeys.all[0] && key[1] === id;
