// Notes (issue 14): what the agent sees and does with them, and what goes into the POST; the
// keyboard path with notes and suggestions.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import { setLocale, type WrapupDialog } from '../src/index.js';
import { PREFIX } from '../src/wrapup/store.js';
import { scriptedFetch } from './support/dialog-harness.js';
import { T0, nextTask, useFakeTime } from './support/fake-time.js';
import { count, headings, liveCount, mount, nextInteraction, notesField, pasteNote, reasons, typeNote } from './support/extras-fixture.js';

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
