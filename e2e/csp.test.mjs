// The drop-in as a guest in a strict host: Content-Security-Policy without 'unsafe-inline' or
// 'unsafe-eval', then also with Trusted Types required. A wrap-up completes with no violation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from './chromium.mjs';
import { startServer } from './server.mjs';

const strict = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
const policies = {
  'strict CSP': strict,
  'strict CSP with Trusted Types': `${strict}; require-trusted-types-for 'script'; trusted-types lit-html`,
};

let browser;
const servers = [];
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
});

describe('a host with a strict security policy', () => {
  for (const [name, policy] of Object.entries(policies)) {
    it(`completes a wrap-up under ${name} with no violation`, async () => {
      const server = await startServer({ headers: { 'Content-Security-Policy': policy } });
      servers.push(server);
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      const id = `csp-${Date.now()}`;
      await page.goto(`${server.origin}/e2e/pages/csp.html?id=${id}`);
      await page.getByRole('dialog', { name: 'Wrap-up reasons' }).waitFor();
      await page.getByRole('combobox').fill('bill');
      await page.getByRole('option', { name: 'Billing question' }).click();
      await page.getByRole('button', { name: 'Submit wrap-up' }).click();
      await page.waitForFunction(() => window.completed === true);
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      assert.deepEqual(errors, []);
      assert.equal((await server.requestsFor(id)).length, 1);
      await page.close();
    });
  }
});
