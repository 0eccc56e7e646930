// A React 19 host (e2e/pages/react-host.tsx, bundled here with esbuild as a host's bundler
// would, against the built library): properties, events and re-renders through react-dom.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { launchChromium } from './chromium.mjs';
import { startServer } from './server.mjs';

let server;
let browser;
let bundle;
before(async () => {
  const result = await build({
    entryPoints: [new URL('./pages/react-host.tsx', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // The package as a host installs it: the built library, not the sources.
    alias: { 'wrapup-elements': new URL('../dist/index.js', import.meta.url).pathname },
    logLevel: 'warning',
  });
  bundle = result.outputFiles[0].text;
  server = await startServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

it('works in a React 19 host: properties, wrapup-* events, re-renders', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const html = '<!doctype html><html lang="en"><meta charset="utf-8"><title>React host</title><div id="root"></div><script type="module" src="/react-host.js"></script>';
  await page.route(`${server.origin}/react.html`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.route(`${server.origin}/react-host.js`, (route) => route.fulfill({ body: bundle, contentType: 'text/javascript' }));
  await page.goto(`${server.origin}/react.html`);

  await page.getByRole('dialog', { name: 'Wrap-up reasons' }).waitFor();
  const set = await page.evaluate(() => {
    const dialog = document.querySelector('wrapup-dialog');
    return { reasons: dialog.reasons.length, fetch: typeof dialog.fetch, attributes: dialog.getAttributeNames().sort() };
  });
  assert.equal(set.reasons, 3, 'reasons set as a property');
  assert.equal(set.fetch, 'function', 'fetch set as a property');
  assert.ok(!set.attributes.includes('reasons') && !set.attributes.includes('fetch'), `no stringified attributes: ${set.attributes}`);
  assert.equal(await page.getByRole('option').count(), 3);

  await page.evaluate(() => window.addReason());
  await page.getByRole('option', { name: 'New contract' }).waitFor();

  await page.getByRole('option', { name: 'Refund request' }).click();
  await page.getByRole('button', { name: 'Submit wrap-up' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await page.locator('#log li', { hasText: 'complete' }).waitFor();
  assert.deepEqual(await page.locator('#log li').allInnerTexts(), ['select refund', 'submit refund', 'complete 200']);

  const requests = await page.evaluate(() => window.hostRequests);
  assert.equal(requests.length, 1, 'one POST through the host fetch');
  assert.equal(requests[0].url, '/api/interactions/react-42/wrapup');
  assert.equal(requests[0].body.reasonId, 'refund');
  assert.match(requests[0].key, /^[0-9a-f-]{36}$/);
  assert.match(await page.getByRole('timer', { name: /^Wrap-up time/ }).innerText(), /^0:0\d$/);
  assert.deepEqual(errors, []);
  await page.close();
});
