// The wrap-up's life without an element: a plain EventTarget as its host, a stub fetch.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { clock } from '../src/time/clock.js';
import { validateReasons, validateSettings } from '../src/input/validation.js';
import { MAX_TIMEOUT_MS } from '../src/wrapup/deadline.js';
import type { WrapupConfig } from '../src/wrapup/wrapup-owner.js';
import type { WrapupSubmitEvent } from '../src/events.js';
import { InteractionWrapup } from '../src/wrapup/interaction-wrapup.js';
import { scriptedFetch } from './support/dialog-harness.js';
import { T0, nextTask, useFakeTime } from './support/fake-time.js';

const indexOf = (reasons: unknown[]) => validateReasons(reasons).index;

const reasons = indexOf([
  { id: 'billing', name: 'Billing question' },
  { id: 'other', name: 'Other' },
]);

let interactions = 0;
/** Every wrap-up a test made, stopped after it so that none reacts to the next test's clock. */
const made: InteractionWrapup[] = [];

function setUp(raw: Parameters<typeof validateSettings>[0], fetch = scriptedFetch(200)) {
  const target = new EventTarget();
  const events: Event[] = [];
  for (const type of ['wrapup-expire', 'wrapup-submit', 'wrapup-complete', 'wrapup-extend', 'wrapup-error']) {
    target.addEventListener(type, (event) => events.push(event));
  }
  const { settings } = validateSettings({ interactionId: `unit-${Date.now()}-${++interactions}`, submitUrl: '/api/{interactionId}', ...raw });
  const config: WrapupConfig = { settings, reasons: () => reasons, defaultReason: 'other', extendable: true, notesRequired: false, fetch: fetch.fetch };
  const wrapup = new InteractionWrapup({ emit: (event) => target.dispatchEvent(event), requestUpdate() {}, close() {} }, () => config);
  made.push(wrapup);
  const named = (type: string) => events.filter((event): event is CustomEvent => event.type === type);
  return { wrapup, target, events, requests: fetch.requests, named };
}

/** Lets the lazily loaded sender, the Web Lock and the stub fetch answer, under fake time. */
async function settleUntil(fake: sinon.SinonFakeTimers, done: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 2000 && !(await done()); i++) {
    await fake.tickAsync(0);
    await nextTask();
  }
  expect(await done(), 'the awaited state').to.equal(true);
}

/** Whether the interaction's submission lock is free: the submission has handled its answer. */
async function lockFree(interactionId: string): Promise<boolean> {
  const { held = [] } = await navigator.locks.query();
  return !held.some((lock) => lock.name === `wrapup-elements:${interactionId}`);
}

