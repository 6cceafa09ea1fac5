/**
 * Page performance in real Chromium with the built extension (`.output/chrome-mv3`; built first if missing).
 *
 * 1. First scan of a generated Jaggaer-style page with 300 questions (about one in five on social value):
 *    the content script's own scan time, read back from the page's User Timing entry `svl-scan` (page.ts wraps
 *    the scan in performance.measure), median of several loads; and long tasks over 50 ms during load
 *    (PerformanceObserver 'longtask'), with and without the extension.
 * 2. Typing into a 2,000-word social value answer: the extension's work per keystroke (User Timing `svl-input`
 *    around the field's input handling, median) and the page's own input latency (keydown to the end of the next
 *    frame, median) with the extension and without it: two browser contexts side by side in one run, rounds
 *    interleaved; the baseline context has no extension.
 *
 * 3. Whole cost (CDP Performance.getMetrics, one fresh tab per load, with and without the extension in the same run,
 *    on the 300-question page and a 20-question page): extra ScriptDuration and TaskDuration from navigation to 2.5 s
 *    after load, long tasks over 50 ms, script per second while idle from 3 s to 13 s after load, and time from load
 *    until every visible social value field has its badge. Medians of SVL_BENCH_RUNS loads (default 3).
 *
 * Pages are generated here and served by request interception under a real portal host, so the extension's
 * shipped match patterns apply and nothing touches the network.
 * Targets: scan < 30 ms, per keystroke < 1 ms, latency within 10% of the baseline.
 *
 *   npx tsx scripts/bench/page-perf.bench.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM, EXTENSION_PATH, launchWithExtension } from '../../test/browser';

const HOST = 'https://crowncommercialservice.bravosolution.co.uk';
const SCAN_URL = `${HOST}/esop/toolkit/negotiation/rfq/detailRfqResponse.do?bench=scan`;
const TYPE_URL = `${HOST}/esop/toolkit/negotiation/rfq/detailRfqResponse.do?bench=type`;
const SCAN_RUNS = 7;
/** Keystrokes land at any point of a 16.7 ms frame: 400 a context keep the medians' noise near ±0.3 ms. */
const TYPE_ROUNDS = 10;
const KEYS_PER_ROUND = 40;

const WHOLE_URL = (questions: number) =>
  `${HOST}/esop/toolkit/negotiation/rfq/detailRfqResponse.do?bench=whole&q=${questions}`;
const WHOLE_RUNS = Number(process.env.SVL_BENCH_RUNS ?? 3);
const IDLE_FROM_MS = 3_000;
const IDLE_TO_MS = Number(process.env.SVL_BENCH_IDLE_TO ?? 13_000);

/**
 * Page-side probe for the whole-cost loads: long tasks, and the time (ms after load) when every social value
 * field visible at load has an overlay. A MutationObserver only (no polling), so the baseline pays nothing.
 */
const BADGE_PROBE = `<script>
window.__badges = null;
addEventListener('load', () => {
  const visible = [...document.querySelectorAll('textarea')].filter((t) => {
    const r = t.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && /social value/i.test(t.closest('tr')?.textContent || '');
  }).length;
  window.__visibleSv = visible;
  const check = () => {
    if (window.__badges !== null) return;
    if (document.querySelectorAll('svl-overlay').length >= visible) {
      window.__badges = performance.now() - performance.getEntriesByType('navigation')[0].loadEventStart;
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  check();
});
</script>`;

const HOSTILE_URL = (fields: number) =>
  `${HOST}/esop/toolkit/negotiation/rfq/detailRfqResponse.do?bench=hostile&q=${fields}`;
const HOSTILE_WATCH_MS = 6_000;
/** Page-side: the longest gap between 10 ms timer ticks from load for HOSTILE_WATCH_MS (a blocked main thread). */
const GAP_PROBE = `<script>
window.__maxGap = 0; window.__gapDone = false;
addEventListener('load', () => {
  let last = performance.now();
  const until = last + ${HOSTILE_WATCH_MS};
  const tick = () => {
    const now = performance.now();
    window.__maxGap = Math.max(window.__maxGap, now - last);
    last = now;
    if (now < until) setTimeout(tick, 10); else window.__gapDone = true;
  };
  setTimeout(tick, 10);
});
</script>`;

