// What survives a reload: a new element for the same interaction picks up where the old one
// stopped (the browser reloaded, or the host re-created the element).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { clock, type WrapupDialog } from '../src/index.js';
import { PREFIX } from '../src/wrapup/store.js';
import { DialogHarness, scriptedFetch } from './support/dialog-harness.js';
import { T0, nextTask, useFakeTime } from './support/fake-time.js';

const reasons = [
  { id: 'billing', name: 'Billing question' },
  { id: 'other', name: 'Other' },
];

async function mount(interactionId: string, fetch: ReturnType<typeof scriptedFetch>['fetch'], endedAt?: number) {
  const element = await fixture<WrapupDialog>(html`
    <wrapup-dialog
      interaction-id=${interactionId}
      ended-at=${endedAt === undefined ? '' : new Date(endedAt).toISOString()}
      auto-wrapup="60"
      default-reason="other"
      extendable
      extend-seconds="30"
      submit-url="/api/interactions/{interactionId}/wrapup"
      .reasons=${reasons}
      .fetch=${fetch}
      open
    ></wrapup-dialog>
  `);
  return { element, ui: new DialogHarness(element) };
}

async function settle(fake: sinon.SinonFakeTimers, element: WrapupDialog) {
  for (let i = 0; i < 12; i++) {
    await fake.tickAsync(0);
    await nextTask();
    await element.updateComplete;
  }
}

/** Settles until `done` holds (a Web Lock may take longer on a loaded machine), or 5 real seconds. */
async function settleUntil(fake: sinon.SinonFakeTimers, element: WrapupDialog, done: () => boolean) {
  for (let i = 0; i < 400 && !done(); i++) await settle(fake, element);
  await settle(fake, element);
}

