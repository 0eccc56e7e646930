// Several wrap-ups at once, in a real Chromium with the built drop-in: three chats end 3 s
// apart with auto wrap-up in 20, 30 and 40 s, all open. The most urgent is in front; the
// agent chooses in it and switches away; each deadline holds.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from './chromium.mjs';
import { startServer } from './server.mjs';

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

describe('three chats ending at once', () => {
  it('keeps every deadline, the most urgent in front, with exactly one POST per interaction', async () => {
    const run = `chats-${process.pid}-${Date.now()}`;
    // The machine's clock may be stepped meanwhile (a CI machine's time sync stepped it 6.6 s
    // ahead once): the page then takes the corrected time (see `check` in clock.ts), and a
    // deadline that has passed by it is sent at once, late by the step. Node's wall and
    // monotonic clocks tell the step; reproduced with `date -s "+6 seconds"` mid-test.
    const wallAtZero = Date.now() - performance.now();
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/e2e/pages/chats.html?run=${run}`);
    const modal = page.getByRole('dialog', { name: 'Wrap-up reasons' });
    await modal.getByText('Ana Novak · chat').waitFor();
    // All three are open; one modal, the first to end (the most urgent).
    await page.waitForFunction(() => document.querySelectorAll('wrapup-dialog[open]').length === 3, null, { timeout: 10_000 });
    assert.equal(await page.getByRole('dialog').count(), 1);
    await modal.getByText('2 more wrap-ups waiting').waitFor();
    // The agent chooses in the first, then switches to the 40 s one without submitting.
    await modal.getByRole('option', { name: 'Billing question' }).click();
    await modal.getByRole('button', { name: 'Switch to Eva Horvat · chat' }).click();
    await page.getByRole('dialog', { name: 'Wrap-up reasons' }).getByText('Eva Horvat · chat').waitFor();

    const requests = async () => (await Promise.all(['1', '2', '3'].map((n) => server.requestsFor(`${run}-${n}`)))).flat();
    const until = async (count, timeout) => {
      const start = Date.now();
      while ((await requests()).length < count) {
        if (Date.now() - start > timeout) assert.fail(`timed out waiting for POST ${count}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await until(2, 40_000); // the 20 s and the 30 s ones, by their deadlines
    await page.getByRole('dialog', { name: 'Wrap-up reasons' }).getByRole('option', { name: 'Other' }).click();
    await page.getByRole('button', { name: 'Submit wrap-up' }).click();
    await until(3, 10_000);

    const bodies = (await requests()).map((request) => request.body);
    assert.equal(bodies.length, 3);
    const byId = Object.fromEntries(bodies.map((body) => [body.interactionId.slice(run.length + 1), body]));
    assert.deepEqual(Object.keys(byId).sort(), ['1', '2', '3']);
    const step = Math.max(0, Date.now() - performance.now() - wallAtZero);
    const lateBy = (body) => Date.parse(body.sentAt) - Date.parse(body.wrappedUpAt);
    const onTime = (body) => lateBy(body) >= 0 && lateBy(body) < 1000 + step;
    const late = (which, body) => `${which} sent ${lateBy(body)} ms after its deadline (the clock stepped ${Math.round(step)} ms)`;
    // The first at its deadline with the agent's choice; the second at its own with the default.
    assert.deepEqual([byId[1].auto, byId[1].reasonId], [true, 'billing']);
    assert.equal(Date.parse(byId[1].wrappedUpAt) - Date.parse(byId[1].endedAt), 20_000);
    assert.ok(onTime(byId[1]), late('first', byId[1]));
    assert.deepEqual([byId[2].auto, byId[2].reasonId], [true, 'other']);
    assert.equal(Date.parse(byId[2].wrappedUpAt) - Date.parse(byId[2].endedAt), 30_000);
    assert.ok(onTime(byId[2]), late('second', byId[2]));
    // The third by hand, before its deadline.
    assert.deepEqual([byId[3].auto, byId[3].reasonId], [false, 'other']);
    assert.ok(Date.parse(byId[3].wrappedUpAt) - Date.parse(byId[3].endedAt) < 40_000);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
