import { backend } from '../../../../wailsjs/go/models';

/**
 * The query keys of everything the accounts feature reads. An account's own record is
 * ['accounts', id]; its parts hang below it, so a prefix names all of one account's reads.
 */
export const accountsKeys = {
  all: ['accounts'] as const,
  list: (f: backend.AccountFilter) => ['accounts', 'list', f] as const,
  /** One account's row of the list: it carries the QBR standing the rule worked out. */
  summary: (id: number) => ['accounts', 'list', 'one', id] as const,
  one: (id: number) => ['accounts', id] as const,
  health: (id: number) => ['accounts', id, 'health'] as const,
  draft: (id: number) => ['accounts', id, 'draft'] as const,
  stakeholders: (id: number) => ['accounts', id, 'stakeholders'] as const,
  relationships: (id: number) => ['accounts', id, 'relationships'] as const,
  whitespace: (id: number) => ['accounts', id, 'whitespace'] as const,
  financials: (id: number) => ['accounts', id, 'financials'] as const,
  qbrs: (id: number) => ['accounts', id, 'qbrs'] as const,
  jobs: (id: number) => ['accounts', id, 'jobs'] as const,
  reports: (id: number) => ['accounts', id, 'reports'] as const,
  team: (id: number) => ['accounts', id, 'team'] as const,
  qbrPack: (id: number, quarter: string, hours: boolean) =>
    ['accounts', id, 'qbrPack', quarter, hours] as const,
};

/** Whether a query key is exactly one account's own record (not its parts). */
export const isAccountRecord = (key: readonly unknown[], id: number) =>
  key.length === 2 && key[0] === accountsKeys.all[0] && key[1] === id;

export const plansKeys = {
  all: ['plans'] as const,
  list: (accountId: number) => ['accounts', accountId, 'plans'] as const,
  one: (id: number) => ['plans', id] as const,
  draft: (id: number) => ['plans', id, 'draft'] as const,
  compare: (from: number | null, to: number | null) => ['plans', 'compare', from, to] as const,
};

/** Whether a query key is one plan or its draft. */
export const isPlanRecord = (key: readonly unknown[], id: number) =>
  key[0] === plansKeys.all[0] && key[1] === id;
