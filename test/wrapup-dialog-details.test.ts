// Details found in a review of the dialog: the page clock, the listbox's accessibility, the
// alert region and announcements.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { clock, type WrapupDialog, type WrapupReason } from '../src/index.js';
import { DialogHarness, scriptedFetch } from './support/dialog-harness.js';
import { T0, useFakeTime } from './support/fake-time.js';

let interactions = 0;
const nextInteraction = () => `details-${Date.now()}-${++interactions}`;

async function mount(template: ReturnType<typeof html>) {
  const element = await fixture<WrapupDialog>(template);
  return { element, ui: new DialogHarness(element) };
}

describe('<wrapup-dialog>', () => {
  beforeEach(() => localStorage.clear());

  describe('server-time', () => {
    let fake: sinon.SinonFakeTimers;
    beforeEach(() => (fake = useFakeTime(T0)));
    afterEach(() => fake.restore());

    it('is applied once: a second dialog with the same, older reading does not move the page clock', async () => {
      const reading = T0 + 5 * 60_000; // the server is five minutes ahead of this computer
      await mount(html`<wrapup-dialog interaction-id=${nextInteraction()} server-time=${String(reading)}></wrapup-dialog>`);
      expect(clock.now()).to.equal(reading);
      await fake.tickAsync(10_000);
      // Rendered with the page, or re-mounted by a framework, with the value it had then.
      await mount(html`<wrapup-dialog interaction-id=${nextInteraction()} server-time=${String(reading)}></wrapup-dialog>`);
      expect(clock.now()).to.equal(reading + 10_000);
      await mount(html`<wrapup-dialog interaction-id=${nextInteraction()} server-time=${String(reading + 20_000)}></wrapup-dialog>`);
      expect(clock.now(), 'a newer reading still corrects it').to.equal(reading + 20_000);
    });
  });

  describe('the listbox', () => {
    const many: WrapupReason[] = Array.from({ length: 2000 }, (_, i) => ({ id: `r${i}`, name: `Reason ${i}` }));

    it('never names an option that is not rendered as active, after the agent scrolls with the mouse', async () => {
      const { element, ui } = await mount(
        html`<wrapup-dialog interaction-id=${nextInteraction()} .reasons=${many} open></wrapup-dialog>`,
      );
      await ui.press('ArrowDown');
      expect(ui.activeOption!.textContent!.trim()).to.equal('Reason 0');
      const scrolled = oneEvent(ui.listbox, 'scroll');
      ui.listbox.scrollTop = ui.listbox.scrollHeight;
      await scrolled;
      await element.updateComplete;
      const id = ui.search.getAttribute('aria-activedescendant');
      expect(id === null || element.shadowRoot!.getElementById(id) !== null, `"${id}" is rendered`).to.equal(true);
      await ui.press('ArrowDown');
      expect(ui.activeOption!.textContent!.trim()).to.equal('Reason 1');
    });

    it('shows the matches from the top when the agent types after scrolling down', async () => {
      const { element, ui } = await mount(
        html`<wrapup-dialog interaction-id=${nextInteraction()} .reasons=${many} open></wrapup-dialog>`,
      );
      const scrolled = oneEvent(ui.listbox, 'scroll');
      ui.listbox.scrollTop = ui.listbox.scrollHeight;
      await scrolled;
      await element.updateComplete;
      expect(ui.optionNames[0]).not.to.equal('Reason 0');
      await ui.type('Reason 1');
      expect(ui.listbox.scrollTop).to.equal(0);
      expect(ui.optionNames[0]).to.equal('Reason 1');
    });

    it("shows a reason's description and gives it to the option as its accessible description", async () => {
      const { element, ui } = await mount(html`<wrapup-dialog
        interaction-id=${nextInteraction()}
        .reasons=${[{ id: 'tech', name: 'Technical problem', description: 'Device or app trouble' }]}
        open
      ></wrapup-dialog>`);
      const option = ui.options[0]!;
      expect(option.hasAttribute('title')).to.equal(false);
      const description = element.shadowRoot!.getElementById(option.getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.equal('Device or app trouble');
      expect(description.getBoundingClientRect().width).to.be.above(0);
      expect(ui.optionNames).to.deep.equal(['Technical problem']);
    });
  });

  describe('removal', () => {
    it('does not throw when removed before its first render finishes', async () => {
      const element = document.createElement('wrapup-dialog');
      element.interactionId = nextInteraction();
      element.open = true;
      document.body.append(element);
      element.remove();
      // The update still runs; it must not try to show a modal that is not in the document.
      expect(await element.updateComplete).to.equal(true);
      expect(element.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    });
  });

  describe('announcements', () => {
    it('keeps its alert region in place before a message appears in it', async () => {
      const server = scriptedFetch(422);
      const { element, ui } = await mount(html`<wrapup-dialog
        interaction-id=${nextInteraction()}
        submit-url="/x"
        .reasons=${[{ id: 'a', name: 'Answered' }]}
        .fetch=${server.fetch}
        open
      ></wrapup-dialog>`);
      const region = element.shadowRoot!.querySelector('[role="alert"]');
      expect(region, 'an empty alert region').not.to.equal(null);
      expect(region!.textContent!.trim()).to.equal('');
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => element.state === 'failed', 'the submission to fail', { timeout: 5000 });
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(region);
      expect(region!.textContent).to.contain('422');
    });

    it('warns at once when shown with less than 20 seconds left, and once per deadline', async () => {
      const fake = useFakeTime(T0);
      try {
        const { element, ui } = await mount(html`<wrapup-dialog
          interaction-id=${nextInteraction()}
          ended-at=${new Date(T0 - 50_000).toISOString()}
          auto-wrapup="60"
          default-reason="a"
          .reasons=${[{ id: 'a', name: 'Answered' }]}
          open
        ></wrapup-dialog>`);
        await element.updateComplete;
        expect(ui.announcement).to.equal('Auto wrap-up in 10 seconds.');
        await fake.tickAsync(1000);
        await element.updateComplete;
        expect(ui.countdown, 'the countdown moved on').to.equal('0:09');
        expect(ui.announcement, 'not said again').to.equal('Auto wrap-up in 10 seconds.');
      } finally {
        fake.restore();
      }
    });

    it('announces each extension, not only the first', async () => {
      const fake = useFakeTime(T0);
      try {
        const { element, ui } = await mount(html`<wrapup-dialog
          interaction-id=${nextInteraction()}
          ended-at=${new Date(T0).toISOString()}
          auto-wrapup="60"
          default-reason="a"
          extendable
          extend-seconds="30"
          .reasons=${[{ id: 'a', name: 'Answered' }]}
          open
        ></wrapup-dialog>`);
        element.extend();
        await element.updateComplete;
        const first = ui.announcement;
        await fake.tickAsync(1000);
        element.extend();
        await element.updateComplete;
        expect(first).to.equal('Auto wrap-up extended: 1 minute, 30 seconds left.');
        expect(ui.announcement).to.equal('Auto wrap-up extended: 1 minute, 59 seconds left.');
      } finally {
        fake.restore();
      }
    });
  });
});

describe('<wrapup-dialog> counters', () => {
  let fake: sinon.SinonFakeTimers;
  beforeEach(() => {
    localStorage.clear();
    fake = useFakeTime(T0);
  });
  afterEach(() => fake.restore());

  const mountCounting = () =>
    mount(html`<wrapup-dialog
      interaction-id=${nextInteraction()}
      ended-at=${new Date(T0).toISOString()}
      auto-wrapup="60"
      default-reason="a"
      .reasons=${[{ id: 'a', name: 'Answered' }]}
      open
    ></wrapup-dialog>`);

  it('draws its counters on each second without updating the dialog, until the warning begins', async () => {
    const { element, ui } = await mountCounting();
    await fake.tickAsync(37_000);
    await element.updateComplete;
    const updates = sinon.spy(element as unknown as { update(changed: unknown): void }, 'update');
    await fake.tickAsync(2000);
    expect([ui.elapsed, ui.countdown]).to.deep.equal(['0:39', '0:21']);
    expect(updates.callCount, "the dialog's updates").to.equal(0);
    const countdown = element.shadowRoot!.querySelector('[part="countdown"]')!;
    expect(countdown.classList.contains('warning')).to.equal(false);
    await fake.tickAsync(1000);
    await element.updateComplete;
    expect([ui.elapsed, ui.countdown]).to.deep.equal(['0:40', '0:20']);
    expect(countdown.classList.contains('warning'), 'the warning shows').to.equal(true);
    expect(updates.callCount).to.be.greaterThan(0);
  });

  it('stops its counters while removed from the page, and counts on when put back', async () => {
    const { element, ui } = await mountCounting();
    const parent = element.parentElement!;
    element.remove();
    await fake.tickAsync(3000);
    expect(ui.elapsed, 'not drawn while removed').to.equal('0:00');
    parent.append(element);
    await element.updateComplete;
    expect(ui.elapsed).to.equal('0:03');
    expect(ui.dialog.matches(':modal'), 'the modal again').to.equal(true);
    await fake.tickAsync(1000);
    expect([ui.elapsed, ui.countdown]).to.deep.equal(['0:04', '0:56']);
  });
});

describe('<wrapup-dialog subject>', () => {
  beforeEach(() => localStorage.clear());

  it('names the interaction under the heading, in the accessible description and in event details, never in the POST', async () => {
    const server = scriptedFetch(200);
    const details: Record<string, unknown>[] = [];
    const { element, ui } = await mount(html`<wrapup-dialog
      interaction-id=${nextInteraction()}
      subject="Ana Novak · chat"
      submit-url="/x"
      .reasons=${[{ id: 'a', name: 'Answered' }]}
      .fetch=${server.fetch}
      @wrapup-select=${(event: CustomEvent) => details.push(event.detail)}
      @wrapup-submit=${(event: CustomEvent) => details.push(event.detail)}
      @wrapup-complete=${(event: CustomEvent) => details.push(event.detail)}
      open
    ></wrapup-dialog>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('[part="subject"]')!.textContent).to.equal('Ana Novak · chat');
    const describedBy = ui.dialog.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => root.getElementById(id)?.textContent?.trim()).join(' ')).to.contain('Ana Novak · chat');
    ui.options[0]!.click();
    await element.updateComplete;
    ui.submitButton.click();
    await waitUntil(() => element.state === 'done', 'the wrap-up to complete', { timeout: 5000 });
    expect(details.map((detail) => detail.subject)).to.deep.equal(['Ana Novak · chat', 'Ana Novak · chat', 'Ana Novak · chat']);
    expect(JSON.stringify(server.requests[0]!.body)).not.to.contain('Ana Novak');
    // wrapup-submit carries the key the POST is sent with.
    expect(details[1]!.idempotencyKey).to.equal(server.requests[0]!.headers['idempotency-key']);
  });

  it('shows nothing for the subject when it is absent', async () => {
    const { element } = await mount(html`<wrapup-dialog interaction-id=${nextInteraction()} open></wrapup-dialog>`);
    expect(element.shadowRoot!.querySelector('[part="subject"]')).to.equal(null);
  });
});
