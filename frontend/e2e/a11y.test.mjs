// Every screen reads well: axe-core finds no serious or critical problem on
// any main screen, in the light or the dark theme, and at 1024×640 no table
// scrolls sideways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, withApp } from './harness.mjs';

const screens = [
  ['Dashboard', '/'],
  ['Accounts', '/accounts'],
  ['Account', '/accounts/1'],
  ['Team', '/team'],
  ['Person', '/team/1'],
  ['Appraisals', '/appraisals'],
  ['Review cycle', '/appraisals/cycles/1'],
  ['Appraisal', '/appraisals/1'],
  ['Onboarding', '/onboarding'],
  ['Checklist', '/onboarding/1'],
  ['Exports', '/exports'],
  ['Settings', '/settings'],
];

/** Opens a screen by its address and waits until it has drawn its data. */
async function open(page, base, path) {
  await page.goto(new URL('/#' + path, base).toString());
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page
    .waitForFunction(() => !document.body.innerText.includes('Loading…'), null, { timeout: 15000 })
    .catch(() => {});
  await page.waitForTimeout(200);
}

test('axe-core finds no serious or critical problem on any screen, light or dark', async () => {
  await withApp({ demo: true }, async ({ app, page, errors }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const problems = [];
    for (const [name, path] of screens) {
      await open(page, app.url, path);
      problems.push(...(await a11yProblems(page, name)));
    }
    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
    assert.deepEqual(errors, [], 'no script errors');
  });
});

test('at 1024×640 no table scrolls sideways and no figure spills out of its card', async () => {
  await withApp({ demo: true }, async ({ app, page }) => {
    await page.setViewportSize({ width: 1024, height: 640 });
    const problems = [];
    for (const [name, path] of screens) {
      await open(page, app.url, path);
      const wide = await page.evaluate(() => {
        const out = [];
        for (const t of document.querySelectorAll('table')) {
          let box = t.parentElement;
          while (box && getComputedStyle(box).overflowX === 'visible' && box !== document.body)
            box = box.parentElement;
          // (clientWidth > 20: not a visually hidden copy)
          if (box && box.clientWidth > 20 && box.scrollWidth > box.clientWidth + 1)
            out.push(
              `table "${t.getAttribute('aria-label') ?? t.querySelector('th')?.textContent ?? ''}" is ${box.scrollWidth}px in ${box.clientWidth}px`,
            );
        }
        if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)
          out.push(`the page is ${document.documentElement.scrollWidth}px wide`);
        return out;
      });
      problems.push(...wide.map((w) => `${name}: ${w}`));
    }
    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
  });
});
