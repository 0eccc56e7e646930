// `npm run bench`: size, scale, idle cost and memory of the elements, side by side with the
// component a host would otherwise pick, in Debian's Chromium. Prints a table, writes
// bench/results.json, and with `--readme` puts the table in docs/performance.md.
//
// Absolute times move from run to run on a shared machine; the ratios to a peer measured in the
// same run are the figures to compare.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../e2e/chromium.mjs';
import { measure } from '../scripts/sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => join(root, path);
const CYCLES = 1000;
const CYCLE_REASONS = 100;
const IDLE_SECONDS = 10;
const SETTLE_SECONDS = 11;
const HIDDEN_SECONDS = 5;
const QUERY = 'reklamacij'; // ten key presses, then ten Backspaces
const ROUNDS = 8; // scale figures: the median of eight fresh pages (an open takes one frame or two, so four were too few); key presses pooled

// ── build ─────────────────────────────────────────────────────────────────────────────────

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function buildIfStale() {
  let built = 0;
  try {
    built = statSync(at('dist/wrapup-elements.js')).mtimeMs;
  } catch {
    // not built yet
  }
  const sources = Math.max(...['src', 'locales', 'vite.config.ts', 'package.json'].map((path) => newest(at(path))));
  if (built > sources) return;
  console.log('dist/ is older than the sources: npm run build');
  execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
}

