import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WrapupDialog } from '../src/index.js';
import { connectWebexDesktop, type AgentContactMessage, type WebexDesktop, type WebexWrapupCode, type WebexWrapupData } from '../src/adapters/webex.js';
import { DialogHarness } from './support/dialog-harness.js';

type Listener = (message: AgentContactMessage) => void;
type WrapupRequest = Parameters<WebexDesktop['agentContact']['wrapup']>[0];

/**
 * A stand-in for the SDK's `Desktop`, with the documented shapes: `agentContact` events carry
 * an AQM message `{ type, orgId, trackingId, data }` whose `data` has the `interactionId` and
 * the `interaction` (with its `mediaType`); `agentContact.wrapup({ interactionId, data })`
 * resolves with the updated contact or rejects; `actions.getWrapUpCodes()` lists the codes.
 */
class FakeDesktop {
  readonly listeners = new Map<string, Set<Listener>>();
  readonly wrapups: WrapupRequest[] = [];
  /** What the next `wrapup()` calls do, in order; then they succeed. */
  failures: unknown[] = [];
  /** The SDK's service is not ready: `wrapup()` resolves `undefined` and sends nothing (its `checkService()`). */
  notReady = false;
  codes: WebexWrapupCode[] = [];

  readonly agentContact = {
    addEventListener: (name: string, listener: Listener) => {
      if (!this.listeners.has(name)) this.listeners.set(name, new Set());
      this.listeners.get(name)!.add(listener);
    },
    removeEventListener: (name: string, listener: Listener) => {
      this.listeners.get(name)?.delete(listener);
    },
    wrapup: async (request: WrapupRequest) => {
      if (this.notReady) return undefined;
      this.wrapups.push(request);
      const failure = this.failures.shift();
      if (failure) throw failure;
      return message('AgentWrappedUp', request.interactionId);
    },
  };

  readonly actions = { getWrapUpCodes: async () => this.codes };

  emit(name: string, payload: AgentContactMessage): void {
    for (const listener of this.listeners.get(name) ?? []) listener(payload);
  }

  get listenerCount(): number {
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }
}

function message(type: string, interactionId: string, mediaType = 'chat'): AgentContactMessage {
  return {
    type,
    orgId: 'org-1',
    trackingId: `track-${interactionId}`,
    data: {
      interactionId,
      eventTime: Date.now() - 4000,
      agentId: 'agent-7',
      interaction: { interactionId, mediaType, state: 'wrapUp', isTerminated: true },
    },
  } as unknown as AgentContactMessage;
}

const codes: WebexWrapupCode[] = [
  { id: 'wc-1', name: 'Sale', isDefault: false, isSystem: false },
  { id: 'wc-2', name: 'Information given', isDefault: true, isSystem: false },
  { id: 'wc-3', name: 'Complaint', isDefault: false, isSystem: false },
];

let counter = 0;
const nextId = () => `wxcc-${Date.now()}-${++counter}`;

