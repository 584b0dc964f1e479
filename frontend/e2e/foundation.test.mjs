// The foundation journey: every section opens, settings change and persist,
// bad input gets a clear field error and is not saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, api, withApp } from './harness.mjs';

const sections = ['Dashboard', 'Accounts', 'Team', 'Appraisals', 'Onboarding', 'Exports', 'Settings'];

test('every section opens from the navigation, in order', async () => {
  await withApp({}, async ({ page, errors }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Settings' }).waitFor();
    const names = await nav.getByRole('link').allInnerTexts();
    assert.deepEqual(
      names.map((n) => n.trim()).filter((n) => sections.includes(n)),
      sections,
    );
    for (const name of sections) {
      await nav.getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
      await page.waitForFunction(() => !document.body.innerText.includes('Loading…'));
      assert.deepEqual(await a11yProblems(page, `${name}, empty`), []);
    }
    assert.deepEqual(errors, [], 'no script errors');
  });
});

test('settings are kept after a reload; a bad QBR threshold shows a field error, is kept as a draft and not saved', async () => {
  await withApp({}, async ({ page }) => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();

    const agency = page.getByRole('textbox', { name: 'Agency name' });
    await agency.fill('Brightline Agency');
    const threshold = page.getByRole('textbox', { name: 'QBR threshold' });
    await threshold.fill('250000');
    await threshold.blur();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Agency name' }).inputValue(), 'Brightline Agency');
    assert.match(await page.getByRole('textbox', { name: 'QBR threshold' }).inputValue(), /250,?000/);

    await page.getByRole('textbox', { name: 'QBR threshold' }).fill('0');
    await page.getByRole('textbox', { name: 'QBR threshold' }).blur();
    await page.getByText('The QBR threshold must be more than zero.', { exact: true }).waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'QBR threshold' }).getAttribute('aria-invalid'),
      'true',
    );
    assert.deepEqual(await a11yProblems(page, 'Settings with an error'), []);

    // The workspace keeps the threshold it had; what was typed comes back as a draft, marked.
    await page
      .getByRole('status')
      .filter({ hasText: /Not saved yet|All changes saved/ })
      .first()
      .waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const saved = await api(page, 'SettingsAPI/Get');
    assert.equal(saved.qbrThresholdMinor, 25000000, 'the bad value was not saved');
    await page.getByRole('alert').filter({ hasText: 'Kept as a draft, not saved yet' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'QBR threshold' }).inputValue(), '0');
  });
});
