/** Task categories in the order a checklist shows them (backend.Categories), in plain words. */
export const categories = [
  { value: 'before_day_one', label: 'Before day one' },
  { value: 'intro_meetings', label: 'Intro meetings & inductions' },
  { value: 'client_knowledge', label: 'Client knowledge' },
  { value: 'agency_processes', label: 'Agency processes & tools' },
  { value: 'compliance', label: 'Compliance' },
  { value: 'check_ins', label: '30/60/90 check-ins' },
] as const;

export type Category = (typeof categories)[number]['value'];

/** A category's words, by its value. */
export const categoryLabel: Record<string, string> = Object.fromEntries(
  categories.map((c) => [c.value, c.label]),
);

/** Who owns a template task: a role in the onboarding (backend.Owner*), or a named person. */
export const ownerKinds = [
  { value: 'new_hire', label: 'New hire' },
  { value: 'manager', label: 'Manager' },
  { value: 'buddy', label: 'Buddy' },
  { value: 'operations', label: 'Operations' },
  { value: 'it', label: 'IT' },
] as const;
