import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { setLocale, type WrapupDialog, type WrapupReason } from '../src/index.js';
import { DialogHarness, scriptedFetch } from './support/dialog-harness.js';
import { T0, nextTask, useFakeTime } from './support/fake-time.js';

const reasons: WrapupReason[] = [
  { id: 'billing', name: 'Billing question', group: 'Billing' },
  { id: 'refund', name: 'Refund request', group: 'Billing' },
  { id: 'tech', name: 'Technical problem', group: 'Support', description: 'Device or app trouble' },
  { id: 'contract-end', name: 'Zaključek pogodbe', group: 'Support' },
  { id: 'other', name: 'Other' },
];

let interactions = 0;
/** A fresh interaction id per test, so stored state never leaks between tests. */
const nextInteraction = () => `test-${Date.now()}-${++interactions}`;

async function openDialog(
  { autoWrapup, extendable = false, extendSeconds, defaultReason = 'other', list = reasons, script = [200] as (number | 'hang')[] } = {} as {
    autoWrapup?: number;
    extendable?: boolean;
    extendSeconds?: number;
    defaultReason?: string;
    list?: unknown;
    script?: (number | 'hang')[];
  },
) {
  const server = scriptedFetch(...script);
  /**
   * Every wrap-up-submit, which fires synchronously when a submission starts: counting these
   * shows that nothing was submitted without waiting for a POST that might merely be slow.
   */
  const submits: Event[] = [];
  const element = await fixture<WrapupDialog>(html`
    <wrapup-dialog
      interaction-id=${nextInteraction()}
      ended-at=${new Date(Date.now()).toISOString()}
      auto-wrapup=${autoWrapup ?? ''}
      default-reason=${defaultReason}
      ?extendable=${extendable}
      extend-seconds=${extendSeconds ?? ''}
      submit-url="/api/interactions/{interactionId}/wrapup"
      .reasons=${list as WrapupReason[]}
      .fetch=${server.fetch}
      @wrapup-submit=${(event: Event) => submits.push(event)}
      open
    ></wrapup-dialog>
  `);
  await element.updateComplete;
  return { element, ui: new DialogHarness(element), server, submits };
}

/**
 * Lets pending work (the stub fetch, the Web Lock, the submission loop) and Lit renders settle:
 * a few real tasks, which fake timers do not hold back, with fake time flushed in between.
 */
async function settle(element: WrapupDialog, fake?: sinon.SinonFakeTimers) {
  for (let i = 0; i < 12; i++) {
    if (fake) await fake.tickAsync(0);
    await nextTask();
    await element.updateComplete;
  }
}

/** Settles until `done` holds (a Web Lock may take longer on a loaded machine), or 5 real seconds. */
async function settleUntil(element: WrapupDialog, fake: sinon.SinonFakeTimers, done: () => boolean) {
  for (let i = 0; i < 400 && !done(); i++) await settle(element, fake);
}

