// The director is on their own team from the first run (issue 21 §3): a new
// workspace's roster already holds them, "Reports to" offers them, and
// Settings' "Your name" is the same record as their row on the Team screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, withApp } from './harness.mjs';

test('a new director is on their own team, and their name is one record', async () => {
  await withApp({}, async ({ page, errors }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Settings', exact: true }).click();
    const yourName = page.getByRole('textbox', { name: 'Your name' });
    await yourName.waitFor();
    const first = await yourName.inputValue();
    assert.ok(first.trim() !== '', 'the first run names the director (as the computer knows the user)');

    // The roster holds them, marked as you, and "Reports to" offers them.
    await nav.getByRole('link', { name: 'Team', exact: true }).click();
    const roster = page.getByRole('table', { name: 'Roster' });
    await roster.getByRole('row', { name: first }).getByText('You', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add person' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Sam Okafor');
    await dialog.getByRole('combobox', { name: 'Role' }).selectOption('Account Executive');
    await dialog
      .getByRole('combobox', { name: 'Reports to' })
      .selectOption({ label: `${first} (Account Director)` });
    await dialog.getByRole('textbox', { name: 'Start date' }).fill('2026-01-05');
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sam Okafor' }).waitFor();

    // Renaming in Settings renames the person (one record) …
    await nav.getByRole('link', { name: 'Settings', exact: true }).click();
    await yourName.fill('Dana Whitfield');
    await yourName.blur();
    await page.getByText('All changes saved').first().waitFor();
    await nav.getByRole('link', { name: 'Team', exact: true }).click();
    await roster.getByRole('row', { name: 'Dana Whitfield' }).getByText('You', { exact: true }).waitFor();
    await roster.getByRole('row', { name: 'Sam Okafor' }).getByText('Dana Whitfield').waitFor();

    // … and the director's own page says so instead of offering to remove them.
    await roster.getByRole('row', { name: 'Dana Whitfield' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dana Whitfield' }).waitFor();
    await page.getByText(/This is you\./).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Remove from roster' }).count(), 0);
    assert.deepEqual(await a11yProblems(page, 'the director’s own page'), []);
    assert.deepEqual(errors, [], 'no script errors');
  });
});
