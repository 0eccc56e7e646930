/** Work that can wait for the page to be idle: off the frames that show something. */

/** A task of {@link whenIdle}, to cancel with {@link cancelIdle}. */
export interface IdleTask {
  /** The idle callback (or timeout) it waits on now; -1 once cancelled. */
  id: number;
}

/**
 * How much idle time a task over a long list (checking, folding or grouping 10,000 reasons: tens
 * of milliseconds) waits for, after the next frame. The browser offers up to 50 ms when no
 * frame is due and only the rest of a frame otherwise.
 */
export const LONG_TASK_MS = 30;

const request = (run: (deadline?: IdleDeadline) => void): number => (globalThis.requestIdleCallback ?? setTimeout)(run);

/**
 * Runs `task` once the page is idle for at least `needsMs` (soon, where `requestIdleCallback`
 * is missing); a task that needs idle time (`needsMs` > 0) waits for the next frame first.
 */
export function whenIdle(task: () => void, needsMs = 0): IdleTask {
  const handle: IdleTask = { id: 0 };
  const run = (deadline?: IdleDeadline): void => {
    if (deadline && deadline.timeRemaining() < needsMs) handle.id = request(run);
    else task();
  };
  // A long task waits for the next frame first: in a quiet page the idle period that is under
  // way began before the change that asked for the task requested its frame, and would let the
  // task hold that frame back. (A hidden page draws no frames, a server has no page: there it
  // just waits for idle, or a moment.)
  if (needsMs && globalThis.document?.hidden === false) requestAnimationFrame(() => handle.id < 0 || (handle.id = request(run)));
  else handle.id = request(run);
  return handle;
}

/**
 * Cancels a task of {@link whenIdle}, letting go of what it holds at once (or, when it still
 * waits for its frame, then).
 */
export function cancelIdle(task: IdleTask | undefined): void {
  (globalThis.cancelIdleCallback ?? clearTimeout)(task?.id as number);
  if (task) task.id = -1;
}
