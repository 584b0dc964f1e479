// The next period's plan from last period's: on a demo account, "Plan the
// next period" lists what is carried and what stays behind, refuses a period
// that goes back, and after confirming opens the new plan with the open
// objectives and their new baselines. The plan PDF then carries the
// relationship map, read back with pdftotext.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { a11yProblems, api, openScreen, withApp } from './harness.mjs';

test('plan the next period from last period’s plan, then export it with the relationship map', async () => {
  await withApp({ demo: true }, async ({ app, page, errors }) => {
    const accounts = await api(page, 'AccountsAPI/List', { query: '' });
    const account = accounts.find((a) => a.name === 'Northwind Retail');
    const [latest] = await api(page, 'PlansAPI/List', account.id);
    const old = await api(page, 'PlansAPI/Get', latest.id);
    // The demo plan has one done action; mark one objective achieved so something of each stays behind.
    old.objectives[2].status = 'achieved';
    if (old.status === 'approved') {
      const v2 = await api(page, 'PlansAPI/NewVersion', old.id);
      v2.objectives[2].status = 'achieved';
      Object.assign(old, await api(page, 'PlansAPI/Save', v2));
    } else Object.assign(old, await api(page, 'PlansAPI/Save', old));
    const [open1, open2, achieved] = old.objectives;

    const base = page.url().replace(/#.*$/, '');
    await page.goto(`${base}#/accounts/${account.id}?tab=plan`);
    await page.getByRole('heading', { name: `Plan ${old.period}, version ${old.version}` }).waitFor();
    await page.getByRole('button', { name: 'Plan the next period' }).click();

    const dialog = page.getByRole('dialog', { name: 'Plan the next period' });
    const period = dialog.getByRole('textbox', { name: 'New period' });
    const next = `FY${Number(old.period.slice(2)) + 1}`;
    await dialog.getByRole('button', { name: `Start the ${next} plan` }).waitFor();
    assert.equal(await period.inputValue(), next, 'the next fiscal year is suggested');

    const carried = dialog.getByRole('region', { name: `Carried into ${next}` });
    const left = dialog.getByRole('region', { name: `Stays behind in ${old.period}` });
    await carried.getByText(open1.title, { exact: true }).waitFor();
    await carried.getByText(open2.title, { exact: true }).waitFor();
    await carried
      .getByText(new RegExp(`^New baseline ${open2.current}(\\.0)?\\W`))
      .first()
      .waitFor();
    await carried.getByText('SWOT', { exact: true }).waitFor();
    await left.getByText(achieved.title, { exact: true }).waitFor();
    await left.getByText(`Achieved in ${old.period}.`).waitFor();
    await left.getByText('Introduce strategy lead to the CFO', { exact: true }).waitFor();
    await left.getByText('Revenue and growth targets', { exact: true }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Plan the next period'), []);

    // Going back is refused in plain words, and nothing can be started.
    await period.fill('FY2020');
    await dialog
      .getByText(`Choose a period after ${old.period}; the plan carries forward, not back.`)
      .waitFor();
    assert.equal(await dialog.getByRole('button', { name: 'Start the FY2020 plan' }).isDisabled(), true);
    assert.equal((await api(page, 'PlansAPI/List', account.id)).length, old.version);
    await period.fill(next);
    await carried.getByText(open1.title, { exact: true }).waitFor();

    await dialog.getByRole('button', { name: `Start the ${next} plan` }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: `Plan ${next}, version 1` }).waitFor();
    const objectives = page.getByRole('textbox', { name: /^Objective \d+ title$/ });
    assert.equal(await objectives.count(), 2, 'the achieved objective stayed behind');
    assert.equal(await page.getByRole('textbox', { name: 'Objective 1 title' }).inputValue(), open1.title);
    assert.equal(
      Number(await page.getByRole('textbox', { name: 'Objective 2 baseline' }).inputValue()),
      open2.current,
      'where the KPI stood is the new baseline',
    );
    assert.equal(
      Number(await page.getByRole('textbox', { name: 'Objective 2 current' }).inputValue()),
      open2.current,
    );
    const created = await api(
      page,
      'PlansAPI/Get',
      Number(new URL(page.url().replace('#/', '')).searchParams.get('plan')),
    );
    assert.deepEqual(
      created.objectives.map((o) => o.key),
      [open1.key, open2.key],
      'keys are kept so the history can be followed',
    );
    // The next period's plan is the latest: its own "next period" is the one after.
    await page.getByRole('button', { name: 'Plan the next period' }).waitFor();
    await page
      .getByRole('region', { name: 'Version history' })
      .getByRole('button', { name: `${old.period} v${old.version}` })
      .waitFor();

    // The plan PDF of the account: the new plan, with the relationship map.
    const out = join(app.dir, 'pdf');
    mkdirSync(out);
    await openScreen(page, 'Exports');
    await page.getByText('Some accounts', { exact: true }).click();
    const pick = page.getByLabel('Accounts', { exact: true }).and(page.locator('input'));
    await pick.click();
    await page.getByRole('option', { name: 'Northwind Retail' }).click();
    await page.keyboard.press('Escape');
    for (const f of [
      'Markdown',
      'HTML (printable)',
      'JSON (for tools)',
      'CSV (for spreadsheets)',
      'Excel workbook (XLSX)',
    ])
      await page.getByRole('checkbox', { name: f }).uncheck();
    await page.getByRole('checkbox', { name: 'PDF (for people)' }).check();
    await page.getByRole('textbox', { name: 'Folder', exact: true }).fill(out);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page
      .getByRole('region', { name: 'Export progress' })
      .getByRole('status')
      .filter({ hasText: /Exported \d+ file/ })
      .waitFor();
    const pdf = readdirSync(out).find((f) => f.endsWith('.pdf'));
    assert.equal(pdf, `northwind-retail-plan-${next.toLowerCase()}.pdf`);
    const text = execFileSync('pdftotext', ['-layout', join(out, pdf), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    assert.match(text, new RegExp(`Account plan ${next}, version 1`));
    assert.match(text, /Relationship map/);
    const map = await api(page, 'StakeholdersAPI/Map', account.id);
    for (const p of map.people) assert.ok(text.includes(p.name), `the PDF names ${p.name}`);
    assert.match(text, /Covered by /);
    assert.match(text, / influences /);
    assert.deepEqual(errors, [], 'no script errors');
  });
});
