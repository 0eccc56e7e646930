/**
 * `wrapup-elements/webex.js`: drives `<wrapup-dialog>`s from the Webex Contact Center Desktop
 * SDK (`@wxcc-desktop/sdk`, a peer dependency the host brings; nothing of it is imported here
 * at run time).
 *
 * - `eAgentWrapup` for an interaction opens a dialog with the agent's wrap-up codes,
 *   default code and auto wrap-up settings;
 * - **the desktop owns the deadline**: its own auto wrap-up timer cannot be cancelled from a
 *   widget, so the dialog shows that countdown, sends nothing at zero (the desktop sends its
 *   default, and `eAgentContactWrappedUp` closes the dialog) and offers no cancel of its own (the
 *   desktop's does, where `allowCancelAutoWrapup`);
 * - `wrapup-submit` is cancelled and the wrap-up goes through `Desktop.agentContact.wrapup()`;
 *   when the SDK call fails the dialog says so and offers Try again;
 * - `eAgentContactWrappedUp` for that interaction (sent, or wrapped up elsewhere: by the
 *   desktop itself, or a supervisor) closes the dialog as done.
 */
import type { Desktop } from '@wxcc-desktop/sdk';
import { AdapterDialogs, type AdapterConnection, failureOf } from './adapter-dialogs.js';

export type { AdapterConnection } from './adapter-dialogs.js';
import type { Channel, Wrapup, WrapupReason } from '../types.js';

/** The parts of the SDK's `Desktop` the adapter uses (after `Desktop.config.init()`). */
export type WebexDesktop = {
  agentContact: Pick<(typeof Desktop)['agentContact'], 'addEventListener' | 'removeEventListener' | 'wrapup'>;
  actions: Pick<(typeof Desktop)['actions'], 'getWrapUpCodes'>;
};

type AgentContactApi = WebexDesktop['agentContact'];
/**
 * What the SDK hands an `eAgentWrapup` / `eAgentContactWrappedUp` listener, as far as the
 * adapter reads it. (Written out: the SDK's own type leans on `@agentx/agentx-services`, which
 * resolves only inside the desktop's build, and would be `unknown` in a host's.)
 */
export interface AgentContactMessage {
  data: {
    interactionId: string;
    /** Epoch ms of the event: when wrap-up began. */
    eventTime?: number | undefined;
    interaction?: { mediaType?: string | undefined } | undefined;
  };
}
/** A wrap-up code as the desktop lists it. */
export type WebexWrapupCode = NonNullable<Awaited<ReturnType<WebexDesktop['actions']['getWrapUpCodes']>>>[number];

/** The agent's wrap-up settings: the desktop's `$STORE.agent.wrapUpData`. */
export interface WebexWrapupData {
  wrapUpProps: {
    autoWrapup?: boolean | undefined;
    /** Milliseconds, as the desktop's own auto wrap-up timer reads it. */
    autoWrapupInterval?: number | undefined;
    allowCancelAutoWrapup?: boolean | undefined;
    wrapUpReasonList?: WebexWrapupCode[];
  };
}

export interface WebexWrapupOptions {
  /** The SDK's `Desktop`, initialized. */
  desktop: WebexDesktop;
  /** Where each wrap-up's dialog is placed: the widget element, for one. */
  container: Element;
  /** The dialog's tag, when the elements are registered under other names. */
  tagName?: string;
  /**
   * The agent's wrap-up settings, read when a wrap-up starts: a widget receives them from the
   * layout (`"wrapUpData": "$STORE.agent.wrapUpData"`). Without them the codes come from
   * `Desktop.actions.getWrapUpCodes()` and there is no auto wrap-up.
   */
  wrapUpData?: () => WebexWrapupData | undefined;
}

const channels: Record<string, Channel> = { telephony: 'voice', chat: 'chat', email: 'email' };

/** The dialog's channel for an SDK media type: voice, chat, email, or social for the rest. */
function channelOf(mediaType: string | undefined): Channel {
  return channels[mediaType ?? 'telephony'] ?? 'social';
}

/** An HTTP status the SDK's error may carry, to say why a wrap-up failed. */
function statusOf(error: unknown): number | undefined {
  const found = [error, (error as { details?: unknown })?.details, (error as { data?: unknown })?.data]
    .map((part) => (part as { status?: unknown } | undefined)?.status)
    .find((status) => typeof status === 'number');
  return found as number | undefined;
}

/**
 * Connects the Webex desktop to wrap-up dialogs in `container`: one dialog per interaction in
 * wrap-up (an agent may wrap up several chats at once), removed once it is done. Returns the
 * function that disconnects it and removes the dialogs still open (for a widget's
 * `disconnectedCallback`).
 */
export function connectWebexDesktop({ desktop, container, tagName = 'wrapup-dialog', wrapUpData }: WebexWrapupOptions): AdapterConnection {
  const contacts: AgentContactApi = desktop.agentContact;
  const dialogs = new AdapterDialogs(container, tagName);

  /**
   * The desktop submits it, not a POST. Its `wrapup()` resolves `undefined` without sending when
   * the SDK's service is not ready: that is a failure (the dialog offers Try again), not a wrap-up.
   */
  const submitThroughDesktop = ({ wrapup }: { wrapup: Wrapup }) =>
    contacts
      .wrapup({
        interactionId: wrapup.interactionId,
        data: { wrapUpReason: wrapup.reasonName, auxCodeId: wrapup.reasonId, isAutoWrapup: String(wrapup.auto) },
      })
      .then((contact) => {
        if (contact === undefined) throw new Error('the desktop SDK is not ready: nothing was sent');
      });

  const onWrapup = async (message: AgentContactMessage): Promise<void> => {
    const { interactionId, interaction, eventTime } = message.data;
    if (dialogs.has(interactionId)) return; // announced again
    const dialog = dialogs.create(interactionId, submitThroughDesktop, (error) => ({ ...failureOf(error), status: statusOf(error) }));
    // The desktop's timer sends the default at zero; two wrap-ups must not go out.
    dialog.addEventListener('wrapup-expire', (event) => event.preventDefault());
    const props = wrapUpData?.()?.wrapUpProps;
    let codes = props?.wrapUpReasonList;
    if (!codes?.length) {
      try {
        codes = (await desktop.actions.getWrapUpCodes()) ?? [];
      } catch {
        codes = []; // the dialog says there are no reasons
      }
    }
    const interval = props?.autoWrapup ? (props.autoWrapupInterval ?? 0) : 0;
    const reasons: WrapupReason[] = codes.map(({ id, name }) => ({ id, name }));
    // (Not when it was wrapped up, or the adapter disconnected, while the codes were fetched.)
    dialogs.show(interactionId, dialog, {
      interactionId,
      channel: channelOf(interaction?.mediaType),
      endedAt: eventTime,
      reasons,
      defaultReason: codes.find((code) => code.isDefault)?.id,
      autoWrapup: interval > 0 ? Math.ceil(interval / 1000) : undefined,
    });
  };

  /** Wrapped up: by this dialog, by the desktop's own timer, or by a supervisor. */
  const onWrappedUp = (message: AgentContactMessage): void => {
    const { interactionId } = message.data;
    dialogs.get(interactionId)?.complete();
    dialogs.remove(interactionId);
  };

  contacts.addEventListener('eAgentWrapup', onWrapup);
  contacts.addEventListener('eAgentContactWrappedUp', onWrappedUp);
  return dialogs.connection(() => {
    contacts.removeEventListener('eAgentWrapup', onWrapup);
    contacts.removeEventListener('eAgentContactWrappedUp', onWrappedUp);
    dialogs.clear();
  });
}
