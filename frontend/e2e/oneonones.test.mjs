// 1:1s and feedback notes (issue 17): hold a 1:1 with a direct report, with
// talking points and an action item; the next 1:1 starts with the points left
// open; note praise tied to an account and a competency, see it on the
// person's page and quote it in their appraisal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, withApp } from './harness.mjs';

const iso = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysAgo = (n) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return iso(d);
};

test('a 1:1 with carried-over points and an action; praise quoted in the appraisal', async () => {
  await withApp({ demo: true }, async ({ page, errors }) => {
    const pick = (scope, label) => scope.getByLabel(label, { exact: true }).and(page.locator('input'));
    const opt = (name) => page.locator('[role="listbox"]:visible').getByRole('option', { name, exact: true });
    const saved = (scope) => scope.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    const openPerson = async (name) => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Team', exact: true })
        .click();
      await page
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
    };

    // Priya reports to the director (Morgan Ellis): a weekly 1:1.
    await openPerson('Priya Raman');
    const ones = page.getByRole('region', { name: '1:1s' });
    await ones.getByText('No 1:1 held yet.').waitFor();
    await pick(ones, 'Meet one to one').click();
    await opt('Weekly').click();
    await ones.getByText(/Next 1:1 due/).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Person, 1:1s and notes'), []);

    // The first 1:1: two points (one talked about), an action already late.
    await ones.getByRole('link', { name: 'New 1:1' }).click();
    await page.getByRole('heading', { level: 1, name: '1:1 with Priya Raman' }).waitFor();
    await page.getByRole('button', { name: 'Add your point' }).click();
    await page.getByRole('textbox', { name: 'Talking point 1', exact: true }).fill('Helios budget for Q1');
    await page.getByRole('button', { name: 'Add Priya’s point' }).click();
    await page
      .getByRole('textbox', { name: 'Talking point 2', exact: true })
      .fill('Path to Account Director');
    await page.getByRole('checkbox', { name: 'Talked about: Helios budget for Q1' }).check();
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page
      .getByRole('textbox', { name: 'Action 1', exact: true })
      .fill('Book a presentation course for Priya');
    await page.getByLabel('Due date of action 1').fill(daysAgo(30));
    await page.getByRole('textbox', { name: 'Private notes' }).fill('Private-5e2: seemed tired today');
    await page
      .getByRole('textbox', { name: 'Shared notes' })
      .fill('Agreed to look at the promotion criteria.');
    await page.getByText('Overdue', { exact: true }).waitFor();
    // It was held a week ago.
    await page.getByLabel('Date', { exact: true }).fill(daysAgo(7));
    await page.getByRole('textbox', { name: 'Shared notes' }).focus();
    await saved(page);
    assert.deepEqual(await a11yProblems(page, '1:1 editor'), []);

    // An action not written yet is kept as a draft and does not stop the rest saving.
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByRole('textbox', { name: 'Action 2', exact: true }).fill('x');
    await page.getByRole('textbox', { name: 'Action 2', exact: true }).fill('');
    await page.getByRole('textbox', { name: 'Shared notes' }).focus();
    await page.getByRole('status').filter({ hasText: 'Not saved yet' }).waitFor();
    await page.getByRole('button', { name: 'Remove action 2' }).click();
    await saved(page);

    // Today's 1:1 starts with the point left open, marked where it came from.
    await openPerson('Priya Raman');
    await ones
      .getByRole('link', { name: /^1:1 of / })
      .first()
      .waitFor();
    await ones.getByRole('link', { name: 'New 1:1' }).click();
    await page.getByRole('heading', { level: 1, name: '1:1 with Priya Raman' }).waitFor();
    await page.getByRole('textbox', { name: 'Talking point 1', exact: true }).waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'Talking point 1', exact: true }).inputValue(),
      'Path to Account Director',
    );
    assert.equal(
      await page.getByRole('textbox', { name: 'Talking point 2', exact: true }).count(),
      0,
      'the ticked point stays behind',
    );
    await page.getByText(/^Carried over from /).waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'Action 1', exact: true }).count(),
      0,
      'actions stay with their 1:1',
    );

    // The late action is listed with the director's other overdue actions.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Dashboard', exact: true })
      .click();
    const overdue = page.getByRole('region', { name: 'Overdue actions' });
    await overdue.getByRole('link', { name: 'Book a presentation course for Priya' }).waitFor();
    // Set weekly today, the 1:1 of a week ago does not make it missed.
    await page
      .getByRole('region', { name: '1:1s missed' })
      .getByText('Every regular 1:1 is on time.')
      .waitFor();
    assert.deepEqual(await a11yProblems(page, 'Dashboard with 1:1s'), []);

    // Ctrl+K: "New 1:1 with …" opens today's 1:1 (the one just started).
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: 'Search' }).fill('1:1 with priya');
    await page.getByRole('button', { name: /New 1:1 with Priya Raman/ }).click();
    await page.getByRole('heading', { level: 1, name: '1:1 with Priya Raman' }).waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'Talking point 1', exact: true }).inputValue(),
      'Path to Account Director',
    );

    // Praise tied to an account and a competency, on the person's timeline.
    await openPerson('Priya Raman');
    const notes = page.getByRole('region', { name: 'Feedback notes' });
    const form = notes.getByRole('form', { name: 'New feedback note' });
    await pick(form, 'Account (optional)').click();
    const account = (
      await page.locator('[role="listbox"]:visible [role="option"]').first().textContent()
    ).trim();
    await opt(account).click();
    await pick(form, 'Competency (optional)').click();
    await opt('Client relationship management').click();
    await form
      .getByRole('textbox', { name: 'What happened' })
      .fill('Won the renewal with a sharp, honest deck');
    await form.getByRole('button', { name: 'Add note' }).click();
    const timeline = notes.getByLabel('Timeline of feedback notes');
    await timeline.getByText('Won the renewal with a sharp, honest deck').waitFor();
    await timeline.getByText(new RegExp(account)).waitFor();
    // Filters: another kind hides it, its account shows it.
    await pick(notes, 'Kind').last().click();
    await opt('Concern').click();
    await notes.getByText('No note matches these filters.').waitFor();
    await pick(notes, 'Kind').last().click();
    await opt('Praise').click();
    await pick(notes, 'Account').click();
    await opt(account).click();
    await timeline.getByText('Won the renewal with a sharp, honest deck').waitFor();
    assert.deepEqual(await a11yProblems(page, 'Person, feedback timeline'), []);

    // Her appraisal shows the note beside its competency; quoting keeps source and date.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Appraisals', exact: true })
      .click();
    await page.getByRole('button', { name: 'New review cycle' }).click();
    const dialog = page.getByRole('dialog', { name: 'New review cycle' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Priya mid-year');
    await dialog.getByRole('button', { name: 'Create cycle' }).click();
    await page.getByRole('heading', { level: 1, name: 'Priya mid-year' }).waitFor();
    await page.getByRole('button', { name: 'Open the cycle' }).click();
    await page.getByRole('combobox', { name: 'Add a person' }).selectOption({ label: 'Priya Raman' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('row', { name: 'Priya Raman' }).click();
    await page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
    const panel = page.getByRole('region', { name: 'Feedback from the period' });
    await panel.getByText('Won the renewal with a sharp, honest deck').waitFor();
    await panel.getByText('Client relationship management').waitFor();
    assert.equal(
      await page.getByText('Private-5e2').count(),
      0,
      'private 1:1 notes are never beside an appraisal',
    );
    await panel
      .getByRole('button', {
        name: /^Quote in this appraisal: the note of .*, in Client relationship management: manager's comment$/,
      })
      .click();
    const comment = page.getByRole('textbox', { name: "Client relationship management: manager's comment" });
    const quoted = await comment.inputValue();
    assert.match(quoted, /^“Won the renewal with a sharp, honest deck” \(praise note, /);
    assert.ok(quoted.includes(account), `the quote names the account: ${quoted}`);
    await panel
      .getByRole('button', { name: /^Quoted: the note of .*, in Client relationship management/ })
      .waitFor();
    await saved(page);
    assert.deepEqual(await a11yProblems(page, 'Appraisal with feedback'), []);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
    assert.equal(
      await page
        .getByRole('textbox', { name: "Client relationship management: manager's comment" })
        .inputValue(),
      quoted,
      'the quote was saved',
    );
    assert.deepEqual(errors, []);
  });
});

test('a passage of private 1:1 notes pulled into the appraisal; the rest stays private', async () => {
  await withApp({ demo: true }, async ({ page, errors }) => {
    const saved = (scope) => scope.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    const nav = (name) =>
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
    await nav('Team');
    await page
      .getByRole('row', { name: /^Priya Raman/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
    await page.getByRole('region', { name: '1:1s' }).getByRole('link', { name: 'New 1:1' }).click();
    await page.getByRole('heading', { level: 1, name: '1:1 with Priya Raman' }).waitFor();

    const passage = 'She calmed the Helios CFO down and kept the brief.';
    const notes = page.getByRole('textbox', { name: 'Private notes' });
    await notes.fill(`Private-7d1: looked tired. ${passage} Private-8e4: talk to HR.`);
    await saved(page);
    // The words selected in the private notes start the passage.
    await notes.evaluate((el, p) => {
      const at = el.value.indexOf(p);
      el.focus();
      el.setSelectionRange(at, at + p.length);
    }, passage);
    await page.getByRole('button', { name: 'Use a passage in the appraisal…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Use a passage in the appraisal' });
    assert.equal(await dialog.getByRole('textbox', { name: 'Passage' }).inputValue(), passage);
    assert.deepEqual(await a11yProblems(page, 'Use a passage dialog'), []);
    await dialog.getByRole('button', { name: 'Add to feedback notes' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // It is a feedback note on her page, marked as from the 1:1.
    await page.getByRole('link', { name: 'Priya Raman' }).first().click();
    const timeline = page.getByLabel('Timeline of feedback notes');
    await timeline.getByText(passage).waitFor();
    await timeline.getByText(/from your 1:1 notes/).waitFor();

    // The appraisal shows the passage, never the rest, and quotes it with its 1:1.
    await nav('Appraisals');
    await page.getByRole('button', { name: 'New review cycle' }).click();
    const cycle = page.getByRole('dialog', { name: 'New review cycle' });
    await cycle.getByRole('textbox', { name: 'Name' }).fill('Priya year end');
    await cycle.getByRole('button', { name: 'Create cycle' }).click();
    await page.getByRole('heading', { level: 1, name: 'Priya year end' }).waitFor();
    await page.getByRole('button', { name: 'Open the cycle' }).click();
    await page.getByRole('combobox', { name: 'Add a person' }).selectOption({ label: 'Priya Raman' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('row', { name: 'Priya Raman' }).click();
    await page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
    const panel = page.getByRole('region', { name: 'Feedback from the period' });
    await panel.getByText(passage).waitFor();
    for (const secret of ['Private-7d1', 'Private-8e4'])
      assert.equal(await page.getByText(secret).count(), 0, `${secret} stays in the private notes`);
    await panel
      .getByRole('button', { name: /^Quote in this appraisal: the note of / })
      .first()
      .click();
    await page.waitForFunction(
      (p) => [...document.querySelectorAll('textarea')].some((t) => t.value.includes(p)),
      passage,
    );
    const all = await page.locator('textarea').evaluateAll((ts) => ts.map((t) => t.value).join('\n'));
    assert.match(all, new RegExp(`“${passage}” \\(noted in the 1:1 of `));
    assert.ok(!all.includes('Private-'), 'nothing else of the private notes is quoted');
    await saved(page);
    assert.deepEqual(errors, []);
  });
});
