/**
 * Store checks, run by `npm test` (scripts/test-all.mjs) and on its own with `npx tsx scripts/store-check.ts`:
 *
 * 1. `npm run zip:firefox` and `npm run zip` produce the store packages, and the sources zip Mozilla's reviewers
 *    rebuild from (package.json, the lockfile, the source; no node_modules, no build output).
 * 2. Mozilla's addons-linter on the Firefox package: no errors, and no warning that is not explained below (and in the
 *    README's "Store checks" section).
 * 3. The Chrome package's manifest, for the Chrome Web Store's rules: permissions exactly the justified list (each
 *    with a row in the README's permissions table), no remote code (no http(s) script URL anywhere in the manifest, a
 *    CSP without unsafe-eval or remote sources), host access only the portal patterns (plus the optional any-site
 *    permission asked for one site at a time on the user's click).
 *
 * Prints one line per check and "Store checks: N passed, N failed".
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { portalMatchPatterns } from '../lib/portals';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, process.env.SVL_OUT_DIR ?? '.output');

/** Every permission the Chrome build asks for, and why (the README's table says the same). */
export const PERMISSIONS: Record<string, string> = {
  storage: 'Your settings and corrections, in the browser profile (storage.local).',
  activeTab:
    'When you click the toolbar button, the popup may read the current tab\'s address (to offer "Use on this site").',
  scripting: 'Runs the content script on a site you added with "Use on this site".',
  sidePanel: "The drafts manager in Chrome's side panel.",
};
/** Optional host access: asked for one site at a time, only when the user chooses "Use on this site". */
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

/**
 * addons-linter warnings that are understood (see the README): code, the file they come from, how many, and why.
 * Both come from dependencies' code that never runs with anything from a page.
 */
const EXPLAINED_WARNINGS: Array<{ code: string; file: RegExp; count: number; why: string }> = [
  {
    code: 'DANGEROUS_EVAL',
    file: /^(background\.js|content-scripts\/content\.js|chunks\/[\w-]+\.js)$/,
    count: 3,
    why: 'zod 4 probes `Function("")` once to see whether it may compile its validators; the extension CSP forbids it, so zod validates without compiling',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(content-scripts\/content\.js|chunks\/[\w-]+\.js)$/,
    count: 2,
    why: "Preact's support for `dangerouslySetInnerHTML`, which no component of ours uses (text is always rendered as text)",
  },
];

