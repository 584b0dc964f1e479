import { z } from 'zod';
import { isRealDate } from '@/lib/dates';
import { boundedText, limitOf } from '@/lib/limits';

/** Characters each written section holds; backend.QBRSectionMax. */
export const QBR_SECTION_MAX = limitOf('qbr', 'progress').maxLength ?? 0;

// Counted in characters as Go counts them (code points), not UTF-16 units.
const section = (field: 'progress' | 'issues' | 'initiatives' | 'nextSteps') =>
  boundedText(limitOf('qbr', field), 'Each section can be at most 20,000 characters.', z.string());

/** Recording and editing a QBR; mirrors backend.QBR.Validate. */
export const qbrSchema = z.object({
  date: z.string().trim().refine(isRealDate, 'Enter the date of the QBR.'),
  format: z.enum(['on_site', 'remote'], { error: 'Choose on-site or remote.' }),
  attendees: z.array(z.number().int().positive()),
  progress: section('progress'),
  issues: section('issues'),
  initiatives: section('initiatives'),
  nextSteps: section('nextSteps'),
});

export type QBRForm = z.infer<typeof qbrSchema>;
