// Measures, in Debian's Chromium against `accountdesk serve`, how long each
// main screen takes from its data arriving to being painted (the
// `screen:<name>` Performance API measures the screens record). Prints a
// table for docs/performance.md; asserts nothing (targets are reported, not
// timed in tests).
//
//   ACCOUNTDESK_BIN=build/bin/accountdesk ACCOUNTS=5000 node frontend/e2e/perf/first-screen.mjs
import { launchBrowser, startApp } from '../harness.mjs';

const accounts = Number(process.env.ACCOUNTS ?? 5000);
const runs = Number(process.env.RUNS ?? 7);
const screens = [
  { name: 'dashboard', hash: '#/' },
  { name: 'accounts', hash: '#/accounts' },
  { name: 'account', hash: '#/accounts/1' },
  { name: 'team', hash: '#/team' },
];

const app = await startApp({ demo: true, accounts });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.url); // sets the session cookie
  const base = page.url().replace(/#.*$/, '');
  const rows = [];
  for (const s of screens) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      await page.goto('about:blank');
      await page.goto(base + s.hash);
      const handle = await page.waitForFunction(
        (n) => performance.getEntriesByName(`screen:${n}`, 'measure')[0]?.duration,
        s.name,
        { timeout: 60_000 },
      );
      times.push(await handle.jsonValue());
    }
    times.sort((a, b) => a - b);
    rows.push({ screen: s.name, median: times[Math.floor(times.length / 2)], max: times[times.length - 1] });
  }
  console.log(`| Screen (${accounts} accounts) | median ms | max ms (${runs} loads) |`);
  console.log('|---|---:|---:|');
  for (const r of rows) console.log(`| ${r.screen} | ${r.median.toFixed(1)} | ${r.max.toFixed(1)} |`);
} finally {
  await browser.close();
  await app.stop();
}
