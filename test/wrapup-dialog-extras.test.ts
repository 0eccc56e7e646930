// Notes, suggested reasons and the agent's recent reasons (issue 14): what the agent sees and
// does with them, and what goes into the POST.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import { setLocale, type WrapupDialog, type WrapupReason, type WrapupSuggestion } from '../src/index.js';
import { PREFIX } from '../src/wrapup/store.js';
import { DialogHarness, scriptedFetch } from './support/dialog-harness.js';
import { T0, nextTask, useFakeTime } from './support/fake-time.js';

const reasons: WrapupReason[] = [
  { id: 'callback', name: 'Callback requested' },
  { id: 'billing', name: 'Billing question', group: 'Money' },
  { id: 'refund', name: 'Refund', group: 'Money' },
  { id: 'tech', name: 'Technical problem', group: 'Support' },
  { id: 'other', name: 'Other' },
];

let interactions = 0;
const nextInteraction = () => `extras-${Date.now()}-${++interactions}`;

interface Options {
  id?: string;
  notes?: string;
  maxLength?: number;
  suggestions?: unknown;
  recent?: number;
  agentId?: string;
  autoWrapup?: number;
  endedAt?: number;
  fetch?: ReturnType<typeof scriptedFetch>['fetch'];
}

async function mount({ id = nextInteraction(), notes, maxLength, suggestions, recent, agentId, autoWrapup, endedAt, fetch }: Options = {}) {
  const element = await fixture<WrapupDialog>(html`<wrapup-dialog
    interaction-id=${id}
    submit-url="/api/{interactionId}/wrapup"
    notes=${ifDefined(notes)}
    notes-max-length=${ifDefined(maxLength)}
    recent=${ifDefined(recent)}
    agent-id=${ifDefined(agentId)}
    auto-wrapup=${ifDefined(autoWrapup)}
    ended-at=${ifDefined(endedAt === undefined ? undefined : new Date(endedAt).toISOString())}
    default-reason="other"
    extendable
    .reasons=${reasons}
    .suggestions=${suggestions}
    .fetch=${fetch ?? scriptedFetch(200).fetch}
    open
  ></wrapup-dialog>`);
  return { element, ui: new DialogHarness(element), root: element.shadowRoot! };
}

const notesField = (root: ShadowRoot) => root.querySelector<HTMLTextAreaElement>('textarea');
const count = (root: ShadowRoot) => root.querySelector('#notes-count')?.textContent?.trim();
const liveCount = (root: ShadowRoot) => root.querySelector('#notes-count ~ [aria-live]')?.textContent?.trim();
/** The group headings in the list, in order. */
const headings = (root: ShadowRoot) => [...root.querySelectorAll('.group-label')].map((label) => label.textContent!.trim());
/** Each rendered option's name, with its group (or "-"). */
const listed = (root: ShadowRoot) =>
  [...root.querySelectorAll('[role="option"]')].map((option) => {
    const group = option.closest('[role="group"]')?.getAttribute('aria-label') ?? '-';
    return `${group}: ${option.querySelector('bdi')!.textContent}`;
  });

