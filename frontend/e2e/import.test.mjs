// A new director's first hour: an empty workspace, then the agency's
// Salesforce export (accounts, contacts, opportunities) and a Toggl Track
// report come in through the Import screen — recognised, previewed, imported —
// and show up on the Accounts screen, an account's stakeholders, its pipeline
// (in the plan the import starts for an account without one) and its figures. One import is undone; the same file again creates nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { a11yProblems, withApp } from './harness.mjs';

const sources = fileURLToPath(new URL('../../backend/tabular/testdata/sources/', import.meta.url));

/** Chooses a file on the Import screen and waits for its preview. */
async function choose(page, rel, recognised) {
  await page.getByLabel('File to import').setInputFiles(sources + rel);
  await page.getByText(`Recognised: ${recognised}`).waitFor();
  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.waitFor();
  return preview;
}

/** Imports the previewed file and returns the result section. */
async function importIt(page, fileName) {
  await page.getByRole('button', { name: /^Import \d+ rows?$/ }).click();
  const result = page.getByRole('region', { name: `Imported ${fileName}` });
  await result.waitFor();
  return result;
}

async function openImport(page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import', exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
}

async function tabCount(region, name) {
  return (await region.getByRole('tab', { name: new RegExp(`^${name}`) }).innerText()).replace(/\D+/g, '');
}

