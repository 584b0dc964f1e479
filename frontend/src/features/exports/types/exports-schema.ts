import { z } from 'zod';

/** Where an export goes, or a roll-up reads from: a folder (local, mounted, synced) or a WebDAV share. */
export type DestinationKind = 'folder' | 'webdav';

/** The summaries' formats; mirrors export.AllFormats in Go but for ics, the calendar (chosen under What). */
export const exportFormats = ['pdf', 'md', 'html', 'json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const webAddress = /^https?:/i;

/**
 * A folder path or a WebDAV address, trimmed. empty says what to enter when
 * nothing is; the kind decides what the text must look like.
 */
export const destinationSchema = (kind: DestinationKind, empty: string) =>
  z
    .string()
    .trim()
    .min(1, empty)
    .refine(
      (v) => v === '' || kind === 'folder' || /^https?:\/\/[^\s/]+/.test(v),
      'A WebDAV address starts with https:// (or http://).',
    )
    .refine(
      (v) => kind === 'webdav' || !/^https?:/.test(v),
      'That is a web address: choose WebDAV share instead.',
    );

/**
 * What one export run writes: plan summaries (of every account or some), the portfolio summary, the
 * director's calendar (one .ics file), or any of them.
 */
export const exportWhatSchema = z
  .object({
    plans: z.boolean(),
    which: z.enum(['all', 'some']),
    chosen: z.array(z.string()),
    portfolio: z.boolean(),
    calendar: z.boolean(),
  })
  .superRefine((w, ctx) => {
    if (!w.plans && !w.portfolio && !w.calendar)
      ctx.addIssue({
        code: 'custom',
        message: 'Choose what to export: plan summaries, the portfolio summary or your calendar.',
      });
    else if (w.plans && w.which === 'some' && w.chosen.length === 0)
      ctx.addIssue({ code: 'custom', path: ['chosen'], message: 'Choose the accounts to export.' });
  });

export type ExportWhat = z.infer<typeof exportWhatSchema>;

export const defaultWhat: ExportWhat = {
  plans: true,
  which: 'all',
  chosen: [],
  portfolio: false,
  calendar: false,
};

/** The calendar's format in Go (export.CalendarFormat): written only when asked for. */
export const calendarFormat = 'ics';

/**
 * The formats the request names: the summaries' formats when there are summaries to write, and the
 * calendar's when it is chosen. The calendar alone is ['ics'].
 */
export function formatsFor(w: ExportWhat, formats: ExportFormat[]): string[] {
  const docs: string[] = w.plans || w.portfolio ? [...formats] : [];
  return w.calendar ? [...docs, calendarFormat] : docs;
}

/** The request fields for a choice (the portfolio alone, plans alone, or both in one run). */
export function requestFor(w: ExportWhat): { portfolio: boolean; withPlans: boolean; accountIds: number[] } {
  return {
    portfolio: w.portfolio,
    withPlans: w.portfolio && w.plans,
    accountIds: w.plans && w.which === 'some' ? w.chosen.map(Number) : [],
  };
}

/** The export form: its checks run in the order the form reads, and the first problem is shown. */
export const exportFormSchema = (kind: DestinationKind) =>
  z
    .object({
      destination: destinationSchema(
        kind,
        kind === 'folder' ? 'Enter the folder to export to.' : 'Enter the WebDAV address.',
      ),
      formats: z.array(z.enum(exportFormats)),
      what: exportWhatSchema,
    })
    // Formats are the summaries': the calendar alone needs none.
    .superRefine((v, ctx) => {
      if ((v.what.plans || v.what.portfolio) && v.formats.length === 0)
        ctx.addIssue({ code: 'custom', path: ['formats'], message: 'Choose at least one format.' });
    });

/** Where the management roll-up reads the directors' portfolio summaries. */
export const rollupFolderSchema = (kind: DestinationKind) =>
  destinationSchema(
    kind,
    kind === 'folder'
      ? 'Enter the shared folder that holds the portfolio summaries.'
      : 'Enter the WebDAV address of the shared folder.',
  );

/** A saved place; mirrors backend.ExportPlace.Validate. */
export const placeSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name the place, for example Team share.')
    .max(80, 'A place’s name can be at most 80 characters.'),
  destination: z
    .string()
    .trim()
    .min(1, 'Enter the folder or WebDAV address.')
    .max(2000, 'That address is too long.'),
  user: z.string().trim().max(200, 'That address is too long.'),
});

/** The kind a saved destination is, from its text. */
export const kindOf = (destination: string): DestinationKind =>
  webAddress.test(destination) ? 'webdav' : 'folder';

/** The first problem zod found, in plain words. */
export function firstProblem(error: z.ZodError, fallback = 'Check the form.'): string {
  return error.issues[0]?.message ?? fallback;
}
