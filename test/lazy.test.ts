// Sibling chunks loaded on first use, and tried again after a failure (src/internal/lazy.ts).
import { expect } from '@open-wc/testing';
import { lazy, retryLater, RETRY_MS } from '../src/internal/lazy.js';

/** Whether `promise` settles within `ms` real milliseconds. */
const settlesWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);

describe('lazy()', () => {
  it('imports again after a failed load, and keeps the module once it has it', async () => {
    let calls = 0;
    const part = lazy(() => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve({ answer: 42 })));
    await part.load();
    expect(part.module, 'after the failure').to.equal(undefined);
    await part.load();
    expect(part.module).to.deep.equal({ answer: 42 });
    await part.load();
    expect(calls).to.equal(2);
  });

  it("imports a chunk given by its address (as the drop-in's build gives them) again under a new one after a failure", async () => {
    // The test server fails this module the first time and serves it after that (see
    // `unreliableCdn` in web-test-runner.config.mjs); a browser that keeps a failed module
    // would fail a second import of the same address without asking the server.
    const address = `${location.origin}/import-probe/lazy-${Date.now()}-${Math.random().toString(36).slice(2)}.js`;
    const part = lazy<{ default: boolean }>(address);
    await part.load();
    expect(part.module, 'after the failure').to.equal(undefined);
    await part.load();
    expect(part.module?.default).to.equal(true);
  });

  it('shares one load between callers that ask at the same time', async () => {
    let calls = 0;
    const part = lazy(async () => (calls++, { ok: true }));
    await Promise.all([part.load(), part.load(), part.load()]);
    expect(calls).to.equal(1);
  });
});

describe('retryLater()', () => {
  it('settles as soon as the browser is back online', async () => {
    const waiting = retryLater();
    expect(await settlesWithin(waiting, 50), 'before').to.equal(false);
    window.dispatchEvent(new Event('online'));
    expect(await settlesWithin(waiting, 50)).to.equal(true);
  });

  it('settles when its signal stops the wait', async () => {
    const stop = new AbortController();
    const waiting = retryLater(stop.signal);
    expect(await settlesWithin(waiting, 50), 'before').to.equal(false);
    stop.abort();
    expect(await settlesWithin(waiting, 50)).to.equal(true);
  });

  it(`settles by itself after ${RETRY_MS} ms, with no online event`, async function () {
    this.timeout(RETRY_MS + 3000);
    const started = performance.now();
    await retryLater();
    expect(performance.now() - started).to.be.at.least(RETRY_MS - 50);
  });
});
