// Hostile text (script tags, SQL quotes, right-to-left marks, emoji, very
// long) typed into forms is stored and shown literally.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, withApp } from './harness.mjs';

const hostile = `<img src=x onerror="window.__pwned=1">'; DROP TABLE accounts; -- \u202Eevil\u202C 👩‍💼 “quotes”`;

test('hostile text is stored and shown literally', async () => {
  await withApp({}, async ({ page, errors }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Accounts', exact: true }).click();
    await page.getByRole('button', { name: 'New account' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New account' });
    await dialog.getByRole('textbox', { name: 'Account name' }).fill(hostile.slice(0, 110));
    await dialog.getByRole('textbox', { name: 'Notes' }).fill(hostile.repeat(200));
    await dialog.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: hostile.slice(0, 110).trim() }).waitFor();

    // Too long is refused with the reason, and nothing changes.
    const name = page.getByRole('textbox', { name: 'Account name' });
    await name.fill('x'.repeat(121));
    await page.getByText('The account name can be at most 120 characters.', { exact: true }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Account with hostile text, name too long'), []);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: hostile.slice(0, 110).trim() }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), hostile.repeat(200));

    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('button', { name: 'Start a plan' }).click();
    await page.getByRole('textbox', { name: 'Executive summary' }).fill(hostile);
    await page.getByRole('textbox', { name: 'Executive summary' }).blur();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await page.reload();
    assert.equal(await page.getByRole('textbox', { name: 'Executive summary' }).inputValue(), hostile);
    assert.deepEqual(await a11yProblems(page, 'Plan with hostile text'), []);

    await nav.getByRole('link', { name: 'Accounts', exact: true }).click();
    await page.getByRole('row', { name: hostile.slice(0, 20) }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Accounts with hostile text'), []);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no markup ran');
    assert.deepEqual(errors, [], 'no script errors');
  });
});

test('hostile text in settings, team, review cycles and competencies is kept literally', async () => {
  await withApp({ demo: true }, async ({ page, errors }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    const short = hostile.slice(0, 100);

    // Settings: the agency name (it heads every page and export).
    await nav.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('textbox', { name: 'Agency name' }).fill(short);
    await page.getByRole('textbox', { name: 'Agency name' }).blur();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).first().waitFor();
    await page.reload();
    assert.equal(await page.getByRole('textbox', { name: 'Agency name' }).inputValue(), short);
    assert.deepEqual(await a11yProblems(page, 'Settings with hostile text'), []);

    // Team: a person's name.
    await nav.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('button', { name: 'Add person' }).click();
    const add = page.getByRole('dialog', { name: 'Add person' });
    await add.getByRole('textbox', { name: 'Name' }).fill(short);
    await add.getByRole('combobox', { name: 'Role' }).selectOption('Account Executive');
    await add.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { level: 1, name: short.trim() }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Person with hostile text'), []);

    // Appraisals: a cycle's name and a competency's name and description.
    await nav.getByRole('link', { name: 'Appraisals', exact: true }).click();
    await page.getByRole('button', { name: 'New review cycle' }).click();
    const cycle = page.getByRole('dialog', { name: 'New review cycle' });
    await cycle.getByRole('textbox', { name: 'Name' }).fill(short);
    await cycle.getByRole('button', { name: 'Create cycle' }).click();
    await page.getByRole('heading', { level: 1, name: short.trim() }).waitFor();
    const template = page.getByRole('region', { name: 'Competencies and rating scale' });
    await template.getByRole('textbox', { name: 'Competency 1 name', exact: true }).fill(short);
    await template
      .getByRole('textbox', { name: 'Competency 1 description', exact: true })
      .fill(hostile.repeat(20));
    await page.keyboard.press('Tab'); // leaving the field saves at once
    await template.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await page.reload();
    assert.equal(
      await page
        .getByRole('region', { name: 'Competencies and rating scale' })
        .getByRole('textbox', { name: 'Competency 1 name', exact: true })
        .inputValue(),
      short,
    );
    assert.equal(
      await page
        .getByRole('region', { name: 'Competencies and rating scale' })
        .getByRole('textbox', { name: 'Competency 1 description', exact: true })
        .inputValue(),
      hostile.repeat(20),
    );
    assert.deepEqual(await a11yProblems(page, 'Review cycle with hostile text'), []);

    // Onboarding the person puts the long name on the Dashboard, where a row
    // is cut with an ellipsis: the page never grows sideways.
    await nav.getByRole('link', { name: 'Onboarding', exact: true }).click();
    await page.getByRole('button', { name: 'Start onboarding' }).first().click();
    const start = page.getByRole('dialog', { name: 'Start onboarding' });
    const member = start.getByRole('combobox', { name: 'New team member' });
    await member.selectOption(
      await member.evaluate((el) => [...el.options].find((o) => o.text.includes('DROP TABLE'))?.value ?? ''),
    );
    await start.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: short.trim() }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Checklist with hostile text'), []);
    await nav.getByRole('link', { name: 'Dashboard', exact: true }).click();
    const card = page.getByRole('region', { name: 'Onboarding in progress' });
    const link = card.getByRole('link', { name: short.trim() });
    await link.waitFor();
    const [box, row] = [await card.boundingBox(), await link.boundingBox()];
    assert.ok(
      box && row && row.x + row.width <= box.x + box.width,
      `the name runs out of its card: ${JSON.stringify({ box, row })}`,
    );
    const width = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    assert.ok(width[0] <= width[1], `the Dashboard is ${width[0]} px wide in a ${width[1]} px window`);
    assert.deepEqual(await a11yProblems(page, 'Dashboard with hostile text'), []);

    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no markup ran');
    assert.deepEqual(errors, [], 'no script errors');
  });
});
