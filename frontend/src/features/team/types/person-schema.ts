import { z } from 'zod';

const date = z.string().refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s), 'Enter a date.');

/** The person form; mirrors backend.Person.Validate. */
export const personSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Give the person a name.')
      .max(120, 'The name can be at most 120 characters.'),
    email: z
      .string()
      .trim()
      .refine(
        (s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
        'Enter an email address like name@agency.com.',
      ),
    role: z.string().min(1, 'Choose a role.'),
    reportsTo: z.number(),
    startDate: date.refine((s) => s !== '', 'Enter the start date.'),
    endDate: date,
    status: z.enum(['onboarding', 'active', 'leaving', 'left']),
    location: z.string(),
    capacityHoursPerWeek: z
      .number({ error: 'Enter the hours as a number.' })
      .min(1, 'Capacity is between 1 and 80 hours a week.')
      .max(80, 'Capacity is between 1 and 80 hours a week.'),
    skills: z.array(z.string()),
    notes: z.string(),
  })
  .refine((p) => !p.endDate || p.endDate >= p.startDate, {
    path: ['endDate'],
    message: 'The end date cannot be before the start date.',
  });

export type PersonForm = z.infer<typeof personSchema>;

export const personStatuses = [
  { value: 'onboarding', label: 'Onboarding' },
  { value: 'active', label: 'Active' },
  { value: 'leaving', label: 'Leaving' },
  { value: 'left', label: 'Left' },
];

/** Heatmap colour for a utilization: calm under 80%, amber to 100%, red above. */
export function loadColour(pct: number): 'empty' | 'calm' | 'busy' | 'over' {
  if (pct <= 0) return 'empty';
  if (pct < 80) return 'calm';
  if (pct <= 100) return 'busy';
  return 'over';
}
