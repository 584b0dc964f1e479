// Nothing typed is lost (issue 21, section 1): an item that is not valid yet
// never stops the rest from saving and is kept as a draft; typing and at once
// reloading or closing the tab still saves; something that could not be saved
// is warned about; an impossible date or negative hours are refused with a
// field error, never dropped or changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, api, eventually, withApp } from './harness.mjs';

async function accountWithPlan(page, name) {
  const account = await api(page, 'AccountsAPI/Create', {
    name,
    retainerHoursPerMonth: 80,
    renewalDate: '2026-11-30',
  });
  const plan = await api(page, 'PlansAPI/Create', account.id, 'FY2027');
  return { account, plan };
}

/**
 * Types a date into a date field key by key, as a user does, in the order
 * the browser's date field takes (day or month first, found by typing a
 * probe date): fill() refuses an impossible date, a user's typing does not.
 */
async function typeDate(page, field, y, m, d) {
  const type = async (keys) => {
    await field.focus(); // the first of its day, month and year parts
    await page.keyboard.type(keys);
  };
  const before = await field.inputValue();
  await type('01022026');
  const monthFirst = (await field.inputValue()) === '2026-01-02';
  // The probe is undone, and saved back, before the real typing.
  await field.fill(before);
  await field.blur();
  await status(page).filter({ hasText: 'All changes saved' }).waitFor();
  await type(monthFirst ? `${m}${d}${y}` : `${d}${m}${y}`);
}

const status = (page) =>
  page
    .getByRole('status')
    .filter({ hasText: /saved|Saving/ })
    .first();

test('a new untitled objective is kept as a draft while the summary and strengths save', async () => {
  await withApp({}, async ({ page, errors }) => {
    const { account, plan } = await accountWithPlan(page, 'Harbor Foods');
    await page.goto(new URL(`/#/accounts/${account.id}?tab=plan`, page.url()).href);
    await page.getByRole('heading', { name: 'Plan FY2027, version 1' }).waitFor();

    // A new row takes the focus and is not an error while it is being filled in.
    await page.getByRole('button', { name: 'Add objective' }).click();
    const title = page.getByRole('textbox', { name: 'Objective 1 title' });
    await title.waitFor();
    assert.equal(
      await title.evaluate((el) => el === document.activeElement),
      true,
      'the new row has the focus',
    );
    assert.notEqual(await title.getAttribute('aria-invalid'), 'true', 'not flagged while being filled in');
    assert.doesNotMatch(await status(page).innerText(), /Not saved/);

    // Leaving it empty flags it; the rest saves anyway.
    await page.getByRole('textbox', { name: 'Executive summary' }).fill('Win the outdoor season.');
    await page.getByText('Give each objective a title.').first().waitFor();
    await page.getByRole('textbox', { name: 'Strengths' }).fill('Trusted by the CMO\nFast approvals');
    await status(page).filter({ hasText: 'Not saved yet: Objectives, row 1' }).waitFor();
    const saved = await eventually(
      () => api(page, 'PlansAPI/Get', plan.id),
      (p) => p.strengths.length === 2,
    );
    assert.equal(saved.executiveSummary, 'Win the outdoor season.');
    assert.deepEqual(saved.strengths, ['Trusted by the CMO', 'Fast approvals']);
    assert.equal(saved.objectives.length, 0, 'the untitled objective is not in the plan');
    const draft = await api(page, 'PlansAPI/Draft', plan.id);
    assert.ok(draft.savedAt, 'the untitled objective is kept as the draft');

    // Away and back: everything is there, the objective still a marked draft.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Plan FY2027, version 1' }).waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'Executive summary' }).inputValue(),
      'Win the outdoor season.',
    );
    assert.equal(
      await page.getByRole('textbox', { name: 'Strengths' }).inputValue(),
      'Trusted by the CMO\nFast approvals',
    );
    const held = page.getByRole('alert').filter({ hasText: 'Kept as a draft, not saved yet' });
    await held.getByText('Objectives, row 1: Give each objective a title.').waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'Objective 1 title' }).getAttribute('aria-invalid'),
      'true',
    );
    assert.deepEqual(await a11yProblems(page, 'Plan with a draft'), []);

    // Completing it saves it and the draft goes.
    await page.getByRole('textbox', { name: 'Objective 1 title' }).fill('Grow share of wallet');
    await status(page).filter({ hasText: 'All changes saved' }).waitFor();
    const done = await eventually(
      () => api(page, 'PlansAPI/Get', plan.id),
      (p) => p.objectives.length === 1,
    );
    assert.equal(done.objectives[0].title, 'Grow share of wallet');
    assert.equal(
      (
        await eventually(
          () => api(page, 'PlansAPI/Draft', plan.id),
          (d) => !d.savedAt,
        )
      ).body,
      '',
    );
    assert.equal(await held.count(), 0);
    assert.deepEqual(errors, [], 'no script errors');
  });
});

