// The reliability promises of the contract, in a real Chromium, against a real HTTP endpoint:
// reloads, closed pages, going offline, two tabs, a failing server and a wrong clock.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from './chromium.mjs';
import { startServer } from './server.mjs';


let server;
let browser;
let context;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext();
  pageErrors.length = 0;
});
afterEach(() => assert.deepEqual(pageErrors, [], 'uncaught errors in the page'));

let count = 0;
const newId = () => `e2e-${process.pid}-${++count}-${Date.now()}`;

const pageErrors = [];

async function openPage(query, page, { waitForDialog = true } = {}) {
  if (!page) {
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }
  await page.goto(`${server.origin}/e2e/pages/wrapup.html?${new URLSearchParams(query)}`);
  if (waitForDialog) await page.getByRole('dialog', { name: 'Wrap-up reasons' }).waitFor();
  return page;
}

/** Seconds left on the countdown, read from its digits. */
async function secondsLeft(page) {
  const text = await page.getByRole('timer', { name: /^Auto wrap-up in/ }).innerText();
  const [minutes, seconds] = text.split(':').map(Number);
  return minutes * 60 + seconds;
}

async function eventually(check, what, timeout = 10_000) {
  const start = Date.now();
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() - start > timeout) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('wrap-up reliability in a real browser', () => {
  it('keeps the remaining time and the chosen reason across a reload', async () => {
    const id = newId();
    const page = await openPage({ 'interaction-id': id, 'auto-wrapup': 60, 'default-reason': 'other' });
    await page.getByRole('option', { name: 'Refund request' }).click();
    await page.waitForTimeout(2000);
    const before = await secondsLeft(page);
    await page.reload();
    await page.getByRole('dialog', { name: 'Wrap-up reasons' }).waitFor();
    const afterReload = await secondsLeft(page);
    assert.ok(Math.abs(before - afterReload) <= 1, `remaining ${before} s before the reload, ${afterReload} s after`);
    assert.ok(afterReload <= 58, `the countdown did not restart: ${afterReload} s left`);
    assert.equal(await page.getByRole('option', { selected: true, name: 'Refund request' }).count(), 1);
    assert.equal((await server.requestsFor(id)).length, 0);
  });

  it('sends one auto wrap-up at once when the page comes back after the deadline', async () => {
    const id = newId();
    const page = await openPage({ 'interaction-id': id, 'auto-wrapup': 2, 'default-reason': 'other' });
    await page.goto('about:blank'); // the agent closed the desktop before the deadline
    await page.waitForTimeout(3000);
    assert.equal((await server.requestsFor(id)).length, 0);
    await openPage({ 'interaction-id': id, 'auto-wrapup': 2, 'default-reason': 'other' }, page, { waitForDialog: false });
    const requests = await eventually(async () => (await server.requestsFor(id)).length && server.requestsFor(id), 'the auto POST');
    assert.equal(requests.length, 1);
    assert.equal(requests[0].body.auto, true);
    assert.equal(requests[0].body.reasonId, 'other');
    await page.waitForTimeout(1500);
    assert.equal((await server.requestsFor(id)).length, 1);
  });

  it('holds a submission while offline and sends it once when back online', async () => {
    const id = newId();
    const page = await openPage({ 'interaction-id': id });
    await page.getByRole('option', { name: 'Billing question' }).click();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Submit wrap-up' }).click();
    await page.getByText('Offline — will send when the connection is back.').waitFor();
    await page.waitForTimeout(1000);
    assert.equal((await server.requestsFor(id)).length, 0);
    await context.setOffline(false);
    await eventually(() => page.evaluate(() => window.wrapupEvents.some((event) => event.type === 'wrapup-complete')), 'wrapup-complete');
    assert.equal((await server.requestsFor(id)).length, 1);
  });

  it('sends one POST for an interaction open in two tabs, and both dialogs close', async () => {
    const id = newId();
    const query = { 'interaction-id': id, 'auto-wrapup': 3, 'default-reason': 'other', 'ended-at': new Date().toISOString() };
    const [first, second] = await Promise.all([openPage(query), openPage(query)]);
    for (const page of [first, second]) {
      await eventually(() => page.evaluate(() => document.getElementById('dialog').state === 'done'), 'the dialog to be done', 15_000);
      assert.equal(await page.getByRole('dialog').count(), 0);
    }
    await first.waitForTimeout(1000);
    assert.equal((await server.requestsFor(id)).length, 1);
  });

  it('fires wrapup-expire and wrapup-submit in one of two tabs when the host submits itself: one SDK call', async () => {
    const id = newId();
    const query = { 'interaction-id': id, 'auto-wrapup': 3, 'default-reason': 'other', 'ended-at': new Date().toISOString(), 'host-submits': '' };
    const tabs = await Promise.all([openPage(query), openPage(query)]);
    for (const page of tabs) {
      await eventually(() => page.evaluate(() => document.getElementById('dialog').state === 'done'), 'the dialog to be done', 15_000);
    }
    await tabs[0].waitForTimeout(1000);
    const requests = await server.requestsFor(id);
    assert.equal(requests.length, 1, 'one SDK call');
    assert.equal(requests[0].body.via, 'host');
    const events = await Promise.all(tabs.map((page) => page.evaluate(() => window.wrapupEvents)));
    const count = (type) => events.map((list) => list.filter((event) => event.type === type).length);
    assert.deepEqual(count('wrapup-expire').sort(), [0, 1]);
    assert.deepEqual(count('wrapup-submit').sort(), [0, 1]);
    assert.deepEqual(count('wrapup-complete'), [1, 1]);
    const submit = events.flat().find((event) => event.type === 'wrapup-submit');
    assert.equal(submit.detail.idempotencyKey, requests[0].headers['idempotency-key']);
    const sentHere = events.map((list) => list.find((event) => event.type === 'wrapup-complete').detail.sentHere);
    assert.deepEqual(sentHere.sort(), [false, true]);
  });

  it("makes one platform call when the host's tab reloads mid-call and another tab opens meanwhile", async () => {
    const id = newId();
    const query = { 'interaction-id': id, 'auto-wrapup': 2, 'default-reason': 'other', 'ended-at': new Date().toISOString(), 'host-submits': '' };
    await server.plan({ delayMs: 5000 }); // the platform takes its time
    const first = await openPage(query);
    await eventually(async () => (await server.requestsFor(id)).length === 1, 'the host to call its platform');
    const second = await openPage(query); // a tab opened during the call waits for it
    await first.reload(); // ... and so does the page that made it
    await first.getByRole('dialog', { name: 'Wrap-up reasons' }).waitFor();
    const unsure = /may have gone through/;
    for (const page of [first, second]) await page.getByText(unsure).waitFor({ timeout: 10_000 });
    await first.waitForTimeout(6000); // past the platform's answer to the first call
    assert.equal((await server.requestsFor(id)).length, 1, 'one platform call');
    for (const page of [first, second]) {
      const types = await page.evaluate(() => window.wrapupEvents.map((event) => event.type));
      assert.ok(!types.includes('wrapup-submit'), `no second call asked for: ${types}`);
      assert.equal(await page.evaluate(() => document.getElementById('dialog').state), 'failed');
    }
    // The agent checks, and asks again: one more call, under the same key, and both tabs close.
    await server.plan({});
    await second.getByRole('button', { name: 'Try again' }).click();
    for (const page of [first, second]) {
      await eventually(() => page.evaluate(() => document.getElementById('dialog').state === 'done'), 'the dialog to be done');
    }
    const requests = await server.requestsFor(id);
    assert.equal(requests.length, 2);
    assert.equal(requests[1].headers['idempotency-key'], requests[0].headers['idempotency-key']);
  });

  it("makes no platform call by itself after the host's call failed, in a reload or a new tab", async () => {
    const id = newId();
    const query = { 'interaction-id': id, 'auto-wrapup': 2, 'default-reason': 'other', 'ended-at': new Date().toISOString(), 'host-submits': '' };
    await server.plan({ fail: 1, status: 503 });
    const first = await openPage(query);
    await eventually(() => first.evaluate(() => document.getElementById('dialog').state === 'failed'), 'the failed call');
    await first.reload();
    const second = await openPage(query);
    for (const page of [first, second]) await page.getByText('(503)').waitFor();
    await first.waitForTimeout(3000);
    assert.equal((await server.requestsFor(id)).length, 1, 'one platform call');
    for (const page of [first, second]) {
      assert.equal(await page.evaluate(() => document.getElementById('dialog').state), 'failed');
      assert.equal(await page.evaluate(() => window.wrapupEvents.filter((event) => event.type === 'wrapup-submit').length), 0);
    }
  });

  it('succeeds on the third attempt when the endpoint fails twice with 503, with one key', async () => {
    const id = newId();
    const page = await openPage({ 'interaction-id': id });
    await server.plan({ fail: 2, status: 503 });
    await page.getByRole('option', { name: 'Other' }).click();
    await page.getByRole('button', { name: 'Submit wrap-up' }).click();
    const complete = await eventually(
      () => page.evaluate(() => window.wrapupEvents.find((event) => event.type === 'wrapup-complete')),
      'wrapup-complete',
    );
    const requests = await server.requestsFor(id);
    assert.equal(requests.length, 3);
    assert.equal(new Set(requests.map((request) => request.headers['idempotency-key'])).size, 1);
    assert.equal(complete.detail.attempts, 3);
    const errors = await page.evaluate(() => window.wrapupEvents.filter((event) => event.type === 'wrapup-error'));
    assert.deepEqual(errors.map((event) => [event.detail.attempt, event.detail.final]), [[1, false], [2, false]]);
  });

  it('sends again, under the same key, the POST that a reload cut off', async () => {
    const id = newId();
    await server.plan({ delayMs: 5000 }); // the reload comes before the answer
    const page = await openPage({ 'interaction-id': id });
    await page.getByRole('option', { name: 'Other' }).click();
    await page.getByRole('button', { name: 'Submit wrap-up' }).click();
    await eventually(async () => (await server.requestsFor(id)).length === 1, 'the POST');
    await server.plan({});
    await page.reload();
    await eventually(() => page.evaluate(() => document.getElementById('dialog')?.state === 'done'), 'the wrap-up done after the reload');
    // The cut-off POST, the one the going page sends kept alive (it took the cut for a network
    // error), and the reloaded page's: one wrap-up, under one key.
    const requests = await server.requestsFor(id);
    assert.ok(requests.length >= 2, `${requests.length} POSTs`);
    assert.equal(new Set(requests.map((request) => request.headers['idempotency-key'])).size, 1);
    assert.equal(new Set(requests.map((request) => JSON.stringify(request.body))).size, 1, 'the same body');
  });

  it('reads an ended-at without a time zone as UTC, not in the agent\'s zone', async () => {
    // A host that sends its server's UTC time without the Z, to an agent in Ljubljana (UTC+1
    // in winter): read as local time, the interaction would have ended an hour earlier, and
    // the default reason would go out at once.
    await context.close();
    context = await browser.newContext({ timezoneId: 'Europe/Ljubljana' });
    const id = newId();
    const endedAt = new Date(Date.now() - 10_000).toISOString().replace('Z', '');
    const page = await openPage({ 'interaction-id': id, 'ended-at': endedAt, 'auto-wrapup': 60, 'default-reason': 'other' });
    assert.equal(await page.evaluate(() => new Date(2026, 11, 7).getTimezoneOffset()), -60, 'the page is in UTC+1');
    const left = await secondsLeft(page);
    assert.ok(left >= 48 && left <= 51, `${left} s left, where 50 are due`);
    assert.equal((await server.requestsFor(id)).length, 0, 'nothing sent');
    const errors = await page.evaluate(() => window.wrapupEvents.filter((event) => event.type === 'wrapup-error'));
    assert.deepEqual(errors, []);
  });

  it('counts down right on a computer whose clock is an hour slow, given server-time', async () => {
    const id = newId();
    const page = await context.newPage();
    await page.clock.setSystemTime(new Date(Date.now() - 3_600_000));
    await openPage(
      { 'interaction-id': id, 'auto-wrapup': 60, 'default-reason': 'other', 'ended-at': new Date(Date.now() - 20_000).toISOString(), 'server-time': String(Date.now()) },
      page,
    );
    const left = await secondsLeft(page);
    assert.ok(left >= 38 && left <= 41, `${left} s left, expected about 40`);
  });
});
