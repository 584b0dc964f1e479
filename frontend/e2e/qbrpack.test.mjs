// Journey: a director makes the client-ready QBR pack of an account, checks
// the preview and the list of what was left out, saves it, and the PDF
// reads back (pdftotext) with the client's content and none of the agency's.
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { a11yProblems, withApp } from './harness.mjs';

test('a QBR pack for the client, previewed with what was left out, saved and read back', async () => {
  await withApp({ demo: true }, async ({ app, page, errors }) => {
    // From the command palette: find the account, choose its QBR pack.
    await page.goto(app.url.replace(/#.*$/, '') + '#/accounts');
    await page.getByText('Northwind Retail').first().waitFor();
    await page.keyboard.press('Control+k');
    await page.getByPlaceholder(/Find an account/).fill('Northwind');
    await page.getByRole('button', { name: /QBR pack for Northwind Retail/ }).click();

    const dialog = page.getByRole('dialog', { name: 'QBR pack for the client' });
    const shown = dialog.getByRole('region', { name: 'What the client will see' });
    const leftOut = dialog.getByRole('region', { name: 'Left out for the client' });
    await shown.getByRole('heading', { name: 'Northwind Retail' }).waitFor();
    await shown.getByText('Improve client satisfaction').waitFor();
    await shown.getByText('Brand guidelines refresh').waitFor();
    await leftOut.getByText('Revenue, margin and cost figures').waitFor();
    await leftOut.getByText('2 risks').waitFor();
    await leftOut.getByText(/pipeline opportunities with their probabilities/).waitFor();
    const preview = await shown.innerText();
    for (const secret of ['Procurement fee benchmark', 'Scope creep', 'margin', 'Margin', 'probability'])
      assert.ok(!preview.includes(secret), `the preview shows ${secret}`);
    assert.deepEqual(await a11yProblems(page, 'QBR pack preview'), []);

    // Hours only when the director ticks them.
    assert.equal(await shown.getByText(/retainer hours used/).count(), 0);
    await dialog.getByRole('checkbox', { name: 'Show hours used against the retainer' }).check();
    await shown.getByText(/retainer hours used/).waitFor();

    // A wrong folder is said plainly and saves nothing.
    await dialog.getByRole('textbox', { name: 'Folder' }).fill(join(app.dir, 'no-such-folder'));
    await dialog.getByRole('button', { name: 'Save PDF and HTML' }).click();
    await dialog.getByText('That folder does not exist.').waitFor();
    assert.deepEqual(await a11yProblems(page, 'QBR pack with a folder error'), []);

    await dialog.getByRole('textbox', { name: 'Folder' }).fill(app.dir);
    await dialog.getByRole('button', { name: 'Save PDF and HTML' }).click();
    await page.getByText('QBR pack saved', { exact: true }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const saved = readdirSync(app.dir)
      .filter((f) => f.includes('qbr-pack'))
      .sort();
    assert.equal(saved.length, 2, `saved ${saved}`);
    assert.match(saved[0], /^northwind-retail-qbr-pack-\d{4}-q[1-4]\.html$/);
    assert.match(saved[1], /^northwind-retail-qbr-pack-\d{4}-q[1-4]\.pdf$/);

    const text = execFileSync('pdftotext', ['-layout', join(app.dir, saved[1]), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    for (const want of [
      'Northwind Retail',
      'Quarterly Business Review',
      'Improve client satisfaction',
      'Brand guidelines refresh',
      'retainer hours used',
    ])
      assert.ok(text.includes(want), `the PDF lacks ${want}`);
    for (const secret of [
      'Procurement fee benchmark',
      'Scope creep',
      'margin',
      'probability',
      'Confidential',
    ])
      assert.ok(!text.toLowerCase().includes(secret.toLowerCase()), `the PDF carries ${secret}`);
    const html = readFileSync(join(app.dir, saved[0]), 'utf8');
    assert.ok(html.includes('Northwind Retail') && !html.includes('Procurement fee benchmark'));

    // The account page has the same button.
    await page.getByRole('button', { name: 'QBR pack' }).click();
    await dialog.getByRole('region', { name: 'Left out for the client' }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(errors, [], 'no script errors');
  });
});
