import { z } from 'zod';
import { folderSchema } from '@/components/ui/save-pdf-dialog';

/** A quarter as Go reads it: "2026-Q4". */
export const quarterSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-Q[1-4]$/, 'Choose the quarter as 2026-Q4.');

export const qbrPackSchema = z.object({
  quarter: quarterSchema,
  hours: z.boolean(),
  folder: folderSchema,
});

export type QBRPackForm = z.infer<typeof qbrPackSchema>;

/** "2026-Q4" of a date. */
export function quarterOf(d: Date): string {
  return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
}

/**
 * The quarters a pack can be made for: this one and the three before it,
 * newest first, as { value: "2026-Q4", label: "Q4 2026" }.
 */
export function recentQuarters(today: Date, count = 4): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  let y = today.getFullYear();
  let q = Math.floor(today.getMonth() / 3) + 1;
  for (let i = 0; i < count; i++) {
    out.push({ value: `${y}-Q${q}`, label: `Q${q} ${y}${i === 0 ? ' (this quarter)' : ''}` });
    q -= 1;
    if (q === 0) {
      q = 4;
      y -= 1;
    }
  }
  return out;
}
