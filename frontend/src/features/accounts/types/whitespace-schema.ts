import { z } from 'zod';
import { boundedNumber, boundedText, limitOf } from '@/lib/limits';

/** The statuses a grid cell can have; "" is an empty cell. */
export const cellStatuses = ['', 'current', 'potential', 'competitor', 'not_for_us'] as const;
export type CellStatus = (typeof cellStatuses)[number];

export const cellStatusLabel: Record<CellStatus, string> = {
  '': 'Empty',
  current: 'Current',
  potential: 'Potential',
  competitor: 'Competitor',
  not_for_us: 'Not for us',
};

/** Mantine colours per status: light backgrounds that read in light and dark. */
export const cellStatusColor: Record<CellStatus, string> = {
  '': 'gray',
  current: 'teal',
  potential: 'blue',
  competitor: 'orange',
  not_for_us: 'gray',
};

const value = limitOf('whitespaceCell', 'valueMinor');
const agency = limitOf('whitespaceCell', 'competitor');

/** A cell as its editor holds it: the value in major units. Mirrors backend.Cell.Validate. */
export const cellSchema = z
  .object({
    status: z.enum(cellStatuses),
    value: boundedNumber(
      { min: (value.min ?? 0) / 100, max: (value.max ?? Infinity) / 100 },
      'The annual value must be between 0 and 10 billion.',
      z.number({ error: 'Enter the annual value as a number.' }),
    ),
    competitor: boundedText(agency, "The agency's name can be at most 120 characters.", z.string().trim()),
  })
  .superRefine((c, ctx) => {
    if (c.status === 'competitor' && c.competitor === '')
      ctx.addIssue({ code: 'custom', path: ['competitor'], message: 'Name the agency that does this work.' });
  });
export type CellForm = z.input<typeof cellSchema>;

/** A division's or brand's name. */
export const divisionNameSchema = boundedText(
  limitOf('division', 'name'),
  'The name of a division or brand can be at most 120 characters.',
  z.string().trim().min(1, 'Name the division or brand.'),
);
