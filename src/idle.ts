/** Work that can wait for the page to be idle: off the frames that show something. */

/** A task of {@link whenIdle}, to cancel with {@link cancelIdle}. */
export interface IdleTask {
  cancelled?: boolean;
}

/**
 * How much idle time a task over a long list (checking, folding or grouping 10,000 reasons: tens
 * of milliseconds) waits for. The browser offers up to 50 ms when no frame is due and only the
 * rest of a frame otherwise, so such a task never holds back a frame that is about to be drawn.
 */
export const LONG_TASK_MS = 30;

/**
 * Runs `task` once the page is idle for at least `needsMs` (soon, where `requestIdleCallback`
 * is missing).
 */
export function whenIdle(task: () => void, needsMs = 0): IdleTask {
  const handle: IdleTask = {};
  const run = (deadline?: IdleDeadline): unknown =>
    handle.cancelled || (deadline && deadline.timeRemaining() < needsMs ? (globalThis.requestIdleCallback ?? setTimeout)(run) : task());
  run({ timeRemaining: () => -1 } as IdleDeadline);
  return handle;
}

/** Cancels a task of {@link whenIdle}: it will not run (its wait ends unnoticed). */
export const cancelIdle = (task: IdleTask | undefined): void => {
  if (task) task.cancelled = true;
};