/** The peers' pages import npm packages: bundle them (the peers' code as published, minified). */
async function bundlePeers() {
  await build({
    entryPoints: [at('bench/pages/vaadin.js'), at('bench/pages/idle-relative-time.js')],
    outdir: at('bench/.build'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
}

// ── the page server ───────────────────────────────────────────────────────────────────────

const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.map': 'application/json' };

async function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (req.method === 'POST') return res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    if (!/^\/(dist|bench\/pages|bench\/\.build)\//.test(path)) return res.writeHead(404).end();
    try {
      res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(at(path)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

// ── measurements ──────────────────────────────────────────────────────────────────────────

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const round = (value, digits = 1) => (value == null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

function sizes() {
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

/** One round for `page`: {@link scaleOnce}, and the main thread's work of an open and of the key presses, each in fresh pages. */
async function scaleRound(context, origin, page) {
  return { once: await scaleOnce(context, origin, page), openWork: await openWork(context, origin, page), keyWorks: await keyWork(context, origin, page) };
}

/** One page's rounds ({@link scaleRound}) as medians of the times, key presses pooled. */
function scaleResult(rounds) {
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

/** The same key presses in a plain `<input>`, and opens of a plain `<dialog>` ({@link ROUNDS} fresh pages each). */
async function floor(context, origin) {
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
  return {
    work: workFigures(works),
    presses: latencies.length,
    medianMs: round(median(latencies)),
    p95Ms: round(quantile(latencies, 0.95)),
    maxMs: round(Math.max(...latencies)),
    openMs: round(median(opens)),
    openMsEach: opens.map(round),
  };
}

/** Wake-ups and script time per second while visible, and wake-ups while hidden. */
async function idle(context, origin, page) {
  const { tab, errors } = await openPage(context, origin, page);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  const reading = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const script = metrics.find((metric) => metric.name === 'ScriptDuration').value;
    return { wakeups: await tab.evaluate(() => window.__benchWakeups.count), scriptMs: script * 1000, at: Date.now() };
  };
  await tab.waitForTimeout(1500); // past start-up and the first renders
  const elements = await tab.evaluate(() => window.bench.elements());
  const start = await reading();
  await tab.waitForTimeout(IDLE_SECONDS * 1000);
  const end = await reading();
  await tab.evaluate(() => window.bench.setHidden(true));
  const hiddenStart = await reading();
  await tab.waitForTimeout(HIDDEN_SECONDS * 1000);
  const hiddenEnd = await reading();
  await tab.evaluate(() => window.bench.setHidden(false));
  await tab.close();
  const seconds = (end.at - start.at) / 1000;
  const hiddenSeconds = (hiddenEnd.at - hiddenStart.at) / 1000;
  return {
    elements,
    seconds: round(seconds),
    wakeupsPerSecond: round((end.wakeups - start.wakeups) / seconds, 2),
    scriptMsPerSecond: round((end.scriptMs - start.scriptMs) / seconds, 2),
    hiddenSeconds: round(hiddenSeconds),
    hiddenWakeups: hiddenEnd.wakeups - hiddenStart.wakeups,
    errors,
  };
}

/** `CYCLES` create → open → choose → (submit) → remove cycles; heap after GC at 10 and at the end. */
async function memory(context, origin, page) {
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

// ── the table ─────────────────────────────────────────────────────────────────────────────

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const ms = (value) => (value == null ? '–' : `${value} ms`);
const ratio = (ours, peer) => (ours == null || !peer ? '–' : `${(ours / peer).toFixed(2)}×`);

function table(results) {
  const { size, scale: sc, idle: id, memory: mem } = results;
  const us = sc.ours.sizes;
  const peer = sc.vaadin.sizes;
  const rows = [
    ['figure', 'wrapup-elements', 'peer', 'ours ÷ peer', 'goal'],
    ['drop-in `dist/wrapup-elements.js`, min / gzip / brotli', `${kb(size.dropIn.min)} / **${kb(size.dropIn.gzip)}** / ${kb(size.dropIn.brotli)}`, 'Lit alone 5.9 KB gzip', '', '≤ 14 KB gzip (limit 20)'],
    ['library `dist/index.js`, Lit external, min / gzip / brotli', `${kb(size.library.min)} / **${kb(size.library.gzip)}** / ${kb(size.library.brotli)}`, '', '', '≤ 7 KB gzip'],
  ];
  if (size.slovenian) rows.push([`Slovenian chunk \`${size.slovenian.file}\`, gzip`, kb(size.slovenian.gzip), '', '', '']);
  for (const count of [100, 1000, 10000]) {
    const a = us[count];
    const b = peer[count];
    rows.push([
      `open with ${count.toLocaleString('en')} reasons → next frame (long tasks in ${ROUNDS} opens; options in DOM)`,
      `${ms(a.openMs)} (${a.openLongTasks.count}; ${a.options})`,
      `${ms(b.openMs)} (${b.openLongTasks.count}; ${b.options})`,
      ratio(a.openMs, b.openMs),
      count === 10000 ? '≤ 0.5× peer' : '',
    ]);
  }
  if (sc.floor?.openMs != null) rows.push([`the floor: \`showModal()\` on a plain \`<dialog>\` with no script → next frame, median of ${ROUNDS}`, ms(sc.floor.openMs), '', ratio(sc.floor.openMs, peer[10000].openMs), '']);
  rows.push([
    `open with 10,000 reasons: the main thread's work until that frame (a trace; median of ${ROUNDS} pages)`,
    ms(us[10000].openWorkMs),
    ms(peer[10000].openWorkMs),
    ratio(us[10000].openWorkMs, peer[10000].openWorkMs),
    '≤ 0.5× peer',
  ]);
  for (const count of [1000, 10000]) {
    const a = us[count];
    const b = peer[count];
    rows.push([`set ${count.toLocaleString('en')} reasons on a closed element → next frame (long tasks in ${ROUNDS})`, `${ms(a.setMs)} (${a.setLongTasks.count})`, `${ms(b.setMs)} (${b.setLongTasks.count})`, ratio(a.setMs, b.setMs), '']);
  }
  const ka = us[10000].keys;
  const kp = peer[10000].keys;
  rows.push([`key press → filtered list at 10,000, median of ${ka.presses}`, ms(ka.medianMs), ms(kp.medianMs), ratio(ka.medianMs, kp.medianMs), '≤ peer']);
  rows.push(['key press → filtered list at 10,000, p95 (max)', `${ms(ka.p95Ms)} (${ms(ka.maxMs)})`, `${ms(kp.p95Ms)} (${ms(kp.maxMs)})`, ratio(ka.p95Ms, kp.p95Ms), '≤ 33 ms']);
  const kf = sc.floor;
  if (kf) rows.push([`the floor: key press in a plain \`<input>\` with no script, median; p95 (max)`, `${ms(kf.medianMs)}; ${ms(kf.p95Ms)} (${ms(kf.maxMs)})`, '', `p95 ${ratio(kf.p95Ms, kp.p95Ms)}`, '']);
  const [wa, wp, wf] = [ka.work, kp.work, kf?.work];
  rows.push([
    `key press at 10,000: the main thread's work until its frame (a trace of ${wa.presses}), median; p95 (max)`,
    `${ms(wa.medianMs)}; **${ms(wa.p95Ms)}** (${ms(wa.maxMs)})`,
    `${ms(wp.medianMs)}; ${ms(wp.p95Ms)} (${ms(wp.maxMs)})`,
    `${ratio(wa.medianMs, wp.medianMs)}; p95 ${ratio(wa.p95Ms, wp.p95Ms)}`,
    '≤ 0.5× peer',
  ]);
  if (wf) rows.push(['the floor of that: a plain `<input>`, median; p95 (max)', `${ms(wf.medianMs)}; ${ms(wf.p95Ms)} (${ms(wf.maxMs)})`, '', `p95 ${ratio(wf.p95Ms, wp.p95Ms)}`, '']);
  rows.push([`long tasks during ${ka.presses} key presses`, `${ka.longTasks.count} (${ka.longTasks.totalMs} ms)`, `${kp.longTasks.count} (${kp.longTasks.totalMs} ms)`, '', '0']);
  const o = id.ours;
  const rt = id.relativeTime;
  const nv = id.naive;
  rows.push(['idle: wake-ups per second (ours: 100 timers + 10 dialogs; peers: 100 elements)', `${o.wakeupsPerSecond}`, `relative-time ${rt.wakeupsPerSecond}; naive ${nv.wakeupsPerSecond}`, `${ratio(o.wakeupsPerSecond, rt.wakeupsPerSecond)}; ${ratio(o.wakeupsPerSecond, nv.wakeupsPerSecond)}`, '1']);
  rows.push(['idle: script time per second', `${o.scriptMsPerSecond} ms`, `relative-time ${rt.scriptMsPerSecond} ms; naive ${nv.scriptMsPerSecond} ms`, `${ratio(o.scriptMsPerSecond, rt.scriptMsPerSecond)}; ${ratio(o.scriptMsPerSecond, nv.scriptMsPerSecond)}`, '≤ 0.5 ms']);
  rows.push([`idle: wake-ups while hidden (${o.hiddenSeconds} s)`, `${o.hiddenWakeups}`, `relative-time ${rt.hiddenWakeups}; naive ${nv.hiddenWakeups}`, '', '0']);
  const m = mem.ours;
  const mp = mem.vaadin;
  const alive = (entry) => entry.liveInstances.map((item) => `${item.instances} ${item.element}`).join(', ');
  rows.push([`memory: heap growth after GC, cycle 10 → ${m.cycles} (${m.reasons} reasons each)`, `${m.growthKB} KB`, `${mp.growthKB} KB`, ratio(m.growthKB, mp.growthKB), '']);
  rows.push([`memory: of which cycle ${m.cycles / 2} → ${m.cycles}`, `${m.secondHalfGrowthKB} KB`, `${mp.secondHalfGrowthKB} KB`, '', '']);
  rows.push([`memory: heap growth after GC, cycle 10 → ${m.cycles} + ${SETTLE_SECONDS} s idle`, `**${m.settledGrowthKB} KB**`, `${mp.settledGrowthKB} KB`, ratio(m.settledGrowthKB, mp.settledGrowthKB), '≤ 1 MB']);
  rows.push(['memory: instances alive after removal (detached)', alive(m), alive(mp), '', '0 dialogs']);
  rows.push(['memory: listeners on window + document, cycle 10 → end', `${m.listenersAt10} → ${m.listenersAtEnd}`, `${mp.listenersAt10} → ${mp.listenersAtEnd}`, '', 'no growth']);
  rows.push([`memory: ${m.cycles} cycles took (the two pages side by side)`, `${m.seconds} s`, `${mp.seconds} s`, '', '']);
  const markdown = [rows[0], rows[0].map(() => '---'), ...rows.slice(1)].map((row) => `| ${row.join(' | ')} |`).join('\n');
  return markdown;
}

// ── run ───────────────────────────────────────────────────────────────────────────────────

const startedAt = Date.now();
buildIfStale();
await bundlePeers();
const server = await serve();
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript({ path: at('bench/pages/wakeups.js') });
const step = (label) => console.log(`… ${label} (${Math.round((Date.now() - startedAt) / 1000)} s)`);

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model?.trim(), node: process.version, chromium: browser.version(), platform: `${process.platform} ${process.arch}` },
  size: sizes(),
  scale: {},
  idle: {},
  memory: {},
};
// `npm run bench -- --only=memory` (or scale, idle) runs one part, for investigating.
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const wanted = (part) => !only || only === part;
try {
  if (wanted('scale')) {
    // Round by round, each round's order the other way round, so that both meet the same
    // moments of a shared machine (run one after the other, a busier minute fell on one of them).
    const rounds = { ours: [], vaadin: [] };
    for (let i = 0; i < ROUNDS; i += 1) {
      step(`scale: <wrapup-dialog> and @vaadin/combo-box, round ${i + 1} of ${ROUNDS}`);
      const pages = [['ours', 'ours.html'], ['vaadin', 'vaadin.html']];
      for (const [key, page] of i % 2 ? pages.reverse() : pages) rounds[key].push(await scaleRound(context, server.origin, page));
    }
    results.scale.ours = scaleResult(rounds.ours);
    results.scale.vaadin = scaleResult(rounds.vaadin);
    step('scale: a plain <input>, the floor of a key press');
    results.scale.floor = await floor(context, server.origin);
  }
  if (wanted('idle')) {
    // One page at a time: script time is wall time, which a busy neighbour would stretch.
    for (const [key, page] of [['ours', 'idle-ours.html'], ['relativeTime', 'idle-relative-time.html'], ['naive', 'idle-naive.html']]) {
      step(`idle: ${page}`);
      results.idle[key] = await idle(context, server.origin, page);
    }
  }
  if (wanted('memory')) {
    // Side by side: heap sizes are per page and do not depend on a neighbour (only the
    // seconds the cycles took do, so those are not compared).
    step('memory: <wrapup-dialog> and @vaadin/combo-box, side by side');
    [results.memory.ours, results.memory.vaadin] = await Promise.all([memory(context, server.origin, 'ours.html'), memory(context, server.origin, 'vaadin.html')]);
  }
} finally {
  await browser.close();
  server.close();
}
results.seconds = Math.round((Date.now() - startedAt) / 1000);

if (only) {
  console.log(JSON.stringify(results[only], null, 2));
  process.exit(0);
}
const markdown = table(results);
const heading = `Measured ${results.date.slice(0, 10)} on ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.platform}, Node ${results.machine.node}, Chromium ${results.machine.chromium} (headless), in ${results.seconds} s.`;
console.log(`\n${heading}\n\n${markdown}\n`);
const errors = [...[results.scale.ours, results.scale.vaadin].filter(Boolean).flatMap((r) => Object.values(r.sizes).flatMap((s) => s.errors)), ...Object.values(results.idle).flatMap((r) => r.errors), ...Object.values(results.memory).flatMap((r) => r.errors)];
if (errors.length > 0) console.log(`Page errors during the run:\n  ${errors.join('\n  ')}`);
writeFileSync(at('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Figures written to bench/results.json');

if (process.argv.includes('--readme')) {
  const page = at('docs/performance.md');
  const readme = readFileSync(page, 'utf8');
  const block = `<!-- bench:start -->\n${heading}\n\n${markdown}\n<!-- bench:end -->`;
  const updated = readme.replace(/<!-- bench:start -->[\s\S]*?<!-- bench:end -->/, block);
  if (updated === readme && !readme.includes(block)) throw new Error('docs/performance.md has no <!-- bench:start --> … <!-- bench:end --> block');
  writeFileSync(page, updated);
  console.log('Table written to docs/performance.md');
}
