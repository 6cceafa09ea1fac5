/**
 * What the content script (loaded on every portal page) is made of: builds once with SVL_BUNDLE_STATS into a scratch
 * output directory, then prints the script's size (raw and gzip) and its modules grouped by area, largest first.
 * Target: <= 60 kB gzip.
 *
 *   npx tsx scripts/bench/bundle-size.bench.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..', '..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'svl-bundle-'));
const stats = path.join(scratch, 'stats');
const out = path.join(scratch, 'out');
try {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, SVL_BUNDLE_STATS: stats, SVL_OUT_DIR: out },
  });
  const script = fs.readFileSync(path.join(out, 'chrome-mv3', 'content-scripts', 'content.js'));
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log(
    `content script: ${kb(script.length)} minified, ${kb(gzipSync(script, { level: 9 }).length)} gzip (target <= 60 kB gzip)`,
  );
  const { modules } = JSON.parse(fs.readFileSync(path.join(stats, 'content-scripts__content.js.json'), 'utf8')) as {
    modules: Array<{ id: string; rendered: number }>;
  };
  const area = (id: string) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
    if (pkg) return `npm: ${pkg[1]}`;
    const parts = id.replace(/^(\.\.\/)+/, '').split('/');
    return parts[0] === 'lib' && parts.length > 2
      ? `lib/${parts[1]}`
      : parts.length > 1
        ? parts.slice(0, -1).join('/') || parts[0]!
        : parts[0]!;
  };
  const groups = new Map<string, number>();
  for (const m of modules) groups.set(area(m.id), (groups.get(area(m.id)) ?? 0) + m.rendered);
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  console.log('  by area (rendered before minification, share of the whole):');
  for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${kb(bytes).padStart(9)}  ${((100 * bytes) / total).toFixed(0).padStart(3)}%  ${name}`);
  }
  console.log('  largest modules:');
  for (const m of modules.slice(0, 12))
    console.log(`  ${kb(m.rendered).padStart(9)}  ${m.id.replace(/^(\.\.\/)+/, '')}`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