const TOPICS = [
  'manage the service desk and resolve incidents within the agreed times',
  'migrate the existing data and decommission the legacy platform',
  'keep personal data secure and meet UK GDPR obligations',
  "provide training to the authority's staff on the new system",
  'create jobs and apprenticeships for local people who face barriers to work, as part of social value',
];

/** Our own generated questionnaire: envelopes and tables, a question cell and an answer cell per row. */
function scanPage(questions: number, probe = ''): string {
  const rows: string[] = [];
  for (let i = 0; i < questions; i++) {
    if (i % 25 === 0)
      rows.push(`<tr><th colspan="3">${i / 25 + 1}. ${i % 50 === 0 ? 'Quality' : 'Social Value'}</th></tr>`);
    const topic = TOPICS[i % TOPICS.length]!;
    rows.push(
      `<tr><td>${Math.floor(i / 25) + 1}.${(i % 25) + 1}</td>` +
        `<td>Question ${i + 1}: describe how you will ${topic} during this contract. <span class="hint">Maximum 500 words.</span></td>` +
        `<td><textarea name="q_${i}" id="q_${i}" rows="3" maxlength="4000"></textarea></td></tr>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>itt_9001 - Response</title>${LONGTASK_PROBE}${probe}
<style>body{font:13px Arial,sans-serif;margin:0 16px}td,th{border:1px solid #ccd;padding:4px;vertical-align:top}textarea{width:98%}</style>
</head><body><h1>itt_9001 Generated questionnaire</h1><h2>Technical Envelope</h2><form><table>${rows.join('\n')}</table></form></body></html>`;
}

/** Many plain question blocks (a 100,000-row table takes the browser itself minutes to lay out). */
function blocksPage(fields: number, probe: string): string {
  const blocks: string[] = [];
  for (let i = 0; i < fields; i++) {
    blocks.push(
      `<div><label for="q_${i}">Question ${i + 1}: describe how you will ${TOPICS[i % TOPICS.length]}.</label><br><textarea id="q_${i}" rows="2"></textarea></div>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>itt_9003 - Response</title>${LONGTASK_PROBE}${probe}</head>
<body><h1>itt_9003 Generated questionnaire</h1><form>${blocks.join('\n')}</form></body></html>`;
}

/** A long answer in a social value field, with a page-side counter like a portal's own, and a latency probe. */
function typingPage(words: number): string {
  const sentence = 'We will recruit and train local people through paid placements and report progress every quarter.';
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    parts.push(sentence);
    count += sentence.split(' ').length;
  }
  const text = parts.join(' ').replace(/(\.) /g, (m, dot, offset) => (offset % 7 === 0 ? `${dot}\n` : m));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>itt_9002 - Response</title>
<style>body{font:13px Arial,sans-serif;margin:0 16px}textarea{width:90%;height:300px}</style></head><body>
<h1>itt_9002 Social value response</h1><h2>Social Value</h2>
<p><label for="answer">SV1. Describe how you will create employment and training opportunities for people in the local area who face barriers to work. Maximum 2500 words.</label></p>
<textarea id="answer" name="answer">${text}</textarea><p id="portal-count"></p>
<script>
  const field = document.getElementById('answer');
  const out = document.getElementById('portal-count');
  field.addEventListener('input', () => { out.textContent = (field.value.match(/\\S+/g) || []).length + ' words'; });
  window.__latencies = [];
  field.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - start), 0));
  });
