// The first open's work done ahead: a page lays out one closed dialog's body in idle time
// (once per page, for the first dialog made closed: a file of its own), and each closed dialog
// renders its body, unseen, in idle time.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WrapupDialog } from '../src/index.js';

describe('<wrapup-dialog> warm-up', () => {
  it("lays out a closed dialog's body once when the page is idle, as it opens and after a first key, unseen, and leaves nothing behind", async () => {
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
    const staged: HTMLElement[] = [];
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLElement) staged.push(node);
    }).observe(root, { childList: true });
    // What the stage holds each time it is laid out (read through `offsetHeight`).
    const layouts: { query: string; options: string[]; marks: string[] }[] = [];
    const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
    const read = sinon.stub(HTMLElement.prototype, 'offsetHeight').get(function (this: HTMLElement) {
      if (this.parentNode === root && this.localName === 'div') {
        const texts = (selector: string) => [...this.querySelectorAll(selector)].map((node) => node.textContent!.trim());
        layouts.push({ query: this.querySelector('input')!.value, options: texts('[role="option"] bdi'), marks: texts('mark') });
      }
      return offsetHeight.get!.call(this) as number;
    });
    try {
      await waitUntil(() => staged.length > 0, 'the warm-up', { timeout: 5000 });
    } finally {
      read.restore();
    }
    const [stage] = staged as [HTMLElement];
    expect(stage.style.visibility).to.equal('hidden');
    // It laid out the body an open dialog shows, then the body after the agent typed the first
    // reason's first letter: the search, the rows it makes and their highlighting...
    expect(layouts).to.deep.equal([
      { query: '', options: ['Answered', 'Billing question'], marks: [] },
      { query: 'A', options: ['Answered'], marks: ['A'] },
    ]);
    // ...and it is gone again: the closed dialog shows nothing, took no focus, said nothing.
    expect(stage.isConnected).to.equal(false);
    expect([...root.children].map((child) => child.localName)).to.deep.equal(['dialog']);
    expect(root.querySelector('dialog')!.open).to.equal(false);
    expect(root.querySelector('dialog')!.checkVisibility()).to.equal(false);
    expect(root.activeElement).to.equal(null);
    expect(events).to.deep.equal([]);
    // The search it made is not the agent's: opening shows every reason and an empty field.
    element.open = true;
    await element.updateComplete;
    const search = root.querySelector<HTMLInputElement>('dialog [role="combobox"]')!;
    expect(search.value).to.equal('');
    expect([...root.querySelectorAll('dialog [role="option"] bdi')].map((node) => node.textContent!.trim())).to.deep.equal(['Answered', 'Billing question']);
    expect(root.querySelector('dialog mark')).to.equal(null);
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

    it('checks a list set while closed in idle time, not in the task that set it', async () => {
      const element = await make(reasons(['Answered', 'Billing question']));
      await waitUntil(() => optionsIn(element).length === 2, 'the body, in idle time', { timeout: 5000 });
      const list = reasons(['Callback', 'Refund', 'Sales lead']);
      let checks = 0;
      list.forEach = function (...args: Parameters<typeof Array.prototype.forEach>) {
        checks += 1;
        return Array.prototype.forEach.apply(this, args);
      };
      element.reasons = list;
      await element.updateComplete;
      expect(checks, 'checked in the task that set the list').to.equal(0);
      await waitUntil(() => checks === 1, 'the list checked in idle time', { timeout: 5000 });
    });
  });
});
