import { z } from 'zod';
import { isRealDate } from '@/lib/dates';

/** A date the checklist counts from or is due on; mirrors backend.OnboardingDate. */
export const checklistDate = (what: 'start' | 'due') =>
  z.string().trim().refine(isRealDate, `Enter the ${what} date as a real date, such as 2026-12-07.`);

/** "Start onboarding"; mirrors StartOnboarding's checks so bad input never reaches Go. */
export const startOnboardingSchema = z
  .object({
    personId: z.number().int().positive('Choose the new team member.'),
    templateId: z.number().int().positive('Choose a template.'),
    start: checklistDate('start'),
    buddyId: z.number().int().min(0),
  })
  .refine((v) => v.buddyId === 0 || v.buddyId !== v.personId, {
    path: ['buddyId'],
    message: 'The buddy is someone other than the new hire.',
  });

export type StartOnboardingForm = z.infer<typeof startOnboardingSchema>;

/**
 * The start date the form suggests: the person's start date from the roster
 * when there is one, else today. A checklist counts back from it, so today
 * would put every pre-boarding task in the past.
 */
export function suggestedStart(person: { startDate: string } | undefined, today: string): string {
  return person?.startDate && isRealDate(person.startDate) ? person.startDate : today;
}