test('import Salesforce accounts, contacts and opportunities and Toggl hours; undo one; a second import creates nothing', async () => {
  await withApp({}, async ({ page, errors }) => {
    await openImport(page);
    await page.getByText('Nothing imported yet').waitFor();

    // Accounts: recognised, previewed (nothing changes yet), imported.
    let preview = await choose(page, 'salesforce/Account.csv', 'Salesforce accounts export');
    await preview.getByText('Importing would create 2 and skip 1 of 3 rows.').waitFor();
    await preview.getByRole('table', { name: 'Rows: to create' }).getByText('Acme Inc.').waitFor();
    await preview.getByRole('tab', { name: /^Skipped/ }).click();
    await preview.getByRole('table', { name: 'Rows: skipped' }).getByRole('row').nth(1).waitFor();
    assert.deepEqual(await a11yProblems(page, 'import preview'), []);
    let result = await importIt(page, 'Account.csv');
    assert.equal(await tabCount(result, 'Created'), '2');
    assert.deepEqual(await a11yProblems(page, 'import result'), []);
    const batches = page.getByRole('table', { name: 'Imports so far' });
    await batches.getByRole('row', { name: /Account\.csv/ }).waitFor();

    // Contacts become the accounts' stakeholders.
    await choose(page, 'salesforce/Contact.csv', 'Salesforce contacts export');
    result = await importIt(page, 'Contact.csv');
    assert.equal(await tabCount(result, 'Created'), '3');

    // Opportunities join each account's current plan; an account without one gets this year's draft plan.
    preview = await choose(page, 'salesforce/Opportunity.csv', 'Salesforce opportunities export');
    assert.equal(await tabCount(preview, 'To create'), '2');
    result = await importIt(page, 'Opportunity.csv');
    assert.equal(await tabCount(result, 'Created'), '2');

    // Hours from a Toggl Track detailed report.
    await choose(
      page,
      'toggl/TogglTrack_Report_Detailed_2026-03-01_2026-03-31.csv',
      'Toggl Track hours export',
    );
    result = await importIt(page, 'TogglTrack_Report_Detailed_2026-03-01_2026-03-31.csv');
    assert.equal(await tabCount(result, 'Created'), '1');
    // Who logged the time is not on this new director's team yet: said, with where to add them.
    await result
      .getByText(/Not on your team, so their hours count for the account only: Lee Park, Ada Director\./)
      .waitFor();
    await result.getByRole('link', { name: 'Add them on Team' }).waitFor();

    // The Accounts screen shows them; Acme has its stakeholders and its March hours.
    await result.getByRole('link', { name: 'Open Accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await page.getByRole('row', { name: /Müller & Söhne GmbH/ }).waitFor();
    await page.getByRole('row', { name: /Acme Inc\./ }).click();
    await page.getByRole('heading', { level: 1, name: 'Acme Inc.' }).waitFor();
    await page.getByRole('tab', { name: 'Stakeholders' }).click();
    await page.getByText('Dana Rivera').first().waitFor();
    await page.getByText('Sam Okafor').first().waitFor();
    await page.getByRole('tab', { name: 'Financials' }).click();
    const march = page.getByRole('table', { name: 'Months' }).getByRole('row', { name: /Mar 2026/ });
    await march.waitFor();
    assert.match(await march.innerText(), /3\.25/);

    // The opportunity is in Acme's pipeline, in the plan the import started.
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('heading', { name: /^Plan FY\d{4}, version 1$/ }).waitFor();
    const title = page.getByRole('textbox', { name: 'Opportunity 1 title' });
    await title.waitFor();
    assert.equal(await title.inputValue(), 'Acme – 2026 retainer renewal');

    // Another tool's organisations: Initech is new; undoing that import takes it away again.
    await openImport(page);
    await choose(page, 'pipedrive/organizations-export.csv', 'Pipedrive accounts export');
    await importIt(page, 'organizations-export.csv');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Accounts', exact: true })
      .click();
    await page.getByRole('row', { name: /Initech/ }).waitFor();
    await openImport(page);
    await batches.getByRole('button', { name: /^Undo import \d+ of organizations-export\.csv$/ }).click();
    await page
      .getByRole('dialog', { name: 'Undo this import?' })
      .getByRole('button', { name: 'Undo import' })
      .click();
    const report = page.getByRole('dialog', { name: /^Import \d+ undone$/ });
    await report.getByText(/^Removed 1 record/).waitFor();
    await report.getByRole('button', { name: 'Done' }).click();
    await batches
      .getByRole('row', { name: /organizations-export\.csv/ })
      .getByText('Undone', { exact: true })
      .waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Accounts', exact: true })
      .click();
    await page.getByRole('row', { name: /Acme Inc\./ }).waitFor();
    // The list may show what it last knew for a moment, then the fresh one: the undone account is gone.
    await page.getByRole('row', { name: /Initech/ }).waitFor({ state: 'detached' });

    // The same accounts file again creates nothing.
    await openImport(page);
    preview = await choose(page, 'salesforce/Account.csv', 'Salesforce accounts export');
    assert.equal(await tabCount(preview, 'To create'), '0');
    result = await importIt(page, 'Account.csv');
    assert.equal(await tabCount(result, 'Created'), '0');

    assert.deepEqual(errors, [], 'no script errors');
  });
});

test('a spreadsheet nobody recognises is mapped by hand; its failed rows download as a CSV with the reason first', async () => {
  await withApp({}, async ({ app, page, errors }) => {
    const file = join(app.dir, 'kunden.csv');
    writeFileSync(
      file,
      'Kundenname;Verlängerung\r\nBäckerei Groß;03/02/2026\r\nKaufhaus Nord;31/02/2026\r\nNordlicht GmbH;04/05/2026\r\n',
    );
    await openImport(page);
    await page.getByLabel('File to import').setInputFiles(file);
    await page.getByText('Say which column is which').waitFor();
    await page.getByRole('combobox', { name: 'The file holds' }).selectOption('accounts');
    await page.getByRole('combobox', { name: 'Imported as, for column Kundenname' }).selectOption('name');
    await page
      .getByRole('combobox', { name: 'Imported as, for column Verlängerung' })
      .selectOption('renewalDate');
    // 03/02/2026 could be either; the screen asks, with the file's own date as the example.
    const order = page.getByRole('radiogroup', { name: 'How are the dates in this file written?' });
    await order.waitFor();
    await order.getByRole('radio', { name: /^Day first/ }).check();
    await page.getByRole('button', { name: 'Preview import' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByText('Importing would create 2 and fail 1 of 3 rows.').waitFor();
    await preview.getByRole('tab', { name: /^Failed/ }).click();
    const failed = preview.getByRole('table', { name: 'Rows: failed' }).getByRole('row').nth(1);
    assert.match(await failed.innerText(), /^3\s+Kaufhaus Nord\s+Verlängerung\s+/);
    const result = await importIt(page, 'kunden.csv');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('button', { name: 'Save failed rows as CSV' }).click(),
    ]);
    const lines = readFileSync(await download.path(), 'utf8').split('\r\n');
    assert.equal(lines[0], 'Reason,Kundenname,Verlängerung');
    assert.match(lines[1], /^"?Verlängerung: .+,Kaufhaus Nord,31\/02\/2026$/);

    // The columns chosen are kept: the next file of this shape needs no mapping.
    const next = join(app.dir, 'kunden-april.csv');
    writeFileSync(next, 'Verlängerung;Kundenname\r\n30/04/2026;Weinhaus Süd\r\n');
    await page.getByLabel('File to import').setInputFiles(next);
    await page.getByText('Recognised: spreadsheet of accounts').waitFor();
    await page.getByText(/Using the columns you chose for the last file like this/).waitFor();
    await page
      .getByRole('region', { name: 'Preview' })
      .getByText('Importing would create 1 of 1 row.')
      .waitFor();
    assert.deepEqual(errors, [], 'no script errors');
  });
});
