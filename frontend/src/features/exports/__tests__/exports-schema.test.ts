import { describe, expect, it } from 'vitest';
import {
  defaultWhat,
  exportFormSchema,
  firstProblem,
  formatsFor,
  kindOf,
  placeSchema,
  requestFor,
  rollupFolderSchema,
  type DestinationKind,
  type ExportWhat,
} from '../types/exports-schema';

/** The message the export form shows for these values, or null when it starts the export. */
function problem(
  kind: DestinationKind,
  destination: string,
  formats: string[],
  what: ExportWhat = defaultWhat,
) {
  const r = exportFormSchema(kind).safeParse({ destination, formats, what });
  return r.success ? null : firstProblem(r.error);
}

describe('the export form', () => {
  it.each<[DestinationKind, string, string[], string | null]>([
    ['folder', '  ', ['pdf'], 'Enter the folder to export to.'],
    ['webdav', '', ['pdf'], 'Enter the WebDAV address.'],
    ['webdav', 'cloud.example.com/dav', ['pdf'], 'A WebDAV address starts with https:// (or http://).'],
    [
      'folder',
      'https://cloud.example.com/dav',
      ['pdf'],
      'That is a web address: choose WebDAV share instead.',
    ],
    ['folder', '/home/me/Shared', [], 'Choose at least one format.'],
    ['folder', ' /home/me/Shared ', ['pdf', 'json'], null],
    ['webdav', 'https://cloud.example.com/dav/', ['csv'], null],
    ['folder', '/x', ['xlsx'], null],
  ])('%s %j with %j: %s', (kind, dest, formats, want) => {
    expect(problem(kind, dest, formats)).toBe(want);
  });

  it('says what is wrong with the choice of what to export, after where and the formats', () => {
    expect(problem('folder', '/x', ['pdf'], { ...defaultWhat, plans: false })).toBe(
      'Choose what to export: plan summaries, the portfolio summary or your calendar.',
    );
    expect(problem('folder', '/x', ['pdf'], { ...defaultWhat, which: 'some' })).toBe(
      'Choose the accounts to export.',
    );
    expect(problem('folder', '', [], { ...defaultWhat, plans: false })).toBe(
      'Enter the folder to export to.',
    );
  });

  it('sends the trimmed destination', () => {
    const r = exportFormSchema('folder').parse({
      destination: ' /srv/plans ',
      formats: ['md'],
      what: defaultWhat,
    });
    expect(r.destination).toBe('/srv/plans');
  });

  it('asks for plans of the chosen accounts only when some are chosen', () => {
    expect(
      requestFor({ plans: true, which: 'some', chosen: ['3', '5'], portfolio: true, calendar: false }),
    ).toEqual({
      portfolio: true,
      withPlans: true,
      accountIds: [3, 5],
    });
    expect(
      requestFor({ plans: true, which: 'all', chosen: ['3'], portfolio: false, calendar: true }),
    ).toEqual({
      portfolio: false,
      withPlans: false,
      accountIds: [],
    });
  });
});

describe('the calendar', () => {
  const calendarOnly: ExportWhat = { ...defaultWhat, plans: false, calendar: true };

  it('is exported on its own, with no format to choose', () => {
    expect(problem('folder', '/x', [], calendarOnly)).toBeNull();
    expect(formatsFor(calendarOnly, ['pdf', 'json'])).toEqual(['ics']);
  });

  it('joins the summaries in their formats', () => {
    expect(formatsFor({ ...defaultWhat, calendar: true }, ['pdf'])).toEqual(['pdf', 'ics']);
    expect(problem('folder', '/x', [], { ...defaultWhat, calendar: true })).toBe(
      'Choose at least one format.',
    );
  });

  it('is never written unless chosen', () => {
    expect(formatsFor(defaultWhat, ['pdf', 'md', 'html', 'json', 'csv'])).not.toContain('ics');
  });
});

describe('the roll-up folder', () => {
  it('names what to enter for each kind', () => {
    const msg = (kind: DestinationKind, v: string) => {
      const r = rollupFolderSchema(kind).safeParse(v);
      return r.success ? null : firstProblem(r.error);
    };
    expect(msg('folder', '')).toBe('Enter the shared folder that holds the portfolio summaries.');
    expect(msg('webdav', '')).toBe('Enter the WebDAV address of the shared folder.');
    expect(msg('webdav', 'ftp://x')).toBe('A WebDAV address starts with https:// (or http://).');
    expect(msg('folder', '/mnt/share')).toBeNull();
  });
});

describe('a saved place', () => {
  it('refuses what Go refuses, with its words', () => {
    const msg = (v: { name: string; destination: string; user: string }) => {
      const r = placeSchema.safeParse(v);
      return r.success ? null : firstProblem(r.error);
    };
    expect(msg({ name: ' ', destination: '/x', user: '' })).toBe('Name the place, for example Team share.');
    expect(msg({ name: 'x'.repeat(81), destination: '/x', user: '' })).toBe(
      'A place’s name can be at most 80 characters.',
    );
    expect(msg({ name: 'Team share', destination: '/' + 'x'.repeat(2000), user: '' })).toBe(
      'That address is too long.',
    );
    expect(msg({ name: 'x'.repeat(80), destination: '/x', user: 'u' })).toBeNull();
  });

  it('is a WebDAV share when its destination is a web address', () => {
    expect(kindOf('HTTPS://cloud.example.com/')).toBe('webdav');
    expect(kindOf('/home/me')).toBe('folder');
  });
});
