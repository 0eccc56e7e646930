// The first open's work done ahead: a page lays out one closed dialog's body in idle time
// (once per page, for the first dialog made closed: a file of its own), and each closed dialog
// renders its body, unseen, in idle time.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { WrapupDialog } from '../src/index.js';

describe('<wrapup-dialog> warm-up', () => {
  it("lays out a closed dialog's body once when the page is idle, unseen, and leaves nothing behind", async () => {
    const events: string[] = [];
    const element = await fixture<WrapupDialog>(html`<wrapup-dialog
      interaction-id=${`warm-up-${Date.now()}`}
      auto-wrapup="60"
      default-reason="a"
      .reasons=${[
        { id: 'a', name: 'Answered' },
        { id: 'b', name: 'Billing question' },
      ]}
      @wrapup-select=${() => events.push('select')}
      @wrapup-error=${() => events.push('error')}
    ></wrapup-dialog>`);
    const root = element.shadowRoot!;
    const staged: Element[] = [];
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) staged.push(node);
    }).observe(root, { childList: true });
    await waitUntil(() => staged.length > 0, 'the warm-up', { timeout: 5000 });
    const [stage] = staged as [HTMLElement];
    // What it laid out is the body an open dialog shows...
    expect(stage.querySelectorAll('[role="option"]')).to.have.length(2);
    expect(stage.querySelector('[role="combobox"]')).not.to.equal(null);
    expect(stage.style.visibility).to.equal('hidden');
    // ...and it is gone again: the closed dialog shows nothing, took no focus, said nothing.
    expect(stage.isConnected).to.equal(false);
    expect([...root.children].map((child) => child.localName)).to.deep.equal(['dialog']);
    expect(root.querySelector('dialog')!.open).to.equal(false);
    expect(root.querySelector('dialog')!.checkVisibility()).to.equal(false);
    expect(root.activeElement).to.equal(null);
    expect(events).to.deep.equal([]);
  });

  describe('the body of a closed dialog', () => {
    const reasons = (names: string[]) => names.map((name, i) => ({ id: `r${i}`, name }));
    const make = (list: { id: string; name: string }[]) =>
      fixture<WrapupDialog>(html`<wrapup-dialog interaction-id=${`prepared-${Date.now()}-${Math.random()}`} .reasons=${list}></wrapup-dialog>`);
    const optionsIn = (element: WrapupDialog) => [...element.shadowRoot!.querySelectorAll('dialog [role="option"]')].map((option) => option.textContent!.trim());

    it('is rendered inside the closed <dialog> when the page is idle: not shown, focused or heard', async () => {
      const events: string[] = [];
      const element = await make(reasons(['Answered', 'Billing question']));
      for (const type of ['wrapup-select', 'wrapup-error', 'wrapup-complete']) element.addEventListener(type, () => events.push(type));
      await waitUntil(() => optionsIn(element).length === 2, 'the body, in idle time', { timeout: 5000 });
      const dialog = element.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(false);
      expect(dialog.checkVisibility()).to.equal(false);
      expect(dialog.querySelector('[role="combobox"]')!.getBoundingClientRect().height).to.equal(0);
      expect(element.shadowRoot!.activeElement).to.equal(null);
      expect(events).to.deep.equal([]);
    });

    it('is the one shown on opening, updated, with the search focused', async () => {
      const element = await make(reasons(['Answered', 'Billing question']));
      await waitUntil(() => optionsIn(element).length === 2, 'the body, in idle time', { timeout: 5000 });
      const search = element.shadowRoot!.querySelector('[role="combobox"]');
      element.open = true;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="combobox"]')).to.equal(search); // not made again
      expect(element.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      expect(element.shadowRoot!.activeElement).to.equal(search);
      expect(optionsIn(element)).to.deep.equal(['Answered', 'Billing question']);
    });

    it('leaves when a new list is set while closed, and comes back with it in idle time', async () => {
      const element = await make(reasons(['Answered', 'Billing question']));
      await waitUntil(() => optionsIn(element).length === 2, 'the body, in idle time', { timeout: 5000 });
      element.reasons = reasons(['Callback', 'Refund', 'Sales lead']);
      await element.updateComplete;
      expect(optionsIn(element), 'not rendered in the task that set the list').to.deep.equal([]);
      await waitUntil(() => optionsIn(element).length === 3, 'the new body, in idle time', { timeout: 5000 });
      expect(optionsIn(element)).to.deep.equal(['Callback', 'Refund', 'Sales lead']);
    });
  });
});
