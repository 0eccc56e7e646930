// `node bench/profile.mjs [first|set] [ours|vaadin] [rounds]`: where an open's time goes, as the
// bench's `firstOpenMs` or `setOpenMs` path measures it: a CPU profile of that window (from the
// task that opens to the frame with rows), self time per function, averaged over fresh pages.
// Build without minifying (`UNMINIFIED=1 npx vite build --mode dropin`) for readable names.
import { launchChromium } from '../e2e/chromium.mjs';
import { at, bundlePeers, serve } from './serve.mjs';
import { IDLE_BEFORE_OPEN_MS } from './measure.mjs';

const [path = 'first', peer = 'ours', rounds = '4'] = process.argv.slice(2);
await bundlePeers();
const server = await serve();
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript({ path: at('bench/pages/wakeups.js') });
await context.addInitScript('window.__benchProfile = true');
const totals = new Map();
const times = [];
for (let round = 0; round < Number(rounds); round++) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', ({ profile }) => resolve(profile)));
  await tab.goto(`${server.origin}/bench/pages/${peer}.html${path === 'first' ? '#first-open' : ''}`);
  await tab.waitForFunction(() => window.bench !== undefined);
  if (path !== 'first') await tab.waitForTimeout(IDLE_BEFORE_OPEN_MS);
  const result = await tab.evaluate(() => window.firstOpen ?? window.bench.openWithList(10000));
  times.push(`${Math.round(result.ms)} ms/${result.frames}`);
  const profile = await finished;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const keyOf = ({ functionName, url, lineNumber }) => `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    // Inclusive ("total") time: each function on the sample's stack, once.
    const seen = new Set();
    for (let node = id; node !== undefined; node = parents.get(node)) {
      const key = (node === id ? 'self ' : 'total ') + keyOf(nodes.get(node).callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + ms);
      if (node === id) {
        const total = 'total ' + keyOf(nodes.get(node).callFrame);
        seen.add(total);
        totals.set(total, (totals.get(total) ?? 0) + ms);
      }
    }
  });
  await tab.close();
}
console.log(`${peer} ${path}: ${times.join(', ')}`);
const kind = process.argv[5] ?? 'self';
const top = [...totals].filter(([key]) => key.startsWith(kind)).sort((a, b) => b[1] - a[1]).slice(0, 40);
console.log(top.map(([key, ms]) => `${(ms / Number(rounds)).toFixed(1).padStart(6)} ms  ${key}`).join('\n'));
await browser.close();
server.close();
