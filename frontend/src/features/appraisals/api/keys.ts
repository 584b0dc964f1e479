/**
 * The appraisals feature's query keys, in one place. Everything starts with
 * 'appraisals', so locking the section (lib/appraisals-lock) drops it all
 * from memory at once. The cycles list and the roster are shared with other
 * screens and keyed there (lib/shared-queries, lib/roster).
 */
export const appraisalKeys = {
  all: ['appraisals'] as const,
  cycle: (cycleId: number) => ['appraisals', 'cycle', cycleId] as const,
  detail: (id: number) => ['appraisals', id] as const,
  audit: (id: number) => ['appraisals', id, 'audit'] as const,
  draft: (id: number) => ['appraisals', id, 'draft'] as const,
  cycleDraft: (cycleId: number) => ['appraisals', 'cycle', cycleId, 'draft'] as const,
  evidence: (personId: number, from: string, to: string) =>
    ['appraisals', 'evidence', personId, from, to] as const,
  feedback: (personId: number, from: string, to: string) =>
    ['appraisals', 'feedback', personId, from, to] as const,
  peer: (personId: number) => ['appraisals', 'peer', personId] as const,
  peerResults: (personId: number, cycleId: number) =>
    ['appraisals', 'peer', personId, 'results', cycleId] as const,
  peerEmails: (requestId: number) => ['appraisals', 'peer-emails', requestId] as const,
  peerQuestions: (cycleId: number) => ['appraisals', 'peer-questions', cycleId] as const,
};

/** True for an appraisal's own record (not its audit trail, draft or anything else). */
export const isAppraisalDetail = (key: readonly unknown[], id: number) =>
  key.length === 2 && key[0] === appraisalKeys.all[0] && key[1] === id;
