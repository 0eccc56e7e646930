// The Genesys Cloud adapter against a stand-in of the Platform API client's ConversationsApi and
// of the host's notification channel, typed by purecloud-platform-client-v2's own models.
import { expect, waitUntil } from '@open-wc/testing';
import type { Models } from 'purecloud-platform-client-v2';
import '../src/index.js';
import type { WrapupDialog } from '../src/index.js';
import { connectGenesys, type GenesysConversationsApi, type GenesysWrapupOptions } from '../src/adapters/genesys.js';
import { DialogHarness } from './support/dialog-harness.js';

const USER = 'agent-1';
const codes: Models.WrapupCode[] = [
  { id: 'code-resolved', name: 'Resolved' },
  { id: 'code-callback', name: 'Callback', description: 'Customer wants a call back' },
];

/** ConversationsApi's calls, recorded; a PATCH fails while `failWith` is set. */
class FakeConversationsApi implements GenesysConversationsApi {
  readonly patches: { method: string; conversationId: string; participantId: string; body: Models.MediaParticipantRequest | undefined }[] = [];
  failWith: number | undefined;
  /** The Retry-After header of the failure, as the platform client gives its headers. */
  retryAfter: string | undefined;
  /** How many fetches of the codes fail before one succeeds. */
  codeFailures = 0;
  /** The agent's active conversations, as `getConversations` lists them. */
  active: Models.Conversation[] = [];
  async getConversations() {
    return { entities: this.active };
  }
  async getConversationParticipantWrapupcodes() {
    if (this.codeFailures > 0) {
      this.codeFailures -= 1;
      throw { status: 503 };
    }
    return codes;
  }
  #patch(method: string) {
    return async (conversationId: string, participantId: string, body?: Models.MediaParticipantRequest) => {
      this.patches.push({ method, conversationId, participantId, body });
      if (this.failWith) throw { status: this.failWith, headers: this.retryAfter === undefined ? {} : { 'retry-after': this.retryAfter } };
    };
  }
  patchConversationsCallParticipant = this.#patch('call');
  patchConversationsCallbackParticipant = this.#patch('callback');
  patchConversationsEmailParticipant = this.#patch('email');
  patchConversationParticipant = this.#patch('participant');
  patchConversationsMessageParticipant = async (conversationId: string, participantId: string, opts?: { body?: Models.MediaParticipantRequest }) =>
    this.#patch('message')(conversationId, participantId, opts?.body);
  patchConversationParticipantAttributes = async (conversationId: string, participantId: string, body: Models.ParticipantAttributes) =>
    this.#patch('attributes')(conversationId, participantId, body as Models.MediaParticipantRequest);
}

/** A conversation event of `v2.users.{id}.conversations`: the agent's participant, its media ended. */
function ended(id: string, kind: 'calls' | 'emails' | 'messages', participant: Partial<Models.ConversationEventTopicParticipant> = {}): Models.ConversationEventTopicConversation {
  return {
    id,
    participants: [
      { id: `${id}-customer`, purpose: 'customer', [kind]: [{ state: 'disconnected' }] },
      {
        id: `${id}-agent`,
        userId: USER,
        purpose: 'agent',
        name: `Customer of ${id}`,
        wrapupRequired: true,
        wrapupPrompt: 'mandatory',
        startAcwTime: new Date(Date.now() - 1000).toISOString(),
        [kind]: [{ state: 'disconnected', disconnectedTime: new Date(Date.now() - 1000).toISOString() }],
        ...participant,
      },
    ],
  };
}

function setUp(more: Partial<GenesysWrapupOptions> = {}, active: Models.ConversationEventTopicConversation[] = []) {
  localStorage.clear();
  const api = new FakeConversationsApi();
  api.active = active as unknown as Models.Conversation[];
  const listeners = new Set<(conversation: Models.ConversationEventTopicConversation) => void>();
  const container = document.createElement('div');
  document.body.append(container);
  const disconnect = connectGenesys({
    conversationsApi: api,
    userId: USER,
    subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    container,
    extendSeconds: 30,
    ...more,
  });
  const notify = (conversation: Models.ConversationEventTopicConversation) => listeners.forEach((listener) => listener(conversation));
  const dialogs = () => [...container.querySelectorAll<WrapupDialog>('wrapup-dialog')];
  const shown = async (count: number) => {
    await waitUntil(() => dialogs().length === count && dialogs().every((dialog) => dialog.reasons), `${count} dialogs`);
    await Promise.all(dialogs().map((dialog) => dialog.updateComplete));
    return dialogs();
  };
  return { api, notify, dialogs, shown, container, listeners, disconnect };
}

async function submit(dialog: WrapupDialog, reasonIndex: number, note?: string) {
  const ui = new DialogHarness(dialog);
  await waitUntil(() => ui.options.length > 0, 'the codes');
  ui.options[reasonIndex]!.click();
  await dialog.updateComplete;
  if (note) {
    const field = dialog.shadowRoot!.querySelector('textarea')!;
    field.value = note;
    field.dispatchEvent(new InputEvent('input'));
  }
  dialog.submit();
}

