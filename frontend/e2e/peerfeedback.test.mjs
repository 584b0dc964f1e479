// Peer feedback gathered without a server (issue 17): ask three reviewers
// about Priya, write their forms to a folder, answer each form in Chromium
// from a file: URL (Save gives the response file), add the three responses,
// see the anonymous average in the appraisal, quote a comment, and see the
// responses refused when added again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { a11yProblems, withApp } from './harness.mjs';

const iso = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const inDays = (n) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return iso(d);
};

test('three reviewers answer from file: forms; the anonymous average is in the appraisal', async () => {
  await withApp({ demo: true }, async ({ app, page, errors }) => {
    const forms = join(app.dir, 'forms');
    const responses = join(app.dir, 'responses');
    mkdirSync(forms);
    mkdirSync(responses);

    // Priya's appraisal in a new cycle.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Appraisals', exact: true })
      .click();
    await page.getByRole('button', { name: 'New review cycle' }).click();
    const cycle = page.getByRole('dialog', { name: 'New review cycle' });
    await cycle.getByRole('textbox', { name: 'Name' }).fill('Priya annual');
    await cycle.getByRole('button', { name: 'Create cycle' }).click();
    await page.getByRole('heading', { level: 1, name: 'Priya annual' }).waitFor();
    await page.getByRole('button', { name: 'Open the cycle' }).click();
    await page.getByRole('combobox', { name: 'Add a person' }).selectOption({ label: 'Priya Raman' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('row', { name: 'Priya Raman' }).click();
    await page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
    const panel = page.getByRole('region', { name: 'Peer feedback' });
    await panel.getByText('No feedback asked for yet.', { exact: false }).waitFor();

    // Ask: three reviewers, the competencies plus one free question, anonymous.
    await panel.getByRole('button', { name: 'Ask for feedback' }).click();
    const ask = page.getByRole('dialog', { name: 'Ask for feedback about Priya Raman' });
    const reviewers = [
      ['Ben Cole', 'ben@example.org', 'Peer'],
      ['Cleo Park', 'cleo@example.org', 'Peer'],
      ['Dan Ortiz', '', 'Client'],
    ];
    for (const [i, [name, email, rel]] of reviewers.entries()) {
      await ask.getByLabel(`Reviewer ${i + 1}: name`).fill(name);
      await ask.getByLabel(`Reviewer ${i + 1}: email (optional)`).fill(email);
      if (rel !== 'Peer') {
        await ask
          .getByLabel(`Reviewer ${i + 1}: relationship`)
          .and(page.locator('input'))
          .click();
        await page
          .locator('[role="listbox"]:visible')
          .getByRole('option', { name: rel, exact: true })
          .click();
      }
    }
    await ask.getByRole('checkbox', { name: 'Client relationship management' }).waitFor();
    await ask.getByRole('button', { name: 'Add a question' }).click();
    await ask.getByLabel('Question 1, answered in words').fill('What should Priya keep doing?');
    await ask.getByLabel('Answers due by').fill(inDays(14));
    assert.equal(await ask.getByRole('switch', { name: 'Anonymous toward Priya' }).isChecked(), true);
    await ask.getByLabel('Write the forms to').fill(forms);
    assert.deepEqual(await a11yProblems(page, 'Ask for feedback'), []);
    await ask.getByRole('button', { name: 'Write the forms' }).click();
    const sent = page.getByRole('dialog', { name: 'The forms are written' });
    await sent.getByText(/3 forms are in/).waitFor();
    for (const [name] of reviewers) await sent.getByRole('region', { name: `Email to ${name}` }).waitFor();
    const body = await sent.getByRole('textbox', { name: 'Email text for Ben Cole' }).inputValue();
    assert.match(body, /^Hello Ben,/);
    assert.match(body, /without your name/);
    assert.deepEqual(await a11yProblems(page, 'Forms written, email texts'), []);
    await sent.getByRole('button', { name: 'Done' }).click();
    for (const [name] of reviewers) await panel.getByText(`${name}: sent`).waitFor();

    // Each reviewer answers in their browser, from the file the director sent.
    const files = readdirSync(forms).filter((f) => f.endsWith('.html'));
    assert.equal(files.length, 3);
    const answers = [
      [5, 'Calm-9a1 with <b>clients</b> under pressure'],
      [4, 'Calm-9a2 and clear in every meeting'],
      [3, 'Calm-9a3 but could push back more'],
    ];
    // A browser without Blob downloads says it needs a current one and keeps the answers.
    const old = await page.context().newPage();
    await old.addInitScript(() => {
      delete window.Blob;
    });
    await old.goto(pathToFileURL(join(forms, files.sort()[0])).href);
    await old.getByRole('textbox', { name: 'Your answer', exact: true }).fill('Typed in an old browser');
    await old
      .getByRole('status')
      .getByText(/too old to save your answers/)
      .waitFor();
    await old.getByRole('button', { name: 'Save my answers' }).click();
    assert.equal(
      await old.getByRole('textbox', { name: 'Your answer', exact: true }).inputValue(),
      'Typed in an old browser',
    );
    const copy = JSON.parse(
      await old.getByRole('textbox', { name: 'Your answers as a response file' }).inputValue(),
    );
    assert.equal(copy.answers.at(-1).comment, 'Typed in an old browser');
    await old.close();

    const saved = [];
    for (const [i, file] of files.sort().entries()) {
      const form = await page.context().newPage();
      const formErrors = [];
      form.on('pageerror', (e) => formErrors.push(e.message));
      form.on('request', (r) => {
        if (!r.url().startsWith('file:') && !r.url().startsWith('blob:'))
          formErrors.push(`fetched ${r.url()}`);
      });
      await form.goto(pathToFileURL(join(forms, file)).href);
      await form.getByRole('heading', { level: 1, name: 'Feedback about Priya Raman' }).waitFor();
      const [rating, comment] = answers[i];
      const client = form.getByRole('group', { name: /^1\. Client relationship management/ });
      await client.getByRole('radio', { name: new RegExp(`^${rating} – `) }).check();
      await client.getByRole('textbox', { name: 'Comment (optional)' }).fill(comment);
      await form
        .getByRole('textbox', { name: 'Your answer', exact: true })
        .fill(`Keep-${i} mentoring the juniors`);
      if (i === 0) assert.deepEqual(await a11yProblems(form, 'Reviewer form'), []);
      const [download] = await Promise.all([
        form.waitForEvent('download'),
        form.getByRole('button', { name: 'Save my answers' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /-response\.json$/);
      const path = join(responses, download.suggestedFilename());
      await download.saveAs(path);
      await form
        .getByRole('status')
        .getByText(/^Saved as /)
        .waitFor();
      const json = JSON.parse(readFileSync(path, 'utf8'));
      assert.equal(json.schema, 'accountdesk.peer-response/v1');
      assert.equal(json.answers[0].comment, comment, 'the answer is kept as typed');
      assert.deepEqual(formErrors, []);
      saved.push(path);
      await form.close();
    }

    // The director adds the three responses.
    await panel.getByRole('button', { name: 'Add responses' }).click();
    const add = page.getByRole('dialog', { name: 'Add feedback responses' });
    await add.locator('input[type="file"]').setInputFiles(saved);
    await add.getByRole('status').filter({ hasText: '3 added, 0 refused.' }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Responses added'), []);
    await add.getByRole('button', { name: 'Done' }).click();
    for (const [name] of reviewers) await panel.getByText(`${name}: answered`).waitFor();

    // The anonymous average and the comments without names, beside the competency.
    await panel.getByText('4.00').waitFor();
    await panel.getByText('Calm-9a1 with <b>clients</b> under pressure').waitFor();
    assert.equal(await panel.getByText('Ben Cole (peer').count(), 0, 'no name with an anonymous comment');
    assert.deepEqual(await a11yProblems(page, 'Appraisal with peer feedback'), []);
    await panel
      .getByRole('button', {
        name: "Quote in this appraisal: “Calm-9a2 and clear in every meeting”, in Client relationship management: manager's comment",
      })
      .click();
    const comment = page.getByRole('textbox', { name: "Client relationship management: manager's comment" });
    assert.match(
      await comment.inputValue(),
      /^“Calm-9a2 and clear in every meeting” \(anonymous peer feedback, due /,
    );
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

    // Added again, from the folder: each refused as already counted.
    await panel.getByRole('button', { name: 'Add responses' }).click();
    await add.getByLabel('Folder with responses').fill(responses);
    await add.getByRole('button', { name: 'Read the folder' }).click();
    await add.getByRole('status').filter({ hasText: '0 added, 3 refused.' }).waitFor();
    assert.equal(await add.getByText(/response was already counted on/).count(), 3);
    await add.getByRole('button', { name: 'Done' }).click();
    assert.deepEqual(errors, []);
  });
});