describe('InteractionWrapup', () => {
  let fake: sinon.SinonFakeTimers;
  beforeEach(() => {
    localStorage.clear();
    fake = useFakeTime(T0);
  });
  afterEach(() => {
    for (const wrapup of made.splice(0)) wrapup.stop();
    fake.restore();
  });

  it('starts once its ended-at is known and sends the default at the deadline without being shown', async () => {
    const { wrapup, requests, named } = setUp({ endedAt: T0, autoWrapup: 3 });
    wrapup.sync();
    expect(wrapup.record?.endedAt).to.equal(T0);
    await fake.tickAsync(2999);
    expect(named('wrapup-expire')).to.have.length(0);
    await fake.tickAsync(1);
    // Fired once this tab has taken the wrap-up up (a Web Lock: another tab may have).
    await settleUntil(fake, () => named('wrapup-expire').length === 1);
    await settleUntil(fake, () => wrapup.state === 'done');
    expect(requests).to.have.length(1);
    expect(requests[0]!.body).to.include({ auto: true, reasonId: 'other', wrappedUpAt: new Date(T0 + 3000).toISOString() });
  });

  it('does not start before it is shown or its ended-at is known', async () => {
    const { wrapup } = setUp({ autoWrapup: 3 });
    wrapup.sync();
    expect(wrapup.record).to.equal(undefined);
    wrapup.show(true);
    expect(wrapup.record?.endedAt).to.equal(T0);
    expect(wrapup.state).to.equal('open');
  });

  it('never asks setTimeout for more than it can hold, however far extensions push the deadline', async () => {
    const { wrapup, named } = setUp({ endedAt: T0, autoWrapup: 60, extendSeconds: 86_400 });
    wrapup.show(true);
    const setTimeoutSpy = sinon.spy(globalThis, 'setTimeout');
    try {
      for (let i = 0; i < 30; i++) wrapup.extend(); // 30 days ahead
      const delays = setTimeoutSpy.getCalls().map((call) => Number(call.args[1]));
      expect(Math.max(...delays)).to.be.at.most(MAX_TIMEOUT_MS);
      await fake.tickAsync(MAX_TIMEOUT_MS + 1000); // the alarm wakes once and re-arms
      expect(named('wrapup-expire')).to.have.length(0);
      expect(wrapup.deadline).to.equal(T0 + (60 + 30 * 86_400) * 1000);
      expect(Math.max(...setTimeoutSpy.getCalls().map((call) => Number(call.args[1])))).to.be.at.most(MAX_TIMEOUT_MS);
    } finally {
      setTimeoutSpy.restore();
    }
  });

  it('fires wrapup-expire and wrapup-submit in one tab only, and no other tab may take it up before the first lets go', async () => {
    // Two wrap-ups of one interaction share its Web Locks as two tabs of the origin would.
    const interactionId = `unit-two-tabs-${Date.now()}`;
    const tabs = [setUp({ interactionId, endedAt: T0, autoWrapup: 3 }), setUp({ interactionId, endedAt: T0, autoWrapup: 3 })];
    const submits: WrapupSubmitEvent[] = [];
    for (const tab of tabs) {
      tab.wrapup.sync();
      // The host submits it itself, as every adapter does; it calls complete() later.
      tab.target.addEventListener('wrapup-submit', (event) => {
        event.preventDefault();
        submits.push(event as WrapupSubmitEvent);
      });
    }
    await fake.tickAsync(3000);
    await settleUntil(fake, () => submits.length === 1);
    for (let i = 0; i < 20; i++) await settleUntil(fake, () => true);
    expect(tabs.map((tab) => tab.named('wrapup-expire').length).sort()).to.deep.equal([0, 1]);
    expect(submits).to.have.length(1);
    expect(submits[0]!.detail.idempotencyKey).to.be.a('string').and.not.equal('');
    expect(tabs.flatMap((tab) => tab.requests)).to.have.length(0);
    const sender = tabs.find((tab) => tab.named('wrapup-submit').length === 1)!;
    sender.wrapup.complete(204);
    expect(sender.named('wrapup-complete')[0]!.detail).to.include({ status: 204, sentHere: true });
  });

  describe('a sleeping laptop (performance.now() stops; the wall clock goes on)', () => {
    /** A fetch that answers a HEAD when the test says so, and POSTs with 200. */
    function serverClock() {
      const heads: string[] = [];
      const posts: Record<string, unknown>[] = [];
      let answer: ((date: number) => void) | undefined;
      const fetch = (url: string, init: RequestInit): Promise<Response> => {
        if (init.method !== 'HEAD') {
          posts.push(JSON.parse(String(init.body)));
          return Promise.resolve(new Response('{}', { status: 200 }));
        }
        heads.push(url);
        return new Promise((resolve) => (answer = (date) => resolve(new Response(null, { headers: { Date: new Date(date).toUTCString() } }))));
      };
      return { heads, posts, fetch: { fetch, requests: [] }, answer: (date: number) => answer!(date) };
    }

    /**
     * A wrap-up due 60 s after it ended; ten seconds in, the laptop sleeps two minutes and wakes
     * (the page gets focus), and the wrap-up asks the server the time.
     */
    async function sleepAndWake() {
      const server = serverClock();
      const { wrapup, named } = setUp({ endedAt: T0, autoWrapup: 60 }, server.fetch);
      wrapup.sync();
      await fake.tickAsync(10_000);
      fake.setSystemTime(Date.now() + 120_000); // sinon moves Date only: performance.now() stood still
      window.dispatchEvent(new Event('focus'));
      await settleUntil(fake, () => server.heads.length === 1);
      return { server, named };
    }

    it('holds the deadline until the server has said the time, then sends at once with the deadline as wrappedUpAt', async () => {
      const { server, named } = await sleepAndWake();
      expect(server.heads[0]).to.equal(`${location.origin}/`);
      expect(named('wrapup-expire'), 'not before the server answers').to.have.length(0);
      server.answer(T0 + 130_000);
      await settleUntil(fake, () => server.posts.length === 1);
      expect(server.posts[0]).to.include({ auto: true, wrappedUpAt: new Date(T0 + 60_000).toISOString() });
      expect(Date.parse(String(server.posts[0]!.sentAt))).to.be.within(T0 + 130_000, T0 + 131_500);
    });

    it('trusts the wall clock when the server does not answer within 5 s', async () => {
      const { server, named } = await sleepAndWake();
      await fake.tickAsync(4900);
      expect(named('wrapup-expire')).to.have.length(0);
      await fake.tickAsync(100);
      await settleUntil(fake, () => server.posts.length === 1);
      expect(server.posts[0]).to.include({ auto: true, wrappedUpAt: new Date(T0 + 60_000).toISOString() });
    });
  });

  it('lets a waiting tab take the wrap-up over when the tab that took it up goes before it is done', async () => {
    const interactionId = `unit-take-over-${Math.random()}`;
    const fetch = scriptedFetch('hang', 200); // the first tab's POST never answers
    const tabs = [setUp({ interactionId, endedAt: T0, autoWrapup: 3 }, fetch), setUp({ interactionId, endedAt: T0, autoWrapup: 3 }, fetch)];
    for (const tab of tabs) tab.wrapup.sync();
    await fake.tickAsync(3000);
    const expired = (tab: (typeof tabs)[number]) => tab.named('wrapup-expire').length;
    await settleUntil(fake, () => fetch.requests.length === 1);
    const [first, second] = expired(tabs[0]!) === 1 ? tabs : [tabs[1]!, tabs[0]!];
    for (let i = 0; i < 20; i++) await settleUntil(fake, () => true);
    expect(expired(second!), 'the other tab waits').to.equal(0);
    first!.wrapup.stop(); // the tab closes while its POST is in flight
    await settleUntil(fake, () => second!.wrapup.state === 'done');
    expect(expired(second!)).to.equal(1);
    expect(fetch.requests).to.have.length(2);
    expect(fetch.requests[1]!.body.reasonId).to.equal('other');
  });

  it('never calls the host again in a waiting tab when the tab that took it up goes in the middle of its call', async () => {
    const interactionId = `unit-host-call-${Math.random()}`;
    const tabs = [setUp({ interactionId, endedAt: T0, autoWrapup: 3 }), setUp({ interactionId, endedAt: T0, autoWrapup: 3 })];
    for (const tab of tabs) {
      tab.wrapup.sync();
      tab.target.addEventListener('wrapup-submit', (event) => event.preventDefault()); // the host submits
    }
    await fake.tickAsync(3000);
    const submitted = (tab: (typeof tabs)[number]) => tab.named('wrapup-submit').length;
    await settleUntil(fake, () => tabs.some((tab) => submitted(tab) === 1));
    const [first, second] = submitted(tabs[0]!) === 1 ? tabs : [tabs[1]!, tabs[0]!];
    for (let i = 0; i < 20; i++) await settleUntil(fake, () => true);
    expect(submitted(second!), 'the other tab waits').to.equal(0);
    first!.wrapup.stop(); // the tab goes in the middle of its host's call (which may go through)
    for (let i = 0; i < 20; i++) await settleUntil(fake, () => true);
    expect(submitted(second!), 'not asked again').to.equal(0);
    expect(second!.named('wrapup-expire')).to.have.length(0);
  });

  it('completes once when the host calls complete() while its own POST is in flight', async () => {
    // A POST that answers 200 only when the test says so, whether aborted or not.
    let answer!: () => void;
    const requests: string[] = [];
    const fetch = {
      requests: [],
      fetch: (url: string) => {
        requests.push(url);
        return new Promise<Response>((resolve) => (answer = () => resolve(new Response('{}', { status: 200 }))));
      },
    };
    const { wrapup, named } = setUp({ endedAt: T0 }, fetch as unknown as ReturnType<typeof scriptedFetch>);
    wrapup.show(true);
    wrapup.choose(reasons.get('billing')!);
    wrapup.submit();
    await settleUntil(fake, () => requests.length === 1);
    wrapup.complete(200);
    expect(named('wrapup-complete')).to.have.length(1);
    answer();
    // The submission holds the interaction's Web Lock until it has handled the answer; what
    // it does after that happens in the same task.
    await settleUntil(fake, () => lockFree(wrapup.record!.interactionId));
    await nextTask();
    expect(named('wrapup-complete')).to.have.length(1);
    expect(wrapup.state).to.equal('done');
  });

  it("sends the countdown's wrap-up again on Try again, when no reason was chosen", async () => {
    const { wrapup, requests } = setUp({ endedAt: T0, autoWrapup: 3 }, scriptedFetch(422, 200));
    wrapup.sync();
    await fake.tickAsync(3000);
    await settleUntil(fake, () => wrapup.state === 'failed');
    wrapup.retry();
    await settleUntil(fake, () => wrapup.state === 'done');
    expect(requests.map((request) => request.body.reasonId)).to.deep.equal(['other', 'other']);
    expect(requests[1]!.headers['idempotency-key']).to.equal(requests[0]!.headers['idempotency-key']);
  });

  it('sends the next attempt at once, with the same key, when the page goes away while it waits', async () => {
    const busy = new Response('{}', { status: 503, headers: { 'Retry-After': '30' } });
    const fetch = scriptedFetch(busy, 200, 200);
    const { wrapup, requests } = setUp({ endedAt: T0 }, fetch);
    wrapup.show(true);
    wrapup.choose(reasons.get('billing')!);
    wrapup.submit();
    await settleUntil(fake, () => wrapup.phase === 'waiting');
    expect(requests).to.have.length(1);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(requests, 'sent as the page goes, not after the backoff').to.have.length(2);
    expect(requests[1]!.headers['idempotency-key']).to.equal(requests[0]!.headers['idempotency-key']);
    await fake.tickAsync(30_000);
    await settleUntil(fake, () => wrapup.state === 'done');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(requests, 'nothing waits any more').to.have.length(3);
  });

  it('listens to the page only while the wrap-up is under way', async () => {
    const added = sinon.spy(window, 'addEventListener');
    const removed = sinon.spy(window, 'removeEventListener');
    try {
      // The sender's chunk adds and removes a listener of its own once per page, whenever the
      // page is idle (src/wrapup/send.ts): count the wrap-up's own listeners only.
      const calls = (spy: sinon.SinonSpy, type: string, listener?: unknown) =>
        spy.getCalls().filter((call) => call.args[0] === type && (listener === undefined || call.args[1] === listener));
      const { wrapup } = setUp({});
      wrapup.sync();
      expect(calls(added, 'storage')).to.have.length(0);
      wrapup.show(true);
      const [storage] = calls(added, 'storage');
      expect(calls(added, 'storage')).to.have.length(1);
      wrapup.choose(reasons.get('billing')!);
      wrapup.submit();
      await settleUntil(fake, () => wrapup.state === 'done');
      expect(calls(removed, 'storage', storage!.args[1])).to.have.length(1);
    } finally {
      added.restore();
      removed.restore();
    }
  });
});


