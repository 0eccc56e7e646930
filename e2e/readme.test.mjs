// The README's drop-in snippet, exactly as written (only the CDN address points at dist/),
// served as a page: it shows the dialog and the timer and completes a wrap-up.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { startServer } from './server.mjs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const dropIn = readme.split('## Drop-in use')[1];
const snippet = dropIn.match(/```html\n([\s\S]*?)```/)[1];

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

it('the README drop-in snippet works as written', async () => {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>README snippet</title>${snippet.replace('https://your.cdn/wrapup-elements/wrapup-elements.js', '/dist/wrapup-elements.js')}`;
  assert.match(html, /src="\/dist\/wrapup-elements.js"/, 'the snippet loads the drop-in');
  const page = await browser.newPage();
  const logs = [];
  const errors = [];
  page.on('console', (message) => logs.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(`${server.origin}/readme.html`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(`${server.origin}/readme.html`);
  await page.getByRole('dialog', { name: 'Wrap-up reasons' }).waitFor();
  assert.match(await page.getByRole('timer', { name: /^Wrap-up time/ }).first().innerText(), /^0:0\d$/);
  await page.getByRole('option', { name: 'Refund request' }).click();
  await page.getByRole('button', { name: 'Submit wrap-up' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  for (let i = 0; i < 50 && !logs.some((line) => line.startsWith('wrapped up')); i++) await page.waitForTimeout(100);
  assert.ok(logs.some((line) => line.startsWith('wrapped up')), 'the page heard wrapup-complete');
  const requests = await server.requestsFor('c0ffee-42');
  assert.equal(requests.length, 1);
  assert.equal(requests[0].body.reasonId, 'refund');
  assert.deepEqual(errors, []);
  await page.close();
});
