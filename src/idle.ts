/** Work that can wait for the page to be idle: off the frames that show something. */

/** Runs `task` when the page is idle (soon, where `requestIdleCallback` is missing). */
export const whenIdle = (task: () => void): number => (globalThis.requestIdleCallback ?? setTimeout)(task);

/** Cancels a task of {@link whenIdle}. */
export const cancelIdle = (handle: number | undefined): void => (globalThis.cancelIdleCallback ?? clearTimeout)(handle!);
