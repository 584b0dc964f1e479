import { z } from 'zod';

const date = z.string().refine((s) => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s), 'Enter a date.');
const titled = (what: string) => z.string().trim().min(1, `Give each ${what} a title.`);

/** What the plan editor checks before saving; the store checks the rest. */
export const planSchema = z.object({
  revenueTargetMinor: z.number({ error: 'Enter the revenue target as a number.' }).min(0, 'The revenue target cannot be negative.'),
  growthTargetPct: z.number({ error: 'Enter the growth target as a number.' }).min(-100).max(1000, 'The growth target must be between -100% and 1000%.'),
  objectives: z.array(z.object({ title: titled('objective'), due: date })),
  opportunities: z.array(
    z.object({
      title: titled('opportunity'),
      valueMinor: z.number({ error: 'Enter the value as a number.' }).min(0, 'The value cannot be negative.'),
      probability: z.number({ error: 'Enter the probability as a number.' }).min(0).max(100, 'Probability is a percentage from 0 to 100.'),
    }),
  ),
  risks: z.array(z.object({ title: titled('risk') })),
  actions: z.array(z.object({ title: titled('action'), due: date })),
});

const sectionNames: Record<string, string> = { objectives: 'Objectives', opportunities: 'Opportunities', risks: 'Risks', actions: 'Actions', whitespace: 'Whitespace' };

/** "objectives.2.title" → "Objectives, row 3". */
export function describeField(path: string): string {
  const [section, index] = path.split('.');
  if (section && index !== undefined && sectionNames[section]) return `${sectionNames[section]}, row ${Number(index) + 1}`;
  return '';
}