</script></body></html>`;
}

const LONGTASK_PROBE = `<script>window.__longtasks=[];try{new PerformanceObserver((l)=>{for(const e of l.getEntries())window.__longtasks.push(e.duration)}).observe({type:'longtask',buffered:true})}catch(e){}</script>`;

const median = (values: number[]) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;

async function serve(context: BrowserContext): Promise<void> {
  const scan = scanPage(300);
  const type = typingPage(2000);
  const whole = { 300: scanPage(300, BADGE_PROBE), 20: scanPage(20, BADGE_PROBE) };
  const hostile = new Map<number, string>();
  await context.route(`${HOST}/**`, (route) => {
    const url = route.request().url();
    if (url.includes('bench=hostile')) {
      const fields = Number(new URL(url).searchParams.get('q'));
      if (!hostile.has(fields)) hostile.set(fields, blocksPage(fields, GAP_PROBE));
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostile.get(fields)! });
    }
    const body = url.includes('bench=type')
      ? type
      : url.includes('bench=whole')
        ? whole[url.endsWith('q=20') ? 20 : 300]
        : scan;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

async function baselineContext(): Promise<BrowserContext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svl-bench-base-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 900 },
    args: [
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

async function scanRun(
  page: Page,
  withExtension: boolean,
): Promise<{ scan: number | null; mount: number | null; fields: unknown; longtasks: number[] }> {
  await page.goto(SCAN_URL);
  if (withExtension)
    await page.waitForFunction(() => performance.getEntriesByName('svl-mount').length > 0, null, { timeout: 20_000 });
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const entry = performance.getEntriesByName('svl-scan')[0] as PerformanceMeasure | undefined;
    const mount = performance.getEntriesByName('svl-mount')[0] as PerformanceMeasure | undefined;
    return {
      scan: entry ? entry.duration : null,
      mount: mount ? mount.duration : null,
      fields: mount?.detail ?? null,
      longtasks: (window as unknown as { __longtasks: number[] }).__longtasks,
    };
  });
}

interface WholeCost {
  script: number;
  task: number;
  longtasks: number[];
  idleScriptPerSecond: number;
  badges: number | null;
}

/** One load in a fresh tab: CDP metrics from navigation to load + 2.5 s, then the idle window. Times in ms. */
async function wholeCostRun(context: BrowserContext, url: string): Promise<WholeCost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
      metrics: Array<{ name: string; value: number }>;
    };
    const get = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { script: get('ScriptDuration'), task: get('TaskDuration') };
  };
  const start = await metrics();
  await page.goto(url, { waitUntil: 'load' });
  const untilAfterLoad = async (ms: number) => {
    const wait = await page.evaluate(
      (after) => after + performance.getEntriesByType('navigation')[0]!.toJSON().loadEventStart - performance.now(),
      ms,
    );
    if (wait > 0) await page.waitForTimeout(wait);
  };
  await untilAfterLoad(2_500);
  const early = await metrics();
  await untilAfterLoad(IDLE_FROM_MS);
  const idleStart = await metrics();
  await untilAfterLoad(IDLE_TO_MS);
  const idleEnd = await metrics();
  const probe = await page.evaluate(() => {
    const w = window as unknown as { __longtasks: number[]; __badges: number | null };
    return { longtasks: w.__longtasks, badges: w.__badges };
  });
  await page.close();
  return {
    script: early.script - start.script,
    task: early.task - start.task,
    longtasks: probe.longtasks,
    // Our own two getMetrics calls and evaluate in the window cost the same in both contexts.
    idleScriptPerSecond: (idleEnd.script - idleStart.script) / ((IDLE_TO_MS - IDLE_FROM_MS) / 1000),
    badges: probe.badges,
  };
}

/**
 * Stop the extension's service worker, as the browser does after 30 s without events: the next portal page wakes it
 * (the content script's first message), which is what a bid writer meets after reading for a minute.
 */
async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const target of targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension:')))
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await cdp.detach();
}

/** One load, until the visible social value fields have their badges (the page's probe): ms after load, or null. */
async function badgeTime(context: BrowserContext, url: string): Promise<number | null> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const badges = await page
    .waitForFunction(() => (window as unknown as { __badges: number | null }).__badges, null, { timeout: 10_000 })
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => null);
  await page.close();
  return badges;
}

/** Time to badges on the 20-question page when the service worker was stopped before the load. */
async function coldServiceWorker(withExt: BrowserContext): Promise<void> {
  const badges: number[] = [];
  for (let run = 0; run < WHOLE_RUNS; run++) {
    await stopServiceWorker(withExt);
    const at = await badgeTime(withExt, WHOLE_URL(20));
    if (at !== null) badges.push(at);
  }
  console.log(
    `  with the service worker stopped before each load (woken by the page): badged ${badges.length ? ms(median(badges)) : 'never'} after load, median (${badges.length}/${WHOLE_RUNS} loads; target <= 300 ms)`,
  );
}

