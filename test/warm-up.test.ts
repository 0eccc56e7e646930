// The first open's work done ahead: a page lays out one closed dialog's body in idle time.
// (A file of its own: it happens once per page, for the first dialog made closed.)
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
    expect(root.querySelector('dialog')!.children).to.have.length(0);
    expect(root.activeElement).to.equal(null);
    expect(events).to.deep.equal([]);
  });
});
