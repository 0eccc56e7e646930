/**
 * `wrapup-elements/genesys.js`: drives `<wrapup-dialog>`s from Genesys Cloud, for a desktop
 * built on its Platform API client (`purecloud-platform-client-v2`, which the host brings and
 * authenticates; nothing of it is imported here at run time, and the adapter opens no socket).
 *
 * - The host passes in the conversations of its notification channel (the topic
 *   `v2.users.{userId}.conversations`). The agent's participant with a disconnected
 *   communication, `wrapupRequired` and no `wrapup` yet opens a dialog, with the participant's
 *   own codes (`getConversationParticipantWrapupcodes`).
 * - Its `wrapupPrompt` decides the countdown: `mandatory` and `optional` have none; `timeout` and
 *   `forcedTimeout` count down `wrapupTimeoutMs` from the start of after-call work, and Genesys
 *   owns that deadline (it applies its own timeout code), so the dialog does not send at zero;
 *   only `timeout` may be extended (by the host's `extendSeconds`), and `agentRequested` opens no
 *   dialog (the agent asks for one in the host's UI).
 * - Submit patches the participant's communication with `{ wrapup: { code, name, notes, tags } }`
 *   (the tags' ids); a code's `fields`, when the host gives them, go first into the participant's
 *   attributes (`patchConversationParticipantAttributes`, each value as text), where Genesys keeps
 *   what is not a wrap-up code.
 * - The participant showing a wrap-up (this one, or one made elsewhere: Genesys' own timeout, a
 *   supervisor, another tab) removes the dialog, without a second call.
 * - As it connects, the agent's active conversations (`getConversations`) that already wait for
 *   a wrap-up open theirs: after a reload, the channel told of them before it was listened to.
 */
import type { ConversationsApi, Models } from 'purecloud-platform-client-v2';
import type { Channel, Wrapup, WrapupField, WrapupTag } from '../types.js';
import { WrapupError, WrapupErrorEvent } from '../events.js';
import { retryLater } from '../internal/lazy.js';
import { AdapterDialogs, type AdapterConnection } from './adapter-dialogs.js';

export type { AdapterConnection } from './adapter-dialogs.js';

type Conversation = Models.ConversationEventTopicConversation;
type Participant = Models.ConversationEventTopicParticipant;

/** The calls of `ConversationsApi` the adapter makes. */
export type GenesysConversationsApi = Pick<
  ConversationsApi,
  | 'getConversations'
  | 'getConversationParticipantWrapupcodes'
  | 'patchConversationsCallParticipant'
  | 'patchConversationsCallbackParticipant'
  | 'patchConversationsEmailParticipant'
  | 'patchConversationsMessageParticipant'
  | 'patchConversationParticipant'
  | 'patchConversationParticipantAttributes'
>;

export interface GenesysWrapupOptions {
  /** An authenticated `new platformClient.ConversationsApi()`. */
  conversationsApi: GenesysConversationsApi;
  /** The agent's user id (`getUsersMe()`): whose participant to wrap up. */
  userId: string;
  /**
   * Hands the adapter each conversation event of the host's notification channel (topic
   * `v2.users.{userId}.conversations`); returns the function that stops it.
   */
  subscribe(listener: (conversation: Conversation) => void): () => void;
  /** Where each wrap-up's dialog is placed. */
  container: Element;
  /** Seconds each extension adds under a `timeout` prompt; absent: no extending. */
  extendSeconds?: number;
  /** Whether the agent may write notes: `optional` (default), `required`, or none. */
  notes?: 'optional' | 'required' | null;
  /** What the agent fills in for a code, by the code's id (a callback's time, a sale's amount). */
  fields?: Record<string, WrapupField[]>;
  /** Secondary labels the agent may choose beside the code (Genesys keeps them as the wrap-up's `tags`), and how many (default 5). */
  tags?: WrapupTag[];
  maxTags?: number;
  /** The dialog's tag, when the elements are registered under other names. */
  tagName?: string;
}

/** Each kind of communication: the participant's list of it, the channel, and the PATCH that wraps it up. */
const media = [
  ['calls', 'voice', (api, c, p, body) => api.patchConversationsCallParticipant(c, p, body)],
  ['callbacks', 'voice', (api, c, p, body) => api.patchConversationsCallbackParticipant(c, p, body)],
  ['emails', 'email', (api, c, p, body) => api.patchConversationsEmailParticipant(c, p, body)],
  ['messages', 'chat', (api, c, p, body) => api.patchConversationsMessageParticipant(c, p, { body })],
  ['chats', 'chat', (api, c, p, body) => api.patchConversationParticipant(c, p, body)],
] as const satisfies readonly (readonly [
  keyof Participant,
  Channel,
  (api: GenesysConversationsApi, conversationId: string, participantId: string, body: Models.MediaParticipantRequest) => Promise<void>,
])[];

/** The agent's communication that ended and waits for its wrap-up, if any. */
function pendingWrapup(participant: Participant) {
  if (!participant.wrapupRequired || participant.wrapup?.code || participant.wrapupPrompt === 'agentRequested') return undefined;
  for (const [list, channel, patch] of media) {
    const ended = (participant[list] as { state?: string; disconnectedTime?: string }[] | undefined)?.find(({ state }) => state === 'disconnected');
    if (ended) return { channel, patch, endedAt: participant.startAcwTime ?? ended.disconnectedTime };
  }
  return undefined;
}

