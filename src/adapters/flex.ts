/**
 * `wrapup-elements/flex.js`: drives `<wrapup-dialog>`s from Twilio Flex UI (`@twilio/flex-ui`,
 * in whose plugin the host runs this; nothing of it is imported here at run time).
 *
 * - A task entering wrap-up (the `taskWrapup` event) opens a dialog. Flex has no wrap-up codes:
 *   the reasons are the host's dispositions, global and per queue, with notes (as the
 *   flex-project-template's dispositions feature configures them). A queue that requires no
 *   disposition gets no dialog: Flex's own wrap-up panel stays the agent's.
 * - Submit writes the disposition into the task's attributes (`conversations.outcome`, which
 *   Flex Insights reports, and `wrapup` with the id, the notes, the disposition's `fields` and the
 *   `tags`), then invokes `CompleteTask`.
 * - The task completed (by this dialog, or with Flex's own Complete button), canceled,
 *   rescinded or timed out removes its dialog.
 */
import type { Actions, ITask, Manager } from '@twilio/flex-ui';
import type { WrapupSubmitEvent } from '../events.js';
import { AdapterDialogs, type AdapterConnection } from './adapter-dialogs.js';

export type { AdapterConnection } from './adapter-dialogs.js';
import type { Channel, WrapupReason, WrapupTag } from '../types.js';

/** The host's dispositions, as the flex-project-template's dispositions feature has them. */
export interface FlexDispositions {
  /** Reasons for every queue. */
  global?: WrapupReason[];
  /** More reasons by queue SID or name, and whether that queue requires one (overrides `required`). */
  perQueue?: Record<string, { reasons?: WrapupReason[]; required?: boolean }>;
  /**
   * Whether a disposition is required (default true). Where none is, no dialog opens (a modal
   * would keep the agent from Flex's own Complete button).
   */
  required?: boolean;
  /** The reason sent when the countdown runs out. */
  defaultReason?: string;
  /** The notes field: `optional` (default), `required`, or none (`null`). */
  notes?: 'optional' | 'required' | null;
  /** Secondary labels the agent may choose beside the disposition, and how many (default 5). */
  tags?: WrapupTag[];
  maxTags?: number;
}

export interface FlexWrapupOptions {
  /**
   * `Manager.getInstance()`: its events say when tasks enter and leave wrap-up; its store has
   * the tasks already in wrap-up when the adapter connects (after a reload).
   */
  manager: Pick<Manager, 'events'> & Partial<Pick<Manager, 'store'>>;
  /** `Flex.Actions`: completes the task. */
  actions: Pick<typeof Actions, 'invokeAction'>;
  /** Where each wrap-up's dialog is placed. */
  container: Element;
  dispositions: FlexDispositions;
  /** Seconds from entering wrap-up until the default disposition is sent; absent: none. */
  wrapupSeconds?: number;
  /** The dialog's tag, when the elements are registered under other names. */
  tagName?: string;
}

const channels: Record<string, Channel> = { voice: 'voice', chat: 'chat', sms: 'chat', email: 'email' };
/** The events after which a task needs no wrap-up any more. */
const ENDS = ['taskCompleted', 'taskCanceled', 'taskRescinded', 'taskTimeout'] as const;

/** The dispositions that apply to `task`'s queue, and whether one is required there. */
function dispositionsFor(task: ITask, { global = [], perQueue = {}, required = true }: FlexDispositions) {
  const queue = perQueue[task.queueSid] ?? perQueue[task.queueName];
  return { reasons: [...global, ...(queue?.reasons ?? [])], required: queue?.required ?? required };
}

/**
 * Connects Flex to wrap-up dialogs in `container`: one per task in wrap-up (an agent may wrap
 * up several chats at once). Returns the function that disconnects it and removes the dialogs
 * still open.
 */
export function connectFlex({ manager, actions, container, dispositions, wrapupSeconds, tagName = 'wrapup-dialog' }: FlexWrapupOptions): AdapterConnection {
  const dialogs = new AdapterDialogs(container, tagName);
  const remove = (task: ITask): void => dialogs.remove(task.sid);

  /**
   * The task's attributes and CompleteTask take it: no POST. `setAttributes` replaces the
   * attributes in full (TaskRouter has no merge), so the newest copy is written back, as Flex's
   * store has it now (updated on every change TaskRouter reports), not the one the dialog
   * opened with: only the wrap-up's keys change.
   */
  const submit =
    (task: ITask) =>
    ({ wrapup: { reasonId, reasonName, notes, fields, tags }, idempotencyKey }: WrapupSubmitEvent['detail']) => {
      const latest = manager.store?.getState().flex.worker.tasks.get(task.sid) ?? task;
      const attributes = latest.attributes as { conversations?: object };
      return latest
        .setAttributes({
          ...attributes,
          conversations: { ...attributes.conversations, outcome: reasonName },
          wrapup: { reasonId, reasonName, ...(notes && { notes }), ...(fields && { fields }), ...(tags && { tags }), idempotencyKey },
        })
        .then(() => actions.invokeAction('CompleteTask', { task: latest }));
    };

  const onWrapup = (task: ITask): void => {
    if (dialogs.has(task.sid)) return;
    const { reasons, required } = dispositionsFor(task, dispositions);
    // A modal would keep the agent from Flex's own Complete button: only where one is required.
    if (!required) return;
    const attributes = task.attributes as { name?: string };
    dialogs.show(task.sid, dialogs.create(task.sid, submit(task)), {
      interactionId: task.sid, // the reservation (WR…): a task transferred back is a new wrap-up
      channel: channels[task.taskChannelUniqueName] ?? 'chat',
      endedAt: task.dateUpdated.getTime(), // when it entered wrap-up
      subject: attributes.name ?? task.defaultFrom,
      reasons,
      defaultReason: dispositions.defaultReason,
      autoWrapup: wrapupSeconds,
      notes: dispositions.notes === undefined ? 'optional' : (dispositions.notes ?? undefined),
      tags: dispositions.tags,
      maxTags: dispositions.maxTags,
    });
  };

  manager.events.addListener('taskWrapup', onWrapup);
  for (const name of ENDS) manager.events.addListener(name, remove);
  // Tasks that entered wrap-up before this ran (the agent reloaded Flex): Flex announced them then.
  for (const task of manager.store?.getState().flex.worker.tasks.values() ?? []) if (task.status === 'wrapping') onWrapup(task);
  return dialogs.connection(() => {
    manager.events.removeListener('taskWrapup', onWrapup);
    for (const name of ENDS) manager.events.removeListener(name, remove);
    dialogs.clear();
  });
}
