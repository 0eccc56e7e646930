// `npm run bench`: size, scale, idle cost and memory of the elements, side by side with the
// component a host would otherwise pick, in Debian's Chromium. Prints a table, writes
// bench/results.json, and with `--readme` puts the table in docs/performance.md.
//
// Absolute times move from run to run on a shared machine; the ratios to a peer measured in the
// same run are the figures to compare.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { launchChromium } from '../e2e/chromium.mjs';
import { at, buildIfStale, bundlePeers, serve } from './serve.mjs';
import { floor, IDLE_BEFORE_OPEN_MS, idle, memory, ROUNDS, scaleResult, scaleRound, SETTLE_SECONDS, sizes } from './measure.mjs';

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
  const idleSeconds = IDLE_BEFORE_OPEN_MS / 1000;
  for (const [path, what] of [['firstOpen', 'a page just loaded'], ['setOpen', `a page idle ${idleSeconds} s`]]) {
    const [a, b] = [us[10000][`${path}Ms`], peer[10000][`${path}Ms`]];
    rows.push([`\`${path}Ms\`: on ${what}, create, set 10,000 reasons, append and open in one task → the frame with rows (median of ${ROUNDS} pages)`, ms(a), ms(b), ratio(a, b), '≤ 0.5× peer']);
  }
  if (sc.floor?.firstOpenMs != null) {
    rows.push([`the floor of \`firstOpenMs\`: on a page just loaded, a plain \`<dialog>\` of a field and 13 options built and shown with \`showModal()\` in one task, no component → next frame, median of ${ROUNDS}`, ms(sc.floor.firstOpenMs), '', ratio(sc.floor.firstOpenMs, peer[10000].firstOpenMs), '']);
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
