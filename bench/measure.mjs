// What `npm run bench` measures in a page, one function a figure; bench/run.mjs runs them and
// bench/pages/harness.js is their page side (`window.bench`).
import { readFileSync } from 'node:fs';
import { measure } from '../scripts/sizes.mjs';
import { at } from './serve.mjs';

const CYCLES = 1000;
const CYCLE_REASONS = 100;
const IDLE_SECONDS = 10;
export const SETTLE_SECONDS = 11;
const HIDDEN_SECONDS = 5;
const QUERY = 'reklamacij'; // ten key presses, then ten Backspaces
/** Scale figures: the median of eight fresh pages (an open takes one frame or two, so four were too few); key presses pooled. */
export const ROUNDS = 8;


export const median = (values) => quantile(values, 0.5);
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
export const round = (value, digits = 1) => (value == null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

export function sizes() {
  // The Slovenian chunk the drop-in loads (the library build has its own twin).
  const chunk = readFileSync(at('dist/wrapup-elements.js'), 'utf8').match(/\.\/(wrapup-elements\.sl-[\w-]+\.js)/)?.[1];
  return {
    dropIn: measure(at('dist/wrapup-elements.js')),
    library: measure(at('dist/index.js'), { bundle: true }),
    slovenian: chunk ? { file: `dist/${chunk}`, ...measure(at(`dist/${chunk}`)) } : null,
  };
}

async function openPage(context, origin, page) {
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(`${origin}/bench/pages/${page}`);
  await tab.waitForFunction(() => window.bench !== undefined);
  return { tab, errors };
}

/** Types {@link QUERY} into the focused field and deletes it again, key by key. */
async function typeQuery(tab) {
  for (const key of [...QUERY, ...Array(QUERY.length).fill('Backspace')]) {
    await tab.keyboard.press(key);
    await tab.waitForTimeout(60); // let the frame after each key be painted and measured
  }
}

/** Opening with 100, 1,000 and 10,000 reasons, then 20 key presses at 10,000, in fresh pages. */
async function scaleOnce(context, origin, page) {
  const result = { sizes: {} };
  for (const count of [100, 1000, 10000]) {
    const { tab, errors } = await openPage(context, origin, page);
    const set = await tab.evaluate((n) => window.bench.setup(n), count);
    // A wrap-up opens when a call ends, well after the page loaded: let both settle first.
    await tab.waitForTimeout(500);
    const open = await tab.evaluate(() => window.bench.open());
    const entry = { setMs: round(set.setMs), setLongTasks: set.longTasks, openMs: round(open.ms), openLongTasks: open.longTasks, options: open.options, shown: open.shown };
    if (count === 10000) {
      const since = await tab.evaluate(() => window.bench.focusSearch());
      await typeQuery(tab);
      entry.keys = await tab.evaluate((t) => window.bench.keyResults(t), since);
    }
    entry.errors = errors;
    result.sizes[count] = entry;
    await tab.close();
  }
  return result;
}

/**
 * Runs `action` in `tab` under a trace and returns the main thread's work between each pair of
 * marks `<name>-start-<n>` … `<name>-end-<n>` (`console.timeStamp` in bench/pages/harness.js):
 * the time the renderer's tasks ran, as one union of intervals (tasks may nest) clipped to the
 * pair. Unlike a time to the next frame, it is not rounded up to whole frames.
 */
async function traceWork(context, tab, name, action) {
  const cdp = await context.newCDPSession(tab);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
  await action();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  const marks = new Map();
  for (const event of events) {
    const message = event.name === 'TimeStamp' ? event.args?.data?.message : undefined;
    if (message?.startsWith(`${name}-`)) marks.set(message, event);
  }
  const work = [];
  for (let n = 0; marks.has(`${name}-start-${n}`); n += 1) {
    const [start, end] = [marks.get(`${name}-start-${n}`), marks.get(`${name}-end-${n}`)];
    if (!end) continue; // a key press whose input never came (none so far)
    const tasks = events
      .filter((event) => /(^|::)RunTask$/.test(event.name) && event.ph === 'X' && event.pid === start.pid && event.tid === start.tid)
      .map((task) => [Math.max(task.ts, start.ts), Math.min(task.ts + task.dur, end.ts)])
      .filter(([from, to]) => to > from)
      .sort((a, b) => a[0] - b[0]);
    let busy = 0;
    let reached = start.ts;
    for (const [from, to] of tasks) {
      busy += Math.max(0, to - Math.max(from, reached));
      reached = Math.max(reached, to);
    }
    work.push(busy / 1000);
  }
  return work;
}

/** The main thread's work in one open at 10,000 reasons, in a fresh page under a trace. */
async function openWork(context, origin, page) {
  const { tab } = await openPage(context, origin, page);
  await tab.evaluate((n) => window.bench.setup(n), 10000);
  await tab.waitForTimeout(500);
  const [work] = await traceWork(context, tab, 'bench-open', () => tab.evaluate(() => window.bench.open()));
  await tab.close();
  return work ?? null;
}

/**
 * The main thread's work of each key press at 10,000 reasons (from the key's event to the
 * painted frame after its input), in a fresh page under a trace. `page` without `setup` (the
 * floor) is typed into as it is.
 */
async function keyWork(context, origin, page) {
  const { tab } = await openPage(context, origin, page);
  if (page !== 'floor.html') {
    await tab.evaluate((n) => window.bench.setup(n), 10000);
    await tab.waitForTimeout(500);
    await tab.evaluate(() => window.bench.open());
  }
  await tab.evaluate(() => window.bench.focusSearch());
  const work = await traceWork(context, tab, 'bench-key', () => typeQuery(tab));
  await tab.close();
  return work;
}

/** How long a page is left idle before {@link openWithList} measures `setOpenMs`. */
export const IDLE_BEFORE_OPEN_MS = 3000;

/**
 * An open as hosts do it, in a fresh page: create the element, set 10,000 reasons, append it and
 * open it in one task, timed to the painted frame that first shows rows. `idleMs` 0: as the
 * page's module runs (`firstOpenMs`: a desktop just loaded or reloaded); else after the page was
 * idle that long ({@link IDLE_BEFORE_OPEN_MS}: `setOpenMs`).
 */
async function openWithList(context, origin, page, idleMs) {
  const { tab, errors } = await openPage(context, origin, idleMs ? page : `${page}#first-open`);
  if (idleMs) await tab.waitForTimeout(idleMs);
  // (Just loaded: the page opened it as its module ran; see the end of bench/pages/harness.js.)
  const result = await tab.evaluate((n) => window.firstOpen ?? window.bench.openWithList(n), 10000);
  await tab.close();
  return { ...result, errors };
}

/** One round for `page`: {@link scaleOnce}, and the main thread's work of an open and of the key presses, each in fresh pages. */
export async function scaleRound(context, origin, page) {
  return {
    once: await scaleOnce(context, origin, page),
    openWork: await openWork(context, origin, page),
    keyWorks: await keyWork(context, origin, page),
    firstOpen: await openWithList(context, origin, page, 0),
    setOpen: await openWithList(context, origin, page, IDLE_BEFORE_OPEN_MS),
  };
}

/** One page's rounds ({@link scaleRound}) as medians of the times, key presses pooled. */
export function scaleResult(rounds) {
  const result = { rounds: rounds.length, sizes: {} };
  for (const count of [100, 1000, 10000]) {
    const all = rounds.map((r) => r.once.sizes[count]);
    const sum = (pick) => ({ count: all.reduce((n, e) => n + pick(e).count, 0), totalMs: all.reduce((n, e) => n + pick(e).totalMs, 0) });
    const entry = {
      setMs: round(median(all.map((e) => e.setMs))),
      setMsEach: all.map((e) => e.setMs),
      setLongTasks: sum((e) => e.setLongTasks),
      openMs: round(median(all.map((e) => e.openMs))),
      openMsEach: all.map((e) => e.openMs),
      openLongTasks: sum((e) => e.openLongTasks),
      options: Math.max(...all.map((e) => e.options)),
      shown: all.every((e) => e.shown),
      errors: all.flatMap((e) => e.errors),
    };
    if (count === 10000) {
      const work = rounds.map((r) => r.openWork);
      entry.openWorkMs = round(median(work.filter((ms) => ms !== null)));
      entry.openWorkMsEach = work.map((ms) => round(ms));
      for (const path of ['firstOpen', 'setOpen']) {
        const opens = rounds.map((r) => r[path]);
        entry[`${path}Ms`] = round(median(opens.map((open) => open.ms)));
        entry[`${path}MsEach`] = opens.map((open) => round(open.ms));
        entry[`${path}Frames`] = opens.map((open) => open.frames);
        entry.errors.push(...opens.flatMap((open) => open.errors));
      }
      const latencies = all.flatMap((e) => e.keys.latencies);
      entry.keys = {
        work: workFigures(rounds.flatMap((r) => r.keyWorks)),
        presses: latencies.length,
        medianMs: round(median(latencies)),
        p95Ms: round(quantile(latencies, 0.95)),
        maxMs: round(Math.max(...latencies)),
        longTasks: sum((e) => e.keys.longTasks),
        optionsAfter: all[0].keys.options,
      };
    }
    result.sizes[count] = entry;
  }
  return result;
}

/** Median, p95 and largest of the key presses' main-thread work. */
const workFigures = (works) => ({ presses: works.length, medianMs: round(median(works)), p95Ms: round(quantile(works, 0.95)), maxMs: round(Math.max(...works)) });

/**
 * The same key presses in a plain `<input>`, opens of a plain `<dialog>`, and a page just loaded
 * that shows a plain dialog of 13 options ({@link ROUNDS} fresh pages each).
 */
export async function floor(context, origin) {
  const latencies = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const { tab } = await openPage(context, origin, 'floor.html');
    await tab.evaluate(() => window.bench.focusSearch());
    await typeQuery(tab);
    latencies.push(...(await tab.evaluate(() => window.bench.latencies())));
    await tab.close();
  }
  const works = [];
  for (let i = 0; i < ROUNDS; i += 1) works.push(...(await keyWork(context, origin, 'floor.html')));
  const opens = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const { tab } = await openPage(context, origin, 'floor.html');
    await tab.waitForTimeout(500);
    opens.push(await tab.evaluate(() => window.bench.open()));
    await tab.close();
  }
  const firstOpens = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const { tab } = await openPage(context, origin, 'floor.html#first-open');
    firstOpens.push((await tab.evaluate(() => window.firstOpen)).ms);
    await tab.close();
  }
  return {
    work: workFigures(works),
    presses: latencies.length,
    medianMs: round(median(latencies)),
    p95Ms: round(quantile(latencies, 0.95)),
    maxMs: round(Math.max(...latencies)),
    openMs: round(median(opens)),
    openMsEach: opens.map(round),
    firstOpenMs: round(median(firstOpens)),
    firstOpenMsEach: firstOpens.map(round),
  };
}

