// Submitting: the POST, its retries and failures, and the countdown that sends the default.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { T0, nextTask, useFakeTime } from './support/fake-time.js';
import { openDialog, settle, settleUntil } from './support/dialog-fixture.js';
import { PREFIX } from '../src/wrapup/store.js';
import type { Wrapup } from '../src/index.js';

/** A refusal the dialog waits a second after (`Retry-After`): time for a test to act mid-send. */
const busyForASecond = () => new Response('{}', { status: 503, headers: { 'Retry-After': '1' } });

describe('<wrapup-dialog>', () => {
  beforeEach(() => localStorage.clear());

  describe('submitting', () => {
    it('goes from open to wrapup-complete with the keyboard alone', async () => {
      const { element, ui, server } = await openDialog();
      const completed = sinon.spy();
      element.addEventListener('wrapup-complete', completed);
      await ui.type('bill');
      await ui.press('ArrowDown');
      await ui.press('Enter');
      await ui.press('Tab');
      expect(element.shadowRoot!.activeElement).to.equal(ui.submitButton);
      await ui.press('Enter');
      await waitUntil(() => completed.called, 'wrapup-complete', { timeout: 5000 });
      expect(server.requests).to.have.length(1);
      expect(element.state).to.equal('done');
      expect(element.open).to.equal(false);
      expect(ui.dialog.open).to.equal(false);
      expect(completed.firstCall.args[0].detail).to.include({ status: 200, attempts: 1 });
    });

    it('POSTs the contract body with Content-Type and an Idempotency-Key', async () => {
      const fake = useFakeTime(T0);
      try {
        const { element, ui, server } = await openDialog();
        const id = element.interactionId!;
        await fake.tickAsync(42_000);
        ui.options.find((option) => option.textContent!.includes('Billing question'))!.click();
        await element.updateComplete;
        ui.submitButton.click();
        // The sender chunk and the Web Lock answer in real time: slower on a loaded machine.
        await settleUntil(element, fake, () => server.requests.length > 0);
        expect(server.requests).to.have.length(1);
        const [request] = server.requests;
        expect(request!.method).to.equal('POST');
        expect(request!.url).to.equal(`/api/interactions/${encodeURIComponent(id)}/wrapup`);
        expect(request!.headers['content-type']).to.equal('application/json');
        expect(request!.headers['idempotency-key']).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(request!.body).to.deep.equal({
          interactionId: id,
          reasonId: 'billing',
          reasonName: 'Billing question',
          auto: false,
          channel: 'voice',
          scenario: 'end',
          endedAt: '2026-11-24T10:00:00.000Z',
          wrappedUpAt: '2026-11-24T10:00:42.000Z',
          extended: false,
          sentAt: '2026-11-24T10:00:42.000Z',
          // (The dialog was shown at T0 and the agent chose and submitted 42 s later, no search.)
          metrics: { chooseMs: 42_000, submitMs: 42_000, searches: 0 },
        });
      } finally {
        fake.restore();
      }
    });

    it('tells other tabs at once that the wrap-up is done, and lets that lock go after ten seconds', async () => {
      const fake = useFakeTime(T0);
      try {
        const { element, ui } = await openDialog();
        ui.options[0]!.click();
        await element.updateComplete;
        ui.submitButton.click();
        await settleUntil(element, fake, () => element.state === 'done');
        expect(element.state).to.equal('done');
        const doneLock = `wrapup-elements:${element.interactionId}:done`;
        const held = async () => (await navigator.locks.query()).held!.filter((lock) => lock.name === doneLock).length;
        expect(await held()).to.equal(1);
        await fake.tickAsync(9_000);
        expect(await held()).to.equal(1);
        await fake.tickAsync(1_000);
        await nextTask();
        expect(await held()).to.equal(0);
      } finally {
        fake.restore();
      }
    });

    it('sends one request for a double click, and locks the choice while in flight', async () => {
      const { element, ui, server, submits } = await openDialog({ script: ['hang'] });
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      ui.submitButton.click();
      await element.updateComplete;
      ui.submitButton.click();
      ui.options[1]!.click();
      expect(submits).to.have.length(1);
      await waitUntil(() => server.requests.length > 0, 'the POST', { timeout: 5000 });
      await settle(element);
      expect(server.requests).to.have.length(1);
      expect(element.state).to.equal('submitting');
      expect(ui.submitButton.disabled).to.equal(true);
      expect(ui.search.disabled).to.equal(true);
      expect(ui.selectedNames).to.deep.equal(['Other']);
    });

    it('finishes a submission when the host moves the element mid-flight, without starting another', async () => {
      const { element, ui, server } = await openDialog({ script: [busyForASecond(), 200] });
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => element.state === 'retrying', 'the wait after the first attempt', { timeout: 5000 });
      const parent = element.parentElement!;
      element.remove();
      parent.append(element);
      await waitUntil(() => element.state === 'done', 'the submission to finish after the move', { timeout: 5000 });
      expect(server.requests).to.have.length(2);
      expect(server.requests[1]!.headers['idempotency-key']).to.equal(server.requests[0]!.headers['idempotency-key']);
    });

    it('finishes a submission when the host removes the element for good mid-flight', async () => {
      const { element, ui, server } = await openDialog({ script: [busyForASecond(), 200] });
      const completed = sinon.spy();
      element.addEventListener('wrapup-complete', completed);
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => element.state === 'retrying', 'the wait after the first attempt', { timeout: 5000 });
      element.remove();
      await waitUntil(() => completed.called, 'wrapup-complete from the removed element', { timeout: 5000 });
      expect(server.requests).to.have.length(2);
      expect(element.state).to.equal('done');
      expect(JSON.parse(localStorage.getItem(PREFIX + element.interactionId!)!).doneAt).to.be.a('number');
    });

    it('lets the host submit itself by cancelling wrapup-submit', async () => {
      const { element, ui, server } = await openDialog();
      const completed = sinon.spy();
      element.addEventListener('wrapup-submit', (event) => event.preventDefault());
      element.addEventListener('wrapup-complete', completed);
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await settle(element);
      expect(server.requests).to.have.length(0);
      expect(element.state).to.equal('submitting');
      element.complete(204);
      await element.updateComplete;
      expect(element.state).to.equal('done');
      expect(completed.firstCall.args[0].detail).to.include({ status: 204 });
    });

    it("shows the host's own failed submission, and Try again asks the host again", async () => {
      const { element, ui, server } = await openDialog();
      const submits: Wrapup[] = [];
      const keys: string[] = [];
      element.addEventListener('wrapup-submit', (event) => {
        event.preventDefault();
        submits.push(event.detail.wrapup);
        keys.push(event.detail.idempotencyKey);
      });
      const errors = sinon.spy();
      element.addEventListener('wrapup-error', errors);
      element.fail(503); // nothing submitted yet: ignored
      expect(element.state).to.equal('open');
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await settle(element);
      element.fail(503);
      await element.updateComplete;
      expect(element.state).to.equal('failed');
      expect(ui.message).to.include('(503)');
      expect(errors.lastCall.args[0].detail).to.include({ final: true });
      expect(errors.lastCall.args[0].detail.error.status).to.equal(503);
      // What a reload or another tab shows instead of asking the host again by itself.
      expect(JSON.parse(localStorage.getItem(PREFIX + element.interactionId)!)).to.include({ hostSubmits: true, hostFailed: 503 });
      ui.retryButton!.click();
      await settle(element);
      expect(submits).to.have.length(2);
      const [first, again] = submits as [Wrapup, Wrapup];
      expect(again, 'the same wrap-up').to.deep.equal(first);
      expect(keys[1], 'under the same key').to.equal(keys[0]);
      expect(element.state).to.equal('submitting');
      element.complete();
      await element.updateComplete;
      expect(element.state).to.equal('done');
      expect(server.requests).to.have.length(0);
    });

    it('shows a final error with the status and a way to try again with the same key', async () => {
      const { element, ui, server } = await openDialog({ script: [422, 200] });
      const errors = sinon.spy();
      element.addEventListener('wrapup-error', errors);
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => element.state === 'failed', 'the final failure', { timeout: 5000 });
      expect(ui.message).to.contain('refused this wrap-up (422)');
      expect(errors.lastCall.args[0].detail).to.include({ attempt: 1, final: true });
      expect(errors.lastCall.args[0].detail.error.status).to.equal(422);
      ui.retryButton!.click();
      await waitUntil(() => element.state === 'done', 'the retry to succeed', { timeout: 5000 });
      expect(server.requests).to.have.length(2);
      expect(server.requests[1]!.headers['idempotency-key']).to.equal(server.requests[0]!.headers['idempotency-key']);
    });

    it('finishes its own POST unseen when the host gives it another interaction mid-send', async () => {
      const { element, ui, server } = await openDialog({ script: [busyForASecond(), 200] });
      const first = element.interactionId!;
      element.subject = 'Chat with Marko';
      const completed: CustomEvent[] = [];
      element.addEventListener('wrapup-complete', (event) => completed.push(event));
      const errors = sinon.spy();
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => element.state === 'retrying', 'the wait after the first attempt', { timeout: 5000 });
      element.addEventListener('wrapup-error', errors);
      Object.assign(element, { interactionId: `next-${Math.random()}`, subject: 'Call with Ana' });
      await element.updateComplete;
      expect(element.state, 'the next interaction').to.equal('open');
      await waitUntil(() => completed.length > 0, 'the first one accepted', { timeout: 5000 });
      expect(completed[0]!.detail.wrapup.interactionId).to.equal(first);
      expect(completed[0]!.detail, "not the next one's subject").to.not.have.property('subject');
      expect(server.requests).to.have.length(2);
      expect(server.requests[1]!.headers['idempotency-key']).to.equal(server.requests[0]!.headers['idempotency-key']);
      expect(JSON.parse(localStorage.getItem(PREFIX + first)!)).to.have.keys('interactionId', 'idempotencyKey', 'doneAt');
      expect(errors.called, 'nothing said about the first one in the meantime').to.equal(false);
      expect(element.state, 'the next one untouched').to.equal('open');
      expect(ui.selectedNames).to.deep.equal([]);
    });

    it('tells of its own POST failing for good after the host gave it another interaction, and keeps that wrap-up', async () => {
      const { element, ui, server } = await openDialog({ script: [busyForASecond(), 422] });
      const first = element.interactionId!;
      element.subject = 'Chat with Marko';
      const errors: CustomEvent[] = [];
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => element.state === 'retrying', 'the wait after the first attempt', { timeout: 5000 });
      element.addEventListener('wrapup-error', (event) => errors.push(event));
      Object.assign(element, { interactionId: `next-${Math.random()}`, subject: 'Call with Ana' });
      await element.updateComplete;
      await waitUntil(() => errors.length > 0, 'the refusal told', { timeout: 5000 });
      expect(errors).to.have.length(1);
      const { detail } = errors[0]!;
      expect(detail).to.include({ attempt: 2, final: true });
      expect(detail, "not the next one's subject").to.not.have.property('subject');
      expect(detail.error).to.include({ status: 422, interactionId: first });
      expect(server.requests).to.have.length(2);
      expect(element.state, 'the next one untouched').to.equal('open');
      expect(ui.message, 'nothing shown of it').to.equal('');
      const stored = JSON.parse(localStorage.getItem(PREFIX + first)!);
      expect(stored.wrapup, 'kept, to send when that interaction is shown again').to.include({ interactionId: first });
      expect(stored).to.not.have.property('doneAt');
    });

    it('says once that the POST was accepted when the host shows that interaction again mid-send', async () => {
      const { element, ui, server } = await openDialog({ script: [busyForASecond(), 200] });
      const first = element.interactionId!;
      const completed: string[] = [];
      element.addEventListener('wrapup-complete', (event) => completed.push(event.detail.wrapup.interactionId));
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => element.state === 'retrying', 'the wait after the first attempt', { timeout: 5000 });
      element.interactionId = `next-${Math.random()}`;
      await element.updateComplete;
      element.interactionId = first;
      await waitUntil(() => element.state === 'done', 'the first one done', { timeout: 5000 });
      await nextTask();
      expect(completed).to.deep.equal([first]);
      expect(server.requests, 'no POST after the accepted one').to.have.length(2);
    });

    it('fails at once, saying so, when the fetch it was given is no function; a working one then sends it', async () => {
      const { element, ui, server } = await openDialog();
      element.fetch = { post: server.fetch } as unknown as typeof element.fetch;
      const errors = sinon.spy();
      element.addEventListener('wrapup-error', errors);
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => element.state === 'failed', 'the failure', { timeout: 5000 });
      expect(errors.lastCall.args[0].detail).to.include({ attempt: 0, final: true });
      expect(errors.lastCall.args[0].detail.error.message).to.contain('fetch is not a function');
      element.fetch = server.fetch;
      ui.retryButton!.click();
      await waitUntil(() => element.state === 'done', 'the retry to succeed', { timeout: 5000 });
      expect(server.requests).to.have.length(1);
    });
  });

  describe('countdown', () => {
    let fake: sinon.SinonFakeTimers;
    beforeEach(() => {
      fake = useFakeTime(T0);
    });
    afterEach(() => fake.restore());

    it('submits the default reason once, with auto: true, when the deadline passes', async () => {
      const { element, ui, server, submits } = await openDialog({ autoWrapup: 60 });
      const expired = sinon.spy();
      element.addEventListener('wrapup-expire', expired);
      expect(ui.countdown).to.equal('1:00');
      await fake.tickAsync(59_000);
      await element.updateComplete;
      expect(ui.countdown).to.equal('0:01');
      expect(server.requests).to.have.length(0);
      await fake.tickAsync(1000);
      await settleUntil(element, fake, () => server.requests.length > 0);
      expect(expired.callCount).to.equal(1);
      expect(expired.firstCall.args[0].detail).to.deep.equal({ deadline: T0 + 60_000 });
      expect(server.requests).to.have.length(1);
      expect(server.requests[0]!.body).to.include({ reasonId: 'other', auto: true, wrappedUpAt: '2026-11-24T10:01:00.000Z' });
      await fake.tickAsync(120_000);
      await settle(element, fake);
      expect(submits).to.have.length(1);
      expect(server.requests).to.have.length(1);
      expect(expired.callCount).to.equal(1);
      expect(element.state).to.equal('done');
    });

    it('sends the reason the agent chose, rather than the default, at the deadline', async () => {
      const { element, ui, server } = await openDialog({ autoWrapup: 30 });
      ui.options.find((option) => option.textContent!.includes('Refund'))!.click();
      await fake.tickAsync(30_000);
      await settleUntil(element, fake, () => server.requests.length > 0);
      expect(server.requests[0]!.body).to.include({ reasonId: 'refund', auto: true });
    });

    it('does not submit when the host cancels wrapup-expire', async () => {
      const { element, submits } = await openDialog({ autoWrapup: 10 });
      const expired = sinon.spy((event: Event) => event.preventDefault());
      element.addEventListener('wrapup-expire', expired);
      await fake.tickAsync(11_000);
      await settleUntil(element, fake, () => expired.callCount === 1);
      // A submission would have started in the same task as the expiry.
      await settle(element, fake);
      expect(submits).to.have.length(0);
      expect(element.state).to.equal('open');
    });

    it('fires wrapup-expire and waits for the agent when there is no valid default', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const { element, ui, submits } = await openDialog({ autoWrapup: 10, defaultReason: 'nope' });
        const expired = sinon.spy();
        element.addEventListener('wrapup-expire', expired);
        await fake.tickAsync(10_000);
        await settleUntil(element, fake, () => expired.callCount === 1);
        expect(submits).to.have.length(0);
        expect(ui.message).to.contain('no default reason is set');
      } finally {
        warn.restore();
      }
    });

    it('warns 20 seconds ahead, with extend one key away', async () => {
      const { element, ui } = await openDialog({ autoWrapup: 60, extendable: true, extendSeconds: 30 });
      await fake.tickAsync(39_000);
      await element.updateComplete;
      expect(ui.announcement).to.equal('');
      await fake.tickAsync(1000);
      await element.updateComplete;
      expect(ui.announcement).to.equal('Auto wrap-up in 20 seconds. Press Alt+X to extend.');
      expect(ui.extendButton!.getAttribute('aria-keyshortcuts')).to.equal('Alt+X');
      const extended = sinon.spy();
      element.addEventListener('wrapup-extend', extended);
      await ui.chord('Alt', 'KeyX');
      expect(extended.callCount).to.equal(1);
      expect(extended.firstCall.args[0].detail).to.deep.equal({ deadline: T0 + 90_000, extensions: 1 });
    });

    it('moves the deadline by extend-seconds on each extension, at least ten times', async () => {
      const { element, ui, server } = await openDialog({ autoWrapup: 60, extendable: true, extendSeconds: 30 });
      const extended = sinon.spy();
      element.addEventListener('wrapup-extend', extended);
      expect(ui.extendButton!.textContent!.trim()).to.equal('Extend by 30 seconds');
      for (let i = 0; i < 10; i++) {
        ui.extendButton!.click();
        await element.updateComplete;
      }
      expect(extended.callCount).to.equal(10);
      expect(extended.lastCall.args[0].detail).to.deep.equal({ deadline: T0 + 360_000, extensions: 10 });
      expect(element.deadline).to.equal(T0 + 360_000);
      expect(ui.countdown).to.equal('6:00');
      await fake.tickAsync(359_000);
      await settle(element, fake);
      expect(server.requests).to.have.length(0);
      await fake.tickAsync(1000);
      await settleUntil(element, fake, () => server.requests.length > 0);
      expect(server.requests[0]!.body).to.include({ auto: true, extended: true });
    });

    it('cancels the countdown for good without extend-seconds', async () => {
      const { element, ui, server } = await openDialog({ autoWrapup: 60, extendable: true });
      const extended = sinon.spy();
      element.addEventListener('wrapup-extend', extended);
      expect(ui.extendButton!.textContent!.trim()).to.equal('Cancel auto wrap-up');
      ui.extendButton!.click();
      await element.updateComplete;
      expect(extended.firstCall.args[0].detail).to.deep.equal({ deadline: null, extensions: 1 });
      expect(ui.countdown).to.equal(undefined);
      expect(ui.countdownText).to.contain('Auto wrap-up cancelled');
      await fake.tickAsync(600_000);
      await settle(element, fake);
      expect(server.requests).to.have.length(0);
    });

    it('shows no extend control unless the administrator allows it', async () => {
      const { ui } = await openDialog({ autoWrapup: 60 });
      expect(ui.extendButton).to.equal(null);
    });
  });

});
