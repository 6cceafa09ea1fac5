/**
 * Where the content script's time goes while a portal page loads: a CPU profile (DevTools Profiler) of a fresh
 * 20-question (SVL_PROFILE_QUESTIONS) Jaggaer-style page, from navigation to 2.5 s after load, with an unminified build in a scratch folder
 * (SVL_NO_MINIFY). Prints the extension's self time by function and by source area. Not part of `npm run bench`:
 * run it when deciding what to cut.
 *
 *   npx tsx scripts/bench/profile-load.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOAD_URL, loadPageHtml } from './load-page';

const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'svl-profile-build-'));
process.env.SVL_OUT_DIR = OUT;
execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, SVL_NO_MINIFY: '1' } });
const { launchWithExtension } = await import('../../test/browser');

const QUESTIONS = Number(process.env.SVL_PROFILE_QUESTIONS ?? 20);
const html = loadPageHtml(QUESTIONS);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const RUNS = Number(process.env.SVL_BENCH_RUNS ?? 3);
const { context, userDataDir } = await launchWithExtension();
await context.route('**/*', (route) => route.fulfill({ contentType: 'text/html', body: html }));
const byFunction = new Map<string, number>();
/** Self time during the content script's module initialisation, by function (then by area below). */
const moduleInit = new Map<string, number>();
const leafKey = (frame: Node['callFrame']) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^chrome-extension:\/\/[a-p]+\//, '')}:${frame.lineNumber + 1}`;
const blocks: number[] = [];
let total = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(LOAD_URL, { waitUntil: 'load' });
    await page.waitForTimeout(2_500);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    };
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    /** Is any frame of this sample's stack in the extension (its script, or browser work it called)? */
    const inExtension = (id: number): boolean => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
        if (nodes.get(at)!.callFrame.url.startsWith('chrome-extension://')) return true;
      return false;
    };
    /**
     * Is this sample the content script's module initialisation (the bundle's top-level code and what it calls),
     * before and apart from `main`? The top-level code is the bundle's outermost function at line 1.
     */
    const inModuleInit = (leaf: number): boolean => {
      let outermost: Node | undefined;
      for (let at: number | undefined = leaf; at !== undefined; at = parent.get(at)) {
        const f = nodes.get(at)!.callFrame;
        if (!f.url.includes('content-scripts/content.js')) continue;
        if (f.functionName === 'main' || f.functionName === 'start' || f.functionName === 'scan') return false;
        outermost = nodes.get(at);
      }
      return outermost?.callFrame.lineNumber === 0 && outermost.callFrame.functionName === '';
    };
    // One pass: self time by function, and contiguous stretches of extension work (samples under 1 ms apart).
    let clock = 0;
    let start = -1;
    let end = -1;
    for (const [i, id] of profile.samples.entries()) {
      clock += (profile.timeDeltas[i] ?? 0) / 1000;
      if (inExtension(id)) {
        if (start >= 0 && clock - end < 1) end = clock;
        else {
          if (start >= 0) blocks.push(end - start);
          start = end = clock;
        }
      }
      const frame = nodes.get(id)!.callFrame;
      if (!frame.url.startsWith('chrome-extension://')) continue;
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      if (inModuleInit(id)) moduleInit.set(leafKey(frame), (moduleInit.get(leafKey(frame)) ?? 0) + ms);
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^chrome-extension:\/\/[a-p]+\//, '')}:${frame.lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
      total += ms;
    }
    if (start >= 0) blocks.push(end - start);
    await page.close();
  }
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
const content = fs.readFileSync(path.join(OUT, 'chrome-mv3', 'content-scripts', 'content.js'), 'utf8').split('\n');
/** The source module of a line in the unminified bundle: the nearest `// <path>` module comment above it. */
const regionOf = (key: string) => {
  const line = Number(key.split(':').at(-1));
  for (let i = line - 1; i >= 0; i--) {
    const m = /^\s*\/\/ ((?:lib|components|entrypoints|node_modules)\/\S+)$/.exec(content[i] ?? '');
    if (m) return m[1]!.replace(/^.*node_modules\//, 'npm:').replace(/\/[^/]+$/, '');
  }
  return '(unknown)';
};
const byArea = new Map<string, number>();
for (const [key, ms] of byFunction) byArea.set(regionOf(key), (byArea.get(regionOf(key)) ?? 0) + ms);
const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `  ${(ms / RUNS).toFixed(1).padStart(7)} ms  ${k}`);
console.log(
  `extension self time per load (mean of ${RUNS}), ${QUESTIONS}-question page, navigation to load + 2.5 s: ${(total / RUNS).toFixed(1)} ms`,
);
console.log(
  `longest stretches of extension work (ms, all loads): ${blocks
    .sort((a, b) => b - a)
    .slice(0, 8)
    .map((ms) => ms.toFixed(0))
    .join(', ')}`,
);
const initByArea = new Map<string, number>();
for (const [key, ms] of moduleInit) initByArea.set(regionOf(key), (initByArea.get(regionOf(key)) ?? 0) + ms);
console.log(
  `module initialisation (top-level code before main), by source area: ${([...moduleInit.values()].reduce((a, b) => a + b, 0) / RUNS).toFixed(1)} ms`,
);
console.log(top(initByArea, 10).join('\n'));
console.log(top(moduleInit, 12).join('\n'));
console.log('by source area:');
console.log(top(byArea, 15).join('\n'));
console.log('by function:');
console.log(top(byFunction, 45).join('\n'));
fs.rmSync(OUT, { recursive: true, force: true });