async function wholeCost(withExt: BrowserContext, without: BrowserContext): Promise<void> {
  for (const questions of [300, 20]) {
    const runs: Array<{ with: WholeCost; without: WholeCost }> = [];
    for (let run = 0; run < WHOLE_RUNS; run++) {
      runs.push({
        with: await wholeCostRun(withExt, WHOLE_URL(questions)),
        without: await wholeCostRun(without, WHOLE_URL(questions)),
      });
    }
    const med = (pick: (r: { with: WholeCost; without: WholeCost }) => number) => median(runs.map(pick));
    const scriptWith = med((r) => r.with.script);
    const scriptWithout = med((r) => r.without.script);
    const taskWith = med((r) => r.with.task);
    const taskWithout = med((r) => r.without.task);
    const extraScript = med((r) => r.with.script - r.without.script);
    const extraTask = med((r) => r.with.task - r.without.task);
    const longWith = runs.flatMap((r) => r.with.longtasks);
    const longWithout = runs.flatMap((r) => r.without.longtasks);
    const badges = runs.map((r) => r.with.badges).filter((b): b is number => b !== null);
    console.log(
      `whole cost, ${questions}-question page, median of ${WHOLE_RUNS} loads each (CDP Performance.getMetrics):`,
    );
    console.log(
      `  first 2.5 s after load: script with ${ms(scriptWith)}, without ${ms(scriptWithout)}, extra ${ms(extraScript)} (ratio ${(scriptWith / scriptWithout).toFixed(2)}; target extra <= 50 ms)`,
    );
    console.log(
      `  first 2.5 s after load: main-thread tasks with ${ms(taskWith)}, without ${ms(taskWithout)}, extra ${ms(extraTask)} (ratio ${(taskWith / taskWithout).toFixed(2)}; target extra <= 100 ms)`,
    );
    console.log(
      `  long tasks > 50 ms to ${IDLE_TO_MS / 1000} s: with ${longWith.length} (${longWith.map((d) => d.toFixed(0)).join(', ') || 'none'}), without ${longWithout.length} (${longWithout.map((d) => d.toFixed(0)).join(', ') || 'none'})`,
    );
    console.log(
      `  idle script ${IDLE_FROM_MS / 1000}-${IDLE_TO_MS / 1000} s after load, per second: with ${ms(med((r) => r.with.idleScriptPerSecond))}, without ${ms(med((r) => r.without.idleScriptPerSecond))} (target extra <= 1 ms/s)`,
    );
    console.log(
      `  visible social value fields badged: median ${badges.length ? ms(median(badges)) : 'never'} after load (${badges.length}/${runs.length} loads; target <= 300 ms)`,
    );
  }
}

/** Hostile pages (10,000 and 100,000 fields): the longest main-thread gap after load, and long tasks, with and without. */
async function hostilePages(withExt: BrowserContext, without: BrowserContext): Promise<void> {
  for (const fields of [10_000, 100_000]) {
    const results: Record<string, { gap: number; longtasks: number[]; loaded: number; scan: number | null }> = {};
    for (const [name, context] of [
      ['with', withExt],
      ['without', without],
    ] as const) {
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(HOSTILE_URL(fields), { waitUntil: 'load', timeout: 120_000 });
      const loaded = Date.now() - started;
      await page.waitForFunction(() => (window as unknown as { __gapDone: boolean }).__gapDone, null, {
        timeout: 120_000,
        polling: 500,
      });
      const probe = await page.evaluate((scanName) => {
        const w = window as unknown as { __maxGap: number; __longtasks: number[] };
        // The extension's own synchronous scans (User Timing it writes): the part of a gap that is certainly ours.
        const scans = performance.getEntriesByName(scanName).map((e) => e.duration);
        return { gap: w.__maxGap, longtasks: w.__longtasks, scan: scans.length ? Math.max(...scans) : null };
      }, 'svl-scan');
      results[name] = { ...probe, loaded };
      await page.close();
    }
    const w = results.with!;
    const wo = results.without!;
    const long = (r: { longtasks: number[] }) =>
      `${r.longtasks.length} (max ${r.longtasks.length ? Math.max(...r.longtasks).toFixed(0) : 0} ms)`;
    console.log(
      `hostile page, ${fields.toLocaleString('en-GB')} fields (load, then ${HOSTILE_WATCH_MS / 1000} s watched):`,
    );
    console.log(
      `  longest main-thread gap after load: with ${ms(w.gap)}, without ${ms(wo.gap)} (target: no gap over 100 ms caused by the extension); ` +
        `long tasks incl. load: with ${long(w)}, without ${long(wo)}; load took ${w.loaded} / ${wo.loaded} ms`,
    );
    console.log(`  the extension's longest scan (one synchronous slice): ${w.scan === null ? 'none' : ms(w.scan)}`);
  }
}