/**
 * Connects Genesys Cloud to wrap-up dialogs in `container`: one per conversation waiting for the
 * agent's wrap-up (several chats at once are several dialogs). Returns the function that
 * disconnects it and removes the dialogs still open.
 */
export function connectGenesys(options: GenesysWrapupOptions): AdapterConnection {
  const { conversationsApi: api, userId, subscribe, container, extendSeconds, notes = 'optional', fields, tags, maxTags, tagName = 'wrapup-dialog' } = options;
  const dialogs = new AdapterDialogs(container, tagName);
  /** Wrapped up here: a notification sent before Genesys had it must not open a second dialog. */
  const finished = new Set<string>();

  const open = (key: string, conversationId: string, participant: Participant & { id: string }, pending: NonNullable<ReturnType<typeof pendingWrapup>>): void => {
    const submit = async ({ wrapup: { reasonId: code, reasonName: name, notes, fields: values, tags: chosen } }: { wrapup: Wrapup }) => {
      if (values) {
        const attributes = Object.fromEntries(Object.entries(values).map(([id, value]) => [id, String(value)]));
        await api.patchConversationParticipantAttributes(conversationId, participant.id, { attributes });
      }
      await pending.patch(api, conversationId, participant.id, { wrapup: { code, name, ...(notes && { notes }), ...(chosen && { tags: chosen }) } });
    };
    const dialog = dialogs.create(key, submit); // (its errors have the HTTP `status` and `headers`)
    const owned = participant.wrapupPrompt === 'timeout' || participant.wrapupPrompt === 'forcedTimeout';
    Object.assign(dialog, {
      interactionId: key,
      channel: pending.channel,
      endedAt: pending.endedAt, // absent: when the dialog first opens
      autoWrapup: owned && participant.wrapupTimeoutMs ? participant.wrapupTimeoutMs / 1000 : undefined,
      extendable: participant.wrapupPrompt === 'timeout' && extendSeconds !== undefined,
      extendSeconds,
      notes: notes ?? undefined,
      subject: participant.name,
      tags,
      maxTags,
    });
    // Genesys applies its own timeout code at the deadline; the dialog only shows it.
    dialog.addEventListener('wrapup-expire', (event) => event.preventDefault());
    dialog.addEventListener('wrapup-complete', () => finished.add(key));
    // Shown once its codes are here, so the agent never sees an empty list first. A failed fetch
    // is told to the host (`wrapup-error` on the container, field `reasons`) and tried again a
    // few seconds later, or once back online, while the wrap-up is still waiting.
    const fetchCodes = (): Promise<Models.WrapupCode[]> =>
      api.getConversationParticipantWrapupcodes(conversationId, participant.id).catch(async (error: unknown) => {
        const status = (error as { status?: number } | undefined)?.status;
        container.dispatchEvent(new WrapupErrorEvent(new WrapupError(`no wrap-up codes for conversation ${conversationId}`, 'reasons', status), 0, false));
        await retryLater();
        return dialogs.get(key) === dialog ? fetchCodes() : [];
      });
    void fetchCodes().then((codes) => {
      const reasons = codes
        .filter((code) => code.id)
        .map(({ id, name, description }) => ({ id: id!, name, ...(description && { description }), ...(fields?.[id!] && { fields: fields[id!] }) }));
      // A countdown needs a default to be valid; this one is never sent (expiry is cancelled).
      // (Not shown when it was done elsewhere meanwhile.)
      dialogs.show(key, dialog, { reasons, defaultReason: reasons[0]?.id });
    });
  };

  const onConversation = (conversation: Conversation): void => {
    const conversationId = conversation.id;
    // The agent's latest participant (a conversation transferred back has several).
    const mine = conversation.participants?.filter((candidate) => candidate.userId === userId && candidate.purpose === 'agent' && candidate.id) ?? [];
    const participant = mine.at(-1);
    if (!conversationId || !participant) return;
    // Each participant's wrap-up is its own: one after a transfer back is a new one, with an id
    // of its own (the first keeps the conversation's).
    const key = mine.length > 1 ? `${conversationId}:${participant.id}` : conversationId;
    const pending = pendingWrapup(participant);
    if (pending && !dialogs.has(key) && !finished.has(key)) open(key, conversationId, participant as Participant & { id: string }, pending);
    else if (!pending) dialogs.remove(key); // wrapped up (here, or elsewhere) or no longer required
  };

  let connected = true;
  const unsubscribe = subscribe((conversation) => connected && onConversation(conversation));
  // The conversations already waiting for the agent's wrap-up (the page was reloaded): the
  // channel told of them before it was listened to. (An event since then has its say first.)
  api.getConversations().then(
    ({ entities = [] }) => {
      for (const conversation of entities) if (connected) onConversation(conversation as unknown as Conversation);
    },
    (error: unknown) => {
      const { status } = (error ?? {}) as { status?: number };
      container.dispatchEvent(new WrapupErrorEvent(new WrapupError('the conversations waiting for a wrap-up could not be fetched', 'conversations', status), 0, true));
    },
  );
  return dialogs.connection(() => {
    connected = false;
    unsubscribe();
    dialogs.clear();
  });
}
