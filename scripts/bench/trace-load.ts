/**
 * Which main-thread tasks a portal page load costs with the extension, and what fills them: a Chrome trace
 * (devtools.timeline) of the built extension (`.output/chrome-mv3`) on a fresh 20-question Jaggaer-style page, from
 * navigation to 2.5 s after load. Prints every task over 30 ms with its work by kind (script evaluation, compile,
 * function calls, style, layout), marking the parts in the extension's own script. Not part of `npm run bench`: run it
 * when a long task appears in the whole-cost figures.
 *
 *   npx tsx scripts/bench/trace-load.ts            (SVL_TRACE_WITHOUT=1: the same page with no extension)
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, launchWithExtension } from '../../test/browser';
import { LOAD_URL, loadPageHtml } from './load-page';

const QUESTIONS = Number(process.env.SVL_TRACE_QUESTIONS ?? 20);
const html = loadPageHtml(QUESTIONS);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string } };
}

const without = process.env.SVL_TRACE_WITHOUT === '1';
const launched = without
  ? {
      context: await (
        await chromium.launch({
          executablePath: CHROMIUM,
          args: ['--host-resolver-rules=MAP * 127.0.0.1', '--no-sandbox', '--disable-gpu'],
        })
      ).newContext({ viewport: { width: 1100, height: 900 } }),
      userDataDir: null,
    }
  : await launchWithExtension();
const { context } = launched;
await context.route('**/*', (route) => route.fulfill({ contentType: 'text/html', body: html }));
// A first load wakes the service worker and warms the browser's caches, as on a bid writer's second page.
const warm = await context.newPage();
await warm.goto(LOAD_URL, { waitUntil: 'load' });
await warm.waitForTimeout(1_000);
await warm.close();

const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: {
    includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel', 'blink'],
  },
});
await page.goto(LOAD_URL, { waitUntil: 'load' });
await page.waitForTimeout(2_500);
await cdp.send('Tracing.end');
await complete;
const browser = context.browser();
await context.close();
// Without the extension the browser was launched here, not by a persistent context: close it too, or the run never exits.
await browser?.close();
if (launched.userDataDir) fs.rmSync(launched.userDataDir, { recursive: true, force: true });

/** The page's renderer main thread: of the renderer main threads in the trace, the one that parsed the page. */
const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const busiest = (t: TraceEvent) =>
  events.filter(
    (e) =>
      e.pid === t.pid &&
      e.tid === t.tid &&
      e.name === 'ParseHTML' &&
      JSON.stringify(e.args ?? {}).includes('detailRfqResponse'),
  ).length;
