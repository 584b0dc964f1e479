import { backend } from '../../../../wailsjs/go/models';

/** The plan types, in the order they are offered, with what each is for. */
export const planTypes = [
  { value: 'retention', label: 'Retention', hint: 'Keep the client and steady the relationship.' },
  { value: 'expansion', label: 'Expansion', hint: 'Grow our share of the client’s spend.' },
  { value: 'acquisition', label: 'Acquisition', hint: 'Win a new client or division.' },
] as const;

export const planTypeLabel = (type: string) => planTypes.find((t) => t.value === type)?.label ?? type;

/** The sections of the plan editor a template guides, by key, in words. */
export const sectionLabels: Record<string, string> = {
  summary: 'Executive summary',
  vision: 'Vision',
  priorities: 'Strategic priorities',
  competitors: 'Competitors',
  targets: 'Revenue target',
  swot: 'SWOT',
  objectives: 'Objectives',
  opportunities: 'Pipeline',
  whitespace: 'Whitespace',
  risks: 'Risks',
  actions: 'Actions',
};

/** A template's guiding questions for one section (none when absent). */
export const questionsFor = (t: backend.PlanTemplate | undefined, key: string): string[] =>
  t?.sections.find((s) => s.key === key)?.questions ?? [];

/** The templates of one type, built-in first (the list comes ordered). */
export const templatesOfType = (all: backend.PlanTemplate[], type: string) =>
  all.filter((t) => t.type === type);
