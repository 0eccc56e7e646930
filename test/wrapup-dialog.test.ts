// The dialog as the agent meets it: a modal, its list, its language, its accessibility.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { setLocale, type WrapupDialog } from '../src/index.js';
import { DialogHarness } from './support/dialog-harness.js';
import { T0, useFakeTime } from './support/fake-time.js';
import { nextInteraction, openDialog, reasons } from './support/dialog-fixture.js';

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

    it('reads reasons, suggestions and tags given as JSON attributes, as plain HTML gives them', async () => {
      const element = await fixture<WrapupDialog>(html`
        <wrapup-dialog
          interaction-id=${nextInteraction()}
          reasons='[{"id":"billing","name":"Billing question"},{"id":"other","name":"Other","group":"Misc"}]'
          suggestions='[{"id":"other","label":"Likely"}]'
          tags='[{"id":"vip","name":"VIP"}]'
          open
        ></wrapup-dialog>
      `);
      expect(element.reasons).to.deep.equal([{ id: 'billing', name: 'Billing question' }, { id: 'other', name: 'Other', group: 'Misc' }]);
      expect(element.suggestions).to.deep.equal([{ id: 'other', label: 'Likely' }]);
      expect(element.tags).to.deep.equal([{ id: 'vip', name: 'VIP' }]);
      const ui = new DialogHarness(element);
      await waitUntil(() => ui.optionNames.length === 4, 'the suggestion above the list, and the tag', { timeout: 5000 });
      expect(ui.optionNames).to.deep.equal(['Other', 'Billing question', 'Other', 'VIP']);
      element.removeAttribute('reasons');
      await element.updateComplete;
      expect(element.reasons, 'removed: not set').to.equal(null);
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

    it('shows the rows in view of a long list at once, ungrouped, and the rows around them a frame later', async () => {
      const many = Array.from({ length: 200 }, (_, i) => ({ id: `r${i}`, name: `Reason ${i}`, group: `Group ${i % 3}` }));
      const { element, ui } = await openDialog({ list: many, defaultReason: 'r0' });
      const first = ui.optionNames;
      const bottom = (of: Element) => of.getBoundingClientRect().bottom;
      expect(bottom(ui.options.at(-1)!), 'the rows in view, all of them').to.be.at.least(bottom(ui.listbox));
      expect(first.slice(0, 3), 'the first group, in list order').to.deep.equal(['Reason 0', 'Reason 3', 'Reason 6']);
      expect(ui.options.map((option) => option.getAttribute('aria-posinset'))).to.deep.equal(first.map((_, i) => `${i + 1}`));
      await nextFrame();
      await element.updateComplete;
      await waitUntil(() => ui.options.length > first.length, 'the rows below the view, a frame later');
      expect(ui.options.length).to.be.below(30);
      expect(ui.optionNames.slice(0, first.length), 'the same rows, once grouped').to.deep.equal(first);
      expect(ui.options[0]!.getAttribute('aria-setsize')).to.equal('200');
    });

    it('shows a short list whole at once', async () => {
      const ten = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, name: `Reason ${i}` }));
      expect((await openDialog({ list: ten, defaultReason: 'r0' })).ui.options.length).to.equal(10);
    });

    it('shows a list of up to 100 reasons with the rows around the view at once', async () => {
      const hundred = Array.from({ length: 100 }, (_, i) => ({ id: `r${i}`, name: `Reason ${i}`, group: `Group ${i % 3}` }));
      const { ui } = await openDialog({ list: hundred, defaultReason: 'r0' });
      const bottom = (of: Element) => of.getBoundingClientRect().bottom;
      expect(bottom(ui.options.at(-1)!), 'rows below the view').to.be.above(bottom(ui.listbox));
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
