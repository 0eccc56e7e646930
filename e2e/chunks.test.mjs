// The drop-in's sibling chunks import nothing but the drop-in itself (after `npm run build`).
// `lazy()` (src/internal/lazy.ts) imports a chunk that failed to load again under a new address; that
// is its only copy only while no other chunk imports it by its old one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const chunks = readdirSync(dist).filter((file) => /^wrapup-elements\..+\.js$/.test(file));

test('the drop-in has sibling chunks (the view, the sender, the translations)', () => {
  for (const name of ['modal', 'send', 'extras', 'diagnostics', 'sl']) {
    assert.ok(chunks.some((file) => file.startsWith(`wrapup-elements.${name}-`)), `no ${name} chunk in dist/`);
  }
});

test('each chunk imports statically nothing but the drop-in', () => {
  for (const file of chunks) {
    const code = readFileSync(`${dist}${file}`, 'utf8');
    // `from"./x.js"` and a bare `import"./x.js"`, as the minifier writes them.
    const imported = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)(["'])([^"']+)\1/g)].map((match) => match[2]);
    assert.deepEqual(imported.filter((specifier) => specifier !== './wrapup-elements.js'), [], `${file} imports another chunk`);
  }
});

test("the drop-in's own Lit keeps out of the page's Lit globals (a host's Lit in development mode warns of several copies)", () => {
  const code = readFileSync(`${dist}wrapup-elements.js`, 'utf8');
  for (const name of ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions', 'PolyfillSupport']) assert.ok(!code.includes(name), name);
  assert.ok(code.includes('litElementHydrateSupport'), 'hydration support is kept');
});

test('a chunk that failed to load is fetched again under a new address, and the dialog opens', async () => {
  const { launchChromium } = await import('./chromium.mjs');
  const { startServer } = await import('./server.mjs');
  const [server, browser] = await Promise.all([startServer(), launchChromium()]);
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const asked = [];
    // The view's chunk fails once, as a flaky network or CDN does.
    await page.route(/wrapup-elements\.modal-view-[\w-]+\.js/, (route) => {
      asked.push(new URL(route.request().url()).search);
      return asked.length === 1 ? route.abort('connectionreset') : route.continue();
    });
    await page.goto(`${server.origin}/e2e/pages/wrapup.html?interaction-id=chunk-${process.pid}-${Date.now()}`);
    await page.waitForFunction(() => document.getElementById('dialog').shadowRoot !== null);
    await page.evaluate(() => window.dispatchEvent(new Event('online'))); // (else the next try is 5 s on)
    await page.getByRole('dialog', { name: 'Wrap-up reasons' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(asked, ['', '?1'], 'the second try asks for a new address');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
