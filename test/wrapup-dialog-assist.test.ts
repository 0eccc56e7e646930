// The assisted wrap-up (issue 31): the host's streamed summary and where the notes came from,
// wrap-up during the interaction (`live`), no early exit (`min-wrapup`), what the body measures,
// Alt+digits, and the settings' problems.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import type { WrapupDialog, WrapupReason, WrapupSummary } from '../src/index.js';
import { clock } from '../src/time/clock.js';
import { DialogHarness, scriptedFetch } from './support/dialog-harness.js';
import { T0, nextTask, useFakeTime } from './support/fake-time.js';

const reasons: WrapupReason[] = [
  { id: 'billing', name: 'Billing question' },
  { id: 'refund', name: 'Refund' },
  { id: 'tech', name: 'Technical problem' },
  { id: 'other', name: 'Other' },
];

let interactions = 0;
const nextInteraction = () => `assist-${Date.now()}-${++interactions}`;

interface Options {
  notes?: string;
  summary?: unknown;
  live?: boolean;
  minWrapup?: number | string;
  autoWrapup?: number;
  endedAt?: number;
  suggestions?: unknown;
}

async function mount({ notes, summary, live, minWrapup, autoWrapup, endedAt, suggestions }: Options = {}) {
  const server = scriptedFetch(200);
  const errors: { field?: string; message: string }[] = [];
  const element = await fixture<WrapupDialog>(html`<wrapup-dialog
    interaction-id=${nextInteraction()}
    submit-url="/api/{interactionId}/wrapup"
    default-reason="other"
    notes=${ifDefined(notes)}
    auto-wrapup=${ifDefined(autoWrapup)}
    min-wrapup=${ifDefined(minWrapup)}
    ended-at=${ifDefined(endedAt === undefined ? undefined : new Date(endedAt).toISOString())}
    ?live=${live}
    .reasons=${reasons}
    .summary=${summary}
    .suggestions=${suggestions}
    .fetch=${server.fetch}
    @wrapup-error=${(event: CustomEvent) => errors.push({ field: event.detail.field, message: event.detail.error.message })}
    open
  ></wrapup-dialog>`);
  await element.updateComplete;
  const root = element.shadowRoot!;
  const ui = new DialogHarness(element);
  const notesField = () => root.querySelector('textarea')!;
  const said = () => root.querySelector('.notes-count ~ [role="status"]')?.textContent?.trim() ?? '';
  const offer = () => root.querySelector<HTMLElement>('.summary-offer');
  const stream = async (next: WrapupSummary) => {
    element.summary = next;
    await element.updateComplete;
  };
  const choose = async (name: string) => {
    ui.options.find((option) => option.textContent!.includes(name))!.click();
    await element.updateComplete;
  };
  const submitted = async () => {
    await waitUntil(() => server.requests.length > 0, 'the POST');
    return server.requests[0]!.body;
  };
  return { element, root, ui, server, errors, notesField, said, offer, stream, choose, submitted };
}

describe('<wrapup-dialog> summary', () => {
  beforeEach(() => localStorage.clear());

  it('fills the notes as it streams until the agent types; then keeps the agent\'s text and offers the newest', async () => {
    const { element, ui, notesField, offer, stream, choose, submitted } = await mount({ notes: 'optional', summary: { text: 'Customer asked', state: 'pending' } });
    expect(notesField().value).to.equal('Customer asked');
    notesField().focus();
    await sendKeys({ type: ' about a refund' });
    await element.updateComplete;
    await stream({ text: 'Customer asked about a refund for', state: 'pending' });
    await stream({ text: 'Customer asked about a refund for the March invoice.', state: 'ready' });
    expect(notesField().value, 'the agent\'s text stays').to.equal('Customer asked about a refund');
    expect(offer()!.querySelector('.summary-text')!.textContent).to.equal('Customer asked about a refund for the March invoice.');
    expect(offer()!.getAttribute('role')).to.equal('group');
    await choose('Refund');
    ui.submitButton.click();
    const body = await submitted();
    expect(body).to.include({ notes: 'Customer asked about a refund', notesSource: 'summary-edited' });
  });

  it('takes the newer summary at the agent\'s word, and sends it as the summary', async () => {
    const { element, ui, notesField, offer, stream, choose, submitted } = await mount({ notes: 'optional' });
    notesField().focus();
    await sendKeys({ type: 'My own words' });
    await element.updateComplete;
    await stream({ text: 'The model\'s words.' });
    offer()!.querySelector('button')!.click();
    await element.updateComplete;
    expect(notesField().value).to.equal('The model\'s words.');
    expect(offer()).to.equal(null);
    await choose('Billing');
    ui.submitButton.click();
    expect(await submitted()).to.include({ notes: 'The model\'s words.', notesSource: 'summary' });
  });

  it('says when it is drafted and when it failed, and never keeps Submit back', async () => {
    const { element, ui, said, stream, choose, submitted } = await mount({ notes: 'optional', summary: { text: '', state: 'pending' } });
    expect(said()).to.equal('Drafting a summary of the interaction…');
    await choose('Billing');
    expect(ui.submitButton.disabled).to.equal(false);
    await stream({ text: '', state: 'failed' });
    expect(said()).to.equal('The summary could not be drafted. Write the notes yourself.');
    expect(ui.submitButton.disabled).to.equal(false);
    ui.submitButton.click();
    const body = await submitted();
    expect(body).not.to.have.property('notes');
    expect(element.state).to.not.equal('open');
  });

  it('sends notes the agent wrote as the agent\'s', async () => {
    const { element, ui, notesField, choose, submitted } = await mount({ notes: 'optional' });
    notesField().focus();
    await sendKeys({ type: 'Called back' });
    await element.updateComplete;
    await choose('Billing');
    ui.submitButton.click();
    expect(await submitted()).to.include({ notes: 'Called back', notesSource: 'agent' });
  });
});

