/**
 * The platform stories: each adapter connected to a small stand-in of its platform's SDK, which
 * ends an interaction a moment after the story starts and logs the calls the adapter makes, as
 * the real SDK would receive them.
 */
import type { Actions, ITask, Manager } from '@twilio/flex-ui';
import type { ContactCenter, Profile } from '@webex/contact-center';
import type { Models } from 'purecloud-platform-client-v2';
import { connectAmazonConnect, type ConnectContact } from '../src/adapters/amazon-connect.js';
import { connectFlex } from '../src/adapters/flex.js';
import { connectGenesys, type GenesysConversationsApi } from '../src/adapters/genesys.js';
import { connectWebexContactCenter } from '../src/adapters/webex-sdk.js';

export type Platform = 'genesys' | 'flex' | 'webex-sdk' | 'amazon-connect';

/** Logs a call the adapter made to the platform. */
type Log = (call: string, detail: unknown) => void;

/** A tiny event emitter, as the SDKs' are. */
class Emitter {
  readonly #listeners = new Map<string, Set<(...args: never[]) => void>>();
  on(event: string, listener: (...args: never[]) => void) {
    if (!this.#listeners.has(event)) this.#listeners.set(event, new Set());
    this.#listeners.get(event)!.add(listener);
    return this;
  }
  off(event: string, listener: (...args: never[]) => void) {
    this.#listeners.get(event)?.delete(listener);
    return this;
  }
  addListener = this.on;
  removeListener = this.off;
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.#listeners.get(event) ?? []) (listener as (...args: unknown[]) => void)(...args);
  }
}

const later = (action: () => void) => setTimeout(action, 300);

function genesys(container: Element, log: Log): () => void {
  const listeners = new Set<(conversation: Models.ConversationEventTopicConversation) => void>();
  const agent = (wrapup?: Models.ConversationEventTopicWrapup): Models.ConversationEventTopicConversation => ({
    id: `genesys-${Date.now()}`,
    participants: [
      { id: 'agent-participant', userId: 'me', purpose: 'agent', name: 'Ana Novak · call', wrapupRequired: true, wrapupPrompt: 'timeout', wrapupTimeoutMs: 90_000, startAcwTime: new Date().toISOString(), calls: [{ state: 'disconnected' }], ...(wrapup && { wrapup }) },
    ],
  });
  const patch = async (conversationId: string, participantId: string, body: Models.MediaParticipantRequest) => log('PATCH /api/v2/conversations/calls/…/participants/…', { conversationId, participantId, body });
  const api = {
    getConversations: async () => ({ entities: [] }),
    getConversationParticipantWrapupcodes: async () => [
      { id: 'wc-resolved', name: 'Resolved' },
      { id: 'wc-callback', name: 'Callback requested', description: 'The customer asked to be called back' },
      { id: 'wc-sale', name: 'Sale' },
    ],
    patchConversationsCallParticipant: patch,
    patchConversationsCallbackParticipant: patch,
    patchConversationsEmailParticipant: patch,
    patchConversationParticipant: patch,
    patchConversationsMessageParticipant: async (conversationId: string, participantId: string, opts?: { body?: Models.MediaParticipantRequest }) => patch(conversationId, participantId, opts?.body ?? {}),
    patchConversationParticipantAttributes: async (conversationId: string, participantId: string, body: Models.ParticipantAttributes) =>
      log('PATCH /api/v2/conversations/…/participants/…/attributes', { conversationId, participantId, body }),
  } as GenesysConversationsApi;
  const stop = connectGenesys({ conversationsApi: api, userId: 'me', subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)), container, extendSeconds: 30 });
  const timer = later(() => listeners.forEach((listener) => listener(agent())));
  return () => (clearTimeout(timer), stop());
}