describe('<wrapup-dialog>', () => {
  beforeEach(() => localStorage.clear());

  describe('as a modal', () => {
    it('opens as a modal dialog named "Wrap-up reasons" with focus in the search field', async () => {
      const { ui } = await openDialog();
      expect(ui.dialog.open).to.equal(true);
      expect(ui.dialog.matches(':modal')).to.equal(true);
      expect(ui.title).to.equal('Wrap-up reasons');
      expect(ui.dialog.getAttribute('aria-labelledby')).to.equal('title');
      expect(ui.searchHasFocus).to.equal(true);
    });

    it('says what happened, per channel and scenario', async () => {
      const { element, ui } = await openDialog();
      expect(ui.scenario).to.equal('Call ended · 0:00');
      expect(ui.elapsed).to.equal('0:00');
      element.channel = 'chat';
      element.scenario = 'transfer';
      await element.updateComplete;
      expect(ui.scenario).to.match(/^Chat transferred/);
      element.channel = 'email';
      element.scenario = 'send';
      await element.updateComplete;
      expect(ui.scenario).to.match(/^Email reply sent/);
      element.scenario = 'customer-end';
      element.channel = 'chat';
      await element.updateComplete;
      expect(ui.scenario).to.match(/^Customer ended the chat/);
    });

    it('closes the list on Escape and never the dialog', async () => {
      const { ui } = await openDialog();
      expect(ui.search.getAttribute('aria-expanded')).to.equal('true');
      await ui.press('Escape');
      expect(ui.search.getAttribute('aria-expanded')).to.equal('false');
      expect(ui.listbox.hidden).to.equal(true);
      await ui.press('Escape');
      await ui.press('Escape');
      expect(ui.dialog.open).to.equal(true);
      await ui.press('ArrowDown');
      expect(ui.search.getAttribute('aria-expanded')).to.equal('true');
    });

    it('returns focus to where it was when the dialog closes', async () => {
      const opener = await fixture<HTMLButtonElement>(html`<button>Open</button>`);
      opener.focus();
      const { element, ui } = await openDialog();
      expect(ui.searchHasFocus).to.equal(true);
      element.open = false;
      await element.updateComplete;
      expect(document.activeElement).to.equal(opener);
    });
  });

  describe('choosing a reason', () => {
    it('lists reasons in their groups', async () => {
      const { ui, element } = await openDialog();
      const groups = [...element.shadowRoot!.querySelectorAll('[role="group"]')].map((group) => group.getAttribute('aria-label'));
      expect(groups).to.deep.equal(['Billing', 'Support']);
      expect(ui.optionNames).to.deep.equal(['Other', 'Billing question', 'Refund request', 'Technical problem', 'Zaključek pogodbe']);
      const billing = element.shadowRoot!.querySelector('[role="group"][aria-label="Billing"]')!;
      expect([...billing.querySelectorAll('[role="option"]')].map((option) => option.textContent!.trim())).to.deep.equal([
        'Billing question',
        'Refund request',
      ]);
    });

    it('filters as the agent types, ignoring case and diacritics, and highlights the match', async () => {
      const { ui } = await openDialog();
      await ui.type('ZAKLJUCEK');
      expect(ui.optionNames).to.deep.equal(['Zaključek pogodbe']);
      expect(ui.options[0]!.querySelector('mark')!.textContent).to.equal('Zaključek');
    });

    it('finds reasons by their description too', async () => {
      const { ui } = await openDialog();
      await ui.type('device');
      expect(ui.optionNames).to.deep.equal(['Technical problem']);
    });

    it('shows "No reasons match" and announces the count once typing pauses', async () => {
      const fake = useFakeTime();
      try {
        const { element, ui } = await openDialog();
        await ui.type('qu');
        expect(ui.announcement).to.equal('');
        await fake.tickAsync(1000);
        await element.updateComplete;
        expect(ui.announcement).to.equal('2 reasons match');
        await ui.type('zzz');
        expect(ui.options).to.have.length(0);
        expect(ui.listbox.hidden).to.equal(true);
        expect(element.shadowRoot!.querySelector('.empty')!.textContent!.trim()).to.equal('No reasons match');
        await fake.tickAsync(1000);
        await element.updateComplete;
        expect(ui.announcement).to.equal('No reasons match');
      } finally {
        fake.restore();
      }
    });

    it('moves with Down, Up, Home and End, keeping DOM focus in the search field', async () => {
      const { ui } = await openDialog();
      await ui.press('ArrowDown');
      expect(ui.activeOption!.textContent!.trim()).to.equal('Other');
      await ui.press('ArrowDown');
      await ui.press('ArrowDown');
      expect(ui.activeOption!.textContent!.trim()).to.equal('Refund request');
      await ui.press('End');
      expect(ui.activeOption!.textContent!.trim()).to.equal('Zaključek pogodbe');
      await ui.press('Home');
      expect(ui.activeOption!.textContent!.trim()).to.equal('Other');
      await ui.press('ArrowUp');
      expect(ui.activeOption!.textContent!.trim()).to.equal('Other');
      expect(ui.searchHasFocus).to.equal(true);
      expect(ui.activeOption!.getAttribute('aria-posinset')).to.equal('1');
      expect(ui.activeOption!.getAttribute('aria-setsize')).to.equal('5');
    });

    it('chooses exactly one reason with Enter or a click, and fires wrapup-select', async () => {
      const { element, ui } = await openDialog();
      const selected = sinon.spy();
      element.addEventListener('wrapup-select', selected);
      expect(ui.submitButton.disabled).to.equal(true);
      await ui.press('ArrowDown');
      await ui.press('Enter');
      expect(ui.selectedNames).to.deep.equal(['Other']);
      ui.options[1]!.click();
      await element.updateComplete;
      expect(ui.selectedNames).to.deep.equal(['Billing question']);
      expect(selected.callCount).to.equal(2);
      expect(selected.secondCall.args[0].detail.reason).to.deep.equal(reasons[0]);
      expect(ui.submitButton.disabled).to.equal(false);
    });

    it('reads declarative <option>s and <optgroup>s, and follows later changes', async () => {
      const element = await fixture<WrapupDialog>(html`
        <wrapup-dialog interaction-id=${nextInteraction()} open>
          <optgroup label="Sales"><option value="upsell">Upsell</option></optgroup>
          <option value="other">Other</option>
        </wrapup-dialog>
      `);
      const ui = new DialogHarness(element);
      expect(ui.optionNames).to.deep.equal(['Other', 'Upsell']);
      const option = document.createElement('option');
      option.value = 'late';
      option.textContent = 'Added later';
      element.append(option);
      await waitUntil(() => ui.optionNames.includes('Added later'), 'the new option to show', { timeout: 5000 });
      element.reasons = [{ id: 'prop', name: 'From the property' }];
      await element.updateComplete;
      expect(ui.optionNames).to.deep.equal(['From the property']);
    });

    it('renders only the rows in view for 10,000 reasons, and reaches the last one by keyboard', async () => {
      const many = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, name: `Reason ${i} čšž`, group: `Group ${Math.floor(i / 100)}` }));
      const { ui } = await openDialog({ list: many, defaultReason: 'r0' });
      expect(ui.options.length).to.be.within(1, 60);
      await ui.press('ArrowDown');
      await ui.press('End');
      expect(ui.activeOption!.textContent!.trim()).to.equal('Reason 9999 čšž');
      expect(ui.options.length).to.be.below(60);
      await ui.type('9999');
      expect(ui.optionNames).to.deep.equal(['Reason 9999 čšž']);
    });
  });

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

    it('finishes a submission when the host moves the element mid-flight', async () => {
      const { element, ui, server } = await openDialog({ script: ['hang', 200] });
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => server.requests.length === 1, 'the first attempt', { timeout: 5000 });
      const parent = element.parentElement!;
      element.remove();
      parent.append(element);
      await waitUntil(() => element.state === 'done', 'the submission to finish after the move', { timeout: 5000 });
      expect(server.requests).to.have.length(2);
      expect(server.requests[1]!.headers['idempotency-key']).to.equal(server.requests[0]!.headers['idempotency-key']);
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
      const submits: unknown[] = [];
      element.addEventListener('wrapup-submit', (event) => {
        event.preventDefault();
        submits.push(event.detail.wrapup);
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
      ui.retryButton!.click();
      await settle(element);
      expect(submits).to.have.length(2);
      expect(submits[1]).to.deep.equal(submits[0]);
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

  describe('bad input', () => {
    let warn: sinon.SinonStub;
    beforeEach(() => {
      warn = sinon.stub(console, 'warn');
    });
    afterEach(() => warn.restore());

    async function withProblem(configure: (element: WrapupDialog) => void) {
      const errors: CustomEvent[] = [];
      const element = document.createElement('wrapup-dialog');
      element.addEventListener('wrapup-error', (event) => errors.push(event));
      element.interactionId = nextInteraction();
      element.reasons = reasons;
      element.defaultReason = 'other';
      element.submitUrl = '/api/wrapup';
      configure(element);
      element.open = true;
      document.body.append(element);
      await element.updateComplete;
      const ui = new DialogHarness(element);
      return {
        element,
        ui,
        /** The fields named by the wrap-up-errors so far (read it after what it should report). */
        get fields() {
          return errors.map((event) => event.detail.field);
        },
        remove: () => element.remove(),
      };
    }

    const cases: [string, (element: WrapupDialog) => void, string, RegExp][] = [
      ['reasons that are not a list', (e) => (e.reasons = 'billing' as never), 'reasons', /must be an array/],
      ['a reason without an id', (e) => (e.reasons = [{ name: 'No id' } as never, ...reasons]), 'reasons', /reason 1 has no id/],
      ['a duplicate id', (e) => (e.reasons = [...reasons, { id: 'billing', name: 'Again' }]), 'reasons', /repeats the id "billing"/],
      ['a name that is not a string', (e) => (e.reasons = [{ id: 'x', name: 42 } as never]), 'reasons', /has no name/],
      ['a huge name', (e) => (e.reasons = [...reasons, { id: 'huge', name: 'x'.repeat(10_000) }]), 'reasons', /longer than 200/],
      ['a default that is not in the list', (e) => (e.defaultReason = 'missing'), 'default-reason', /"missing" is not one of the reasons/],
      ['a negative duration', (e) => (e.autoWrapup = -5), 'auto-wrapup', /must not be negative/],
      ['a non-numeric duration', (e) => (e.autoWrapup = 'soon'), 'auto-wrapup', /must be a number/],
      ['a huge duration', (e) => (e.autoWrapup = 1e12), 'auto-wrapup', /at most 86400/],
      ['a non-numeric extension', (e) => (e.extendSeconds = 'NaN'), 'extend-seconds', /must be a number/],
      ['an unparseable date', (e) => (e.endedAt = 'last tuesday'), 'ended-at', /ISO 8601/],
      ['a submit URL that is not http', (e) => (e.submitUrl = 'javascript:alert(1)'), 'submit-url', /http\(s\) URL/],
      ['an unknown channel', (e) => (e.channel = 'fax' as never), 'channel', /one of voice, chat, email, social/],
    ];

    for (const [what, configure, field, message] of cases) {
      it(`shows and reports ${what}`, async () => {
        const { ui, fields, remove } = await withProblem(configure);
        try {
          expect(fields).to.include(field);
          expect(ui.message).to.match(message);
        } finally {
          remove();
        }
      });
    }

    it('keeps the valid reasons when some are malformed, and never posts an id not in the list', async () => {
      const server = scriptedFetch(200);
      const submits: Event[] = [];
      const { ui, element, remove } = await withProblem((e) => {
        e.reasons = [{ id: '', name: 'Empty id' }, { id: 'ok', name: 'Fine' }, null as never];
        e.fetch = server.fetch;
        e.addEventListener('wrapup-submit', (event) => submits.push(event));
      });
      try {
        expect(ui.optionNames).to.deep.equal(['Fine']);
        ui.options[0]!.click();
        await element.updateComplete;
        // The chosen reason leaves the list before the agent submits.
        element.reasons = [{ id: 'other', name: 'Other' }];
        await element.updateComplete;
        expect(ui.submitButton.disabled).to.equal(true);
        element.submit();
        // A submission would have fired wrapup-submit in the same task.
        expect(submits).to.have.length(0);
        expect(server.requests).to.have.length(0);
      } finally {
        remove();
      }
    });

    it('refuses to submit without an interaction id, and says so', async () => {
      const server = scriptedFetch(200);
      const problem = await withProblem((e) => {
        e.interactionId = undefined;
        e.fetch = server.fetch;
      });
      const { element, ui, remove } = problem;
      try {
        expect(problem.fields).to.deep.equal([]); // nothing to report until it is submitted
        ui.options[0]!.click();
        await element.updateComplete;
        ui.submitButton.click();
        await element.updateComplete;
        await waitUntil(() => ui.message.includes('no interaction id'), 'the message', { timeout: 5000 });
        expect(server.requests).to.have.length(0);
        expect(problem.fields).to.deep.equal(['interaction-id']);
      } finally {
        remove();
      }
    });

    it('renders HTML, right-to-left overrides and zero-width characters in names as inert text', async () => {
      const hostile = [
        { id: 'html', name: '<img src=x onerror="window.__pwned=1">Bold <b>claim</b>' },
        { id: 'rtl', name: '\u202Egnp.exe' },
        { id: 'zw', name: 'Zero\u200Bwidth' },
      ];
      const { ui, element, remove } = await withProblem((e) => {
        e.reasons = hostile;
        e.defaultReason = 'html';
      });
      try {
        expect(ui.optionNames).to.deep.equal(hostile.map((reason) => reason.name));
        expect(element.shadowRoot!.querySelector('[role="listbox"] img, [role="listbox"] b')).to.equal(null);
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        expect(ui.options.every((option) => option.querySelector('bdi'))).to.equal(true);
        await ui.type('zerowidth');
        expect(ui.optionNames).to.deep.equal(['Zero\u200Bwidth']);
      } finally {
        remove();
      }
    });
  });

  describe('in Slovenian', () => {
    afterEach(() => setLocale(null));

    it('uses the source vocabulary and finds "zakljucek" in "Zaključek"', async () => {
      const { element, ui } = await openDialog({ autoWrapup: 60, extendable: true });
      await setLocale('sl');
      await element.updateComplete;
      expect(ui.title).to.equal('Razlogi za zaključek');
      expect(ui.submitButton.textContent!.trim()).to.equal('Pošlji zaključevanje');
      expect(ui.extendButton!.textContent!.trim()).to.equal('Prekliči odštevanje');
      expect(ui.scenario).to.match(/^Klic končan/);
      await ui.type('zakljucek');
      expect(ui.optionNames).to.deep.equal(['Zaključek pogodbe']);
    });
  });

  describe('accessibility', () => {
    it('passes axe with the list open, closed, filtered to nothing, in error and in Slovenian', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const { element, ui } = await openDialog({ autoWrapup: 60, extendable: true });
        await expect(element).to.be.accessible();
        await ui.press('ArrowDown');
        await expect(element).to.be.accessible();
        await ui.type('zzz');
        await expect(element).to.be.accessible();
        await ui.press('Escape');
        await expect(element).to.be.accessible();
        element.autoWrapup = -1;
        await element.updateComplete;
        expect(ui.message).to.contain('must not be negative');
        await expect(element).to.be.accessible();
        await setLocale('sl');
        await element.updateComplete;
        await expect(element).to.be.accessible();
      } finally {
        warn.restore();
        await setLocale(null);
      }
    });
  });
});

describe('<wrapup-timer for>', () => {
  it('counts up from the ended-at of the dialog it names', async () => {
    const fake = useFakeTime(T0);
    try {
      const container = await fixture<HTMLElement>(html`
        <div>
          <wrapup-timer for="wrap"></wrapup-timer>
          <wrapup-dialog id="wrap" interaction-id=${nextInteraction()} ended-at=${new Date(T0 - 65_000).toISOString()}></wrapup-dialog>
        </div>
      `);
      const timer = container.querySelector('wrapup-timer')!;
      timer.for = 'wrap';
      await timer.updateComplete;
      expect(timer.shadowRoot!.querySelector('[role="timer"]')!.textContent!.trim()).to.equal('1:05');
    } finally {
      fake.restore();
    }
  });
});
