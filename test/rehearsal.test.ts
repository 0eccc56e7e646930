// A page with no dialog yet rehearses one in idle time (src/dialog/warm-up.ts, `rehearse`):
// once per page, so in a file of its own, before any dialog is made.
import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { WrapupDialog } from '../src/index.js';
import { PREFIX } from '../src/wrapup/store.js';
import { DialogHarness } from './support/dialog-harness.js';

describe('a page with no dialog yet', () => {
  it('lays out a stand-in dialog once in idle time, unseen, and leaves nothing behind', async () => {
    const field = document.body.appendChild(Object.assign(document.createElement('input'), { value: 'the agent types here' }));
    field.focus();
    const events: string[] = [];
    for (const type of ['wrapup-select', 'wrapup-error', 'wrapup-submit', 'wrapup-expire']) document.addEventListener(type, () => events.push(type));
    const added: HTMLElement[] = [];
    const laidOut: string[] = [];
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLElement) added.push(node);
    }).observe(document.body, { childList: true });
    const stored = () => Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));
    const before = stored();
    // What the stand-in's body holds when laid out (read through `offsetHeight`, as the warm-up does).
    const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        const options = this.querySelectorAll('[role="option"]').length;
        if (options) laidOut.push(`${this.querySelector('input')!.value || '(empty)'}: ${options} options`);
        return offsetHeight.get!.call(this) as number;
      },
    });
    try {
      await waitUntil(() => laidOut.length > 0, 'the rehearsal', { timeout: 5000 });
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
    }
    const standIns = added.filter((node) => node !== field);
    expect(standIns, 'one stand-in').to.have.length(1);
    expect(standIns[0]!.isConnected, 'gone in the task that added it').to.equal(false);
    expect(laidOut[0]).to.match(/^\(empty\): \d+ options$/);
    expect(document.activeElement, 'focus untouched').to.equal(field);
    expect(stored(), 'nothing stored').to.deep.equal(before);
    expect(events, 'nothing said').to.deep.equal([]);

    // The first real dialog is not the stand-in's: its own reasons, an empty search.
    const dialog = document.createElement('wrapup-dialog') as WrapupDialog;
    Object.assign(dialog, { interactionId: `rehearsal-${Math.random()}`, reasons: [{ id: 'a', name: 'Answered' }], open: true });
    document.body.append(dialog);
    await dialog.updateComplete;
    const ui = new DialogHarness(dialog);
    expect(ui.optionNames).to.deep.equal(['Answered']);
    dialog.remove();
    field.remove();
  });
});
