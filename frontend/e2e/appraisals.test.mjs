// A review from start to finish: open a cycle, self review, manager review,
// calibration, finalize; editing is then refused until a reopen with a reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { a11yProblems, withApp } from './harness.mjs';

test('appraisal workflow with locking and reopen', async () => {
  await withApp({ demo: true }, async ({ app, page, errors }) => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Appraisals', exact: true })
      .click();
    await page.getByRole('button', { name: 'New review cycle' }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Appraisals'), []);
    await page.getByRole('button', { name: 'New review cycle' }).click();
    const dialog = page.getByRole('dialog', { name: 'New review cycle' });
    await dialog.getByRole('textbox', { name: 'Name' }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'New review cycle'), []);
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Probation review Kwame');
    await dialog.getByRole('combobox', { name: 'Type' }).selectOption('probation');
    await dialog.getByRole('button', { name: 'Create cycle' }).click();
    await page.getByRole('heading', { level: 1, name: 'Probation review Kwame' }).waitFor();
    // A probation review on a 4-point scale with one competency fewer.
    const template = page.getByRole('region', { name: 'Competencies and rating scale' });
    await template.getByRole('textbox', { name: 'Points on the scale' }).fill('4');
    await template.getByRole('textbox', { name: 'Label for 4' }).waitFor();
    assert.equal(await template.getByRole('textbox', { name: 'Label for 5' }).count(), 0);
    await template.getByRole('button', { name: 'Remove competency 10' }).click();
    await template.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Review cycle, draft'), []);
    await page.getByRole('button', { name: 'Open the cycle' }).click();
    await page.getByRole('button', { name: 'Start calibration' }).waitFor();

    await page.getByRole('combobox', { name: 'Add a person' }).selectOption({ label: 'Kwame Mensah' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('row', { name: 'Kwame Mensah' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kwame Mensah' }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Appraisal, draft'), []);

    await page.getByRole('button', { name: 'Start self review' }).click();
    // Issue 21 §3: during self review the manager's ratings wait, and the page says so.
    await page.getByText('Manager ratings open at manager review.').first().waitFor();
    assert.deepEqual(await a11yProblems(page, 'Appraisal, self review'), []);
    assert.equal(
      await page
        .getByRole('combobox', { name: 'Client relationship management: manager rating' })
        .isDisabled(),
      true,
      'manager ratings are closed in self review',
    );
    assert.equal(
      await page
        .getByRole('textbox', { name: "Client relationship management: manager's comment" })
        .isDisabled(),
      true,
    );
    assert.equal(
      await page.getByRole('combobox', { name: 'Organisation under pressure: manager rating' }).count(),
      0,
      'the removed competency is not rated',
    );
    assert.equal(
      await page
        .getByRole('combobox', { name: 'Client relationship management: self rating' })
        .locator('option')
        .count(),
      5,
      'not rated, then 1 to 4',
    );
    await page
      .getByRole('combobox', { name: 'Client relationship management: self rating' })
      .selectOption('4');
    await page.getByRole('button', { name: 'Send to manager review' }).click();
    // Sent on: the manager rates now, and the self ratings stand as sent.
    await page
      .getByText('The self review was sent on: move it back to self review to change self ratings.')
      .first()
      .waitFor();
    assert.equal(
      await page
        .getByRole('combobox', { name: 'Client relationship management: manager rating' })
        .isDisabled(),
      false,
      'manager ratings open at manager review',
    );
    assert.equal(
      await page.getByRole('combobox', { name: 'Client relationship management: self rating' }).isDisabled(),
      true,
      'self ratings are closed once sent on',
    );
    assert.equal(
      await page.getByRole('combobox', { name: 'Client relationship management: self rating' }).inputValue(),
      '4',
      'and still readable',
    );
    // Finalizing too early is refused: calibration comes first, and every rating is needed.
    const managerRatings = page.getByRole('combobox', { name: /manager rating$/ });
    await managerRatings.first().waitFor();
    const n = await managerRatings.count();
    for (let i = 0; i < n; i++) await managerRatings.nth(i).selectOption(String(3 + (i % 2)));
    await page.getByRole('textbox', { name: 'Strengths' }).fill('Unflappable on the Helios launch');
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Appraisal, manager review'), []);
    await page.getByRole('button', { name: 'Send to calibration' }).click();
    // Finalize asks first: it locks the appraisal.
    await page.getByRole('button', { name: 'Finalize' }).click();
    await page
      .getByRole('dialog', { name: 'Finalize this appraisal?' })
      .getByRole('button', { name: 'Finalize' })
      .waitFor();
    assert.deepEqual(await a11yProblems(page, 'Finalize this appraisal?'), []);
    await page
      .getByRole('dialog', { name: 'Finalize this appraisal?' })
      .getByRole('button', { name: 'Finalize' })
      .click();
    await page.getByText(/this appraisal is locked/).waitFor();
    // The audit trail reads in plain words, not the stored state names.
    await page
      .getByRole('region', { name: 'Audit trail' })
      .getByText(/Moved: Calibration → Finalized/)
      .waitFor();
    assert.equal(
      await page
        .getByRole('region', { name: 'Audit trail' })
        .getByText(/_review/)
        .count(),
      0,
    );
    assert.equal(
      await page
        .getByRole('combobox', { name: 'Client relationship management: manager rating' })
        .isDisabled(),
      true,
      'a finalized appraisal cannot be edited',
    );
    await page
      .getByRole('region', { name: 'Evidence from the accounts' })
      .getByText('Frozen when the appraisal was finalized.')
      .waitFor();
    assert.deepEqual(await a11yProblems(page, 'Appraisal, finalized'), []);

    await page.getByRole('button', { name: 'Reopen…' }).click();
    const reopen = page.getByRole('dialog', { name: 'Reopen this appraisal?' });
    await reopen.getByRole('button', { name: 'Reopen' }).click();
    await reopen.getByText('Say why the appraisal is reopened.').waitFor();
    assert.deepEqual(await a11yProblems(page, 'Reopen with an error'), []);
    await reopen.getByRole('textbox', { name: 'Reason' }).fill('Calibration panel moved two ratings');
    await reopen.getByRole('button', { name: 'Reopen' }).click();
    await page.getByRole('button', { name: 'Finalize' }).waitFor();
    await page
      .getByRole('region', { name: 'Audit trail' })
      .getByText(/Reopened: Calibration panel moved two ratings/)
      .waitFor();
    assert.equal(
      await page
        .getByRole('combobox', { name: 'Client relationship management: manager rating' })
        .isDisabled(),
      false,
    );

    // On purpose, one appraisal leaves as a PDF for signature.
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    const pdf = page.getByRole('dialog', { name: 'Save as PDF for signature' });
    await pdf.getByRole('textbox', { name: 'Folder' }).fill(join(app.dir, 'no-such-folder'));
    await pdf.getByRole('button', { name: 'Save PDF' }).click();
    await pdf.getByText('That folder does not exist.').waitFor();
    assert.deepEqual(await a11yProblems(page, 'Save as PDF with an error'), []);
    await pdf.getByRole('textbox', { name: 'Folder' }).fill(app.dir);
    await pdf.getByRole('button', { name: 'Save PDF' }).click();
    await page.getByText('PDF saved', { exact: true }).waitFor();
    const saved = readdirSync(app.dir).filter((f) => f.endsWith('.pdf'));
    assert.deepEqual(saved, ['appraisal-kwame-mensah-probation-review-kwame.pdf']);
    assert.deepEqual(errors, [], 'no script errors');
  });
});