/** Types `text` into the notes field as the agent would. */
async function typeNote(element: WrapupDialog, text: string) {
  notesField(element.shadowRoot!)!.focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** Puts `text` into the notes field at once, as a paste does. */
async function pasteNote(element: WrapupDialog, text: string) {
  const field = notesField(element.shadowRoot!)!;
  field.value += text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  await element.updateComplete;
}

describe('<wrapup-dialog> notes', () => {
  beforeEach(() => localStorage.clear());

  it('has no notes field unless `notes` is set, and then one labelled "Notes"', async () => {
    const without = await mount();
    expect(notesField(without.root)).to.equal(null);
    expect(without.element.shadowRoot!.textContent).not.to.contain('characters left');
    fixtureCleanup();
    const { root } = await mount({ notes: 'optional' });
    const field = notesField(root)!;
    expect(field.labels[0]!.textContent!.trim()).to.equal('Notes');
    expect(field.required).to.equal(false);
    expect(count(root)).to.equal('1,000 characters left');
    expect(field.getAttribute('aria-describedby')).to.contain('notes-count');
  });

  it('sends the note, trimmed, in the body and in wrapup-submit; none when it is blank', async () => {
    const server = scriptedFetch(200);
    const { element, ui } = await mount({ notes: 'optional', fetch: server.fetch });
    const submitted = sinon.spy();
    element.addEventListener('wrapup-submit', submitted);
    ui.options[0]!.click();
    await typeNote(element, '  Customer will call back on Monday.  ');
    ui.submitButton.click();
    await waitUntil(() => element.state === 'done');
    expect(server.requests[0]!.body.notes).to.equal('Customer will call back on Monday.');
    expect(submitted.firstCall.args[0].detail.wrapup.notes).to.equal('Customer will call back on Monday.');

    const blank = scriptedFetch(200);
    const second = await mount({ notes: 'optional', fetch: blank.fetch });
    second.ui.options[0]!.click();
    await typeNote(second.element, '   ');
    second.ui.submitButton.click();
    await waitUntil(() => second.element.state === 'done');
    expect(blank.requests[0]!.body).not.to.have.property('notes');
  });

  it('counts user-perceived characters: "č" and "👍" are one each, and typing or pasting stops at the limit', async () => {
    const { element, root } = await mount({ notes: 'optional', maxLength: 5 });
    await pasteNote(element, 'č👍a');
    expect(count(root)).to.equal('2 characters left');
    await pasteNote(element, '👍👍👍👍');
    expect(notesField(root)!.value).to.equal('č👍a👍👍');
    expect(count(root)).to.equal('0 characters left');
    await typeNote(element, 'xyz');
    expect(notesField(root)!.value).to.equal('č👍a👍👍');
  });

  it('lets a screen reader hear the count only near the limit, with the locale’s digits', async () => {
    const { element, root } = await mount({ notes: 'optional', maxLength: 1200 });
    await pasteNote(element, 'x'.repeat(100));
    expect(count(root)).to.equal('1,100 characters left');
    expect(liveCount(root)).to.equal('');
    await pasteNote(element, 'x'.repeat(1079));
    expect(count(root)).to.equal('21 characters left');
    expect(liveCount(root)).to.equal('');
    await pasteNote(element, 'x');
    expect(liveCount(root)).to.equal('20 characters left');
    await pasteNote(element, 'x'.repeat(19));
    expect(liveCount(root)).to.equal('1 character left');
  });

  it('required: Submit waits for a note and says why; submit() does too', async () => {
    const server = scriptedFetch(200);
    const { element, ui, root } = await mount({ notes: 'required', fetch: server.fetch });
    ui.options[0]!.click();
    await element.updateComplete;
    expect(notesField(root)!.required).to.equal(true);
    expect(ui.submitButton.disabled).to.equal(true);
    expect(root.querySelector('#notes-required')!.textContent).to.contain('Add a note');
    expect(notesField(root)!.getAttribute('aria-describedby')).to.contain('notes-required');
    element.submit();
    await pasteNote(element, '   ');
    expect(ui.submitButton.disabled, 'blank is no note').to.equal(true);
    await nextTask();
    expect(server.requests).to.have.length(0);
    await typeNote(element, 'Sent the invoice again');
    expect(ui.submitButton.disabled).to.equal(false);
    expect(root.querySelector('#notes-required')).to.equal(null);
    ui.submitButton.click();
    await waitUntil(() => element.state === 'done');
    expect(server.requests[0]!.body.notes).to.equal('Sent the invoice again');
  });

  it('tells of a bad notes setting and keeps working', async () => {
    const errors: string[] = [];
    const warn = sinon.stub(console, 'warn');
    try {
      const element = await fixture<WrapupDialog>(html`<wrapup-dialog
        interaction-id=${nextInteraction()}
        notes="always"
        notes-max-length="lots"
        recent="-1"
        .reasons=${reasons}
        @wrapup-error=${(event: CustomEvent) => errors.push(event.detail.field)}
        open
      ></wrapup-dialog>`);
      await element.updateComplete;
      expect(errors).to.have.members(['notes', 'notes-max-length', 'recent']);
      expect(count(element.shadowRoot!), 'the default limit').to.equal('1,000 characters left');
    } finally {
      warn.restore();
    }
  });
});

describe('<wrapup-dialog> notes over time', () => {
  let fake: sinon.SinonFakeTimers;
  beforeEach(() => {
    localStorage.clear();
    fake = useFakeTime(T0);
  });
  afterEach(() => fake.restore());

  it('are saved as the agent types (after a pause) and survive a reload', async () => {
    const id = nextInteraction();
    const first = await mount({ id, notes: 'optional' });
    await pasteNote(first.element, 'Wants a callback');
    const stored = () => JSON.parse(localStorage.getItem(PREFIX + id)!).notes;
    expect(stored(), 'not on every key press').to.equal(undefined);
    await fake.tickAsync(400);
    expect(stored()).to.equal('Wants a callback');
    fixtureCleanup();
    const second = await mount({ id, notes: 'optional' });
    expect(notesField(second.root)!.value).to.equal('Wants a callback');
  });

  it('are stored at once when the page goes away', async () => {
    const id = nextInteraction();
    const { element } = await mount({ id, notes: 'optional' });
    await pasteNote(element, 'Closing the laptop');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(JSON.parse(localStorage.getItem(PREFIX + id)!).notes).to.equal('Closing the laptop');
  });

  it('show in a second tab', async () => {
    const id = nextInteraction();
    const { element, root } = await mount({ id, notes: 'optional' });
    const key = PREFIX + id;
    const newValue = JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), notes: 'Typed in the other tab' });
    localStorage.setItem(key, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
    await element.updateComplete;
    expect(notesField(root)!.value).to.equal('Typed in the other tab');
  });

  it('required does not stop the auto wrap-up: it sends at the deadline with the notes typed so far', async () => {
    const server = scriptedFetch(200);
    const { element } = await mount({ notes: 'required', autoWrapup: 30, endedAt: T0, fetch: server.fetch });
    await pasteNote(element, 'Half a tho');
    for (let i = 0; i < 400 && server.requests.length === 0; i++) {
      await fake.tickAsync(i === 0 ? 31_000 : 0);
      await nextTask();
    }
    expect(server.requests[0]!.body).to.include({ auto: true, reasonId: 'other', notes: 'Half a tho' });
  });
});

