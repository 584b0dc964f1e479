// Export the portfolio to a folder from the Exports screen, see it in the
// history with its files, and find the files whole on disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './harness.mjs';

test('export the portfolio to a folder and see it in the history', async () => {
  await withApp({ demo: true }, async ({ app, page, errors }) => {
    const out = join(app.dir, 'shared');
    mkdirSync(out);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exports', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Exports' }).waitFor();

    // Nothing chosen: a clear message, nothing written.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('alert').getByText('Enter the folder to export to.').waitFor();

    await page.getByText('Portfolio summary', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Markdown' }).check();
    await page.getByRole('textbox', { name: 'Folder', exact: true }).fill(out);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    // The progress panel reports the run and each file.
    const progress = page.getByRole('region', { name: 'Export progress' });
    await progress.getByRole('status').filter({ hasText: 'Exported 3 file(s)' }).waitFor();
    assert.equal(await progress.getByRole('progressbar', { name: 'Files written' }).getAttribute('aria-valuenow'), '100');
    const fileRows = progress.getByRole('table', { name: 'Files of this export' }).getByRole('row');
    assert.equal(await fileRows.count(), 3);
    assert.equal(await fileRows.filter({ hasText: 'Written' }).count(), 3, 'every file is reported written');

    // Save the folder as a place; after a reload it fills the form again.
    await page.getByRole('button', { name: 'Save this place…' }).click();
    const save = page.getByRole('dialog', { name: 'Save this place' });
    await save.getByRole('textbox', { name: 'Name' }).fill('Management drive');
    await save.getByRole('button', { name: 'Save place' }).click();
    await page.reload();
    await page.getByRole('combobox', { name: 'Saved place' }).selectOption('Management drive');
    assert.equal(await page.getByRole('textbox', { name: 'Folder', exact: true }).inputValue(), out);
    await page.getByRole('button', { name: 'Forget…' }).click();
    await page.getByRole('dialog', { name: 'Forget this place?' }).getByRole('button', { name: 'Forget' }).click();
    await page.getByRole('combobox', { name: 'Saved place' }).waitFor({ state: 'detached' });

    const history = page.getByRole('region', { name: 'Export history' });
    await history.getByText('portfolio', { exact: true }).waitFor();
    await history.getByText(/^portfolio-morgan-ellis-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/).waitFor();

    const files = readdirSync(out).sort();
    assert.equal(files.length, 3, `files: ${files}`);
    assert.ok(files.every((f) => /^portfolio-morgan-ellis-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.(pdf|json|md)$/.test(f)), `no temporary names: ${files}`);
    const json = JSON.parse(readFileSync(join(out, files.find((f) => f.endsWith('.json'))), 'utf8'));
    assert.equal(json.schema, 'accountdesk.portfolio-summary/v1');
    assert.equal(json.accounts.length, 12);
    // The management roll-up reads the folder back.
    const rollup = page.getByRole('region', { name: 'Management roll-up' });
    // A summary with impossible figures (a colleague's broken tool) is left out and named.
    writeFileSync(join(out, 'broken-summary.json'), JSON.stringify({ schema: 'accountdesk.portfolio-summary/v1', director: 'Someone Else', currency: 'USD', totals: { accountCount: -3, revenueYtdMinor: 1 } }));
    await rollup.getByRole('textbox', { name: 'Shared folder' }).fill(out);
    await rollup.getByRole('button', { name: 'Show roll-up' }).click();
    await rollup.getByRole('table', { name: 'Directors' }).getByText(/^Total \(USD, 1 directors\)$/).waitFor();
    await rollup.getByText(/^Left out, .*: broken-summary\.json$/).waitFor();
    await rollup.getByRole('button', { name: 'Export as PDF' }).click();
    await page.getByText(/^rollup-\d{4}-\d{2}-\d{2}\.pdf written to the folder\.$/).waitFor();
    assert.deepEqual(errors, [], 'no script errors');
  });
});
