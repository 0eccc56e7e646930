import sinon from 'sinon';
import { clock } from '../../src/time/clock.js';

/** The instant most tests start at. */
export const T0 = Date.parse('2026-11-24T10:00:00.000Z');

/**
 * Installs sinon's fake timers (timeouts, `Date` and `performance.now`) at `start` and sets
 * the page clock to it, as a server sync would. Restore with `fake.restore()` in `afterEach`.
 */
export function useFakeTime(start = T0): sinon.SinonFakeTimers {
  const fake = sinon.useFakeTimers({
    now: start,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
  clock.sync(start);
  return fake;
}

/** The real setTimeout, taken before any test fakes it. */
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

/**
 * Waits a few real milliseconds, which sinon's fake timers do not hold back: long enough for the
 * browser's own asynchronous work (a Web Lock, a query of the lock manager) to answer.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, 2));
}