describe('<wrapup-dialog> suggested reasons', () => {
  beforeEach(() => localStorage.clear());

  const suggestions: WrapupSuggestion[] = [
    { id: 'refund', confidence: 0.87, label: 'Invoice mentioned' },
    { id: 'tech', confidence: 0.4 },
  ];

  it('lists them first, in the host’s order, with confidence and label; they stay in their own groups too', async () => {
    const { element, root, ui } = await mount({ suggestions });
    expect(headings(root)).to.deep.equal(['Suggested', 'All reasons', 'Money', 'Support']);
    expect(listed(root)).to.deep.equal([
      'Suggested: Refund',
      'Suggested: Technical problem',
      'All reasons: Callback requested',
      'All reasons: Other',
      'Money: Billing question',
      'Money: Refund',
      'Support: Technical problem',
    ]);
    const hint = (option: HTMLElement) => root.getElementById(option.getAttribute('aria-describedby')!)!.textContent;
    expect(hint(ui.options[0]!)).to.equal('87% · Invoice mentioned');
    expect(hint(ui.options[1]!)).to.equal('40%');
    expect(ui.options[0]!.getAttribute('aria-posinset')).to.equal('1');
    expect(ui.options[0]!.getAttribute('aria-setsize')).to.equal('7');
    expect(element.selectedReason, 'never chosen automatically').to.equal(undefined);
  });

  it('Down reaches the first suggested reason in one press; typing filters as usual', async () => {
    const { ui, root } = await mount({ suggestions });
    ui.search.focus();
    await ui.press('ArrowDown');
    expect(ui.activeOption!.closest('[role="group"]')!.getAttribute('aria-label')).to.equal('Suggested');
    expect(ui.activeOption!.querySelector('bdi')!.textContent).to.equal('Refund');
    await ui.type('ref');
    expect(headings(root)).to.deep.equal(['Money']);
    expect(ui.optionNames).to.deep.equal(['Refund']);
  });

  it('puts suggested and suggestionRank in the body: rank 2, not suggested, and no fields without suggestions', async () => {
    const cases: [unknown, number, Record<string, unknown>][] = [
      [suggestions, 1, { suggested: true, suggestionRank: 2 }],
      [suggestions, 4, { suggested: false }],
      [undefined, 1, {}],
    ];
    for (const [given, option, expected] of cases) {
      const server = scriptedFetch(200);
      const { element, ui } = await mount({ suggestions: given, fetch: server.fetch });
      ui.options[option]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => element.state === 'done');
      const body = server.requests[0]!.body;
      expect({ suggested: body.suggested, suggestionRank: body.suggestionRank }).to.deep.equal({ suggested: undefined, suggestionRank: undefined, ...expected });
    }
  });

  it('reports an unknown id once through wrapup-error (field "suggestions"), ignores it, and does not count it in the rank', async () => {
    const errors: CustomEvent[] = [];
    const warn = sinon.stub(console, 'warn');
    const server = scriptedFetch(200);
    try {
      const element = await fixture<WrapupDialog>(html`<wrapup-dialog
        interaction-id=${nextInteraction()}
        submit-url="/x"
        .reasons=${reasons}
        .suggestions=${[{ id: 'gone' }, { id: 'tech', confidence: 7 }, 'junk']}
        .fetch=${server.fetch}
        @wrapup-error=${(event: CustomEvent) => errors.push(event)}
        open
      ></wrapup-dialog>`);
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
      expect(errors.map((event) => event.detail.field)).to.deep.equal(['suggestions', 'suggestions', 'suggestions']);
      expect(errors[0]!.detail.error.message).to.equal('suggestion 1 ("gone") is not one of the reasons');
      const ui = new DialogHarness(element);
      expect(listed(element.shadowRoot!).slice(0, 1)).to.deep.equal(['Suggested: Technical problem']);
      expect(element.shadowRoot!.getElementById(ui.options[0]!.getAttribute('aria-describedby') ?? '')).to.equal(null);
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => element.state === 'done');
      expect(server.requests[0]!.body).to.include({ suggested: true, suggestionRank: 1 });
    } finally {
      warn.restore();
    }
  });

  it('does not break on suggestions that are not a list', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const { root, element } = await mount({ suggestions: 'refund' as unknown });
      expect(headings(root)).to.deep.equal(['Money', 'Support']);
      element.suggestions = [{ id: 'tech' }];
      await element.updateComplete;
      expect(headings(root)[0]).to.equal('Suggested');
    } finally {
      warn.restore();
    }
  });
});