const mainThread = mains.sort((a, b) => busiest(b) - busiest(a))[0];
const onMain = events.filter((e) => mainThread && e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X');
const nested = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
/** Outermost tasks only (the scheduler's task and the thread controller's wrap each other). */
const tasks = nested.filter(
  (t) =>
    !nested.some(
      (o) => o !== t && o.ts <= t.ts && o.ts + (o.dur ?? 0) >= t.ts + (t.dur ?? 0) && (o.dur ?? 0) > (t.dur ?? 0),
    ),
);
const isExtension = (e: TraceEvent) => (e.args?.data?.url ?? '').startsWith('chrome-extension://');
const KINDS = [
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'UpdateLayoutTree',
  'Layout',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'PrePaint',
  'Paint',
  'v8.run',
  'V8.GCScavenger',
  'MajorGC',
  'MinorGC',
];
let total = 0;
let extensionTotal = 0;
const long = [];
for (const task of tasks) {
  const end = task.ts + (task.dur ?? 0);
  const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
  const ext = inside.filter((e) => isExtension(e) && (e.name === 'EvaluateScript' || e.name === 'FunctionCall'));
  const extMs = ext.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  total += (task.dur ?? 0) / 1000;
  extensionTotal += extMs;
  if ((task.dur ?? 0) / 1000 < 30) continue;
  const byKind = new Map<string, number>();
  for (const e of inside)
    if (KINDS.includes(e.name)) byKind.set(e.name, (byKind.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  // A task none of whose work is of a listed kind: name its outermost parts instead.
  if (byKind.size === 0) {
    const contains = (o: TraceEvent, e: TraceEvent) =>
      o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.dur ?? 0) > (e.dur ?? 0);
    for (const e of inside.filter((e) => !inside.some((o) => contains(o, e))))
      byKind.set(e.name, (byKind.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  long.push(
    `  ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms task, extension script ${extMs.toFixed(1)} ms: ${[
      ...byKind,
    ]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 7)
      .map(([k, ms]) => `${k} ${ms.toFixed(1)}`)
      .join(', ')}`,
  );
}
console.log(
  `${without ? 'without' : 'with'} the extension, ${QUESTIONS}-question page: ${tasks.length} main-thread tasks, ${total.toFixed(0)} ms in all, ${extensionTotal.toFixed(1)} ms of it the extension's script (evaluation and calls)`,
);
/** Rendering and engine work over the whole window, by kind (these kinds do not nest in one another). */
const RENDERING = [
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'MinorGC',
  'MajorGC',
];
const totals = RENDERING.map(
  (kind) =>
    `${kind} ${(onMain.filter((e) => e.name === kind).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000).toFixed(1)}`,
);
console.log(`by kind (ms): ${totals.join(', ')}`);
const evaluation = onMain.filter((e) => e.name === 'EvaluateScript' && isExtension(e));
for (const e of evaluation) {
  const end = e.ts + (e.dur ?? 0);
  const parts = onMain.filter(
    (c) => c.ts >= e.ts && c.ts + (c.dur ?? 0) <= end && (c.name === 'v8.compile' || c.name === 'v8.run'),
  );
  console.log(
    `content script evaluation: ${((e.dur ?? 0) / 1000).toFixed(1)} ms (${parts.map((c) => `${c.name} ${((c.dur ?? 0) / 1000).toFixed(1)}`).join(', ')})`,
  );
}
/** Every task's time by its outermost parts (what a task runs directly), to compare runs with and without. */
const byPart = new Map<string, { ms: number; count: number }>();
for (const task of tasks) {
  const end = task.ts + (task.dur ?? 0);
  const WRAPPERS = ['RunTask', 'ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint'];
  const inside = onMain.filter(
    (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && e.dur && !WRAPPERS.includes(e.name),
  );
  const outermost = inside.filter(
    (e) =>
      !inside.some(
        (o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.dur ?? 0) > (e.dur ?? 0),
      ),
  );
  let covered = 0;
  for (const e of outermost) {
    const name = e.name;
    const entry = byPart.get(name) ?? { ms: 0, count: 0 };
    entry.ms += (e.dur ?? 0) / 1000;
    entry.count += 1;
    byPart.set(name, entry);
    covered += (e.dur ?? 0) / 1000;
  }
  const rest = byPart.get('(task overhead)') ?? { ms: 0, count: 0 };
  rest.ms += Math.max(0, (task.dur ?? 0) / 1000 - covered);
  rest.count += 1;
  byPart.set('(task overhead)', rest);
}
console.log(
  `tasks' time by outermost part (ms, count): ${[...byPart]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 14)
    .map(([name, { ms, count }]) => `${name} ${ms.toFixed(1)} (${count})`)
    .join(', ')}`,
);
console.log(`tasks over 30 ms (${long.length}):`);
console.log(long.join('\n'));

/** SVL_TRACE_DETAIL=<event name>: that event's time by its direct parts, summed over the window (ms, count). */
const detail = process.env.SVL_TRACE_DETAIL;
if (detail) {
  const parents = onMain.filter((e) => e.name === detail);
  const parts = new Map<string, { ms: number; count: number }>();
  for (const parent of parents) {
    const end = parent.ts + (parent.dur ?? 0);
    const inside = onMain.filter((e) => e !== parent && e.ts >= parent.ts && e.ts + (e.dur ?? 0) <= end && e.dur);
    for (const e of inside) {
      if (
        inside.some(
          (o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.dur ?? 0) > (e.dur ?? 0),
        )
      )
        continue;
      const entry = parts.get(e.name) ?? { ms: 0, count: 0 };
      entry.ms += (e.dur ?? 0) / 1000;
      entry.count += 1;
      parts.set(e.name, entry);
    }
  }
  const total = parents.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  console.log(
    `${detail}: ${total.toFixed(1)} ms in ${parents.length}; by direct part: ${[...parts]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 16)
      .map(([name, { ms, count }]) => `${name} ${ms.toFixed(1)} (${count})`)
      .join(', ')}`,
  );
}