test('a merit increase still at 0% is kept as a draft while ten manager ratings save', async () => {
  await withApp({ demo: true }, async ({ page, errors }) => {
    const people = await api(page, 'TeamAPI/People');
    const person = people.find((p) => p.status !== 'left' && p.reportsTo);
    const cycle = await api(page, 'AppraisalsAPI/SaveCycle', {
      name: 'Annual review 2026',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      due: '2027-01-31',
    });
    await api(page, 'AppraisalsAPI/SetCycleStatus', cycle.id, 'open', '');
    const [one] = await api(page, 'AppraisalsAPI/AddParticipants', cycle.id, [person.id]);
    await page.goto(new URL(`/#/appraisals/${one.id}`, page.url()).href);
    await page.getByRole('heading', { level: 1, name: person.name }).waitFor();

    await page.getByRole('combobox', { name: 'Recommendation' }).selectOption({ label: 'Merit increase' });
    const ratings = page.getByRole('combobox', { name: /manager rating$/ });
    const n = await ratings.count();
    assert.ok(n >= 10, `${n} manager ratings`);
    for (let i = 0; i < n; i++) await ratings.nth(i).selectOption(String(2 + (i % 3)));
    await page.getByRole('textbox', { name: 'Strengths' }).fill('Calm under pressure');
    await page.getByRole('textbox', { name: 'Strengths' }).blur();
    await status(page).filter({ hasText: 'Not saved yet: Compensation recommendation' }).waitFor();
    await eventually(
      () => api(page, 'AppraisalsAPI/Get', one.id),
      (a) => a.strengths === 'Calm under pressure',
    );

    await page.reload();
    await page.getByRole('heading', { level: 1, name: person.name }).waitFor();
    const saved = await api(page, 'AppraisalsAPI/Get', one.id);
    assert.deepEqual(
      saved.competencies.map((r) => r.manager),
      Array.from({ length: saved.competencies.length }, (_, i) => 2 + (i % 3)),
      'every manager rating saved',
    );
    assert.equal(saved.compensation.kind, 'none', 'the incomplete recommendation is not saved');
    // On the screen: the ratings, and the recommendation held as a draft with its error.
    assert.equal(await ratings.nth(0).inputValue(), '2');
    assert.equal(await page.getByRole('combobox', { name: 'Recommendation' }).inputValue(), 'merit');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Kept as a draft, not saved yet' })
      .getByText(/Compensation recommendation: A merit increase/)
      .waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'Merit increase (%)' }).getAttribute('aria-invalid'),
      'true',
    );
    assert.deepEqual(await a11yProblems(page, 'Appraisal with a draft'), []);

    await page.getByRole('textbox', { name: 'Merit increase (%)' }).fill('3.5');
    await page.getByRole('textbox', { name: 'Justification' }).fill('Led the Helios renewal');
    await page.getByRole('textbox', { name: 'Justification' }).blur();
    await status(page).filter({ hasText: 'All changes saved' }).waitFor();
    const done = await eventually(
      () => api(page, 'AppraisalsAPI/Get', one.id),
      (a) => a.compensation.kind === 'merit',
    );
    assert.equal(done.compensation.meritPct, 3.5);
    assert.equal(
      (
        await eventually(
          () => api(page, 'AppraisalsAPI/Draft', one.id),
          (d) => !d.savedAt,
        )
      ).body,
      '',
    );
    assert.deepEqual(errors, [], 'no script errors');
  });
});