/**
 * Wake-ups and script time per second while visible, and wake-ups while hidden. Script time is
 * the CPU profiler's (samples in JavaScript and its garbage collection, every 100 µs): CDP's
 * `ScriptDuration` leaves out what runs after an `await` (an `async` function's continuation,
 * as every Lit update is: 1.4 ms counted of 36.8 ms of such work in a probe), so it counted the
 * elements' updates out.
 */
export async function idle(context, origin, page) {
  const { tab, errors } = await openPage(context, origin, page);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const wakeups = async () => ({ wakeups: await tab.evaluate(() => window.__benchWakeups.count), at: Date.now() });
  await tab.waitForTimeout(1500); // past start-up and the first renders
  const elements = await tab.evaluate(() => window.bench.elements());
  await cdp.send('Profiler.start');
  const start = await wakeups();
  await tab.waitForTimeout(IDLE_SECONDS * 1000);
  const end = await wakeups();
  const { profile } = await cdp.send('Profiler.stop');
  await tab.evaluate(() => window.bench.setHidden(true));
  const hiddenStart = await wakeups();
  await tab.waitForTimeout(HIDDEN_SECONDS * 1000);
  const hiddenEnd = await wakeups();
  await tab.evaluate(() => window.bench.setHidden(false));
  await tab.close();
  const seconds = (end.at - start.at) / 1000;
  const hiddenSeconds = (hiddenEnd.at - hiddenStart.at) / 1000;
  return {
    elements,
    seconds: round(seconds),
    wakeupsPerSecond: round((end.wakeups - start.wakeups) / seconds, 2),
    scriptMsPerSecond: round(scriptMs(profile) / seconds, 2),
    hiddenSeconds: round(hiddenSeconds),
    hiddenWakeups: hiddenEnd.wakeups - hiddenStart.wakeups,
    errors,
  };
}