describe('<wrapup-dialog> recent reasons', () => {
  beforeEach(() => localStorage.clear());

  async function submitWith(reasonId: string, agentId?: string) {
    const { element } = await mount({ agentId, recent: 5 });
    const option = new DialogHarness(element).options.find((o) => o.querySelector('bdi')!.textContent === reasons.find((r) => r.id === reasonId)!.name)!;
    option.click();
    await element.updateComplete;
    element.submit();
    await waitUntil(() => element.state === 'done');
    fixtureCleanup();
  }

  it('shows the agent’s most recent reasons first, newest first, per agent-id', async () => {
    await submitWith('billing', 'ana');
    await submitWith('tech', 'ana');
    await submitWith('refund', 'bojan');
    const ana = await mount({ agentId: 'ana', recent: 5 });
    expect(listed(ana.root).slice(0, 2)).to.deep.equal(['Recent: Technical problem', 'Recent: Billing question']);
    fixtureCleanup();
    const bojan = await mount({ agentId: 'bojan', recent: 5 });
    expect(listed(bojan.root).slice(0, 1)).to.deep.equal(['Recent: Refund']);
    fixtureCleanup();
    const shared = await mount({ recent: 5 });
    expect(headings(shared.root), 'no agent-id: the shared list, empty here').to.deep.equal(['Money', 'Support']);
    fixtureCleanup();
    const off = await mount({ agentId: 'ana' });
    expect(headings(off.root), 'recent defaults to 0').to.deep.equal(['Money', 'Support']);
  });

  it('lists the reason another dialog submitted when it opens again', async () => {
    const waiting = await mount({ agentId: 'ana', recent: 5 });
    waiting.element.open = false;
    await waiting.element.updateComplete;
    const other = await mount({ agentId: 'ana', recent: 5 });
    new DialogHarness(other.element).options.find((o) => o.querySelector('bdi')!.textContent === 'Billing question')!.click();
    await other.element.updateComplete;
    other.element.submit();
    await waitUntil(() => other.element.state === 'done');
    waiting.element.open = true;
    await waiting.element.updateComplete;
    expect(listed(waiting.root)[0]).to.equal('Recent: Billing question');
  });

  it('keeps only ids and times, shows at most `recent`, and skips a reason no longer in the list', async () => {
    for (const id of ['billing', 'tech', 'refund', 'other']) await submitWith(id, 'ana');
    const stored: unknown[] = JSON.parse(localStorage.getItem('wrapup-elements:recent:ana')!);
    expect(stored.map((entry) => (entry as unknown[]).map((value) => typeof value))).to.deep.equal(Array(4).fill(['string', 'number']));
    const two = await mount({ agentId: 'ana', recent: 2 });
    expect(listed(two.root).slice(0, 3)).to.deep.equal(['Recent: Other', 'Recent: Refund', 'All reasons: Callback requested']);
    two.element.reasons = reasons.filter((reason) => reason.id !== 'other');
    await two.element.updateComplete;
    expect(listed(two.root).slice(0, 2)).to.deep.equal(['Recent: Refund', 'Recent: Technical problem']);
  });

  it('lists Suggested, then Recent (without what is suggested), then all reasons', async () => {
    await submitWith('billing', 'ana');
    await submitWith('refund', 'ana');
    const { root } = await mount({ agentId: 'ana', recent: 5, suggestions: [{ id: 'refund' }] });
    expect(headings(root)).to.deep.equal(['Suggested', 'Recent', 'All reasons', 'Money', 'Support']);
    expect(listed(root).slice(0, 2)).to.deep.equal(['Suggested: Refund', 'Recent: Billing question']);
  });
});

