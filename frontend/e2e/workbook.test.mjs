// Export the portfolio and the plan summaries as Excel workbooks from the
// Exports screen, and read the files back with openpyxl (a reader that knows
// nothing of AccountDesk): the sheets are there and amounts are numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { a11yProblems, openScreen, withApp } from './harness.mjs';

const readBack = `
import json, sys, openpyxl
out = {}
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    rows = [[c.value if isinstance(c.value, (int, float, str)) or c.value is None else str(c.value) for c in r] for r in ws.iter_rows()]
    out[path.rsplit("/", 1)[-1]] = {"sheets": wb.sheetnames, "rows": rows, "freeze": ws.freeze_panes}
json.dump(out, sys.stdout)
`;

test('export the portfolio and the plans as Excel workbooks', async (t) => {
  if (!existsSync('/usr/bin/python3')) return t.skip('python3 is not installed; make test installs it');
  await withApp({ demo: true }, async ({ app, page, errors }) => {
    const out = join(app.dir, 'workbooks');
    mkdirSync(out);
    await openScreen(page, 'Exports');

    // Only the workbook: every other format unticked.
    for (const name of [
      'PDF (for people)',
      'Markdown',
      'HTML (printable)',
      'JSON (for tools)',
      'CSV (for spreadsheets)',
    ])
      await page.getByRole('checkbox', { name }).uncheck();
    await page.getByRole('checkbox', { name: 'Excel workbook (XLSX)' }).check();
    await page.getByRole('checkbox', { name: 'Portfolio summary' }).check();
    await page.getByRole('textbox', { name: 'Folder', exact: true }).fill(out);
    assert.deepEqual(await a11yProblems(page, 'Exports, workbook chosen'), []);
    await page.getByRole('button', { name: 'Export', exact: true }).click();

    const progress = page.getByRole('region', { name: 'Export progress' });
    await progress.getByRole('status').filter({ hasText: 'Exported 13 file(s)' }).waitFor();
    const files = readdirSync(out).sort();
    assert.equal(files.length, 13, `files: ${files}`);
    assert.ok(
      files.every((f) => f.endsWith('.xlsx')),
      `only workbooks, no temporary names: ${files}`,
    );
    const portfolio = files.find((f) =>
      /^portfolio-morgan-ellis-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.xlsx$/.test(f),
    );
    assert.ok(portfolio, `a portfolio workbook among ${files}`);
    const plan = files.find((f) => /-plan-fy\d{4}\.xlsx$/.test(f));
    assert.ok(plan, `a plan workbook among ${files}`);

    const books = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', readBack, join(out, portfolio), join(out, plan)], {
        encoding: 'utf8',
      }),
    );
    const p = books[portfolio];
    assert.deepEqual(p.sheets, [
      'Accounts',
      'Revenue vs target',
      'Pipeline',
      'Risks',
      'QBR status',
      'Untapped potential',
    ]);
    assert.equal(p.freeze, 'A2');
    assert.equal(p.rows[0][0], 'Account');
    assert.equal(p.rows.length, 13, 'a header and 12 accounts');
    const revenue = p.rows[0].indexOf('Revenue (12 months)');
    assert.ok(
      p.rows
        .slice(1)
        .every((r) => typeof r[0] === 'string' && typeof r[revenue] === 'number' && r[revenue] > 0),
      'names as text, revenue as numbers',
    );
    assert.equal(books[plan].sheets[0], 'Summary');

    await page
      .getByRole('region', { name: 'Export history' })
      .getByText(/^portfolio-morgan-ellis-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.xlsx$/)
      .waitFor();
    assert.deepEqual(errors, [], 'no script errors');
  });
});
