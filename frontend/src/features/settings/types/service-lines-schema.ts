import { z } from 'zod';
import { boundedText, limitOf } from '@/lib/limits';

/** A service line's name; mirrors backend.ValidateServiceLines. */
export const serviceLineNameSchema = boundedText(
  limitOf('serviceLine', 'name'),
  'The name of a service line can be at most 120 characters.',
  z.string().trim().min(1, 'Name the service line.'),
);

/** Whether name is already in the list (ignoring case), other than at index skip. */
export const nameTaken = (lines: { name: string }[], name: string, skip = -1) =>
  lines.some((l, i) => i !== skip && l.name.trim().toLowerCase() === name.trim().toLowerCase());