function flex(container: Element, log: Log): () => void {
  const events = new Emitter();
  const task = {
    sid: `WR${Date.now()}`,
    queueSid: 'WQsupport',
    queueName: 'Support',
    taskChannelUniqueName: 'chat',
    dateUpdated: new Date(),
    defaultFrom: '+38640111222',
    attributes: { name: 'Marko Kranjc · chat' },
    setAttributes: async (attributes: object) => log('task.setAttributes', attributes),
  } as unknown as ITask;
  const actions = {
    invokeAction: async (name: string, payload: { task: ITask }) => {
      log(`Actions.invokeAction('${name}')`, { task: payload.task.sid });
      events.emit('taskCompleted', payload.task);
    },
  } as unknown as Pick<typeof Actions, 'invokeAction'>;
  const stop = connectFlex({
    manager: { events } as unknown as Pick<Manager, 'events'>,
    actions,
    container,
    dispositions: {
      global: [
        { id: 'resolved', name: 'Resolved' },
        { id: 'info', name: 'Information given' },
      ],
      perQueue: { WQsupport: { reasons: [{ id: 'escalated', name: 'Escalated to tier 2' }] } },
      defaultReason: 'info',
      notes: 'optional',
    },
    wrapupSeconds: 120,
  });
  const timer = later(() => events.emit('taskWrapup', task));
  return () => (clearTimeout(timer), stop());
}

function webexSdk(container: Element, log: Log): () => void {
  const cc = new Emitter();
  const task = Object.assign(new Emitter(), {
    data: { interactionId: `webex-${Date.now()}`, wrapUpRequired: false, interaction: { mediaType: 'telephony' } },
    cancelAutoWrapupTimer: () => log('task.cancelAutoWrapupTimer()', {}),
    wrapup: async (payload: unknown) => {
      log('task.wrapup', payload);
      task.emit('task:wrappedup', task);
      return {};
    },
  });
  const profile = {
    wrapupCodes: [
      { id: 'aux-1', name: 'Sale', isDefault: false, isSystem: false },
      { id: 'aux-2', name: 'Information', isDefault: true, isSystem: false },
      { id: 'aux-3', name: 'Complaint', isDefault: false, isSystem: false },
    ],
    defaultWrapupCode: 'aux-2',
    wrapUpData: { wrapUpProps: { autoWrapup: true, autoWrapupInterval: 60_000, allowCancelAutoWrapup: true, wrapUpReasonList: [] } },
  } satisfies Pick<Profile, 'wrapupCodes' | 'defaultWrapupCode' | 'wrapUpData'>;
  const stop = connectWebexContactCenter({ cc: cc as unknown as ContactCenter, profile, container });
  const timer = later(() => {
    cc.emit('task:incoming', task);
    task.data.wrapUpRequired = true;
    task.emit('task:end', task);
  });
  return () => (clearTimeout(timer), stop());
}

function amazonConnect(container: Element, log: Log): () => void {
  let onContact: ((contact: ConnectContact) => void) | undefined;
  const acw = new Set<(contact: connect.Contact) => void>();
  const destroy = new Set<(contact: connect.Contact) => void>();
  const contact: ConnectContact = {
    getContactId: () => `connect-${Date.now()}`,
    getType: () => 'chat' as connect.ContactType,
    getStatus: () => ({ type: 'ended' as connect.ContactStateType, timestamp: new Date() }),
    getInitialContactId: () => contact.getContactId(),
    getQueue: () => ({ queueARN: 'arn:aws:connect:queue/demo', name: 'Demo', queueId: 'demo' }) as connect.Queue,
    getAttributes: () => ({}),
    onACW: (callback) => (acw.add(callback), { unsubscribe: () => acw.delete(callback) }) as never,
    onDestroy: (callback) => (destroy.add(callback), { unsubscribe: () => destroy.delete(callback) }) as never,
    clear: ({ success } = {}) => {
      log('contact.clear()', {});
      success?.();
      destroy.forEach((callback) => callback(contact as connect.Contact));
    },
  };
  const stop = connectAmazonConnect({
    connect: { contact: (callback) => (onContact = callback) },
    container,
    reasons: [
      { id: 'sale', name: 'Sale' },
      { id: 'info', name: 'Information given' },
    ],
    defaultReason: 'info',
    acwSeconds: 60,
    save: async (wrapup, _contact, idempotencyKey) => log('save(wrapup, contact, idempotencyKey) → your backend, UpdateContactAttributes', { wrapup, idempotencyKey }),
  });
  const timer = later(() => {
    onContact?.(contact);
    acw.forEach((callback) => callback(contact as connect.Contact));
  });
  return () => (clearTimeout(timer), stop());
}

/** Connects `platform`'s adapter to its stand-in, with dialogs in `container`; returns the stop. */
export function startPlatform(platform: Platform, container: Element, log: Log): () => void {
  return { genesys, flex, 'webex-sdk': webexSdk, 'amazon-connect': amazonConnect }[platform](container, log);
}
