// The Amazon Connect adapter against a stand-in of Streams, shaped by (and type-checked
// against) the `Contact` of amazon-connect-streams' own types.
import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { Wrapup, WrapupDialog } from '../src/index.js';
import { connectAmazonConnect, type AdapterConnection, type ConnectContact } from '../src/adapters/amazon-connect.js';
import sinon from 'sinon';
import { MAX_ATTEMPTS, MAX_PENDING_SUMMARIES } from '../src/adapters/adapter-dialogs.js';
import { DialogHarness } from './support/dialog-harness.js';

type Callback = connect.ContactCallback;

/** A Streams contact: subscriptions by event, `clear()` answering success or failure. */
class FakeContact implements ConnectContact {
  readonly acw = new Set<Callback>();
  readonly destroy = new Set<Callback>();
  clears = 0;
  clearFails = false;
  constructor(
    readonly id: string,
    readonly type: string,
    readonly acwAt = new Date(Date.now() - 2000),
  ) {}
  getContactId = () => this.id;
  getType = () => this.type as connect.ContactType;
  getStatus = () => ({ type: 'ended' as connect.ContactStateType, timestamp: this.acwAt });
  getInitialContactId = () => `initial-${this.id}`;
  getQueue = () => ({ queueARN: 'arn:aws:connect:queue/sales', name: 'Sales', queueId: 'sales' }) as connect.Queue;
  getAttributes = () => ({ customer: { name: 'customer', value: 'Ana' } }) as connect.AttributeDictionary;
  onACW = (callback: Callback) => (this.acw.add(callback), { unsubscribe: () => this.acw.delete(callback) });
  onDestroy = (callback: Callback) => (this.destroy.add(callback), { unsubscribe: () => this.destroy.delete(callback) });
  clear = ({ success, failure }: connect.SuccessFailOptions) => {
    this.clears += 1;
    if (this.clearFails) failure?.('AccessDenied');
    else {
      success?.();
      this.enter('destroy'); // a cleared contact is destroyed
    }
  };
  /** Streams hands callbacks its full Contact; this stand-in has the parts the adapter uses. */
  enter(event: 'acw' | 'destroy'): void {
    for (const callback of event === 'acw' ? this.acw : this.destroy) callback(this as unknown as connect.Contact);
  }
}

const reasons = [
  { id: 'sale', name: 'Sale' },
  { id: 'info', name: 'Information given' },
];

