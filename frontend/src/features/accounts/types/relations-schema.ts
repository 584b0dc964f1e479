import { z } from 'zod';

/** A stakeholder's relations as the editor holds them; mirrors backend.Relations.Validate. */
export const relationsSchema = z
  .object({
    stakeholderId: z.number(),
    reportsToId: z.number(),
    ownerId: z.number(),
    left: z.boolean(),
    replacedById: z.number(),
    influences: z.array(
      z.object({
        stakeholderId: z.number().min(1, 'Choose whom they influence.'),
        strength: z.enum(['low', 'medium', 'high'], {
          error: 'Choose low, medium or high for how strongly they influence someone.',
        }),
      }),
    ),
  })
  .superRefine((r, ctx) => {
    if (r.reportsToId !== 0 && r.reportsToId === r.stakeholderId)
      ctx.addIssue({
        code: 'custom',
        path: ['reportsToId'],
        message: 'Someone cannot report to themselves.',
      });
    if (r.replacedById !== 0 && !r.left)
      ctx.addIssue({
        code: 'custom',
        path: ['replacedById'],
        message: 'Mark them as left before choosing who replaced them.',
      });
    const ids = r.influences.map((i) => i.stakeholderId).filter((id) => id !== 0);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({
        code: 'custom',
        path: ['influences'],
        message: 'Someone is listed twice; keep one line per person.',
      });
  });

export type RelationsForm = z.infer<typeof relationsSchema>;
