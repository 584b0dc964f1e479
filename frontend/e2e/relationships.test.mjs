// The relationship map journey: draw who reports to whom and who sways whom
// in the stakeholder editor, see the map and its warnings, act on a warning,
// reach the map from the keyboard and read it as a table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, api, withApp } from './harness.mjs';

test('draw relationships, see the map and a warning, act on it, use the table view', async () => {
  await withApp({ demo: true }, async ({ page, errors }) => {
    const account = await api(page, 'AccountsAPI/Create', { name: 'Lakeside Foods' });
    for (const [name, role, influence, sentiment] of [
      ['Ana Ortiz', 'decision_maker', 5, 'neutral'],
      ['Ben Cole', 'champion', 4, 'supporter'],
      ['Cleo Park', 'blocker', 5, 'detractor'],
    ])
      await api(page, 'StakeholdersAPI/Save', {
        id: 0,
        accountId: account.id,
        name,
        role,
        influence,
        sentiment,
      });
    const base = page.url().replace(/#.*$/, '');
    await page.goto(`${base}#/accounts/${account.id}?tab=stakeholders`);

    const panel = page.getByRole('group', { name: 'Relationship map' });
    await panel.waitFor();
    const warnings = page.getByRole('alert').filter({ hasText: /to act on/ });
    await warnings.getByText('Nobody at the agency covers Ana Ortiz, a decision maker.').waitFor();
    await warnings.getByText(/Cleo Park is a blocker with high influence/).waitFor();

    // Ben reports to Ana and sways Cleo strongly: drawn in his editor.
    await panel.getByRole('button', { name: /^Ben Cole/ }).click();
    let drawer = page.getByRole('dialog', { name: 'Edit Ben Cole' });
    await drawer.getByRole('combobox', { name: 'Reports to' }).selectOption({ label: 'Ana Ortiz' });
    await drawer.getByRole('button', { name: 'Add influence' }).click();
    await drawer.getByRole('combobox', { name: 'Person influenced 1' }).selectOption({ label: 'Cleo Park' });
    await drawer.getByRole('combobox', { name: 'Strength 1' }).selectOption('high');
    assert.deepEqual(await a11yProblems(page, 'Stakeholder editor with relationships'), []);
    await drawer.getByRole('button', { name: 'Save stakeholder' }).click();
    await drawer.waitFor({ state: 'detached' });
    await panel.getByRole('button', { name: /^Ben Cole.*reports to Ana Ortiz/ }).waitFor();
    assert.equal(
      await panel.locator('.react-flow__edge').count(),
      2,
      'a reports-to line and an influence line',
    );

    // A loop is refused in plain words and saves nothing.
    await panel.getByRole('button', { name: /^Ana Ortiz/ }).click();
    drawer = page.getByRole('dialog', { name: 'Edit Ana Ortiz' });
    await drawer.getByRole('combobox', { name: 'Reports to' }).selectOption({ label: 'Ben Cole' });
    await drawer.getByRole('button', { name: 'Save stakeholder' }).click();
    await drawer.getByText(/Ben Cole already reports to Ana Ortiz/).waitFor();
    await drawer.getByRole('combobox', { name: 'Reports to' }).selectOption({ label: 'Nobody here' });

    // The warning's remedy: give Ana an agency owner.
    await drawer.getByRole('combobox', { name: 'Agency owner' }).selectOption({ index: 1 });
    await drawer.getByRole('button', { name: 'Save stakeholder' }).click();
    await drawer.waitFor({ state: 'detached' });
    await warnings.getByText(/Cleo Park is a blocker/).waitFor();
    assert.equal(await warnings.getByText(/Nobody at the agency covers Ana Ortiz/).count(), 0);
    assert.deepEqual(await a11yProblems(page, 'Relationship map with a warning'), []);

    // Keyboard: the people of the map are buttons in the tab order; Enter opens the editor.
    const cleo = panel.getByRole('button', { name: /^Cleo Park/ });
    await cleo.focus();
    await page.keyboard.press('Enter');
    drawer = page.getByRole('dialog', { name: 'Edit Cleo Park' });
    await drawer.waitFor();
    await drawer.getByRole('checkbox', { name: 'Has left the client' }).check();
    await drawer.getByRole('combobox', { name: 'Replaced by' }).selectOption({ label: 'Ben Cole' });
    await drawer.getByRole('button', { name: 'Save stakeholder' }).click();
    await drawer.waitFor({ state: 'detached' });
    await warnings.waitFor({ state: 'detached' }); // a blocker who left needs no action

    // The table view says the same in rows.
    await page.getByText('Table', { exact: true }).click();
    const table = page.getByRole('table', { name: 'Relationships' });
    const ben = table.getByRole('row', { name: /^Ben Cole/ });
    await ben.getByRole('cell', { name: 'Ana Ortiz', exact: true }).waitFor();
    await ben.getByRole('cell', { name: 'Cleo Park (high)' }).waitFor();
    await table
      .getByRole('row', { name: /^Cleo Park/ })
      .getByText('Left — replaced by Ben Cole')
      .waitFor();
    assert.deepEqual(await a11yProblems(page, 'Relationships as a table'), []);

    // Removing Ben and taking it back brings his own relations back with him.
    await page.getByRole('button', { name: 'Remove Ben Cole' }).click();
    await page.getByText('Removed Ben Cole.').waitFor();
    await table.getByRole('row', { name: /^Ben Cole/ }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await table
      .getByRole('row', { name: /^Ben Cole/ })
      .getByRole('cell', { name: 'Cleo Park (high)' })
      .waitFor();
    assert.deepEqual(errors, []);
  });
});
