import { z } from 'zod';
import { isDateOrEmpty } from '@/lib/draft-merge';
import { boundedNumber, boundedText, limitOf } from '@/lib/limits';

/** The stakeholder form; mirrors backend.Stakeholder.Validate, with Go's limits (lib/limits). */
export const stakeholderSchema = z.object({
  name: boundedText(
    limitOf('stakeholder', 'name'),
    'The name can be at most 120 characters.',
    z.string().trim().min(1, 'Give the stakeholder a name.'),
  ),
  email: z
    .string()
    .trim()
    .refine(
      (e) => e === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e),
      'Enter an email address like name@client.com.',
    ),
  influence: boundedNumber(limitOf('stakeholder', 'influence'), 'Influence is from 1 (low) to 5 (high).'),
  lastContact: z.string().refine(isDateOrEmpty, 'Enter the last contact as a date.'),
});

export type StakeholderForm = z.infer<typeof stakeholderSchema>;