describe('<wrapup-dialog> after a reload', () => {
  let fake: sinon.SinonFakeTimers;
  let id: string;
  beforeEach(() => {
    localStorage.clear();
    fake = useFakeTime(T0);
    id = `resume-${Math.random().toString(36).slice(2)}`;
  });
  afterEach(() => fake.restore());

  it('resumes at t = 30 s of 60 s with 30 s left and the chosen reason', async () => {
    const server = scriptedFetch(200);
    // No ended-at from the host: the deadline counts from the first opening, which is stored.
    const first = await mount(id, server.fetch);
    first.ui.options[0]!.click();
    await first.element.updateComplete;
    await fake.tickAsync(30_000);
    fixtureCleanup();

    const second = await mount(id, server.fetch);
    expect(second.ui.countdown).to.equal('0:30');
    expect(second.ui.selectedNames).to.deep.equal(['Billing question']);
    expect(server.requests).to.have.length(0);
  });

  it('resumes the extensions made before the reload', async () => {
    const server = scriptedFetch(200);
    const first = await mount(id, server.fetch);
    first.ui.extendButton!.click();
    await first.element.updateComplete;
    await fake.tickAsync(30_000);
    fixtureCleanup();

    const second = await mount(id, server.fetch);
    expect(second.ui.countdown).to.equal('1:00'); // 60 s + one 30 s extension − 30 s elapsed
    expect(second.element.deadline).to.equal(T0 + 90_000);
  });

  it('sends the auto wrap-up at once, once, when the deadline passed while the page was gone', async () => {
    const server = scriptedFetch(200);
    await mount(id, server.fetch, T0);
    fixtureCleanup();
    await fake.tickAsync(5 * 60_000); // the browser was closed for five minutes
    const { element } = await mount(id, server.fetch, T0);
    await settleUntil(fake, element, () => server.requests.length > 0);
    expect(server.requests).to.have.length(1);
    // The after-call work reported is the configured minute, not the five the page was closed.
    expect(server.requests[0]!.body).to.include({
      auto: true,
      reasonId: 'other',
      wrappedUpAt: new Date(T0 + 60_000).toISOString(),
      sentAt: new Date(T0 + 300_000).toISOString(),
    });
    await fake.tickAsync(60_000);
    await settle(fake, element);
    expect(server.requests).to.have.length(1);
  });

  it('resends a submission that the reload interrupted, with the same key', async () => {
    // What a page closed mid-POST leaves (a real reload: e2e/reliability.test.mjs): the record
    // with the body and its key, not done. (In this page the element's POST would go on.)
    const iso = (ms: number) => new Date(ms).toISOString();
    const wrapup = { interactionId: id, reasonId: 'billing', reasonName: 'Billing question', auto: false, channel: 'voice', scenario: 'end', endedAt: iso(T0), wrappedUpAt: iso(T0 + 9000), extended: false, sentAt: iso(T0 + 9000) };
    const left = { interactionId: id, endedAt: T0, extensions: 0, cancelled: false, reasonId: 'billing', idempotencyKey: 'key-of-the-closed-page', wrapup, updatedAt: T0 + 9000 };
    localStorage.setItem(PREFIX + id, JSON.stringify(left));
    const server = scriptedFetch(200);
    const { element } = await mount(id, server.fetch, T0);
    await settleUntil(fake, element, () => element.state === 'done');
    expect(server.requests).to.have.length(1);
    expect(server.requests[0]!.headers['idempotency-key']).to.equal('key-of-the-closed-page');
    expect(server.requests[0]!.body).to.include({ reasonId: 'billing', wrappedUpAt: iso(T0 + 9000) });
    expect(element.state).to.equal('done');
  });

  /** A dialog whose host cancels `wrapup-submit` and calls its platform: the agent has submitted. */
  async function hostCalls() {
    const first = await mount(id, scriptedFetch(200).fetch, T0);
    const asked: string[] = [];
    const ask = (event: Event) => (event.preventDefault(), asked.push((event as CustomEvent<{ idempotencyKey: string }>).detail.idempotencyKey));
    first.element.addEventListener('wrapup-submit', ask);
    first.ui.options[0]!.click();
    await first.element.updateComplete;
    first.ui.submitButton.click();
    await settle(fake, first.element);
    return { first, asked, ask };
  }

  /**
   * The same interaction in another page (a reload, a second tab): the host's listeners are
   * there before the dialog takes the wrap-up up, as a host's are.
   */
  async function openAgain(ask: EventListener, completed: EventListener = () => {}) {
    const element = document.createElement('wrapup-dialog');
    element.addEventListener('wrapup-submit', ask);
    element.addEventListener('wrapup-complete', completed);
    Object.assign(element, { interactionId: id, endedAt: T0, autoWrapup: 60, defaultReason: 'other', submitUrl: '/api/{interactionId}', reasons, open: true });
    await fixture(html`<div>${element}</div>`);
    await settle(fake, element);
    return element;
  }

  it("does not ask the host again by itself after its own call failed: one call per Try again", async () => {
    const { first, asked, ask } = await hostCalls();
    first.element.fail(503); // the platform refused it
    await first.element.updateComplete;
    expect(asked).to.have.length(1);
    fixtureCleanup();

    const element = await openAgain(ask); // the reload
    expect(asked, 'not asked again by the reload').to.have.length(1);
    expect(element.state, 'the failure shown').to.equal('failed');
    expect(new DialogHarness(element).message).to.include('(503)');
    expect(element.selectedReason?.id, 'the choice kept').to.equal(reasons[0]!.id);
    new DialogHarness(element).retryButton!.click();
    await settle(fake, element);
    expect(asked).to.deep.equal([asked[0], asked[0]]);
  });

  it("waits for the host's call another page made, without asking again, and closes when it is done", async () => {
    const { first, asked, ask } = await hostCalls();
    expect(asked).to.have.length(1);

    // Another page (a reload, a second tab) opens while the platform call is in flight.
    const completed = sinon.spy();
    const element = await openAgain(ask, completed);
    await fake.tickAsync(120_000); // past the deadline too
    await settle(fake, element);
    expect(asked, 'not asked again').to.have.length(1);
    expect(element.state).to.equal('submitting');

    first.element.complete(); // the call went through
    await settleUntil(fake, element, () => element.state === 'done');
    expect(element.state).to.equal('done');
    expect(asked).to.have.length(1);
    expect(completed.lastCall.args[0].detail).to.include({ sentHere: false });
  });

  it("lets the other pages know when the host moves its dialog to another interaction mid-call", async () => {
    const { first, asked, ask } = await hostCalls();
    const element = await openAgain(ask); // another tab, waiting for the host's call
    expect(element.state).to.equal('submitting');

    first.element.interactionId = `${id}-next`; // the host's next interaction, its call still out
    first.element.open = false; // (and closed: in this test both are on one page, one in front)
    const message = () => new DialogHarness(element).message;
    await settleUntil(fake, element, () => message() !== '');
    expect(element.state).to.equal('failed');
    expect(message()).to.include('may have gone through');
    expect(asked, 'not asked again').to.have.length(1);
  });

  it('shows the countdown and the elapsed time within a second of what is due after a reload, at any fraction of ended-at', async () => {
    // Ended at .9 of a second, as interactions end at any moment: counters that changed digits
    // on the clock's whole seconds were up to 2 s off just before each .9 (37 s left of 35 due).
    const endedAt = T0 - 4100;
    const before = await mount(id, scriptedFetch(200).fetch, endedAt);
    await settle(fake, before.element);
    fixtureCleanup(); // the reload
    const { element, ui } = await mount(id, scriptedFetch(200).fetch, endedAt);
    const seconds = (text: string | undefined) => text!.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    const seen: string[] = [];
    let at = 0;
    for (const step of [0, 300, 550, 50, 50, 900, 100, 60_000]) {
      await fake.tickAsync(step);
      at += step;
      await element.updateComplete;
      const elapsed = (T0 + at - endedAt) / 1000;
      const left = Math.max(0, 60 - elapsed);
      seen.push(`${ui.elapsed} of ${elapsed}, ${ui.countdown} of ${left}`);
      if (left === 0) break;
      expect(Math.abs(seconds(ui.elapsed) - elapsed), seen.join('; ')).to.be.below(1);
      expect(Math.abs(seconds(ui.countdown) - left), seen.join('; ')).to.be.below(1);
    }
  });

  it('never sends a completed wrap-up again', async () => {
    const server = scriptedFetch(200);
    const first = await mount(id, server.fetch, T0);
    first.ui.options[0]!.click();
    await first.element.updateComplete;
    first.ui.submitButton.click();
    await settleUntil(fake, first.element, () => first.element.state === 'done');
    fixtureCleanup();
    const { element } = await mount(id, server.fetch, T0);
    await settleUntil(fake, element, () => element.state === 'done');
    expect(element.state).to.equal('done');
    expect(element.open).to.equal(false);
    expect(server.requests).to.have.length(1);
  });

  it('closes when another tab reports the wrap-up done, and follows its choices before that', async () => {
    const server = scriptedFetch(200);
    const { element, ui } = await mount(id, server.fetch, T0);
    const completed = sinon.spy();
    element.addEventListener('wrapup-complete', completed);
    const key = PREFIX + id;
    const stored = JSON.parse(localStorage.getItem(key)!);

    const otherTabWrites = (record: object) => {
      const newValue = JSON.stringify(record);
      localStorage.setItem(key, newValue);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
    };
    otherTabWrites({ ...stored, reasonId: 'billing' });
    await element.updateComplete;
    expect(ui.selectedNames).to.deep.equal(['Billing question']);

    const wrapup = { interactionId: id, reasonId: 'billing', reasonName: 'Billing question', auto: false, channel: 'voice', scenario: 'end', endedAt: new Date(T0).toISOString(), wrappedUpAt: new Date(clock.now()).toISOString(), extended: false, sentAt: new Date(clock.now()).toISOString() };
    otherTabWrites({ ...stored, reasonId: 'billing', wrapup, doneAt: clock.now(), doneStatus: 200 });
    await element.updateComplete;
    expect(element.state).to.equal('done');
    expect(element.open).to.equal(false);
    expect(completed.firstCall.args[0].detail).to.deep.include({ attempts: 0, status: 200 });
    expect(server.requests).to.have.length(0);
  });

  it('keeps the countdown right when the local clock is an hour off and server-time is given', async () => {
    // The page clock started from a system clock an hour slow.
    fake.setSystemTime(T0 - 3_600_000);
    clock.sync(T0 - 3_600_000);
    const server = scriptedFetch(200);
    const element = await fixture<WrapupDialog>(html`
      <wrapup-dialog interaction-id=${id} ended-at=${new Date(T0 - 20_000).toISOString()} auto-wrapup="60" default-reason="other"
        server-time=${String(T0)} submit-url="/x" .reasons=${reasons} .fetch=${server.fetch} open></wrapup-dialog>
    `);
    expect(new DialogHarness(element).countdown).to.equal('0:40');
    expect(clock.now()).to.equal(T0);
  });
});
