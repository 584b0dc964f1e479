// The plan types journey: start an expansion plan from its template and see
// its questions; edit the template in Settings (a new version) and see the
// old plan keep its questions while a new plan gets the new ones; sort and
// filter the accounts list by completeness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, api, withApp } from './harness.mjs';

const oldQuestion = 'Which of our service lines does the client buy from someone else?';
const newQuestion = 'Which brand or division do we win next, and who decides?';

test('an expansion plan from its template; a new template version; completeness in the list', async () => {
  await withApp({}, async ({ page, errors }) => {
    const base = page.url().replace(/#.*$/, '');
    const lakeside = await api(page, 'AccountsAPI/Create', { name: 'Lakeside Foods' });

    // Start an expansion plan: its questions and suggested objectives are beside the sections.
    await page.goto(`${base}#/accounts/${lakeside.id}?tab=plan`);
    await page.locator('label', { hasText: /^Expansion$/ }).click();
    await page.getByRole('status').filter({ hasText: 'Grow our share' }).waitFor();
    await page.getByRole('textbox', { name: 'Period' }).fill('FY2027');
    assert.deepEqual(await a11yProblems(page, 'Start a plan, expansion chosen'), []);
    await page.getByRole('button', { name: 'Start a plan' }).click();
    await page.getByRole('heading', { name: 'Plan FY2027, version 1' }).waitFor();
    await page.getByRole('combobox', { name: 'Plan type' }).waitFor();
    const objectivesGuide = page.getByRole('list', { name: 'Guiding questions: Objectives' });
    await objectivesGuide.getByText(oldQuestion).waitFor();
    const card = page.getByRole('region', { name: 'Completeness' });
    await card.getByRole('heading', { name: '0% complete' }).waitFor();
    await card.getByText('Add at least one objective.').waitFor();

    await page.getByRole('button', { name: 'Add suggested objective' }).click();
    await page.getByRole('menuitem', { name: /Grow share of wallet/ }).click();
    await page.getByRole('textbox', { name: 'Objective 1 title' }).waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'Objective 1 KPI' }).inputValue(),
      'Share of marketing spend',
    );
    await page.getByRole('textbox', { name: 'Objective 1 target' }).fill('30');
    await page.getByRole('textbox', { name: 'Executive summary' }).fill('Grow from social into CRM.');
    await page.getByRole('textbox', { name: 'Executive summary' }).blur();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await card.getByRole('heading', { name: /^[1-9]\d?% complete$/ }).waitFor();
    assert.equal(await card.getByText('Add at least one objective.').count(), 0);
    assert.deepEqual(await a11yProblems(page, 'Expansion plan with its guiding questions'), []);

    // Edit the expansion template in Settings: version 2.
    await page.goto(`${base}#/settings`);
    await page.getByRole('button', { name: 'Edit the Expansion template' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the Expansion template' });
    await dialog
      .getByRole('textbox', { name: 'Objectives: guiding questions, one per line' })
      .fill(newQuestion);
    assert.deepEqual(await a11yProblems(page, 'Plan template editor'), []);
    await dialog.getByRole('button', { name: 'Save as version 2' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Saved the Expansion template as version 2.').waitFor();
    const row = page.getByRole('table', { name: 'Plan templates' }).getByRole('row', { name: /^Expansion/ });
    assert.equal((await row.getByRole('cell').nth(2).innerText()).trim().split(/\s/)[0], '2');

    // The plan started from version 1 keeps its questions.
    await page.goto(`${base}#/accounts/${lakeside.id}?tab=plan`);
    await objectivesGuide.getByText(oldQuestion).waitFor();
    assert.equal(await objectivesGuide.getByText(newQuestion).count(), 0);
    await page.getByText('Expansion template, version 1').waitFor();

    // A new plan gets version 2's.
    const harbour = await api(page, 'AccountsAPI/Create', { name: 'Harbour Bank' });
    await page.goto(`${base}#/accounts/${harbour.id}?tab=plan`);
    await page.locator('label', { hasText: /^Expansion$/ }).click();
    await page.getByRole('textbox', { name: 'Period' }).fill('FY2027');
    await page.getByRole('button', { name: 'Start a plan' }).click();
    await objectivesGuide.getByText(newQuestion).waitFor();
    assert.equal(await objectivesGuide.getByText(oldQuestion).count(), 0);
    await page.getByText('Expansion template, version 2').waitFor();

    // A complete retention plan, and an account without a plan.
    const meridian = await api(page, 'AccountsAPI/Create', { name: 'Meridian Health' });
    const plan = await api(page, 'PlansAPI/Start', meridian.id, 'FY2027', 0);
    await api(page, 'PlansAPI/Save', {
      ...plan,
      executiveSummary: 'Keep Meridian through the review.',
      priorities: ['Renewal'],
      strengths: ['Creative'],
      weaknesses: ['Reporting'],
      swotOpportunities: ['CRM'],
      threats: ['Review'],
      objectives: [
        {
          title: 'Lift NPS',
          kpi: 'NPS',
          unit: 'pts',
          baseline: 30,
          target: 45,
          cadence: 'quarterly',
          status: 'on_track',
        },
      ],
      risks: [
        {
          title: 'Fee review',
          category: 'budget',
          likelihood: 3,
          impact: 4,
          owner: 'Dana Lee',
          status: 'open',
        },
      ],
      actions: [{ title: 'Book the QBR', due: '2027-01-15', status: 'open' }],
    });
    await api(page, 'AccountsAPI/Create', { name: 'Northgate Energy' });

    // The accounts list: sorted by completeness, least complete plan first; filtered below 50 %.
    await page.goto(`${base}#/accounts`);
    const table = page.getByRole('table', { name: 'Accounts' });
    await table.getByRole('row', { name: 'Meridian Health' }).getByText('100%').waitFor();
    await table.getByRole('button', { name: 'Sort by Complete' }).click();
    const names = async () =>
      await table
        .locator('tbody tr[aria-label]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
    const ascending = await names();
    assert.equal(ascending[0], 'Northgate Energy', `no plan sorts first: ${ascending}`);
    assert.equal(ascending.at(-1), 'Meridian Health', `the complete plan sorts last: ${ascending}`);
    await table.getByRole('button', { name: 'Sort by Complete' }).click();
    assert.equal((await names())[0], 'Meridian Health');
    assert.deepEqual(await a11yProblems(page, 'Accounts sorted by completeness'), []);

    await page.getByRole('combobox', { name: 'Plan completeness' }).click();
    await page.getByRole('option', { name: 'Below 50 %' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^3 accounts$/ })
      .waitFor();
    assert.equal(await table.getByRole('row', { name: 'Meridian Health' }).count(), 0);
    await page.getByRole('combobox', { name: 'Plan completeness' }).click();
    await page.getByRole('option', { name: 'Not complete' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^3 accounts$/ })
      .waitFor();

    assert.deepEqual(errors, []);
  });
});