describe('connectGenesys', () => {
  let env: ReturnType<typeof setUp>;
  beforeEach(() => (env = setUp()));
  afterEach(() => {
    env.disconnect();
    env.container.remove();
  });

  it("opens a dialog with the participant's codes and timeout, and patches the call participant with code, name and notes", async () => {
    const problems: Event[] = [];
    env.container.addEventListener('wrapup-error', (event) => problems.push(event));
    env.notify(ended('conv-1', 'calls', { wrapupPrompt: 'timeout', wrapupTimeoutMs: 90_000 }));
    const [dialog] = await env.shown(1);
    const ui = new DialogHarness(dialog!);
    expect(problems, 'no settings problem').to.have.length(0);
    expect(ui.message).to.equal('');
    expect(ui.optionNames).to.deep.equal(['Resolved', 'Callback']);
    expect(dialog!.channel).to.equal('voice');
    expect(ui.countdown).to.match(/^1:2\d$/);
    expect(ui.extendButton, 'a timeout prompt may be extended').not.to.equal(null);
    await submit(dialog!, 1, 'Call back Monday');
    await waitUntil(() => env.dialogs().length === 0, 'the dialog removed');
    expect(env.api.patches).to.deep.equal([
      { method: 'call', conversationId: 'conv-1', participantId: 'conv-1-agent', body: { wrapup: { code: 'code-callback', name: 'Callback', notes: 'Call back Monday' } } },
    ]);
  });

  it('leaves the deadline to Genesys: nothing is sent at zero, and its timeout code closes the dialog without a call', async () => {
    env.notify(ended('conv-2', 'calls', { wrapupPrompt: 'forcedTimeout', wrapupTimeoutMs: 1000, startAcwTime: new Date(Date.now() - 900).toISOString() }));
    const [dialog] = await env.shown(1);
    expect(new DialogHarness(dialog!).extendButton, 'forcedTimeout cannot be extended').to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(env.api.patches).to.have.length(0);
    env.notify(ended('conv-2', 'calls', { wrapupPrompt: 'forcedTimeout', wrapup: { code: 'ININ-WRAP-UP-TIMEOUT' } }));
    expect(env.dialogs()).to.have.length(0);
    expect(env.api.patches).to.have.length(0);
  });

  it('removes the dialog when the wrap-up was done elsewhere (a supervisor, another tab), and never reopens it', async () => {
    env.notify(ended('conv-3', 'emails'));
    await env.shown(1);
    env.notify(ended('conv-3', 'emails', { wrapup: { code: 'code-resolved' } }));
    expect(env.dialogs()).to.have.length(0);
    expect(env.api.patches).to.have.length(0);
  });

  it('handles two conversations at once, each with its own media call; a late notification does not reopen one', async () => {
    env.notify(ended('chat-a', 'messages', { wrapupPrompt: 'timeout', wrapupTimeoutMs: 60_000 }));
    env.notify(ended('mail-b', 'emails'));
    const [message, email] = await env.shown(2);
    expect(message!.channel).to.equal('chat');
    expect(email!.channel).to.equal('email');
    await submit(message!, 0);
    await waitUntil(() => env.dialogs().length === 1, 'the first removed');
    await submit(env.dialogs()[0]!, 1);
    await waitUntil(() => env.dialogs().length === 0, 'both removed');
    expect(env.api.patches.map(({ method, conversationId, body }) => [method, conversationId, body?.wrapup?.code])).to.deep.equal([
      ['message', 'chat-a', 'code-resolved'],
      ['email', 'mail-b', 'code-callback'],
    ]);
    env.notify(ended('chat-a', 'messages')); // sent before Genesys had the wrap-up
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(env.dialogs()).to.have.length(0);
  });

  it('opens a second wrap-up when the conversation comes back to the agent (a transfer back), for the new participant', async () => {
    env.notify(ended('conv-back', 'calls'));
    await submit((await env.shown(1))[0]!, 0);
    await waitUntil(() => env.dialogs().length === 0, 'the first wrap-up done');
    const back = ended('conv-back', 'calls');
    back.participants!.push({ ...back.participants![1]!, id: 'conv-back-agent-2' });
    back.participants![1] = { ...back.participants![1]!, wrapup: { code: 'code-resolved' } };
    env.notify(back);
    const [dialog] = await env.shown(1);
    expect(dialog!.interactionId).to.equal('conv-back:conv-back-agent-2');
    await submit(dialog!, 1);
    await waitUntil(() => env.dialogs().length === 0, 'the second wrap-up done');
    expect(env.api.patches.map(({ participantId, body }) => [participantId, body?.wrapup?.code])).to.deep.equal([
      ['conv-back-agent', 'code-resolved'],
      ['conv-back-agent-2', 'code-callback'],
    ]);
  });

  it('opens nothing for agentRequested, for another agent, or before the communication ends; mandatory has no countdown', async () => {
    env.notify(ended('conv-4', 'calls', { wrapupPrompt: 'agentRequested' }));
    env.notify(ended('conv-5', 'calls', { userId: 'someone-else' }));
    env.notify(ended('conv-6', 'calls', { calls: [{ state: 'connected' }] }));
    env.notify(ended('conv-7', 'calls', { wrapupPrompt: 'mandatory' }));
    const [dialog] = await env.shown(1);
    expect(dialog!.interactionId).to.equal('conv-7');
    expect(new DialogHarness(dialog!).countdown).to.equal(undefined);
  });

  it('tells the host when the codes cannot be fetched, and shows the dialog once a later try has them', async () => {
    const errors: CustomEvent<{ field?: string; final: boolean; error: { status?: number } }>[] = [];
    env.container.addEventListener('wrapup-error', (event) => errors.push(event as CustomEvent));
    env.api.codeFailures = 2;
    env.notify(ended('conv-codes', 'calls'));
    await waitUntil(() => errors.length === 1, 'the first failure told');
    expect(env.dialogs(), 'no empty list shown').to.have.length(0);
    expect(errors[0]!.detail).to.include({ field: 'reasons', final: false });
    expect(errors[0]!.detail.error.status).to.equal(503);
    window.dispatchEvent(new Event('online')); // the next try comes at once
    await waitUntil(() => errors.length === 2, 'the second failure told');
    window.dispatchEvent(new Event('online'));
    const [dialog] = await env.shown(1);
    expect(new DialogHarness(dialog!).optionNames).to.deep.equal(['Resolved', 'Callback']);
  });

  it('tries a PATCH that failed with 429 again, after its Retry-After', async () => {
    env.api.failWith = 429;
    env.api.retryAfter = '0';
    env.notify(ended('conv-9', 'calls'));
    const [dialog] = await env.shown(1);
    const errors: boolean[] = [];
    dialog!.addEventListener('wrapup-error', (event) => {
      errors.push(event.detail.final);
      env.api.failWith = undefined; // (the platform takes the next)
    });
    await submit(dialog!, 0);
    await waitUntil(() => env.dialogs().length === 0, 'removed after the second try');
    expect(errors).to.deep.equal([false]);
    expect(env.api.patches).to.have.length(2);
  });

  it('says when the PATCH is refused and tries again at the agent\'s word', async () => {
    env.api.failWith = 403;
    env.notify(ended('conv-8', 'calls'));
    const [dialog] = await env.shown(1);
    await submit(dialog!, 0);
    await waitUntil(() => dialog!.state === 'failed', 'failed');
    const ui = new DialogHarness(dialog!);
    await dialog!.updateComplete;
    expect(ui.message).to.contain('403');
    env.api.failWith = undefined;
    ui.retryButton!.click();
    await waitUntil(() => env.dialogs().length === 0, 'removed after the retry');
    expect(env.api.patches).to.have.length(2);
  });
  it("puts a code's fields into the participant's attributes, then the tags into its wrap-up", async () => {
    env.disconnect();
    env.container.remove();
    env = setUp({
      fields: { 'code-callback': [{ id: 'when', label: 'Call back on', type: 'date', required: true }] },
      tags: [{ id: 'vip', name: 'VIP' }],
    });
    env.notify(ended('conv-f', 'calls'));
    const [dialog] = await env.shown(1);
    const ui = new DialogHarness(dialog!);
    await waitUntil(() => ui.options.length > 0, 'the codes');
    ui.options[1]!.click();
    await dialog!.updateComplete;
    const root = dialog!.shadowRoot!;
    await waitUntil(() => root.querySelector('.form input'), 'the form');
    const when = root.querySelector<HTMLInputElement>('.form input')!;
    when.value = '2026-12-09';
    when.dispatchEvent(new Event('input'));
    root.querySelector<HTMLElement>('[aria-multiselectable] [role="option"]')!.click();
    await dialog!.updateComplete;
    dialog!.submit();
    await waitUntil(() => env.dialogs().length === 0, 'the dialog removed');
    expect(env.api.patches.map(({ method, body }) => [method, body])).to.deep.equal([
      ['attributes', { attributes: { when: '2026-12-09' } }],
      ['call', { wrapup: { code: 'code-callback', name: 'Callback', tags: ['vip'] } }],
    ]);
  });

  it('opens the wrap-ups already waiting when it connects (the page was reloaded), once', async () => {
    env.disconnect();
    env.container.remove();
    const waiting = ended('conv-seed', 'calls', { wrapupPrompt: 'timeout', wrapupTimeoutMs: 90_000 });
    const done = ended('conv-done', 'calls', { wrapup: { code: 'code-resolved' } });
    env = setUp({}, [waiting, done]);
    const [dialog] = await env.shown(1);
    expect(dialog!.interactionId).to.equal('conv-seed');
    env.notify(waiting); // the channel's next event of it
    await dialog!.updateComplete;
    expect(env.dialogs()).to.have.length(1);
  });
});
