// Flows that match the work (issue 21, section 3): a new AE's checklist counts
// from their start date and follows it when it moves; a saved QBR can be
// edited, deleted and the delete undone; "Add your first account" opens the form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, withApp } from './harness.mjs';

/** YYYY-MM-DD of a local date. */
const iso = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const addDays = (d, n) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
const weekend = (d) => d.getDay() === 0 || d.getDay() === 6;
/** backend.DueDate with working days (the default setting). */
function dueDate(start, offset) {
  let d = start;
  while (weekend(d)) d = addDays(d, 1);
  const step = offset < 0 ? -1 : 1;
  for (let left = Math.abs(offset); left > 0;) {
    d = addDays(d, step);
    if (!weekend(d)) left--;
  }
  return d;
}
/** The date as the app shows it to an en-GB user (formatDate). */
const shown = (d) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(d);

test('a new AE starting in 10 days gets a checklist with nothing overdue, and its due dates follow the start date', async () => {
  await withApp({}, async ({ page, errors }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    const a11y = [];
    const today = new Date();
    const start = addDays(today, 10);

    // Riley joins in ten days.
    await nav.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('button', { name: 'Add person' }).first().click();
    const add = page.getByRole('dialog', { name: 'Add person' });
    await add.getByRole('textbox', { name: 'Name' }).fill('Riley Quinn');
    await add.getByRole('combobox', { name: 'Role' }).selectOption('Account Executive');
    await add.getByLabel('Start date').fill(iso(start));
    await add.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riley Quinn' }).waitFor();

    // The new checklist counts from Riley's start date, not today.
    await nav.getByRole('link', { name: 'Onboarding', exact: true }).click();
    await page.getByRole('button', { name: 'Start onboarding' }).first().click();
    const form = page.getByRole('dialog', { name: 'Start onboarding' });
    const startField = form.getByLabel('Start date');
    assert.equal(await startField.inputValue(), iso(today), 'before a person is chosen, today');
    await form
      .getByRole('combobox', { name: 'New team member' })
      .selectOption({ label: 'Riley Quinn (Account Executive)' });
    assert.equal(await startField.inputValue(), iso(start), 'the start date is Riley’s');
    await form.getByText("Riley Quinn's start date on the roster.").waitFor();
    a11y.push(...(await a11yProblems(page, 'Start onboarding')));
    await form.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riley Quinn' }).waitFor();

    // Nothing is overdue on the day the checklist is made; a date already past is due today.
    await page.getByText(`starts ${shown(start)}`).waitFor();
    assert.equal(await page.getByText(/overdue/i).count(), 0, 'no task is overdue');
    a11y.push(...(await a11yProblems(page, 'Checklist')));
    const due = (title) => page.getByRole('button', { name: new RegExp(`^Due date of ${title}: `) });
    assert.match(
      await due('Send the contract and new-starter forms').innerText(),
      new RegExp(`^${shown(today)}$`),
    );
    assert.equal(await due('30-day check-in with the director').innerText(), shown(dueDate(start, 30)));

    // The office tour is booked by hand two days after the start.
    await due('Office tour and lunch with the buddy').click();
    a11y.push(...(await a11yProblems(page, 'Due date')));
    await page
      .getByRole('dialog')
      .getByLabel('Due date')
      .fill(iso(addDays(start, 2)));
    await page.getByRole('button', { name: 'Set due date' }).click();
    await due('Office tour and lunch with the buddy').filter({ hasText: '(set by hand)' }).waitFor();

    // Riley's start slips a week: the due dates follow.
    const later = addDays(start, 7);
    await page.getByRole('button', { name: 'Change start date' }).click();
    const move = page.getByRole('dialog', { name: 'Change the start date' });
    assert.equal(
      await move.getByLabel('Start date').evaluate((el) => el === document.activeElement),
      true,
      'the date field has the focus',
    );
    a11y.push(...(await a11yProblems(page, 'Change the start date')));
    await move.getByLabel('Start date').fill(iso(later));
    await move.getByRole('button', { name: 'Move the start date' }).click();
    await page.getByText(`starts ${shown(later)}`).waitFor();
    await page.getByText(/now starts on .*; the open tasks' due dates moved with it/).waitFor();
    assert.equal(await due('30-day check-in with the director').innerText(), shown(dueDate(later, 30)));
    assert.equal(await due('Welcome and team introductions').innerText(), shown(dueDate(later, 0)));
    assert.equal(await due('Laptop, email and accounts ready').innerText(), shown(dueDate(later, -5)));
    assert.equal(
      await due('Office tour and lunch with the buddy').innerText(),
      `${shown(addDays(later, 2))} (set by hand)`,
      'a date set by hand keeps its distance from the start',
    );
    assert.equal(await page.getByText(/overdue/i).count(), 0, 'still nothing overdue');

    // It survives a reload: the store moved them, not the screen.
    await page.reload();
    await page.getByText(`starts ${shown(later)}`).waitFor();
    assert.equal(await due('30-day check-in with the director').innerText(), shown(dueDate(later, 30)));
    assert.deepEqual(a11y, [], `\n${a11y.join('\n')}`);
    assert.deepEqual(errors, [], 'no script errors');
  });
});

test('a saved QBR is edited, deleted, and the delete undone', async () => {
  await withApp({ demo: true }, async ({ page, errors }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    const a11y = [];
    await nav.getByRole('link', { name: 'Accounts', exact: true }).click();
    await page.getByRole('row', { name: 'Atlas Motors' }).click();
    await page.getByRole('heading', { level: 1, name: 'Atlas Motors' }).waitFor();
    await page.getByRole('tab', { name: 'QBRs' }).click();

    // Record one to work on.
    await page.getByRole('button', { name: 'Record a QBR' }).click();
    const record = page.getByRole('dialog', { name: 'Record a QBR' });
    assert.equal(
      await record.getByLabel('Date').evaluate((el) => el === document.activeElement),
      true,
      'the date field has the focus',
    );
    await record.getByLabel('Date').fill('2023-02-07');
    await record.getByRole('textbox', { name: 'Progress report' }).fill('Launch on plan');
    await record.getByRole('button', { name: 'Save QBR' }).click();
    const card = (date) => page.getByRole('article', { name: `QBR of ${date}` });
    await card('7 Feb 2023').getByText('Launch on plan').waitFor();
    a11y.push(...(await a11yProblems(page, 'QBRs')));

    // Edit it: the same rules as recording (a section too long is refused, nothing saved).
    await page.getByRole('button', { name: 'Edit the QBR of 7 Feb 2023' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit the QBR of 7 Feb 2023' });
    assert.equal(
      await edit.getByRole('textbox', { name: 'Progress report' }).inputValue(),
      'Launch on plan',
      'the form holds the saved QBR',
    );
    await edit.getByRole('textbox', { name: 'Issues uncovered' }).fill('x'.repeat(20001));
    await edit.getByRole('button', { name: 'Save QBR' }).click();
    await edit.getByText('Each section can be at most 20,000 characters.').waitFor();
    a11y.push(...(await a11yProblems(page, 'Edit a QBR')));
    await edit.getByLabel('Date').fill('2023-02-08');
    await edit.getByRole('textbox', { name: 'Issues uncovered' }).fill('Dealer budget moved to next year');
    await edit.getByText('Remote', { exact: true }).click();
    await edit.getByRole('button', { name: 'Save QBR' }).click();
    await edit.waitFor({ state: 'detached' });
    await card('8 Feb 2023').getByText('Dealer budget moved to next year').waitFor();
    await card('8 Feb 2023').getByText('8 Feb 2023 · Remote').waitFor();
    assert.equal(await card('7 Feb 2023').count(), 0, 'edited in place, not copied');

    // Delete it: no question asked, an Undo offered.
    await page.getByRole('button', { name: 'Delete the QBR of 8 Feb 2023' }).click();
    await card('8 Feb 2023').waitFor({ state: 'detached' });
    await page.getByText('Deleted the QBR of 8 Feb 2023.').waitFor();
    a11y.push(...(await a11yProblems(page, 'QBR deleted, Undo')));
    await page.getByRole('button', { name: 'Undo' }).click();
    await card('8 Feb 2023').getByText('Dealer budget moved to next year').waitFor();

    // Back for good.
    await page.reload();
    await page.getByRole('tab', { name: 'QBRs' }).click();
    await card('8 Feb 2023').getByText('Launch on plan').waitFor();
    await card('8 Feb 2023').getByText('Dealer budget moved to next year').waitFor();
    assert.deepEqual(a11y, [], `\n${a11y.join('\n')}`);
    assert.deepEqual(errors, [], 'no script errors');
  });
});

test('"Add your first account" on an empty workspace opens the form, name field focused', async () => {
  await withApp({}, async ({ page, errors }) => {
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const a11y = await a11yProblems(page, 'Dashboard, empty');
    await page.getByRole('link', { name: 'Add your first account' }).click();
    const dialog = page.getByRole('dialog', { name: 'New account' });
    const name = dialog.getByRole('textbox', { name: 'Account name' });
    await name.waitFor();
    // Focus moves once the dialog has opened; it must land on the name, not the ✕.
    const focused = () =>
      document.activeElement?.labels?.[0]?.textContent?.startsWith('Account name') ?? false;
    await page.waitForFunction(focused, null, { timeout: 5000 }).catch(() => {});
    assert.equal(
      await name.evaluate((el) => el === document.activeElement),
      true,
      'the name field has the focus',
    );
    a11y.push(...(await a11yProblems(page, 'New account')));
    await page.keyboard.type('Zephyr Outdoor');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Zephyr Outdoor' }).waitFor();

    // Back on the list the form stays closed; the list's own empty state opens it too.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Accounts', exact: true })
      .click();
    await page.getByRole('row', { name: 'Zephyr Outdoor' }).waitFor();
    assert.equal(await page.getByRole('dialog').count(), 0, 'no form left open');
    assert.deepEqual(a11y, [], `\n${a11y.join('\n')}`);
    assert.deepEqual(errors, [], 'no script errors');
  });
});