describe('Amazon Connect adapter', () => {
  let container: HTMLElement;
  let saved: Wrapup[];
  let keys: string[];
  let saveFails: boolean | Response;
  let newContact: (contact: ConnectContact) => void;
  let disconnect: AdapterConnection;

  beforeEach(() => {
    localStorage.clear();
    container = document.createElement('div');
    document.body.append(container);
    saved = [];
    keys = [];
    saveFails = false;
    disconnect = connectAmazonConnect({
      connect: { contact: (callback) => (newContact = callback) },
      container,
      reasons,
      defaultReason: 'info',
      acwSeconds: 60,
      save: async (wrapup, contact, idempotencyKey) => {
        keys.push(`${contact.getInitialContactId()} ${contact.getQueue().name} ${idempotencyKey}`);
        if (saveFails instanceof Response) throw saveFails;
        if (saveFails) throw new Error('backend down');
        saved.push(wrapup);
      },
    });
  });
  afterEach(() => {
    sinon.restore();
    disconnect();
    container.remove();
  });

  async function acw(id: string, type = 'chat') {
    const contact = new FakeContact(id, type);
    newContact(contact);
    contact.enter('acw');
    const dialog = [...container.querySelectorAll<WrapupDialog>('wrapup-dialog')].find((candidate) => candidate.interactionId === id)!;
    await dialog.updateComplete;
    return { contact, dialog, ui: new DialogHarness(dialog) };
  }

  it("opens a dialog in after-contact work with the host's reasons and ACW limit", async () => {
    const id = `ac-${Date.now()}`;
    const { contact, dialog, ui } = await acw(id);
    expect(dialog.open).to.equal(true);
    expect(dialog.channel).to.equal('chat');
    expect(ui.optionNames).to.deep.equal(['Sale', 'Information given']);
    expect(dialog.defaultReason).to.equal('info');
    expect(dialog.deadline).to.equal(contact.acwAt.getTime() + 60_000);
  });

  it('saves through the host, clears the contact, and removes the dialog; no POST', async () => {
    const id = `ac-${Date.now()}`;
    const { contact, dialog, ui } = await acw(id, 'voice');
    const posts: unknown[] = [];
    dialog.fetch = async (...args) => (posts.push(args), new Response('{}'));
    ui.options.find((option) => option.textContent!.includes('Sale'))!.click();
    await dialog.updateComplete;
    ui.submitButton.click();
    await waitUntil(() => !dialog.isConnected, 'the dialog to go', { timeout: 5000 });
    expect(saved.map(({ interactionId, reasonId, channel }) => ({ interactionId, reasonId, channel }))).to.deep.equal([
      { interactionId: id, reasonId: 'sale', channel: 'voice' },
    ]);
    expect(contact.clears).to.equal(1);
    expect(dialog.state).to.equal('done');
    expect(posts).to.deep.equal([]);
  });

  it('tries a failed save or clear again, then shows it, and Try again does both again', async () => {
    sinon.stub(Math, 'random').returns(0); // (no wait between the tries)
    const { contact, dialog, ui } = await acw(`ac-${Date.now()}`);
    saveFails = true;
    ui.options[0]!.click();
    await dialog.updateComplete;
    ui.submitButton.click();
    await waitUntil(() => dialog.state === 'failed', 'the failure', { timeout: 5000 });
    expect(contact.clears).to.equal(0);
    saveFails = false;
    contact.clearFails = true;
    await dialog.updateComplete;
    ui.retryButton!.click();
    await waitUntil(() => dialog.state === 'failed' && contact.clears === MAX_ATTEMPTS, 'the clear to fail, each try', { timeout: 5000 });
    contact.clearFails = false;
    await dialog.updateComplete;
    ui.retryButton!.click();
    await waitUntil(() => dialog.state === 'done', 'the wrap-up', { timeout: 5000 });
    expect(contact.clears).to.equal(MAX_ATTEMPTS + 1);
  });

  it('gives save the contact and the idempotency key, the same on every try', async () => {
    sinon.stub(Math, 'random').returns(0); // (no wait between the tries)
    const id = `ac-${Date.now()}`;
    const { dialog, ui } = await acw(id);
    const key = (event: Event) => (event as CustomEvent<{ idempotencyKey: string }>).detail.idempotencyKey;
    const offered: string[] = [];
    dialog.addEventListener('wrapup-submit', (event) => offered.push(key(event)));
    saveFails = true;
    ui.options[0]!.click();
    await dialog.updateComplete;
    ui.submitButton.click();
    await waitUntil(() => dialog.state === 'failed', 'the failure', { timeout: 5000 });
    saveFails = false;
    await dialog.updateComplete;
    ui.retryButton!.click();
    await waitUntil(() => dialog.state === 'done', 'the wrap-up', { timeout: 5000 });
    expect(offered).to.have.length(2);
    expect(keys).to.deep.equal(Array(MAX_ATTEMPTS + 1).fill(`initial-${id} Sales ${offered[0]}`));
  });

  it('shows the status of a save that failed with one', async () => {
    const { dialog, ui } = await acw(`ac-${Date.now()}`);
    saveFails = new Response('{}', { status: 403 });
    ui.options[0]!.click();
    await dialog.updateComplete;
    ui.submitButton.click();
    await waitUntil(() => dialog.state === 'failed', 'the failure', { timeout: 5000 });
    await waitUntil(() => ui.message.includes('403'), 'the status in words', { timeout: 5000 });
    expect(ui.message).to.contain('not allowed');
  });

  it('removes the dialog without saving when the contact is cleared elsewhere', async () => {
    const { contact, dialog } = await acw(`ac-${Date.now()}`);
    contact.enter('destroy');
    expect(dialog.isConnected).to.equal(false);
    expect(saved).to.deep.equal([]);
  });

  it('keeps one dialog per contact, several at once, and removes them when disconnected', async () => {
    const first = await acw(`ac-a-${Date.now()}`);
    await acw(`ac-b-${Date.now()}`, 'email');
    first.contact.enter('acw'); // announced again
    expect(container.querySelectorAll('wrapup-dialog')).to.have.length(2);
    disconnect();
    expect(container.querySelectorAll('wrapup-dialog')).to.have.length(0);
  });
  it("hands save() the chosen reason's fields and the tags", async () => {
    disconnect();
    disconnect = connectAmazonConnect({
      connect: { contact: (callback) => (newContact = callback) },
      container,
      reasons: [{ id: 'sale', name: 'Sale', fields: [{ id: 'amount', label: 'Amount', type: 'number' }] }],
      tags: [{ id: 'vip', name: 'VIP' }],
      maxTags: 1,
      save: async (wrapup) => void saved.push(wrapup),
    });
    const { dialog, ui } = await acw(`ac-form-${Date.now()}`);
    expect(dialog.maxTags).to.equal(1);
    ui.options[0]!.click();
    await dialog.updateComplete;
    const root = dialog.shadowRoot!;
    await waitUntil(() => root.querySelector('.form input'), 'the form');
    const amount = root.querySelector<HTMLInputElement>('.form input')!;
    amount.value = '99';
    amount.dispatchEvent(new Event('input'));
    root.querySelector<HTMLElement>('[aria-multiselectable] [role="option"]')!.click();
    await dialog.updateComplete;
    ui.submitButton.click();
    await waitUntil(() => saved.length === 1, 'the save');
    expect(saved[0]).to.deep.include({ reasonId: 'sale', fields: { amount: 99 }, tags: ['vip'] });
  });

  it("honours the host's retry hint: a 429 with Retry-After is tried again, with wrapup-error per attempt", async () => {
    const { dialog, ui } = await acw(`ac-${Date.now()}`);
    const errors: { attempt: number; final: boolean; status?: number }[] = [];
    dialog.addEventListener('wrapup-error', (event) => {
      errors.push({ attempt: event.detail.attempt, final: event.detail.final, status: event.detail.error.status });
      saveFails = false; // (the next save goes through)
    });
    saveFails = new Response('{}', { status: 429, headers: { 'Retry-After': '0' } });
    ui.options[0]!.click();
    await dialog.updateComplete;
    ui.submitButton.click();
    await waitUntil(() => dialog.state === 'done', 'the second try', { timeout: 5000 });
    expect(errors).to.deep.equal([{ attempt: 1, final: false, status: 429 }]);
    expect(saved).to.have.length(1);
  });

  it("shows the platform's own summary in the notes, fed before the dialog opens and as it changes", async () => {
    const id = `ac-summary-${Date.now()}`;
    disconnect.summarize(id, { text: 'Customer asked', state: 'pending' });
    const { dialog } = await acw(id);
    const notes = () => dialog.shadowRoot!.querySelector('textarea');
    await waitUntil(() => notes()?.value === 'Customer asked', 'the summary in the notes');
    disconnect.summarize(id, { text: 'Customer asked for a refund.', state: 'ready' });
    await waitUntil(() => notes()?.value === 'Customer asked for a refund.', 'the newer summary');
    expect(dialog.notes).to.equal('optional');
  });

  it('keeps the summaries of the last interactions that have no dialog yet, not every one of the shift', async () => {
    const ids = Array.from({ length: MAX_PENDING_SUMMARIES + 1 }, (_, i) => `ac-unopened-${Date.now()}-${i}`);
    for (const id of ids) disconnect.summarize(id, { text: `Summary of ${id}`, state: 'ready' });
    const oldest = await acw(ids[0]!);
    const newest = await acw(ids.at(-1)!);
    await waitUntil(() => newest.dialog.shadowRoot!.querySelector('textarea')?.value === `Summary of ${ids.at(-1)}`, 'the newest summary');
    expect(oldest.dialog.summary, 'the oldest, dropped').to.equal(undefined);
  });
});
