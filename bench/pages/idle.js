// What the idle pages share: starting time stamps, and a page that turns hidden.

/** `count` instants spread over the last hour, as epoch ms. */
export const pastInstants = (count) => Array.from({ length: count }, (_, i) => Date.now() - ((i * 37) % 3600) * 1000);

/**
 * Tells the page it is hidden (or visible again), as the browser does when the agent switches
 * tabs: headless Chromium keeps every page visible, so the state is set and the event fired.
 */
export function setHidden(hidden) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}
