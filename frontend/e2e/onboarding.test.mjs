// Start an onboarding for a new AE allocated to two accounts, tick tasks, see
// progress and the Dashboard change, and complete it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, withApp } from './harness.mjs';

test('onboard a new AE from the template to completion', async () => {
  await withApp({ demo: true }, async ({ page, errors }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    // Riley joins and is allocated to two accounts.
    await nav.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('button', { name: 'Add person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add person' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Riley Quinn');
    await dialog.getByRole('combobox', { name: 'Role' }).selectOption('Account Executive');
    await dialog
      .getByRole('combobox', { name: 'Reports to' })
      .selectOption({ label: 'Aisha Khan (Account Manager)' });
    assert.deepEqual(await a11yProblems(page, 'Add person'), []);
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riley Quinn' }).waitFor();
    const allocations = page.getByRole('region', { name: 'Accounts and allocations' });
    for (const account of ['Orbit Telecom', 'Pinecrest Hotels']) {
      await allocations
        .getByRole('combobox', { name: 'Account', exact: true })
        .selectOption({ label: account });
      await allocations.getByRole('button', { name: 'Allocate' }).click();
      await allocations.getByRole('link', { name: account }).waitFor();
    }
    assert.deepEqual(await a11yProblems(page, 'Person with two allocations'), []);

    await nav.getByRole('link', { name: 'Onboarding', exact: true }).click();
    await page.getByRole('button', { name: 'Start onboarding' }).first().click();
    const start = page.getByRole('dialog', { name: 'Start onboarding' });
    await start
      .getByRole('combobox', { name: 'New team member' })
      .selectOption({ label: 'Riley Quinn (Account Executive)' });
    await start
      .getByRole('combobox', { name: 'Buddy' })
      .selectOption({ label: 'Sofia García (Senior Account Executive)' });
    assert.deepEqual(await a11yProblems(page, 'Start onboarding'), []);
    await start.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riley Quinn' }).waitFor();

    // Client-knowledge tasks for both accounts are on the checklist.
    const client = page.getByRole('region', { name: 'Client knowledge' });
    await client.getByText('Read the account plan for Orbit Telecom').waitFor();
    await client.getByText('Read the account plan for Pinecrest Hotels').waitFor();
    assert.deepEqual(await a11yProblems(page, 'Checklist by category'), []);

    // Group by week, then narrow to the director's own tasks.
    await page.getByText('Week', { exact: true }).click();
    await page.getByRole('region', { name: /^Week 1 · from / }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Checklist by week'), []);
    const everyone = await page.getByRole('checkbox').count();
    await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'My tasks (Morgan Ellis)' });
    assert.ok(
      (await page.getByRole('checkbox').count()) < everyone,
      'My tasks shows fewer tasks than everyone’s',
    );
    await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Everyone' });
    await page.getByText('Category', { exact: true }).click();
    await page.getByRole('region', { name: 'Client knowledge' }).waitFor();

    // Tick a task: progress moves.
    await page.getByRole('checkbox', { name: 'Add to the org chart, mailing lists and team page' }).click();
    await page.getByRole('progressbar', { name: /^[1-9]\d?% of required tasks done/ }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Checklist, a task ticked'), []);

    // The Dashboard lists Riley's onboarding.
    await nav.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page
      .getByRole('region', { name: 'Onboarding in progress' })
      .getByRole('link', { name: 'Riley Quinn' })
      .click();

    // Tick every required task: the onboarding completes.
    await page.getByRole('heading', { level: 1, name: 'Riley Quinn' }).waitFor();
    const required = page.getByRole('checkbox', {
      name: /^(?!.*\(optional\))(?!Open tasks only$).*$/,
      checked: false,
    });
    for (let guard = 0; guard < 80 && (await required.count()) > 0; guard++) {
      const name = await required.first().evaluate((el) => el.labels?.[0]?.textContent ?? '');
      await required.first().click();
      await page.getByRole('checkbox', { name, exact: true, checked: true }).waitFor();
    }
    await page.getByText(/· Completed/).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Checklist, completed'), []);
    assert.deepEqual(errors, [], 'no script errors');
  });
});
