/**
 * `wrapup-elements/webex-sdk.js`: drives `<wrapup-dialog>`s from the Webex Contact Center JS SDK
 * (`@webex/contact-center` 3.x), for a custom agent desktop built on it (the host brings and
 * registers the SDK; nothing of it is imported here at run time). For a widget inside Cisco's own
 * desktop, see `webex.js`.
 *
 * - A task that ends with `task.data.wrapUpRequired` (`task:end`; the declared `task:wrapup` is
 *   never emitted in 3.12), or that comes back already waiting for its wrap-up after a reconnect
 *   (`task:hydrate`), opens a dialog with the profile's `wrapupCodes` and default.
 * - **The dialog owns the deadline.** The SDK starts its own auto wrap-up timer for the task,
 *   which starts over on every reload and again on every update of the task's data
 *   (`updateTaskData`); the adapter cancels it (`cancelAutoWrapupTimer()`) then and after each
 *   update, and the dialog counts `wrapUpProps.autoWrapupInterval` (milliseconds, as the SDK
 *   reads it) from the task's end, through reloads, then sends the default itself: one wrap-up
 *   goes out. `allowCancelAutoWrapup` lets the agent cancel the countdown.
 * - In multi-session mode the SDK cannot cancel its timer (its own types say so): with
 *   `sdkDeadline`, the SDK owns the deadline and the dialog only shows it (it sends nothing at
 *   zero; the SDK's `task:wrappedup` closes it).
 * - Submit calls `task.wrapup({ wrapUpReason: name, auxCodeId: id })`. `task:wrappedup` (this
 *   one, or done elsewhere: a supervisor, another session) removes the dialog.
 */
import type { ContactCenter, ITask, Profile } from '@webex/contact-center';
import { AdapterDialogs, type AdapterConnection, failureOf, type PlatformFailure } from './adapter-dialogs.js';

export type { AdapterConnection } from './adapter-dialogs.js';
import type { Channel } from '../types.js';

/**
 * The events of `webex.cc` the adapter listens to. (They come from `WebexPlugin`, whose types
 * the package does not ship, so `ContactCenter`'s own type lacks them.)
 */
interface TaskEvents {
  on(event: 'task:incoming' | 'task:hydrate', listener: (task: ITask) => void): unknown;
  off(event: 'task:incoming' | 'task:hydrate', listener: (task: ITask) => void): unknown;
}

export interface WebexSdkWrapupOptions {
  /** `webex.cc`, after `register()`. */
  cc: ContactCenter;
  /** What `cc.register()` resolved with: the wrap-up codes, the default and the timer settings. */
  profile: Pick<Profile, 'wrapupCodes' | 'defaultWrapupCode' | 'wrapUpData'>;
  /** Where each wrap-up's dialog is placed. */
  container: Element;
  /** The notes field (the SDK's wrap-up takes no notes, so they are only in `wrapup-submit`); absent: none. */
  notes?: 'optional' | 'required';
  /**
   * The SDK's own auto wrap-up timer keeps the deadline (multi-session mode, where it cannot be
   * cancelled); the dialog shows it and sends nothing at zero. Default: the dialog keeps it.
   */
  sdkDeadline?: boolean;
  /** The dialog's tag, when the elements are registered under other names. */
  tagName?: string;
}

const channels: Record<string, Channel> = { telephony: 'voice', chat: 'chat', email: 'email', social: 'social' };

/**
 * What a rejected `task.wrapup()` says: the SDK's task errors carry no HTTP status but `.data`
 * (`errorType`, `reasonCode`), the contact center's answer, which is final; anything else (the
 * connection) is tried again.
 */
function sdkFailure(error: unknown): PlatformFailure {
  const data = (error as { data?: { errorType?: string; reasonCode?: number } } | undefined)?.data;
  return data ? { final: true, reason: `${data.errorType ?? 'error'}${data.reasonCode ? ` ${data.reasonCode}` : ''}` } : failureOf(error);
}

