// The onboarding template editor: reorder tasks by dragging a grip with the
// mouse and with the keyboard; the new order is saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, withApp } from './harness.mjs';

test('reorder template tasks by drag and drop', async () => {
  await withApp({ demo: true }, async ({ page, errors }) => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Onboarding', exact: true })
      .click();
    await page
      .getByRole('region', { name: 'Templates' })
      .getByRole('link', { name: /New Account Executive/ })
      .first()
      .click();
    const title = (n) => page.getByRole('textbox', { name: `Task ${n} title`, exact: true });
    await title(1).waitFor();
    const [first, second, third] = [
      await title(1).inputValue(),
      await title(2).inputValue(),
      await title(3).inputValue(),
    ];
    assert.deepEqual(await a11yProblems(page, 'Onboarding template'), []);

    // Mouse: drag task 1 by its grip onto task 3's row.
    const grip = await page.getByRole('button', { name: 'Drag task 1', exact: true }).boundingBox();
    const target = await page.getByRole('button', { name: 'Drag task 3', exact: true }).boundingBox();
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, grip.y + 10, { steps: 3 });
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2 + 4, { steps: 12 });
    await page.mouse.up();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    assert.deepEqual(
      [await title(1).inputValue(), await title(2).inputValue(), await title(3).inputValue()],
      [second, third, first],
    );

    // Keyboard: focus task 3's grip, lift with Space, move up twice, drop.
    await page.getByRole('button', { name: 'Drag task 3', exact: true }).focus();
    for (const key of ['Space', 'ArrowUp', 'ArrowUp', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150); // the sensor measures between moves
    }
    await page.waitForFunction(
      (want) => document.querySelector('input[aria-label="Task 1 title"]')?.value === want,
      first,
    );
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

    // The order is kept: reload the page.
    await page.reload();
    await title(1).waitFor();
    assert.deepEqual(
      [await title(1).inputValue(), await title(2).inputValue(), await title(3).inputValue()],
      [first, second, third],
    );
    assert.deepEqual(errors, [], 'no script errors');
  });
});