describe('InteractionWrapup without Web Locks', () => {
  let locks: PropertyDescriptor | undefined;
  beforeEach(() => {
    localStorage.clear();
    locks = Object.getOwnPropertyDescriptor(navigator, 'locks');
    Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
  });
  afterEach(() => {
    delete (navigator as { locks?: unknown }).locks;
    if (locks) Object.defineProperty(navigator, 'locks', locks);
  });

  it('sends one POST when two copies of the same interaction submit at once', async () => {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const requests: string[] = [];
    const fetch = {
      requests: [],
      fetch: async (url: string) => {
        requests.push(url);
        await answered; // the first POST is slow
        return new Response('{}', { status: 200 });
      },
    } as unknown as ReturnType<typeof scriptedFetch>;
    const interactionId = `no-locks-${Math.random()}`;
    const tabs = [setUp({ interactionId }, fetch), setUp({ interactionId }, fetch)];
    for (const { wrapup } of tabs) {
      wrapup.show(true);
      wrapup.choose(reasons.get('billing')!);
    }
    for (const { wrapup } of tabs) wrapup.submit();
    await waitUntil(() => requests.length > 0, 'the first POST', { timeout: 5000 });
    answer();
    await waitUntil(() => tabs.every(({ wrapup }) => wrapup.state === 'done'), 'both to be done', { timeout: 5000 });
    expect(requests).to.have.length(1);
  });

  it('fires wrapup-submit in one copy only when the host submits an auto wrap-up itself', async () => {
    clock.sync(Date.now()); // (earlier tests left the page clock at their fake time)
    const interactionId = `no-locks-host-${Math.random()}`;
    // Ended 10 s ago with 3 s to decide: both are due at once, in real time.
    const tabs = [setUp({ interactionId, endedAt: Date.now() - 10_000, autoWrapup: 3 }), setUp({ interactionId, endedAt: Date.now() - 10_000, autoWrapup: 3 })];
    for (const tab of tabs) tab.target.addEventListener('wrapup-submit', (event) => event.preventDefault());
    for (const tab of tabs) tab.wrapup.sync();
    await waitUntil(() => tabs.some((tab) => tab.named('wrapup-submit').length === 1), 'a wrap-up-submit', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the other copy's claim has been decided
    expect(tabs.map((tab) => tab.named('wrapup-submit').length).sort()).to.deep.equal([0, 1]);
    expect(tabs.flatMap((tab) => tab.requests)).to.have.length(0);
  });
});
