// The whitespace grid journey: add a client's divisions, fill cells (current,
// competitor, potential), see the share of wallet, turn the potential cell
// into an opportunity and find it in the plan's pipeline, then export the
// plan PDF and read the grid back with pdftotext.
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { a11yProblems, api, openScreen, withApp } from './harness.mjs';

/** Opens a cell's editor, sets it and saves; returns the editor (closed after the save). */
async function fillCell(page, name, { status, value, agency }) {
  await page.getByRole('button', { name: new RegExp(`^${name}:`) }).click();
  const editor = page.getByRole('dialog', { name });
  await editor.getByRole('combobox', { name: 'Status' }).selectOption({ label: status });
  if (value !== undefined)
    await editor.getByRole('textbox', { name: /Annual value|Could be worth a year/ }).fill(value);
  if (agency !== undefined) await editor.getByRole('textbox', { name: 'Which agency' }).fill(agency);
  return editor;
}

test('fill the grid, see share of wallet, make an opportunity, find it in the plan and the PDF', async () => {
  await withApp({}, async ({ app, page, errors }) => {
    const account = await api(page, 'AccountsAPI/Create', { name: 'Lakeside Foods' });
    const plan = await api(page, 'PlansAPI/Create', account.id, 'FY2027');
    const base = page.url().replace(/#.*$/, '');

    // Settings: the agency's service lines, the grid's columns. Rename, reorder, retire.
    await openScreen(page, 'Settings');
    const lines = page.getByRole('list', { name: 'Service lines in grid order' });
    const events = lines.getByRole('textbox', { name: 'Service line 10' });
    assert.equal(await events.inputValue(), 'Events');
    await events.fill('Events & experiential');
    await events.press('Enter');
    await lines.getByRole('button', { name: 'Move Social up' }).click();
    await lines.getByRole('button', { name: 'Retire Strategy' }).click();
    await lines.getByRole('button', { name: 'Bring back Strategy' }).waitFor();
    await lines.getByRole('button', { name: 'Move Social down' }).waitFor();
    assert.equal(await lines.getByRole('textbox', { name: 'Service line 3' }).inputValue(), 'Social');
    // A name already in the list is refused and saves nothing.
    await page.getByRole('textbox', { name: 'New service line' }).fill('social');
    await page.getByRole('button', { name: 'Add service line' }).click();
    await page.getByText('There is already a service line called social.').waitFor();
    assert.deepEqual(await a11yProblems(page, 'Settings with service lines'), []);

    await page.goto(`${base}#/accounts/${account.id}?tab=whitespace`);

    // Empty: the first step is said, with the action to take it.
    await page.getByRole('heading', { name: 'Whitespace grid' }).waitFor();
    await page.getByText(/Start with the client.s divisions or brands/).waitFor();
    const newRow = page.getByRole('textbox', { name: 'New division or brand' });
    assert.equal(await newRow.inputValue(), 'Whole client');
    await newRow.fill('Consumer');
    await page.getByRole('button', { name: 'Add division or brand' }).click();
    await page.getByRole('button', { name: 'Consumer: rename or remove' }).waitFor();
    await newRow.fill('Business');
    await newRow.press('Enter');
    await page.getByRole('button', { name: 'Business: rename or remove' }).waitFor();
    // The columns follow Settings: Strategy retired (and unused) is gone, Social moved up.
    const heads = await page
      .getByRole('table', { name: 'Whitespace grid' })
      .getByRole('columnheader')
      .allInnerTexts();
    assert.deepEqual(heads.slice(0, 4), [
      'Division or brand',
      'Creative',
      'Social',
      'Media planning & buying',
    ]);
    assert.ok(heads.includes('Events & experiential') && !heads.includes('Strategy'), heads.join(', '));
    // A name twice is refused in plain words.
    await newRow.fill('consumer');
    await page.getByRole('button', { name: 'Add division or brand' }).click();
    await page.getByText('This account already has a division called consumer.').waitFor();
    await newRow.fill('');
    assert.deepEqual(await a11yProblems(page, 'Whitespace grid'), []);

    // Current work, and a competitor: first without naming the agency.
    let editor = await fillCell(page, 'Consumer × Social', { status: 'Current', value: '300000' });
    await editor.getByRole('button', { name: 'Save cell' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^Consumer × Social: Current \D*300/ }).waitFor();

    editor = await fillCell(page, 'Business × Social', { status: 'Competitor', value: '100000' });
    await editor.getByRole('button', { name: 'Save cell' }).click();
    await editor.getByText('Name the agency that does this work.').waitFor();
    assert.deepEqual(await a11yProblems(page, 'Cell editor with an error'), []);
    await editor.getByRole('textbox', { name: 'Which agency' }).fill('Kite & Co');
    await editor.getByRole('button', { name: 'Save cell' }).click();
    await editor.waitFor({ state: 'detached' });

    // Share of wallet: 300,000 ÷ (300,000 + 100,000).
    const wallet = page.getByRole('region', { name: 'Share of wallet' });
    await wallet.getByText('75%', { exact: true }).waitFor();
    await wallet.getByText(/300,000/).waitFor();
    await wallet.getByText(/100,000/).waitFor();

    // A potential cell becomes an opportunity of the draft plan, in one step.
    editor = await fillCell(page, 'Business × CRM & email', { status: 'Potential', value: '80000' });
    await editor.getByRole('button', { name: 'Make an opportunity' }).click();
    await editor.getByText('Opportunity in the FY2027 plan:').waitFor();
    await editor.getByRole('link', { name: 'CRM & email for Business' }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Cell made into an opportunity'), []);
    await editor.getByRole('button', { name: 'Close' }).click();
    await wallet.getByText(/80,000/).waitFor(); // untapped: the opportunity is not won yet
    await page
      .getByRole('button', {
        name: /^Business × CRM & email: Potential \D*80\D*, opportunity CRM & email for Business$/,
      })
      .waitFor();

    // Cells are reachable from the keyboard: arrow keys move between them.
    await page.getByRole('button', { name: /^Consumer × Social:/ }).focus();
    await page.keyboard.press('ArrowDown');
    assert.match(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      /^Business × Social:/,
    );

    // The opportunity is in the plan's pipeline and says where it came from.
    await page.getByRole('tab', { name: 'Plan' }).click();
    const title = page.getByRole('textbox', { name: 'Opportunity 1 title' });
    await title.waitFor();
    assert.equal(await title.inputValue(), 'CRM & email for Business');
    assert.equal(await page.getByRole('textbox', { name: 'Opportunity 1 value' }).inputValue(), '80,000');
    await page.getByText('From the whitespace grid: CRM & email for Business').waitFor();

    // An approved plan takes no new opportunity: the grid says to start a new version.
    await api(page, 'PlansAPI/SetStatus', plan.id, 'approved');
    await page.getByRole('tab', { name: 'Whitespace' }).click();
    editor = await fillCell(page, 'Consumer × CRM & email', { status: 'Potential', value: '50000' });
    await editor.getByRole('button', { name: 'Make an opportunity' }).click();
    await editor
      .getByRole('alert')
      .getByText(/approved and cannot change\. Start a new version/)
      .waitFor();
    await editor.getByRole('button', { name: 'Close' }).click();

    // The plan PDF carries the grid as a table.
    const out = join(app.dir, 'out');
    mkdirSync(out);
    await openScreen(page, 'Exports');
    await page.getByRole('checkbox', { name: 'Plan summaries' }).check();
    await page.getByRole('checkbox', { name: 'PDF (for people)' }).check();
    await page.getByRole('textbox', { name: 'Folder', exact: true }).fill(out);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page
      .getByRole('region', { name: 'Export progress' })
      .getByRole('status')
      .filter({ hasText: /Exported \d+ file/ })
      .waitFor();
    const pdf = readdirSync(out).find((f) => f.startsWith('lakeside-foods-plan-') && f.endsWith('.pdf'));
    assert.ok(pdf, `no plan PDF in ${readdirSync(out)}`);
    const text = execFileSync('pdftotext', ['-layout', join(out, pdf), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const want of [
      'Whitespace',
      'Share of wallet 75%',
      'Untapped potential USD 130,000',
      'Service line Consumer Business Share',
      'Social Current USD 300,000 Kite & Co',
      'CRM & email Potential USD 50,000 Potential USD 80,000',
    ])
      assert.ok(text.includes(want), `the plan PDF lacks "${want}":\n${text}`);
    assert.deepEqual(errors, []);
  });
});