let passed = 0;
let failed = 0;
function check(name: string, problems: string[]): void {
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ok    ${name}`);
  } else {
    failed += 1;
    console.log(`  FAIL  ${name}\n        ${problems.join('\n        ')}`);
  }
}

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function zips(): string[] {
  return fs.existsSync(OUT) ? fs.readdirSync(OUT).filter((f) => f.endsWith('.zip')) : [];
}
function zipNamed(kind: 'chrome' | 'firefox' | 'sources'): string | undefined {
  const name = zips().find((f) => f.endsWith(`-${kind}.zip`));
  return name && path.join(OUT, name);
}
const kB = (file: string) => `${(fs.statSync(file).size / 1024).toFixed(0)} kB`;

function checkSources(file: string | undefined): string[] {
  if (!file) return ['no sources zip'];
  const names = Object.keys(unzipSync(fs.readFileSync(file)));
  const problems: string[] = [];
  for (const needed of [
    'package.json',
    'package-lock.json',
    'wxt.config.ts',
    'tsconfig.json',
    'assets/icon.svg',
    'README.md',
  ]) {
    if (!names.includes(needed)) problems.push(`sources zip lacks ${needed}`);
  }
  for (const folder of ['entrypoints/', 'lib/', 'components/']) {
    if (!names.some((n) => n.startsWith(folder))) problems.push(`sources zip lacks ${folder}`);
  }
  const stray = names.filter((n) => /(^|\/)(node_modules|\.output[^/]*|\.wxt)\//.test(n));
  if (stray.length) problems.push(`sources zip holds build or dependency files: ${stray.slice(0, 3).join(', ')}…`);
  return problems;
}

function checkLinter(stdout: string): string[] {
  let report: {
    errors: Array<{ code: string; file?: string; message: string }>;
    warnings: Array<{ code: string; file?: string; message: string }>;
    summary: { errors: number; warnings: number; notices: number };
  };
  try {
    report = JSON.parse(stdout);
  } catch {
    return [`addons-linter printed no JSON report: ${stdout.slice(0, 200)}`];
  }
  const problems = report.errors.map((e) => `error ${e.code} in ${e.file ?? '?'}: ${e.message}`);
  const seen = new Map<(typeof EXPLAINED_WARNINGS)[number], number>();
  for (const w of report.warnings) {
    const known = EXPLAINED_WARNINGS.find((k) => k.code === w.code && k.file.test(w.file ?? ''));
    if (!known) problems.push(`unexplained warning ${w.code} in ${w.file ?? '?'}: ${w.message}`);
    else seen.set(known, (seen.get(known) ?? 0) + 1);
  }
  for (const known of EXPLAINED_WARNINGS) {
    if ((seen.get(known) ?? 0) > known.count)
      problems.push(`more ${known.code} warnings than the ${known.count} explained`);
  }
  console.log(
    `        addons-linter: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${EXPLAINED_WARNINGS.map((k) => `${seen.get(k) ?? 0} ${k.code}`).join(', ')}), ${report.summary.notices} notices`,
  );
  return problems;
}

function checkManifest(file: string | undefined): string[] {
  if (!file) return ['no Chrome zip'];
  const entries = unzipSync(fs.readFileSync(file));
  const raw = entries['manifest.json'];
  if (!raw) return ['the Chrome zip has no manifest.json'];
  const manifest = JSON.parse(Buffer.from(raw).toString('utf8')) as Record<string, unknown>;
  const problems: string[] = [];
  if (manifest.manifest_version !== 3) problems.push(`manifest_version ${String(manifest.manifest_version)}, not 3`);

  const permissions = (manifest.permissions as string[] | undefined) ?? [];
  const justified = Object.keys(PERMISSIONS);
  for (const p of permissions) if (!justified.includes(p)) problems.push(`permission "${p}" has no justification`);
  for (const p of justified)
    if (!permissions.includes(p))
      problems.push(`justified permission "${p}" is no longer asked for: drop it from the list`);
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const p of permissions)
    if (!readme.includes(`| \`${p}\``)) problems.push(`README permissions table has no row for \`${p}\``);

  const hosts = (manifest.host_permissions as string[] | undefined) ?? [];
  const portals = new Set(portalMatchPatterns());
  for (const h of hosts) if (!portals.has(h)) problems.push(`host permission "${h}" is not a portal pattern`);
  const optional = [
    ...((manifest.optional_host_permissions as string[] | undefined) ?? []),
    ...((manifest.optional_permissions as string[] | undefined) ?? []),
  ];
  for (const o of optional)
    if (!OPTIONAL_HOSTS.includes(o)) problems.push(`optional permission "${o}" is not justified`);
  for (const script of (manifest.content_scripts as Array<{ matches: string[] }> | undefined) ?? []) {
    for (const m of script.matches)
      if (!portals.has(m)) problems.push(`content script runs on "${m}", not a portal pattern`);
  }
  if (manifest.externally_connectable) problems.push('externally_connectable lets web pages message the extension');
  if (manifest.web_accessible_resources) problems.push('web_accessible_resources exposes files to web pages');

  // No remote code: nothing in the manifest loads a script from the network, and the CSP allows only the package.
  const text = JSON.stringify(manifest);
  const remote = text.match(/https?:\/\/[^"*]+\.js\b/g);
  if (remote) problems.push(`remote script URL in the manifest: ${remote.join(', ')}`);
  const csp = manifest.content_security_policy as { extension_pages?: string; sandbox?: string } | string | undefined;
  const policies = typeof csp === 'string' ? [csp] : Object.values(csp ?? {});
  for (const policy of policies) {
    if (/unsafe-eval|unsafe-inline|wasm-unsafe-eval/.test(policy))
      problems.push(`CSP allows eval or inline code: ${policy}`);
    if (/https?:|\*|data:|blob:/.test(policy.replace(/'[^']*'/g, '')))
      problems.push(`CSP allows a remote source: ${policy}`);
  }
  // And no packaged script pulls code from the network (an http(s) URL passed to import() or a script src).
  for (const [name, bytes] of Object.entries(entries)) {
    if (!name.endsWith('.js')) continue;
    const js = Buffer.from(bytes).toString('utf8');
    const hit = js.match(/import\(\s*["'`]https?:|importScripts\(\s*["'`]https?:|\.src\s*=\s*["'`]https?:[^"'`]*\.js/);
    if (hit) problems.push(`${name} loads code from the network: ${hit[0]}`);
  }
  return problems;
}

async function main(): Promise<number> {
  const started = Date.now();
  for (const old of zips()) fs.rmSync(path.join(OUT, old));

  const firefoxZip = await run('npm', ['run', '--silent', 'zip:firefox']);
  const ffZip = zipNamed('firefox');
  const sources = zipNamed('sources');
  check(
    `npm run zip:firefox makes the Firefox package${ffZip ? ` (${kB(ffZip)})` : ''} and the sources zip${sources ? ` (${kB(sources)})` : ''}`,
    firefoxZip.code === 0 && ffZip && sources
      ? []
      : [`exit ${firefoxZip.code}; zips: ${zips().join(', ') || 'none'}`, firefoxZip.stderr.slice(-400)],
  );
  check(
    'the sources zip has package.json, the lockfile and the source, and no node_modules or build output',
    checkSources(sources),
  );

  // The linter reads the Firefox package while the Chrome package is built and zipped.
  const linting = ffZip ? run('npx', ['addons-linter', '--output', 'json', ffZip]) : Promise.resolve(null);
  const chromeZip = await run('npm', ['run', '--silent', 'zip']);
  const chZip = zipNamed('chrome');
  check(
    `npm run zip makes the Chrome package${chZip ? ` (${kB(chZip)})` : ''}`,
    chromeZip.code === 0 && chZip ? [] : [`exit ${chromeZip.code}`, chromeZip.stderr.slice(-400)],
  );
  check('Chrome manifest: least privilege, no remote code, host access only on the portals', checkManifest(chZip));
  const lint = await linting;
  check(
    'addons-linter on the Firefox package: no errors, every warning explained',
    lint ? checkLinter(lint.stdout) : ['no Firefox package to lint'],
  );

  console.log(`\nStore checks: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return failed;
}

main().then(
  (n) => process.exit(n === 0 ? 0 : 1),
  (error) => {
    console.error(error);
    console.log('\nStore checks: 0 passed, 1 failed');
    process.exit(1);
  },
);