describe('<wrapup-dialog> live', () => {
  beforeEach(() => localStorage.clear());

  it('is a part of the page during the interaction: named, not modal, not trapping focus, no countdown', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'CRM';
    document.body.append(outside);
    outside.focus();
    try {
      const { element, ui } = await mount({ live: true, autoWrapup: 60 });
      expect(ui.dialog.open).to.equal(true);
      expect(ui.dialog.matches(':modal')).to.equal(false);
      expect(ui.dialog.getAttribute('aria-labelledby')).to.equal('title');
      expect(document.activeElement === outside, 'the focus stays where the agent is').to.equal(true);
      expect(ui.countdown).to.equal(undefined);
      expect(ui.scenario).to.equal('Interaction in progress');
      expect(element.deadline).to.equal(undefined);
      expect(element.shadowRoot!.querySelector('#submit-wait')!.textContent).to.equal('You can submit once the interaction has ended.');
      await expect(element).to.be.accessible();
    } finally {
      outside.remove();
    }
  });

  it('keeps what the agent did during the call; ending it fixes ended-at, starts the countdown, and Submit is one key away', async () => {
    const { element, ui, notesField, choose, submitted } = await mount({ live: true, autoWrapup: 60, notes: 'optional' });
    await choose('Technical problem');
    notesField().focus();
    await sendKeys({ type: 'Router restarted' });
    await element.updateComplete;
    expect(ui.submitButton.disabled).to.equal(true);
    const before = clock.now();
    element.live = false;
    await waitUntil(() => ui.dialog.matches(':modal'), 'the modal wrap-up');
    await element.updateComplete;
    const endedAt = element.endedAtTime!;
    expect(endedAt).to.be.within(before, clock.now());
    expect(element.deadline).to.equal(endedAt + 60_000);
    expect(ui.countdown).to.match(/^(1:00|0:59)$/);
    expect(element.selectedReason?.id).to.equal('tech');
    expect(notesField().value).to.equal('Router restarted');
    expect(element.shadowRoot!.activeElement === ui.submitButton, 'the focus on Submit').to.equal(true);
    await ui.press('Enter');
    const body = await submitted();
    expect(body).to.include({ reasonId: 'tech', notes: 'Router restarted', endedAt: new Date(endedAt).toISOString() });
  });
});

describe('<wrapup-dialog> min-wrapup', () => {
  let fake: ReturnType<typeof useFakeTime>;
  beforeEach(() => {
    localStorage.clear();
    fake = useFakeTime(T0);
  });
  afterEach(() => fake.restore());

  it('refuses Submit before ended-at + min-wrapup, in words, counting down; then allows it', async () => {
    const { element, ui, root, choose, server } = await mount({ minWrapup: 30, autoWrapup: 120, endedAt: T0 });
    await choose('Billing');
    expect(ui.submitButton.disabled).to.equal(true);
    expect(root.querySelector('#submit-wait')!.textContent).to.equal('You can submit in 30 seconds.');
    expect(ui.submitButton.getAttribute('aria-describedby')).to.equal('submit-wait');
    element.submit();
    await element.updateComplete;
    expect(element.state, 'the host\'s call waits too').to.equal('open');
    await fake.tickAsync(10_000);
    await element.updateComplete;
    expect(root.querySelector('#submit-wait')!.textContent).to.equal('You can submit in 20 seconds.');
    await fake.tickAsync(20_000);
    await element.updateComplete;
    expect(root.querySelector('#submit-wait')).to.equal(null);
    ui.submitButton.click();
    for (let i = 0; i < 50 && server.requests.length === 0; i++) await nextTask();
    expect(server.requests).to.have.length(1);
  });
});