async function typeRound(page: Page): Promise<void> {
  await page.locator('#answer').click();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < KEYS_PER_ROUND; i++) await page.keyboard.type(i % 6 === 5 ? ' ' : 'a');
  await page.waitForTimeout(100);
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }
  const { context: withExt, userDataDir } = await launchWithExtension();
  const without = await baselineContext();
  await serve(withExt);
  await serve(without);
  try {
    // 1. First scan, median of several loads.
    const page = await withExt.newPage();
    const basePage = await without.newPage();
    const scans: number[] = [];
    const mounts: number[] = [];
    const longWith: number[] = [];
    const longWithout: number[] = [];
    let detail: unknown = null;
    for (let run = 0; run < SCAN_RUNS; run++) {
      const result = await scanRun(page, true);
      if (result.scan !== null) scans.push(result.scan);
      if (result.mount !== null) mounts.push(result.mount);
      detail = result.fields;
      longWith.push(...result.longtasks);
      longWithout.push(...(await scanRun(basePage, false)).longtasks);
    }
    console.log(`first scan, 300 questions (${JSON.stringify(detail)}), ${SCAN_RUNS} loads:`);
    console.log(
      `  median ${ms(median(scans))}  min ${ms(Math.min(...scans))}  max ${ms(Math.max(...scans))}  (target < 30 ms)`,
    );
    console.log(
      `  all overlays mounted (sessions started a few per frame, on-screen first): median ${ms(median(mounts))} after the scan began`,
    );
    console.log(
      `  long tasks > 50 ms during load: with extension ${longWith.length} (${longWith.map((d) => d.toFixed(0)).join(', ') || 'none'}), ` +
        `without ${longWithout.length} (${longWithout.map((d) => d.toFixed(0)).join(', ') || 'none'})`,
    );

    // 3. Whole cost, before the typing tabs exist.
    if (!process.env.SVL_BENCH_ONLY || process.env.SVL_BENCH_ONLY === 'whole') {
      await wholeCost(withExt, without);
      await coldServiceWorker(withExt);
    }
    if (!process.env.SVL_BENCH_ONLY || process.env.SVL_BENCH_ONLY === 'hostile') await hostilePages(withExt, without);

    // 2. Typing into a 2,000-word answer, both contexts, rounds interleaved.
    await page.goto(TYPE_URL);
    await page.waitForSelector('svl-overlay', { state: 'attached', timeout: 10_000 });
    await basePage.goto(TYPE_URL);
    for (let round = 0; round < TYPE_ROUNDS; round++) {
      await typeRound(page);
      await typeRound(basePage);
    }
    const perKey = await page.evaluate(() => performance.getEntriesByName('svl-input').map((e) => e.duration));
    const latWith = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
    const latWithout = await basePage.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
    const words = await page.evaluate(
      () => (document.getElementById('answer') as HTMLTextAreaElement).value.split(/\s+/).length,
    );
    console.log(`typing into a ${words}-word answer, ${TYPE_ROUNDS * KEYS_PER_ROUND} keystrokes per context:`);
    console.log(
      `  extension work per keystroke: median ${ms(median(perKey))}, p90 ${ms([...perKey].sort((a, b) => a - b)[Math.floor(perKey.length * 0.9)] ?? NaN)} over ${perKey.length} inputs (target <= 0.3 ms median, issue 14)`,
    );
    const ratio = median(latWith) / median(latWithout);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    console.log(
      `  page input latency (keydown to next frame), median: with extension ${ms(median(latWith))}, without ${ms(median(latWithout))}, ratio ${ratio.toFixed(3)} (target <= 1.05, issue 14); mean ${ms(mean(latWith))} / ${ms(mean(latWithout))}, ratio ${(mean(latWith) / mean(latWithout)).toFixed(3)}`,
    );
  } finally {
    await withExt.close();
    await without.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

await main();
