// Nothing typed is lost (issue 21, section 1), in the person page, Settings,
// the onboarding template and the appraisal cycle's template: one field that
// is not valid yet never stops the others from saving; what was typed in it
// is kept as a draft in the workspace, marked on the screen, there again
// after leaving the screen or reloading, and gone once it is fixed and saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, api, eventually, withApp } from './harness.mjs';

const status = (page) =>
  page
    .getByRole('status')
    .filter({ hasText: /saved|Saving/ })
    .first();

const held = (page) => page.getByRole('alert').filter({ hasText: 'Kept as a draft, not saved yet' });

/** Leaves the screen for the Dashboard and comes back with the browser's Back. */
async function awayAndBack(page, heading) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard', exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

test('the person page saves the location while an email that is not one yet is kept as a draft', async () => {
  await withApp({}, async ({ page, errors }) => {
    const person = await api(page, 'TeamAPI/SavePerson', {
      name: 'Dana Lee',
      email: 'dana@agency.example',
      role: 'Account Manager',
      startDate: '2026-01-05',
      capacityHoursPerWeek: 40,
    });
    await page.goto(new URL(`/#/team/${person.id}`, page.url()).href);
    await page.getByRole('heading', { level: 1, name: 'Dana Lee' }).waitFor();

    await page.getByRole('textbox', { name: 'Email' }).fill('not-an-email');
    await page.getByRole('textbox', { name: 'Location' }).fill('Leeds');
    await page.getByRole('textbox', { name: 'Location' }).blur();
    await status(page).filter({ hasText: 'Not saved yet: Email' }).waitFor();
    const saved = await eventually(
      () => api(page, 'TeamAPI/People'),
      (list) => list.find((p) => p.id === person.id)?.location === 'Leeds',
    );
    assert.equal(
      saved.find((p) => p.id === person.id).email,
      'dana@agency.example',
      'the saved email is kept',
    );
    assert.ok(
      (
        await eventually(
          () => api(page, 'TeamAPI/PersonDraft', person.id),
          (d) => d.savedAt,
        )
      ).body.includes('not-an-email'),
      'the email typed is kept in the workspace',
    );

    await awayAndBack(page, 'Dana Lee');
    const email = page.getByRole('textbox', { name: 'Email' });
    assert.equal(await email.inputValue(), 'not-an-email');
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByRole('textbox', { name: 'Location' }).inputValue(), 'Leeds');
    await held(page).getByText('Email: Enter an email address like name@agency.com.').waitFor();
    assert.deepEqual(await a11yProblems(page, 'Person with a draft'), []);

    await email.fill('dana.lee@agency.example');
    await status(page).filter({ hasText: 'All changes saved' }).waitFor();
    await eventually(
      () => api(page, 'TeamAPI/People'),
      (list) => list.find((p) => p.id === person.id)?.email === 'dana.lee@agency.example',
    );
    await eventually(
      () => api(page, 'TeamAPI/PersonDraft', person.id),
      (d) => !d.savedAt,
    );
    assert.equal(await held(page).count(), 0);
    assert.deepEqual(errors, [], 'no script errors');
  });
});

test('Settings save the agency name while a QBR threshold of 0 is kept as a draft, through a reload', async () => {
  await withApp({}, async ({ page, errors }) => {
    await page.goto(new URL('/#/settings', page.url()).href);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const before = await api(page, 'SettingsAPI/Get');

    const threshold = page.getByRole('textbox', { name: 'QBR threshold' });
    await threshold.fill('0');
    await page.getByRole('textbox', { name: 'Agency name' }).fill('Brightline Partners');
    await page.getByRole('textbox', { name: 'Agency name' }).blur();
    await status(page).filter({ hasText: 'Not saved yet: QBR threshold' }).waitFor();
    const saved = await eventually(
      () => api(page, 'SettingsAPI/Get'),
      (s) => s.agencyName === 'Brightline Partners',
    );
    assert.equal(saved.qbrThresholdMinor, before.qbrThresholdMinor, 'the saved threshold is kept');
    await eventually(
      () => api(page, 'SettingsAPI/Draft'),
      (d) => d.savedAt,
    );

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await threshold.waitFor();
    assert.equal(await threshold.inputValue(), '0');
    assert.equal(await threshold.getAttribute('aria-invalid'), 'true');
    assert.equal(
      await page.getByRole('textbox', { name: 'Agency name' }).inputValue(),
      'Brightline Partners',
    );
    await held(page).getByText('QBR threshold: The QBR threshold must be more than zero.').waitFor();
    assert.deepEqual(await a11yProblems(page, 'Settings with a draft'), []);

    await threshold.fill('250000');
    await threshold.blur();
    await status(page).filter({ hasText: 'All changes saved' }).waitFor();
    await eventually(
      () => api(page, 'SettingsAPI/Get'),
      (s) => s.qbrThresholdMinor === 25_000_000,
    );
    await eventually(
      () => api(page, 'SettingsAPI/Draft'),
      (d) => !d.savedAt,
    );
    assert.equal(await held(page).count(), 0);
    assert.deepEqual(errors, [], 'no script errors');
  });
});

