/** The task after the next frame, for work that must not hold back the frame that shows something. */

/**
 * Resolves in the task after the next frame, for work a page's first open puts off until its
 * dialog is on screen; at once where no frame is drawn (a hidden page), and after a second at
 * most (a page hidden while it waits). A message, not a timeout: a page's timers may be held back.
 */
export function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (document.hidden) return resolve();
    const { port1, port2 } = new MessageChannel();
    const done = () => port2.postMessage(0);
    const fallback = setTimeout(done, 1000);
    port1.onmessage = () => {
      clearTimeout(fallback);
      resolve(port1.close());
    };
    requestAnimationFrame(done);
  });
}
