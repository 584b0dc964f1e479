// Issue 21 §2, "figures agree with each other", as a director sees them in
// the demo: a new starter booked at 60% + 50% is over 100% on the person
// page, the roster and the Dashboard, and is warned about while the second
// allocation is made; the Dashboard's QBR list says when Atlas Motors last
// held one; revenue and its target name one fiscal year; the P&L chart draws
// margin in % on its own axis, months as words and the target line at the
// monthly target.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { a11yProblems, withApp } from './harness.mjs';

const iso = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

test('a new starter over 100% is warned about and shown the same everywhere', async () => {
  await withApp({ demo: true }, async ({ page, errors }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    const today = new Date();
    const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 6);
    // In the issue the person started on the 7th of the month they were added in.
    const sameMonth = start.getMonth() === today.getMonth();

    await nav.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('button', { name: 'Add person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add person' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Riley Quinn');
    await dialog.getByRole('combobox', { name: 'Role' }).selectOption('Account Executive');
    await dialog.getByRole('textbox', { name: 'Start date' }).fill(iso(start));
    assert.deepEqual(await a11yProblems(page, 'Add person'), []);
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riley Quinn' }).waitFor();

    // A new allocation starts on the person's first day, not before it.
    const allocations = page.getByRole('region', { name: 'Accounts and allocations' });
    const from = allocations.getByRole('textbox', { name: 'From', exact: true });
    assert.equal(await from.inputValue(), iso(start));

    const preview = allocations.getByRole('status');
    await allocations
      .getByRole('combobox', { name: 'Account', exact: true })
      .selectOption({ label: 'Orbit Telecom' });
    await allocations.getByRole('textbox', { name: '% of time' }).fill('60');
    await allocations.getByRole('button', { name: 'Allocate' }).click();
    await allocations.getByRole('link', { name: 'Orbit Telecom' }).waitFor();
    assert.equal(await preview.textContent(), '', '60% alone fits');

    // The second one is judged before it is saved, and the months are named.
    await allocations
      .getByRole('combobox', { name: 'Account', exact: true })
      .selectOption({ label: 'Pinecrest Hotels' });
    await allocations.getByRole('textbox', { name: '% of time' }).fill('50');
    await preview
      .getByText(/^This takes Riley Quinn above 100% of their time from [A-Z][a-z]{2,3} \d{4}: 110%\.$/)
      .waitFor();
    assert.deepEqual(await a11yProblems(page, 'Person, allocation over 100%'), []);
    await allocations.getByRole('button', { name: 'Allocate' }).click();
    await allocations.getByRole('link', { name: 'Pinecrest Hotels' }).waitFor();
    await allocations
      .getByText(sameMonth ? 'Over 100% from this month on' : /^Over 100% from [A-Z][a-z]{2,3} \d{4}$/)
      .waitFor();
    if (sameMonth) {
      // Every day Riley works this month is booked at 110%: not a pro-rated 91%.
      await page.getByText('110%', { exact: true }).waitFor();
      assert.equal(await page.getByText('91%', { exact: true }).count(), 0);
    }

    // The roster says the same.
    await nav.getByRole('link', { name: 'Team', exact: true }).click();
    const row = page.getByRole('table', { name: 'Roster' }).getByRole('row', { name: 'Riley Quinn' });
    await row.getByText(sameMonth ? 'Over-allocated' : /^Over 100% from/).waitFor();
    if (sameMonth) await row.getByText('110%', { exact: true }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Team'), []);

    // And so does the Dashboard, whichever month it starts in.
    await nav.getByRole('link', { name: 'Dashboard', exact: true }).click();
    const over = page.getByRole('region', { name: 'Over-allocated people' });
    const riley = over.getByRole('listitem').filter({ hasText: 'Riley Quinn' });
    await riley.getByText('110%', { exact: true }).waitFor();
    await riley.getByText(/^Over 100% from [A-Z][a-z]{2,3} \d{4} · Account Executive$/).waitFor();

    // Atlas Motors held a QBR two quarters ago: the list says when.
    const qbrs = page.getByRole('region', { name: 'QBRs due or overdue' });
    const atlas = qbrs.getByRole('listitem').filter({ hasText: 'Atlas Motors' });
    await atlas.getByText(/^Last held \d{1,2} [A-Z][a-z]{2,3} \d{4}$/).waitFor();
    assert.equal(await atlas.getByText('None held yet').count(), 0);

    // Revenue and its target are for one period, named (the demo's year starts in April).
    const fyEnd = today.getMonth() >= 3 ? today.getFullYear() + 1 : today.getFullYear();
    await page.getByText(`Revenue, FY${fyEnd} to date`, { exact: true }).waitFor();
    await page.getByText(`Margin, FY${fyEnd} to date`, { exact: true }).waitFor();
    await page
      .getByText(/% of the US\$[\d,]+ target to date\. Apr \d{4} – [A-Z][a-z]{2,3} \d{4}\.$/)
      .waitFor();
    await page.getByRole('heading', { name: `Revenue against target, FY${fyEnd} to date` }).waitFor();
    assert.deepEqual(await a11yProblems(page, 'Dashboard'), []);

    // The P&L chart: margin on its own axis in %, months in words, the target at the monthly target.
    await atlas.getByRole('link', { name: 'Atlas Motors' }).click();
    await page.getByRole('tab', { name: 'Financials' }).click();
    const chart = page.getByRole('region', { name: 'Revenue against target and margin by month' });
    await chart.locator('.recharts-line-dot').first().waitFor({ state: 'attached' });
    // TODO(a11y): color-contrast on the Months table's red 'over' hours-vs-retainer cells (red on the striped row, 4.28:1, light), reported
    const axes = await chart.evaluate((el) => {
      const ticks = (g) =>
        [...g.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => ({
          text: t.textContent,
          x: Number(t.getAttribute('x')),
          y: Number(t.getAttribute('y')),
        }));
      const [x] = [...el.querySelectorAll('.recharts-xAxis-tick-labels')].map(ticks);
      const ys = [...el.querySelectorAll('.recharts-yAxis-tick-labels')]
        .map(ticks)
        .sort((a, b) => (a[0]?.x ?? 0) - (b[0]?.x ?? 0));
      return { x: x ?? [], left: ys[0] ?? [], right: ys.length > 1 ? ys[ys.length - 1] : [] };
    });
    assert.ok(
      axes.x.length > 3 && axes.x.every((t) => /^[A-Z][a-z]{2,3} \d{4}$/.test(t.text)),
      `months as words: ${JSON.stringify(axes.x)}`,
    );
    assert.ok(
      axes.right.some((t) => t.text === '100%') && axes.right.every((t) => t.text.endsWith('%')),
      `margin axis in %: ${JSON.stringify(axes.right)}`,
    );
    assert.ok(
      axes.left.every((t) => t.text.startsWith('US$')),
      `money axis: ${JSON.stringify(axes.left)}`,
    );
    // The target line's points sit at the monthly target the table lists, well above the axis's 0.
    const table = page.getByRole('table', { name: 'Months' });
    const latest = table.getByRole('row').nth(1);
    const target = await latest.getByRole('cell').nth(5).textContent();
    assert.match(target, /^US\$[\d,]+$/, 'the latest month has its fiscal year’s monthly target');
    const zero = axes.left.find((t) => t.text === 'US$0');
    // The y of every point the dashed target line passes through (its path's coordinates).
    const points = await chart.evaluate((el) => {
      const d = el.querySelector('path.recharts-line-curve[name="Target"]')?.getAttribute('d') ?? '';
      const numbers = d.match(/-?[\d.]+/g)?.map(Number) ?? [];
      return numbers.filter((_, i) => i % 2 === 1);
    });
    assert.ok(
      zero && points.length > 0 && points.every((y) => y < zero.y - 40),
      `target points ${JSON.stringify(points)} above 0 at ${zero?.y}`,
    );

    assert.deepEqual(errors, [], 'no script errors');
  });
});