test('an onboarding template saves its description while an untitled task and an impossible due day are kept as a draft', async () => {
  await withApp({}, async ({ page, errors }) => {
    const task = (title, offsetDays) => ({
      title,
      description: '',
      category: 'agency_processes',
      ownerKind: 'new_hire',
      ownerPersonId: 0,
      offsetDays,
      optional: false,
    });
    const tpl = await api(page, 'OnboardingAPI/SaveTemplate', {
      name: 'AE first month',
      forRole: 'Account Executive',
      description: '',
      tasks: [task('Meet the team', 1), task('Shadow a QBR', 10)],
    });
    await page.goto(new URL(`/#/onboarding/templates/${tpl.id}`, page.url()).href);
    await page.getByRole('heading', { level: 1, name: 'AE first month' }).waitFor();

    await page.getByRole('textbox', { name: 'Task 1 title' }).fill('');
    await page.getByRole('textbox', { name: 'Task 2 due day' }).fill('999');
    await page.getByRole('textbox', { name: 'Description' }).fill('The first four weeks of an AE.');
    await page.getByRole('textbox', { name: 'Description' }).blur();
    await status(page).filter({ hasText: 'Not saved yet: Tasks, row 1' }).waitFor();
    const saved = await eventually(
      () => api(page, 'OnboardingAPI/Templates'),
      (list) => list.find((t) => t.id === tpl.id)?.description === 'The first four weeks of an AE.',
    );
    const mine = saved.find((t) => t.id === tpl.id);
    assert.deepEqual(
      mine.tasks.map((k) => [k.title, k.offsetDays]),
      [
        ['Meet the team', 1],
        ['Shadow a QBR', 10],
      ],
      'the tasks keep their saved title and due day',
    );
    await eventually(
      () => api(page, 'OnboardingAPI/TemplateDraft', tpl.id),
      (d) => d.savedAt,
    );

    await awayAndBack(page, 'AE first month');
    const title = page.getByRole('textbox', { name: 'Task 1 title' });
    const due = page.getByRole('textbox', { name: 'Task 2 due day' });
    assert.equal(await title.inputValue(), '');
    assert.equal(await title.getAttribute('aria-invalid'), 'true');
    assert.equal(await due.inputValue(), '999');
    assert.equal(await due.getAttribute('aria-invalid'), 'true');
    await held(page).getByText('Tasks, row 1: Give each task a title.').waitFor();
    await held(page)
      .getByText(/Tasks, row 2: Due days run from 90 days before/)
      .waitFor();
    assert.deepEqual(await a11yProblems(page, 'Template with a draft'), []);

    await title.fill('Meet the whole team');
    await due.fill('12');
    await due.blur();
    await status(page).filter({ hasText: 'All changes saved' }).waitFor();
    await eventually(
      () => api(page, 'OnboardingAPI/Templates'),
      (list) => {
        const t = list.find((x) => x.id === tpl.id);
        return t?.tasks[0].title === 'Meet the whole team' && t.tasks[1].offsetDays === 12;
      },
    );
    await eventually(
      () => api(page, 'OnboardingAPI/TemplateDraft', tpl.id),
      (d) => !d.savedAt,
    );
    assert.equal(await held(page).count(), 0);
    assert.deepEqual(errors, [], 'no script errors');
  });
});

test('a review cycle saves a new weight while an unnamed competency is kept as a draft, through a reload', async () => {
  await withApp({}, async ({ page, errors }) => {
    const cycle = await api(page, 'AppraisalsAPI/SaveCycle', {
      name: 'Annual review 2026',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      due: '2027-01-31',
    });
    const firstName = cycle.competencies[0].name;
    await page.goto(new URL(`/#/appraisals/cycles/${cycle.id}`, page.url()).href);
    await page.reload(); // the cycles list was read before this one was made
    await page.getByRole('heading', { level: 1, name: 'Annual review 2026' }).waitFor();

    await page.getByRole('textbox', { name: 'Competency 1 name' }).fill('');
    await page.getByRole('textbox', { name: 'Competency 2 weight' }).fill('30');
    await page.getByRole('textbox', { name: 'Competency 2 weight' }).blur();
    await status(page).filter({ hasText: 'Not saved yet: Competencies, row 1' }).waitFor();
    const mine = (list) => list.find((c) => c.id === cycle.id);
    const saved = await eventually(
      () => api(page, 'AppraisalsAPI/Cycles'),
      (list) => mine(list)?.competencies[1].weight === 30,
    );
    assert.equal(mine(saved).competencies[0].name, firstName, 'the saved name is kept');
    await eventually(
      () => api(page, 'AppraisalsAPI/CycleDraft', cycle.id),
      (d) => d.savedAt,
    );

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Annual review 2026' }).waitFor();
    const name = page.getByRole('textbox', { name: 'Competency 1 name' });
    await name.waitFor();
    assert.equal(await name.inputValue(), '');
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByRole('textbox', { name: 'Competency 2 weight' }).inputValue(), '30');
    await held(page).getByText('Competencies, row 1: Name each competency.').waitFor();
    assert.deepEqual(await a11yProblems(page, 'Cycle template with a draft'), []);

    await name.fill('Client care');
    await name.blur();
    await status(page).filter({ hasText: 'All changes saved' }).waitFor();
    await eventually(
      () => api(page, 'AppraisalsAPI/Cycles'),
      (list) => mine(list)?.competencies[0].name === 'Client care',
    );
    await eventually(
      () => api(page, 'AppraisalsAPI/CycleDraft', cycle.id),
      (d) => !d.savedAt,
    );
    assert.equal(await held(page).count(), 0);
    assert.deepEqual(errors, [], 'no script errors');
  });
});