/** Milliseconds a CPU profile's samples spent in JavaScript (not idle, not the browser's own work). */
function scriptMs({ nodes, samples, timeDeltas }) {
  const outside = new Set(nodes.filter(({ callFrame }) => ['(idle)', '(program)', '(root)'].includes(callFrame.functionName)).map(({ id }) => id));
  // A sample's time is the delta to the next one.
  return samples.reduce((sum, id, i) => (outside.has(id) ? sum : sum + (timeDeltas[i + 1] ?? 0) / 1000), 0);
}

/** `CYCLES` create → open → choose → (submit) → remove cycles; heap after GC at 10 and at the end. */
export async function memory(context, origin, page) {
  const { tab, errors } = await openPage(context, origin, page);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const listeners = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    return (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.length;
  };
  const started = Date.now();
  await tab.evaluate(([n, r]) => window.bench.cycles(n, r), [10, CYCLE_REASONS]);
  const heapAt10 = await heap();
  const listenersAt10 = (await listeners('window')) + (await listeners('document'));
  await tab.evaluate(([n, r]) => window.bench.cycles(n, r), [CYCLES / 2 - 10, CYCLE_REASONS]);
  const heapAtHalf = await heap();
  await tab.evaluate(([n, r]) => window.bench.cycles(n, r), [CYCLES / 2, CYCLE_REASONS]);
  const heapAtEnd = await heap();
  // Work still in flight after the last cycle (ours: each finished wrap-up holds its shared
  // "done" Web Lock for 10 s) is released after a while; measure again once it has been.
  await tab.waitForTimeout(SETTLE_SECONDS * 1000);
  const heapSettled = await heap();
  const listenersAtEnd = (await listeners('window')) + (await listeners('document'));
  // Instances still alive after every element was removed: detached, or leaked.
  const { result: prototypes } = await cdp.send('Runtime.evaluate', { expression: 'window.bench.prototypes()' });
  const { result: list } = await cdp.send('Runtime.getProperties', { objectId: prototypes.objectId, ownProperties: true });
  const alive = [];
  for (const property of list.filter((p) => p.name.startsWith('<'))) {
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: property.value.objectId });
    const { result: length } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    alive.push({ element: property.name, instances: length.value });
  }
  const seconds = (Date.now() - started) / 1000;
  await tab.close();
  return {
    cycles: CYCLES,
    reasons: CYCLE_REASONS,
    seconds: round(seconds),
    heapAt10: heapAt10,
    heapAtEnd: heapAtEnd,
    heapAtHalf,
    growthKB: round((heapAtEnd - heapAt10) / 1024),
    secondHalfGrowthKB: round((heapAtEnd - heapAtHalf) / 1024),
    heapSettled,
    settledGrowthKB: round((heapSettled - heapAt10) / 1024),
    liveInstances: alive,
    listenersAt10,
    listenersAtEnd,
    errors,
  };
}
