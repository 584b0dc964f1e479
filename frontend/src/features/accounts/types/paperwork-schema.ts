import { z } from 'zod';
import { boundedText, limitOf } from '@/lib/limits';

/** Adding a job to the status report; mirrors backend.Job.Validate. */
export const jobSchema = z.object({
  number: boundedText(
    limitOf('job', 'number'),
    'A job number can be at most 40 characters.',
    z.string().trim().min(1, 'Give the job its job number.'),
  ),
  name: z.string().trim().min(1, 'Give the job a name.'),
});

const section = (field: 'attendees' | 'decisions' | 'budget' | 'nextSteps') =>
  boundedText(limitOf('contactReport', field), 'Each section can be at most 20,000 characters.', z.string());

/**
 * The contact report form (when: the datetime-local input's value); mirrors
 * backend.ContactReport.Validate. Whether the meeting has happened, Go decides.
 */
export const contactReportSchema = z
  .object({
    when: z.string().refine((w) => w !== '' && !Number.isNaN(new Date(w).getTime()), {
      message: 'Enter the date and time of the meeting.',
    }),
    attendees: section('attendees'),
    decisions: section('decisions'),
    budget: section('budget'),
    nextSteps: section('nextSteps'),
  })
  .refine((r) => r.decisions.trim() !== '' || r.nextSteps.trim() !== '', {
    path: ['decisions'],
    message: 'Write down what was decided or what happens next.',
  });

export type ContactReportForm = z.infer<typeof contactReportSchema>;