/**
 * Connects the SDK to wrap-up dialogs in `container`: one per task waiting for its wrap-up
 * (several chats at once are several dialogs). Returns the function that disconnects it and
 * removes the dialogs still open.
 */
export function connectWebexContactCenter(options: WebexSdkWrapupOptions): AdapterConnection {
  const { cc: contactCenter, profile, container, notes, sdkDeadline = false, tagName = 'wrapup-dialog' } = options;
  const cc = contactCenter as unknown as TaskEvents;
  const dialogs = new AdapterDialogs(container, tagName);
  const watched = new Map<ITask, () => void>();
  const { wrapupCodes, defaultWrapupCode, wrapUpData } = profile;
  const { autoWrapup, autoWrapupInterval, allowCancelAutoWrapup } = wrapUpData?.wrapUpProps ?? {};
  const reasons = wrapupCodes.map(({ id, name }) => ({ id, name }));
  const defaultReason = wrapupCodes.find((code) => code.isDefault)?.id ?? defaultWrapupCode;

  /** The tasks whose SDK timer is kept cancelled, and how to let them be. */
  const quieted = new Map<ITask, () => void>();
  /**
   * Cancels `task`'s SDK timer, and again after each update of its data, which re-arms it (the
   * SDK's `updateTaskData`); until `task` is let be.
   */
  const quiet = (task: ITask): void => {
    task.cancelAutoWrapupTimer();
    if (quieted.has(task)) return;
    const update = task.updateTaskData;
    task.updateTaskData = (...args) => {
      const updated = update.apply(task, args);
      task.cancelAutoWrapupTimer();
      return updated;
    };
    quieted.set(task, () => {
      task.updateTaskData = update;
      quieted.delete(task);
    });
  };

  const open = (task: ITask): void => {
    const { interactionId, wrapUpRequired, interaction } = task.data;
    if (!wrapUpRequired || dialogs.has(interactionId)) return;
    if (!sdkDeadline) quiet(task); // the dialog keeps the deadline, across reloads and updates
    // The SDK sends it: no POST.
    const submit = ({ wrapup: { reasonId, reasonName } }: { wrapup: { reasonId: string; reasonName: string } }) =>
      task.wrapup({ wrapUpReason: reasonName, auxCodeId: reasonId });
    const dialog = dialogs.create(interactionId, submit, sdkFailure);
    // With `sdkDeadline` the SDK's timer sends the default; the dialog only shows the time.
    if (sdkDeadline) dialog.addEventListener('wrapup-expire', (event) => event.preventDefault());
    dialogs.show(interactionId, dialog, {
      interactionId,
      channel: channels[interaction?.mediaType ?? ''] ?? 'voice',
      reasons,
      defaultReason,
      autoWrapup: autoWrapup && autoWrapupInterval ? autoWrapupInterval / 1000 : undefined,
      extendable: !!allowCancelAutoWrapup && !sdkDeadline,
      notes,
    });
  };

  /** Follows a task until its wrap-up is done. */
  const watch = (task: ITask): void => {
    if (watched.has(task)) return open(task);
    const onEnd = () => open(task);
    const onWrappedUp = () => {
      dialogs.remove(task.data.interactionId);
      unwatch();
    };
    const unwatch = () => {
      quieted.get(task)?.();
      task.off('task:end', onEnd);
      task.off('task:wrappedup', onWrappedUp);
      watched.delete(task);
    };
    task.on('task:end', onEnd);
    task.on('task:wrappedup', onWrappedUp);
    watched.set(task, unwatch);
    open(task); // hydrated after a reconnect: it may be waiting already
  };

  cc.on('task:incoming', watch);
  cc.on('task:hydrate', watch);
  return dialogs.connection(() => {
    cc.off('task:incoming', watch);
    cc.off('task:hydrate', watch);
    for (const unwatch of [...watched.values()]) unwatch();
    dialogs.clear();
  });
}