describe('<wrapup-dialog> keyboard with notes and suggestions', () => {
  beforeEach(() => localStorage.clear());

  it('open, choose a suggested reason, type a note, submit: no pointer, at most 6 key presses besides the note', async () => {
    const server = scriptedFetch(200);
    const { element, ui, root } = await mount({ notes: 'required', suggestions: [{ id: 'tech', confidence: 0.9 }], fetch: server.fetch });
    expect(ui.searchHasFocus, 'focus starts in the search field').to.equal(true);
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await ui.press(key);
    };
    await press('ArrowDown');
    await press('Enter');
    expect(element.selectedReason?.id).to.equal('tech');
    while (root.activeElement !== notesField(root) && presses < 6) await press('Tab');
    expect(root.activeElement, 'Tab reaches the notes').to.equal(notesField(root));
    await sendKeys({ type: 'Fixed by restart' });
    presses++; // Control+Enter
    await ui.chord('Control', 'Enter');
    await waitUntil(() => element.state === 'done');
    expect(presses).to.be.at.most(6);
    expect(server.requests[0]!.body).to.include({ reasonId: 'tech', notes: 'Fixed by restart', suggested: true, suggestionRank: 1 });
  });

  it('tabs search → notes → extend → submit', async () => {
    const { element, ui, root } = await mount({ notes: 'optional', autoWrapup: 60 });
    ui.options[0]!.click();
    await element.updateComplete;
    ui.search.focus();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await ui.press('Tab');
      const active = root.activeElement as HTMLElement | null;
      order.push(active?.getAttribute('part') ?? active?.id ?? '?');
    }
    expect(order.filter((part) => part !== 'listbox')).to.deep.equal(['notes', 'extend-button', 'submit-button']);
  });
});

describe('<wrapup-dialog> extras in Slovenian', () => {
  afterEach(() => setLocale(null));

  it('says "Opombe", "Predlagano" and "Nedavno"', async () => {
    localStorage.clear();
    await setLocale('sl');
    const { root, element } = await mount({ notes: 'optional', suggestions: [{ id: 'tech', confidence: 0.5 }], recent: 3 });
    localStorage.setItem('wrapup-elements:recent', JSON.stringify([['billing', T0]]));
    element.recent = 4;
    await element.updateComplete;
    expect(notesField(root)!.labels[0]!.textContent!.trim()).to.equal('Opombe');
    expect(headings(root).slice(0, 2)).to.deep.equal(['Predlagano', 'Nedavno']);
    // Slovenian groups digits from five on: 1000, 10.000.
    expect(count(root)).to.equal('Še 1000 znakov');
  });
});