describe('Webex Contact Center adapter', () => {
  let fake: FakeDesktop;
  let container: HTMLElement;
  let disconnect: () => void;
  let wrapUpData: WebexWrapupData | undefined;

  beforeEach(() => {
    localStorage.clear();
    fake = new FakeDesktop();
    container = document.createElement('div');
    document.body.append(container);
    wrapUpData = { wrapUpProps: { autoWrapup: true, autoWrapupInterval: 30_000, allowCancelAutoWrapup: true, wrapUpReasonList: codes } };
    disconnect = connectWebexDesktop({ desktop: fake as unknown as WebexDesktop, container, wrapUpData: () => wrapUpData });
  });
  afterEach(() => {
    sinon.restore();
    disconnect();
    container.remove();
  });

  async function startWrapup(id = nextId(), mediaType = 'chat') {
    fake.emit('eAgentWrapup', message('AgentWrapup', id, mediaType));
    await waitUntil(() => container.querySelector('wrapup-dialog'), 'a dialog for the wrap-up', { timeout: 5000 });
    const element = container.querySelector<WrapupDialog>('wrapup-dialog')!;
    await element.updateComplete;
    return { id, element, ui: new DialogHarness(element) };
  }

  it("opens a dialog with the interaction's codes, default and auto wrap-up settings", async () => {
    const { id, element, ui } = await startWrapup(undefined, 'chat');
    expect(element.open).to.equal(true);
    expect(element.interactionId).to.equal(id);
    expect(element.channel).to.equal('chat');
    expect(ui.optionNames).to.deep.equal(['Sale', 'Information given', 'Complaint']);
    expect(element.defaultReason).to.equal('wc-2');
    expect(Number(element.autoWrapup)).to.equal(30);
    expect(element.extendable, 'the desktop cancels its own timer, not the dialog').to.equal(false);
    expect(element.endedAtTime).to.be.closeTo(Date.now() - 4000, 1500);
  });

  it("submits through the SDK's wrapup() instead of a POST, then closes and removes the dialog", async () => {
    const { id, element, ui } = await startWrapup();
    const post = sinon.spy();
    element.fetch = post;
    const completed = sinon.spy();
    element.addEventListener('wrapup-complete', completed);
    ui.options[2]!.click();
    await element.updateComplete;
    ui.submitButton.click();
    await waitUntil(() => completed.called, 'wrapup-complete', { timeout: 5000 });
    expect(fake.wrapups).to.deep.equal([{ interactionId: id, data: { wrapUpReason: 'Complaint', auxCodeId: 'wc-3', isAutoWrapup: 'false' } }]);
    expect(post.called).to.equal(false);
    expect(element.state).to.equal('done');
    expect(element.isConnected).to.equal(false);
  });

  it('tries a failed SDK call again (503), with wrapup-error per attempt that repeats none of its text', async () => {
    // (An SDK's message may echo what it was sent: the error never carries it on.)
    fake.failures = [{ status: 503, message: 'Service.aqm.contact.wrapup failed for {"wrapUpReason":"Complaint","notes":"Ana Novak, 041 555 123"}' }];
    const { id, element, ui } = await startWrapup();
    const errors = sinon.spy();
    element.addEventListener('wrapup-error', errors);
    ui.options[0]!.click();
    await element.updateComplete;
    ui.submitButton.click();
    await waitUntil(() => element.state === 'done', 'the second attempt to succeed', { timeout: 5000 });
    expect(errors.callCount).to.equal(1);
    expect(errors.firstCall.args[0].detail).to.include({ attempt: 1, final: false });
    expect(errors.firstCall.args[0].detail.error.status).to.equal(503);
    expect(errors.firstCall.args[0].detail.error.message).to.equal('the platform did not take the wrap-up (503)');
    expect(fake.wrapups.map((request) => request.interactionId)).to.deep.equal([id, id]);
  });

  it('shows a refused SDK call (400) at once, with Try again, which calls the SDK again', async () => {
    fake.failures = [{ status: 400, message: 'Service.aqm.contact.wrapup failed' }];
    const { id, element, ui } = await startWrapup();
    const errors = sinon.spy();
    element.addEventListener('wrapup-error', errors);
    ui.options[0]!.click();
    await element.updateComplete;
    ui.submitButton.click();
    await waitUntil(() => element.state === 'failed', 'the failure to show', { timeout: 5000 });
    await element.updateComplete;
    expect(ui.message).to.include('(400)');
    expect(errors.callCount, 'one: the dialog says it, final').to.equal(1);
    expect(errors.lastCall.args[0].detail).to.include({ final: true });
    ui.retryButton!.click();
    await waitUntil(() => element.state === 'done', 'the second attempt to succeed', { timeout: 5000 });
    expect(fake.wrapups.map((request) => request.interactionId)).to.deep.equal([id, id]);
  });

  it('counts a wrapup() that sent nothing (the SDK not ready) as failed after its tries, and Try again sends it', async () => {
    fake.notReady = true;
    sinon.stub(Math, 'random').returns(0); // (no wait between the tries)
    const { id, element, ui } = await startWrapup();
    ui.options[0]!.click();
    await element.updateComplete;
    ui.submitButton.click();
    await waitUntil(() => element.state === 'failed', 'the failure to show', { timeout: 5000 });
    expect(element.isConnected, 'still there to try again').to.equal(true);
    expect(fake.wrapups).to.deep.equal([]);
    fake.notReady = false;
    await element.updateComplete;
    ui.retryButton!.click();
    await waitUntil(() => element.state === 'done', 'the second attempt to succeed', { timeout: 5000 });
    expect(fake.wrapups.map((request) => request.interactionId)).to.deep.equal([id]);
  });

  it('leaves the deadline to the desktop: the countdown shown, no cancel of its own, nothing sent at zero', async () => {
    wrapUpData!.wrapUpProps.autoWrapupInterval = 5000; // the interaction ended 4 s ago
    const { id, element, ui } = await startWrapup();
    expect(ui.countdown).to.match(/^0:0\d$/);
    expect(ui.extendButton, 'the desktop\'s timer cannot be cancelled from the widget').to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(fake.wrapups, 'the desktop sends its default itself').to.deep.equal([]);
    fake.emit('eAgentContactWrappedUp', message('eAgentContactWrappedUp', id));
    await waitUntil(() => !element.isConnected, 'closed by the desktop\'s wrap-up');
  });

  it('takes the codes from the desktop when the layout passes no wrap-up data, without auto wrap-up', async () => {
    wrapUpData = undefined;
    fake.codes = codes.slice(0, 2);
    const { element, ui } = await startWrapup(undefined, 'telephony');
    expect(ui.optionNames).to.deep.equal(['Sale', 'Information given']);
    expect(element.channel).to.equal('voice');
    expect(element.autoWrapup).to.equal(undefined);
    expect(element.extendable).to.equal(false);
  });

  it('closes the dialog when the interaction is wrapped up elsewhere, without calling the SDK', async () => {
    const { id, element } = await startWrapup();
    fake.emit('eAgentContactWrappedUp', message('AgentContactWrappedUp', id));
    expect(element.isConnected).to.equal(false);
    expect(fake.wrapups).to.deep.equal([]);
  });

  it('opens one dialog per interaction, and leaves nothing behind when disconnected', async () => {
    const first = await startWrapup();
    fake.emit('eAgentWrapup', message('AgentWrapup', first.id));
    fake.emit('eAgentWrapup', message('AgentWrapup', nextId(), 'email'));
    await waitUntil(() => container.querySelectorAll('wrapup-dialog').length === 2, 'a second dialog', { timeout: 5000 });
    disconnect();
    expect(container.querySelectorAll('wrapup-dialog')).to.have.length(0);
    expect(fake.listenerCount).to.equal(0);
  });
});
