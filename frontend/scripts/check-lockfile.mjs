// Fails when package-lock.json lacks a platform-specific optional package
// (rolldown, lightningcss, esbuild bindings…). A lock written on one machine
// with node_modules present can drop other platforms' bindings, and `npm ci`
// then fails on a Mac or Windows laptop. Regenerate with:
//   rm -rf node_modules package-lock.json && npm install --package-lock-only && npm ci
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const lockPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages ?? {};

// Resolves a dependency the way Node does: nearest node_modules upwards.
function resolves(from, name) {
  let dir = from;
  for (;;) {
    if (packages[`${dir ? dir + '/' : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i < 0 ? '' : dir.slice(0, i);
  }
}

const missing = [];
for (const [path, pkg] of Object.entries(packages)) {
  for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
    if (!resolves(path, name)) missing.push(`${path || '(root)'} → ${name}`);
  }
}
if (missing.length > 0) {
  console.error(`package-lock.json misses ${missing.length} optional package(s) other platforms need:`);
  for (const m of missing.slice(0, 20)) console.error('  ' + m);
  console.error(
    'Regenerate: cd frontend && rm -rf node_modules package-lock.json && npm install --package-lock-only && npm ci',
  );
  process.exit(1);
}
const platforms = Object.keys(packages).filter((p) => /binding-(darwin|win32)/.test(p)).length;
console.log(`package-lock.json: every optional package is locked (${platforms} macOS/Windows bindings).`);
