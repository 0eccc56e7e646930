// The wrap-up's life without an element: a plain EventTarget as its host, a stub fetch.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { ReasonIndex } from '../src/reasons.js';
import { validateSettings } from '../src/settings.js';
import { MAX_TIMEOUT_MS } from '../src/wrapup/deadline.js';
import type { WrapupConfig } from '../src/wrapup/host.js';
import { InteractionWrapup } from '../src/wrapup/interaction-wrapup.js';
import { scriptedFetch } from './support/dialog-harness.js';
import { T0, nextTask, useFakeTime } from './support/fake-time.js';

const reasons = new ReasonIndex([
  { id: 'billing', name: 'Billing question' },
  { id: 'other', name: 'Other' },
]);

let interactions = 0;

function setUp(raw: Parameters<typeof validateSettings>[0], fetch = scriptedFetch(200)) {
  const target = new EventTarget();
  const events: Event[] = [];
  for (const type of ['wrapup-expire', 'wrapup-submit', 'wrapup-complete', 'wrapup-extend', 'wrapup-error']) {
    target.addEventListener(type, (event) => events.push(event));
  }
  const { settings } = validateSettings({ interactionId: `unit-${Date.now()}-${++interactions}`, submitUrl: '/api/{interactionId}', ...raw });
  const config: WrapupConfig = { settings, reasons: () => reasons, defaultReason: 'other', extendable: true, fetch: fetch.fetch };
  const wrapup = new InteractionWrapup({ emit: (event) => target.dispatchEvent(event), requestUpdate() {}, announce() {}, close() {} }, () => config);
  return { wrapup, events, requests: fetch.requests, named: (type: string) => events.filter((event) => event.type === type) };
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
  afterEach(() => fake.restore());

  it('starts once its ended-at is known and sends the default at the deadline without being shown', async () => {
    const { wrapup, requests, named } = setUp({ endedAt: T0, autoWrapup: 3 });
    wrapup.sync();
    expect(wrapup.record?.endedAt).to.equal(T0);
    await fake.tickAsync(2999);
    expect(named('wrapup-expire')).to.have.length(0);
    await fake.tickAsync(1);
    expect(named('wrapup-expire')).to.have.length(1);
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

  it('listens to the page only while the wrap-up is under way', async () => {
    const added = sinon.spy(window, 'addEventListener');
    const removed = sinon.spy(window, 'removeEventListener');
    try {
      const { wrapup } = setUp({});
      wrapup.sync();
      expect(added.getCalls().filter((call) => call.args[0] === 'storage')).to.have.length(0);
      wrapup.show(true);
      expect(added.getCalls().filter((call) => call.args[0] === 'storage')).to.have.length(1);
      wrapup.choose(reasons.get('billing')!);
      wrapup.submit();
      await settleUntil(fake, () => wrapup.state === 'done');
      expect(removed.getCalls().filter((call) => call.args[0] === 'storage')).to.have.length(1);
      expect(removed.getCalls().filter((call) => call.args[0] === 'pagehide')).to.have.length(1);
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
});
