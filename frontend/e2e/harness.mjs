// End-to-end harness: runs the real `accountdesk serve` on a temporary
// workspace and drives Debian's Chromium with playwright-core. Never
// downloads a browser.
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const BIN = process.env.ACCOUNTDESK_BIN;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Starts serve on a fresh workspace (optionally the demo) and returns { url, dir, stop }. */
export async function startApp({ demo = false, accounts = 0 } = {}) {
  if (!BIN) throw new Error('ACCOUNTDESK_BIN must point at the built accountdesk binary');
  const dir = mkdtempSync(join(tmpdir(), 'accountdesk-e2e-'));
  const workspace = join(dir, 'workspace.db');
  if (demo)
    execFileSync(
      BIN,
      ['demo', '--workspace', workspace, ...(accounts ? ['--accounts', String(accounts)] : [])],
      { stdio: 'ignore' },
    );
  const child = spawn(BIN, ['serve', '--workspace', workspace], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL in 15 s: ${stderr}`)), 15000);
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    dir,
    workspace,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium with the flags this closed network needs. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** One app + browser + page per test; everything is torn down after. */
export async function withApp(options, fn) {
  const app = await startApp(options);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    try {
      await fn({ app, page, errors });
    } catch (e) {
      // Keep what the user would have seen, for the failure report.
      const shot = join(tmpdir(), `accountdesk-e2e-failure-${Date.now()}.png`);
      await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
      e.message += `\n(screenshot: ${shot}; script errors: ${JSON.stringify(errors)})`;
      throw e;
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on what the page shows now, in the
 * light and the dark theme, and returns the serious and critical violations
 * as readable lines (empty when there are none).
 */
export async function a11yProblems(page, screen) {
  const problems = [];
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(400); // the theme switch repaints (and transitions end)
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) =>
          `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`.slice(0, 220),
        ),
      }));
    });
    for (const v of violations) {
      if (v.impact === 'serious' || v.impact === 'critical')
        problems.push(
          `${screen} (${colorScheme}): ${v.id} [${v.impact}] ${v.nodes.length}×: ${v.nodes.slice(0, 3).join(' | ')}`,
        );
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return problems;
}

/** Opens a main screen from the navigation, as a user does, and waits for its heading. */
export async function openScreen(page, name) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Calls a bound method the way the page does (same origin, its token cookie). */
export const api = (page, path, ...args) =>
  page.evaluate(
    async ([p, a]) => {
      const r = await fetch(`/api/${p}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(a),
      });
      const body = await r.json();
      if (body.error) throw new Error(`${p}: ${body.error.message}`);
      return body.result;
    },
    [path, args],
  );

/** Waits until read() returns something ok() accepts, as long as Playwright waits for an element. */
export async function eventually(read, ok) {
  let v;
  for (let i = 0; i < 300; i++) {
    v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`still ${JSON.stringify(v)?.slice(0, 300)}`);
}
