import { z } from 'zod';
import { boundedNumber, limitOf } from '@/lib/limits';

const figure = (field: 'revenueMinor' | 'costMinor' | 'writeOffMinor', message: string) =>
  boundedNumber(
    limitOf('financialMonth', field),
    message,
    z.number({ error: 'Enter the figures as numbers.' }),
  );

/** One month's figures as sent to Go (amounts in minor units); mirrors backend.MonthFigures.Validate. */
export const monthFiguresSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose the month.'),
  revenueMinor: figure('revenueMinor', 'Revenue cannot be negative.'),
  costMinor: figure('costMinor', 'Cost cannot be negative.'),
  writeOffMinor: figure('writeOffMinor', 'Write-offs cannot be negative; enter the amount written off.'),
  hoursUsed: boundedNumber(
    limitOf('financialMonth', 'hoursUsed'),
    'Hours used must be between 0 and 100,000.',
    z.number({ error: 'Enter the hours as a number.' }),
  ),
});

export type MonthFiguresForm = z.infer<typeof monthFiguresSchema>;

/** The month form's entries (amounts in major units, as typed) as Go's figures. */
export const toMonthFigures = (
  month: string,
  d: { revenue: number; cost: number; writeOff: number; hours: number },
): MonthFiguresForm => ({
  month,
  revenueMinor: Math.round(d.revenue * 100),
  costMinor: Math.round(d.cost * 100),
  writeOffMinor: Math.round(d.writeOff * 100),
  hoursUsed: d.hours,
});
