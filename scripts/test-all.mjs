#!/usr/bin/env node
// Every check, in order: typecheck, lint, unit tests, Firefox build and its smoke suite in Firefox ESR, store checks
// (zips, addons-linter, Chrome manifest rules), Chrome build,
// end-to-end tests in Chromium.
// Prints one closing line "N passed, N failed" (CI reads it); exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureChromium, ensurePython3 } from './ensure-debian-packages.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'svl-test-'));
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`=== ${label}: exit ${result.status} in ${seconds} s`);
  return result.status === 0;
}

function step(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
// Layering (lib/ imports no browser API, component or entrypoint), import cycles and correctness rules: biome.json.
step('lint', 'npx', ['biome', 'lint']);
step('format check', 'npx', ['biome', 'format', '.']);

// The corpus test (test/unit/corpus-scripts.test.ts) runs the batch scripts with python3.
try {
  ensurePython3();
} catch (error) {
  console.error(String(error));
}

const vitestJson = path.join(tmp, 'vitest.json');
const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (fs.existsSync(vitestJson)) {
  const report = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} unit test(s)`);
  if (!unitOk && report.numFailedTests === 0) {
    failed += 1;
    failures.push('unit test run');
  }
} else {
  failed += 1;
  failures.push('unit test run (no report)');
}

const firefoxBuilt = run('Firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (firefoxBuilt) passed += 1;
else {
  failed += 1;
  failures.push('Firefox build');
}

// Firefox smoke suite (test/firefox/smoke.ts): Firefox ESR over WebDriver BiDi with the Firefox build installed.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (firefoxBuilt && fs.existsSync(FIREFOX)) {
  const started = Date.now();
  console.log('\n=== e2e smoke (Firefox): npx tsx test/firefox/smoke.ts');
  const result = spawnSync('npx', ['tsx', 'test/firefox/smoke.ts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(result.stdout ?? '');
  console.log(`=== e2e smoke (Firefox): exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const counts = /Firefox smoke: (\d+) passed, (\d+) failed/.exec(result.stdout ?? '');
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
    if (Number(counts[2]) > 0) failures.push(`${counts[2]} Firefox smoke test(s)`);
  }
  if (!counts || (result.status !== 0 && Number(counts[2]) === 0)) {
    failed += 1;
    failures.push('Firefox smoke run');
  }
} else {
  failed += 1;
  failures.push(firefoxBuilt ? `Firefox smoke not run: no ${FIREFOX}` : 'Firefox smoke not run: no Firefox build');
}
// Store checks (scripts/store-check.ts): the store zips and sources zip, addons-linter, the Chrome manifest's rules.
{
  const started = Date.now();
  console.log('\n=== store checks: npx tsx scripts/store-check.ts');
  const result = spawnSync('npx', ['tsx', 'scripts/store-check.ts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(result.stdout ?? '');
  console.log(`=== store checks: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const counts = /Store checks: (\d+) passed, (\d+) failed/.exec(result.stdout ?? '');
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
    if (Number(counts[2]) > 0) failures.push(`${counts[2]} store check(s)`);
  }
  if (!counts || (result.status !== 0 && Number(counts[2]) === 0)) {
    failed += 1;
    failures.push('store check run');
  }
}
const chromeBuilt = run('Chrome build', 'npx', ['wxt', 'build']);
if (chromeBuilt) passed += 1;
else {
  failed += 1;
  failures.push('Chrome build');
}

let chromiumReady = false;
try {
  ensureChromium();
  chromiumReady = true;
} catch (error) {
  console.error(String(error));
}

if (chromeBuilt && chromiumReady) {
  const playwrightJson = path.join(tmp, 'playwright.json');
  const e2eOk = run('e2e tests (Chromium)', 'npx', ['playwright', 'test'], { PW_JSON_OUTPUT: playwrightJson });
  if (fs.existsSync(playwrightJson)) {
    const { stats } = JSON.parse(fs.readFileSync(playwrightJson, 'utf8'));
    passed += stats.expected;
    failed += stats.unexpected + stats.flaky;
    if (stats.unexpected + stats.flaky > 0) failures.push(`${stats.unexpected + stats.flaky} e2e test(s)`);
    if (stats.skipped > 0) {
      failed += stats.skipped;
      failures.push(`${stats.skipped} skipped e2e test(s): skipping is not allowed`);
    }
    if (!e2eOk && stats.unexpected === 0) {
      failed += 1;
      failures.push('e2e run');
    }
  } else {
    failed += 1;
    failures.push('e2e run (no report)');
  }
} else {
  failures.push(chromeBuilt ? 'e2e not run: no Chromium' : 'e2e not run: no Chrome build');
  failed += 1;
}

fs.rmSync(tmp, { recursive: true, force: true });
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
