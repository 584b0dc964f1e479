// Export the director's calendar from the Exports screen to a folder, read the
// file back with Python's icalendar (a parser AccountDesk did not write), and
// export again: the same file, the same events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { a11yProblems, withApp } from './harness.mjs';

const reader = `
import sys, json, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for ev in cal.walk('VEVENT'):
    s, e = ev.decoded('DTSTART'), ev.decoded('DTEND')
    out.append({'uid': str(ev['UID']), 'summary': str(ev['SUMMARY']), 'start': s.isoformat(), 'end': e.isoformat(),
        'allDay': type(s) is datetime.date and type(e) is datetime.date})
print(json.dumps({'version': str(cal['VERSION']), 'events': out}))
`;

/** The calendar file as Python's icalendar reads it. */
function readCalendar(path) {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', reader, path], { encoding: 'utf8' }));
}

test('export the calendar from the Exports screen and subscribe-safe re-export', async () => {
  await withApp({ demo: true }, async ({ app, page, errors }) => {
    const out = join(app.dir, 'calendar');
    mkdirSync(out);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Exports', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Exports' }).waitFor();

    // Nothing chosen at all: a clear message.
    await page.getByRole('checkbox', { name: 'Plan summaries' }).uncheck();
    await page.getByRole('textbox', { name: 'Folder', exact: true }).fill(out);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText('Choose what to export: plan summaries, the portfolio summary or your calendar.')
      .waitFor();

    // The calendar alone: no format to choose, one file.
    await page.getByRole('checkbox', { name: 'Calendar (ICS)' }).check();
    for (const f of ['PDF (for people)', 'JSON (for tools)'])
      await page.getByRole('checkbox', { name: f }).uncheck();
    assert.deepEqual(await a11yProblems(page, 'Exports, calendar chosen'), []);
    const exportOnce = async (n) => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const progress = page.getByRole('region', { name: 'Export progress' });
      await progress.getByRole('status').filter({ hasText: 'Exported 1 file(s)' }).waitFor();
      const history = page.getByRole('region', { name: 'Export history' });
      await history
        .getByText('calendar', { exact: true })
        .nth(n - 1)
        .waitFor();
      const files = readdirSync(out);
      assert.equal(files.length, 1, `files: ${files}`);
      assert.match(files[0], /^calendar-morgan-ellis-[0-9a-f]{8}\.ics$/);
      return { name: files[0], cal: readCalendar(join(out, files[0])) };
    };
    const first = await exportOnce(1);
    assert.equal(first.cal.version, '2.0');
    const events = first.cal.events;
    const uids = new Set(events.map((e) => e.uid));
    assert.equal(uids.size, events.length, 'every UID is unique');
    assert.ok(
      events.every((e) => e.allDay),
      'every event is all-day',
    );
    for (const kind of [/^QBR with /, /^QBR due: /, /^Renewal: /, /^Due: /, /^Onboarding: /])
      assert.ok(
        events.some((e) => kind.test(e.summary)),
        `an event like ${kind}`,
      );
    assert.ok(!events.some((e) => e.summary.startsWith('1:1')), 'no 1:1s without appraisals');
    // A QBR due is over the quarter's last month, until booked.
    const due = events.find((e) => e.summary.startsWith('QBR due: '));
    const [y, m] = due.start.split('-').map(Number);
    assert.equal(m % 3, 0, `due QBRs start in a quarter's last month: ${due.start}`);
    assert.equal(due.end, m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
    await page.getByText(/file\(s\) written to/).waitFor({ state: 'detached' });

    // Exported again: the same file name (a subscribed calendar keeps reading it), the same events.
    const second = await exportOnce(2);
    assert.equal(second.name, first.name);
    assert.deepEqual(
      second.cal.events.map((e) => e.uid).sort(),
      [...uids].sort(),
      'the same events, none added',
    );
    assert.deepEqual(errors, [], 'no script errors');
  });
});