test('typing and at once reloading or closing the tab saves; what cannot be saved is warned about', async () => {
  await withApp({}, async ({ page, errors }) => {
    const { account, plan } = await accountWithPlan(page, 'Quayside Bank');
    const planURL = new URL(`/#/accounts/${account.id}?tab=plan`, page.url()).href;
    await page.goto(planURL);
    const summary = page.getByRole('textbox', { name: 'Executive summary' });
    await summary.waitFor();

    // Reload straight after typing, before the autosave's pause is over.
    await summary.pressSequentially('Renewal secured');
    await page.reload();
    await summary.waitFor();
    await eventually(
      () => summary.inputValue(),
      (v) => v === 'Renewal secured',
    );
    assert.equal((await api(page, 'PlansAPI/Get', plan.id)).executiveSummary, 'Renewal secured');

    // When the workspace cannot be reached, closing asks first and the
    // status says why.
    await page.route('**/api/PlansAPI/**', (r) => r.abort());
    await summary.focus();
    await page.keyboard.press('Control+End');
    await summary.pressSequentially(' and extended');
    await summary.blur();
    await status(page).filter({ hasText: 'Not saved: AccountDesk cannot be reached' }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Plan that cannot be saved'), []);
    const asked = new Promise((resolve) => page.once('dialog', (d) => resolve(d)));
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    assert.equal(dialog.type(), 'beforeunload');
    await dialog.dismiss();
    assert.equal(page.isClosed(), false, 'the page stays open with what was typed');
    assert.equal(await summary.inputValue(), 'Renewal secured and extended');
    await page.unroute('**/api/PlansAPI/**');
    await summary.focus();
    await summary.blur();
    await eventually(
      () => api(page, 'PlansAPI/Get', plan.id),
      (p) => p.executiveSummary === 'Renewal secured and extended',
    );

    // Close the tab straight after typing.
    const tab = await page.context().newPage();
    await tab.goto(planURL);
    await tab.getByRole('textbox', { name: 'Vision' }).pressSequentially('The bank’s first agency');
    await tab.close({ runBeforeUnload: true });
    await eventually(
      () => api(page, 'PlansAPI/Get', plan.id),
      (p) => p.vision === 'The bank’s first agency',
    );
    assert.deepEqual(errors, [], 'no script errors');
  });
});

test('an impossible date or negative hours are refused with a field error and change nothing', async () => {
  await withApp({}, async ({ page, errors }) => {
    const { account, plan } = await accountWithPlan(page, 'Northwind Retail');
    await page.goto(new URL(`/#/accounts/${account.id}`, page.url()).href);
    const renewal = page.getByRole('textbox', { name: 'Renewal date' });
    await renewal.waitFor();

    // 30 February, typed into the date field.
    await typeDate(page, renewal, '2026', '02', '30');
    // The message sits under the field, which is marked.
    const described = async (field) =>
      field.evaluate((el) =>
        (el.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    await eventually(
      () => described(renewal),
      (t) =>
        t.includes(
          'That date does not exist or is not complete (check the day, month and year); it was not saved.',
        ),
    );
    assert.equal(await renewal.getAttribute('aria-invalid'), 'true');
    await status(page)
      .filter({ hasText: /^Not saved yet: Renewal date$/ })
      .waitFor();
    // Other details still save; the renewal date stays as it was.
    await page.getByRole('textbox', { name: 'Industry' }).fill('Retail');
    await page.getByRole('textbox', { name: 'Industry' }).blur();
    const a = await eventually(
      () => api(page, 'AccountsAPI/Get', account.id),
      (x) => x.industry === 'Retail',
    );
    assert.equal(a.renewalDate, '2026-11-30', 'the impossible date did not replace the renewal date');
    assert.doesNotMatch(await status(page).innerText(), /All changes saved/);

    // Negative hours: refused, shown as typed, not turned into 0.
    const hours = page.getByRole('textbox', { name: 'Retainer hours per month' });
    await hours.fill('-5');
    await hours.blur();
    await eventually(
      () => described(hours),
      (t) => t.includes('Retainer hours cannot be negative.'),
    );
    assert.equal(await hours.inputValue(), '-5');
    assert.equal(await hours.getAttribute('aria-invalid'), 'true');
    await page.getByRole('textbox', { name: 'Notes' }).fill('Call before the renewal');
    await page.getByRole('textbox', { name: 'Notes' }).blur();
    const b = await eventually(
      () => api(page, 'AccountsAPI/Get', account.id),
      (x) => x.notes === 'Call before the renewal',
    );
    assert.equal(b.retainerHoursPerMonth, 80, 'the retainer stays at 80 hours');
    assert.deepEqual(await a11yProblems(page, 'Account details with field errors'), []);

    // The plan's dates too.
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('button', { name: 'Add action' }).click();
    await page.getByRole('textbox', { name: 'Action 1 title' }).fill('Book the pilot workshop');
    const due = page.getByRole('textbox', { name: 'Action 1 due' });
    await typeDate(page, due, '2026', '04', '31');
    await status(page)
      .filter({ hasText: /^Not saved yet: Actions, row 1$/ })
      .waitFor();
    assert.deepEqual(await a11yProblems(page, 'Plan with an impossible date'), []);
    const p = await eventually(
      () => api(page, 'PlansAPI/Get', plan.id),
      (x) => x.actions.length === 1,
    );
    assert.equal(p.actions[0].title, 'Book the pilot workshop');
    assert.equal(p.actions[0].due, '', 'no due date rather than a wrong one');
    assert.deepEqual(errors, [], 'no script errors');
  });
});