describe('<wrapup-dialog> measures and shortcuts', () => {
  beforeEach(() => localStorage.clear());

  it('sends the suggestions shown and how the wrap-up went', async () => {
    const { element, ui, submitted } = await mount({ suggestions: [{ id: 'refund', confidence: 0.9 }, { id: 'tech' }] });
    ui.search.focus();
    await ui.type('bill');
    await waitUntil(() => ui.announcement.includes('match'), 'the search counted');
    await ui.press('Enter');
    await ui.press('ArrowDown');
    await ui.press('Enter');
    ui.submitButton.click();
    const body = await submitted();
    expect(body.suggestionIds).to.deep.equal(['refund', 'tech']);
    const metrics = body.metrics as { chooseMs: number; submitMs: number; searches: number };
    expect(metrics.searches).to.equal(1);
    expect(metrics.chooseMs).to.be.a('number');
    expect(metrics.submitMs).to.be.at.least(metrics.chooseMs);
    expect(element.state).to.not.equal('open');
  });

  it('chooses the n-th row with Alt+n while the search is empty, announced on each option', async () => {
    const { element, ui } = await mount({ suggestions: [{ id: 'refund' }] });
    expect(ui.options.slice(0, 3).map((option) => option.getAttribute('aria-keyshortcuts'))).to.deep.equal(['Alt+1', 'Alt+2', 'Alt+3']);
    await ui.chord('Alt', 'Digit3');
    expect(element.selectedReason?.id, 'Suggested: Refund, then the list: Billing question, Refund').to.equal('refund');
    await ui.chord('Alt', 'Digit2');
    expect(element.selectedReason?.id).to.equal('billing');
    await ui.type('tech');
    expect(ui.options[0]!.hasAttribute('aria-keyshortcuts')).to.equal(false);
    await ui.chord('Alt', 'Digit1');
    expect(element.selectedReason?.id, 'not while searching').to.equal('billing');
  });

  it('leaves Alt+digits outside the dialog to the page', async () => {
    await mount({ live: true });
    const outside = document.createElement('input');
    document.body.append(outside);
    const keydown = new KeyboardEvent('keydown', { key: '1', code: 'Digit1', altKey: true, bubbles: true, cancelable: true, composed: true });
    outside.dispatchEvent(keydown);
    outside.remove();
    expect(keydown.defaultPrevented).to.equal(false);
  });
});

describe('<wrapup-dialog> assisted settings', () => {
  beforeEach(() => localStorage.clear());

  it('reports a summary without notes or text, and a min-wrapup below 0 or past the deadline, by field', async () => {
    const first = await mount({ summary: { text: 'Hi' }, minWrapup: -5 });
    await waitUntil(() => first.errors.length >= 2, 'the problems');
    expect(first.errors).to.deep.include({ field: 'summary', message: 'summary is set but notes is not: the summary is shown in the notes field' });
    expect(first.errors).to.deep.include({ field: 'min-wrapup', message: 'min-wrapup must not be negative; got -5' });
    fixtureCleanup();
    const second = await mount({ notes: 'optional', summary: { text: 42 }, minWrapup: 90, autoWrapup: 60 });
    await waitUntil(() => second.errors.length >= 2, 'the problems');
    expect(second.errors).to.deep.include({ field: 'summary', message: 'summary must be { text: string, state?: "pending" | "ready" | "failed" }' });
    expect(second.errors).to.deep.include({ field: 'min-wrapup', message: 'min-wrapup (90 s) is past the auto wrap-up (60 s), which sends first' });
    await second.choose('Billing');
    expect(second.ui.submitButton.disabled, 'an unusable minimum holds nothing back').to.equal(false);
  });

  it('is accessible with a summary offered', async () => {
    const { element, notesField, stream } = await mount({ notes: 'optional' });
    notesField().focus();
    await sendKeys({ type: 'Mine' });
    await stream({ text: 'A model\'s summary.' });
    await expect(element).to.be.accessible();
  });
});

describe('<wrapup-dialog> assisted, in the accessibility tree', () => {
  beforeEach(() => localStorage.clear());

  /** The accessibility tree under `selector` as Playwright reads it (Chromium); '' where the launcher cannot. */
  const tree = (selector: string) => executeServerCommand<string, { selector: string }>('aria-snapshot', { selector });

  it('has a live dialog as a named dialog beside the page, not modal, and the offered summary as a named group', async () => {
    const before = document.createElement('button');
    before.textContent = 'Hold call';
    document.body.append(before);
    try {
      const { element, ui, notesField, stream } = await mount({ live: true, notes: 'optional' });
      expect(ui.dialog.matches(':modal')).to.equal(false);
      expect(ui.dialog.hasAttribute('aria-modal')).to.equal(false);
      const page = await tree('body');
      // (Firefox: no accessibility tree over WebDriver BiDi; its DOM is checked above.)
      if (page === '') return;
      expect(page).to.contain('- button "Hold call"');
      expect(await tree('wrapup-dialog >> dialog')).to.match(/^- dialog "Wrap-up reasons":\n {2}- heading "Wrap-up reasons" \[level=2\]\n {2}- paragraph: Interaction in progress/);
      notesField().focus();
      await sendKeys({ type: 'Mine' });
      await stream({ text: 'The model\'s summary.' });
      await element.updateComplete;
      const dialog = await tree('wrapup-dialog >> dialog');
      expect(dialog).to.match(/- group "A newer summary is ready:":\n\s+- paragraph: "A newer summary is ready:"\n\s+- paragraph: The model's summary.\n\s+- button "Use the new summary"/);
    } finally {
      before.remove();
    }
  });
});
