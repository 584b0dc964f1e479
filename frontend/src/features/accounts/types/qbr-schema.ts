import { z } from 'zod';
import { isRealDate } from '@/lib/dates';

/** Characters each written section holds; backend.QBRSectionMax. */
export const QBR_SECTION_MAX = 20000;

// Counted in characters as Go counts them (code points), not UTF-16 units.
const section = z
  .string()
  .refine((s) => [...s].length <= QBR_SECTION_MAX, 'Each section can be at most 20,000 characters.');

/** Recording and editing a QBR; mirrors backend.QBR.Validate. */
export const qbrSchema = z.object({
  date: z.string().trim().refine(isRealDate, 'Enter the date of the QBR.'),
  format: z.enum(['on_site', 'remote'], { error: 'Choose on-site or remote.' }),
  attendees: z.array(z.number().int().positive()),
  progress: section,
  issues: section,
  initiatives: section,
  nextSteps: section,
});

export type QBRForm = z.infer<typeof qbrSchema>;
