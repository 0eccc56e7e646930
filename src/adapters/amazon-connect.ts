/**
 * `wrapup-elements/amazon-connect.js`: drives `<wrapup-dialog>`s from Amazon Connect Streams
 * (`amazon-connect-streams`, a peer dependency the host brings and initializes; nothing of it
 * is imported here at run time).
 *
 * - a contact entering after-contact work (`contact.onACW`) opens a dialog: Connect has no
 *   wrap-up codes, so the reasons (and the default) are the host's, and the countdown is the
 *   host's after-contact-work limit in seconds;
 * - `wrapup-submit` is cancelled: the host's `save(wrapup, contact, idempotencyKey)` stores it (typically its
 *   backend calling `UpdateContactAttributes`), then `contact.clear()` ends the after-contact
 *   work; when either fails the dialog says so and offers Try again;
 * - the contact being destroyed (cleared in the CCP, by Connect's own ACW timeout, or by this
 *   dialog) removes its dialog.
 */
/// <reference types="amazon-connect-streams" preserve="true" />
import { AdapterDialogs, type AdapterConnection } from './adapter-dialogs.js';

export type { AdapterConnection } from './adapter-dialogs.js';
import type { Channel, Wrapup, WrapupReason, WrapupTag } from '../types.js';

/** The parts of a Streams `Contact` the adapter uses, and those a host's `save` usually needs. */
export type ConnectContact = Pick<
  connect.Contact,
  'getContactId' | 'getType' | 'getStatus' | 'onACW' | 'onDestroy' | 'clear' | 'getInitialContactId' | 'getQueue' | 'getAttributes'
>;

/** The part of the Streams `connect` global the adapter uses (after `connect.core.initCCP()`). */
export interface ConnectStreams {
  contact(callback: (contact: ConnectContact) => void): unknown;
}

export interface AmazonConnectWrapupOptions {
  /** The Streams global, `connect`, initialized. */
  connect: ConnectStreams;
  /** Where each wrap-up's dialog is placed. */
  container: Element;
  /** The reasons to choose from: Connect has none of its own. */
  reasons: WrapupReason[];
  /**
   * Secondary labels the agent may choose beside the reason, and how many (default 5). They reach
   * `save()` as the body's `tags`, with the chosen reason's `fields`: write them as contact
   * attributes from your backend (`UpdateContactAttributes`), which the CCP cannot do itself.
   */
  tags?: WrapupTag[];
  maxTags?: number;
  /** Id of the reason sent when the countdown runs out. */
  defaultReason?: string;
  /** Your after-contact-work limit in seconds: the countdown. Absent: none. */
  acwSeconds?: number;
  /**
   * Stores the wrap-up (`idempotencyKey`: the same on every try of this wrap-up, for your backend to
   * store it once); the after-contact work is cleared once it resolves. A rejection with an HTTP
   * `status` (a `Response`, or an error that has one) is shown by that status.
   */
  save(wrapup: Wrapup, contact: ConnectContact, idempotencyKey: string): Promise<unknown>;
  /** The dialog's tag, when the elements are registered under other names. */
  tagName?: string;
}

const channels: Record<string, Channel> = { voice: 'voice', queue_callback: 'voice', chat: 'chat', email: 'email' };

/**
 * Connects Amazon Connect to wrap-up dialogs in `container`: one dialog per contact in
 * after-contact work (an agent may have several chats at once), removed once it is done.
 * Returns the function that disconnects it and removes the dialogs still open. Streams keeps
 * its subscriptions for the page's life; after disconnecting they do nothing.
 */
export function connectAmazonConnect({
  connect: streams,
  container,
  reasons,
  defaultReason,
  acwSeconds,
  save,
  tags,
  maxTags,
  tagName = 'wrapup-dialog',
}: AmazonConnectWrapupOptions): AdapterConnection {
  const dialogs = new AdapterDialogs(container, tagName);
  let connected = true;

  /** The host stores it, then Connect clears the contact: no POST. */
  const submitThroughHost =
    (contact: ConnectContact) =>
    ({ wrapup, idempotencyKey }: { wrapup: Wrapup; idempotencyKey: string }) =>
      save(wrapup, contact, idempotencyKey).then(() => new Promise<void>((success, failure) => contact.clear({ success: () => success(), failure })));

  const onACW = (contact: ConnectContact): void => {
    const contactId = contact.getContactId();
    if (!connected || dialogs.has(contactId)) return;
    dialogs.show(contactId, dialogs.create(contactId, submitThroughHost(contact)), {
      interactionId: contactId,
      channel: channels[contact.getType()] ?? 'social',
      endedAt: contact.getStatus().timestamp, // when after-contact work began
      reasons,
      defaultReason,
      autoWrapup: acwSeconds,
      tags,
      maxTags,
    });
  };

  streams.contact((contact) => {
    contact.onACW(onACW);
    // Cleared: by this dialog, in the CCP, or by Connect's own after-contact-work timeout.
    contact.onDestroy((destroyed) => dialogs.remove(destroyed.getContactId()));
  });
  return dialogs.connection(() => {
    connected = false;
    dialogs.clear();
  });
}
