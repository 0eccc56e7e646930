/**
 * The page's clock: server time, read monotonically.
 *
 * Every countdown and every `wrappedUpAt` is computed from this clock, never from `Date.now()`
 * directly, so that a wrong local clock (a bad NTP setting) or a system clock changed by hand
 * mid-countdown never gives the agent more or less time than the administrator configured.
 */

/** Anything that tells the current time in epoch milliseconds. */
export interface Clock {
  /** The current time in epoch milliseconds. */
  now(): number;
}

/** The readings a {@link PageClock} is built from; tests pass fakes. */
export interface PageClockSources {
  /** Wall-clock epoch milliseconds (the system clock, possibly wrong). */
  wallNow?: () => number;
  /** A monotonic reading in milliseconds that system clock changes do not move. */
  monotonicNow?: () => number;
}

/** How long a doubt about the time waits for the server before the wall clock is trusted. */
export const DOUBT_MS = 5000;

/**
 * A clock that reads `performance.now()` anchored to one wall-clock reading, corrected by the
 * server's time when the page learns it.
 *
 * Between two corrections it is monotonic: changing the system clock does not move it, until
 * {@link PageClock.check} finds wall and monotonic time more than 2 s apart (a sleep) and the
 * server, or 5 s of silence, settles it.
 *
 * @fires change - the clock was corrected, or its time is in doubt ({@link PageClock.check});
 *   anything derived from it should be recomputed.
 */
export class PageClock extends EventTarget implements Clock {
  readonly #monotonicNow: () => number;
  readonly #wallNow: () => number;
  /** Wall minus monotonic time, as last seen: a sleep that stopped the monotonic clock moves it. */
  #skew: number;
  /** Epoch ms that corresponds to a monotonic reading of 0. */
  #origin: number;
  /** Half-width in ms of what is known of server time; Infinity until the server has spoken. */
  #uncertainty = Infinity;
  /** While the time is in doubt (see {@link check}): the timer that ends it at the wall clock. */
  #doubt: ReturnType<typeof setTimeout> | undefined;

  constructor({
    wallNow = () => Date.now(),
    monotonicNow = () => performance.now(),
  }: PageClockSources = {}) {
    super();
    this.#monotonicNow = monotonicNow;
    this.#wallNow = wallNow;
    this.#origin = this.#skew = wallNow() - monotonicNow();
  }

  /** The current server time in epoch milliseconds. */
  now(): number {
    return this.#origin + this.#monotonicNow();
  }

  /**
   * Sets the clock to the server's reading taken just now.
   *
   * @param serverEpochMs - the server's clock in epoch milliseconds.
   * @param roundTripMs - how long the reading took to arrive, when known; the reading is then
   *   taken to be accurate to half of it.
   * @returns whether the clock changed.
   */
  sync(serverEpochMs: number, roundTripMs = 0): boolean {
    if (!Number.isFinite(serverEpochMs) || !(roundTripMs >= 0)) {
      throw new RangeError('clock.sync() needs epoch milliseconds');
    }
    const halfTrip = roundTripMs / 2;
    return this.#correct(serverEpochMs + halfTrip, halfTrip, true);
  }

  /**
   * Takes an estimate of server time (`serverNow`, known to within `uncertainty` ms), NTP-style:
   * applied only when more precise than what the clock already knows, or to end a doubt (see
   * {@link check}). `dateHeaderEstimate()` in `submission.ts` makes one from an HTTP `Date`.
   *
   * @returns whether the clock changed.
   */
  estimate(serverNow: number, uncertainty: number): boolean {
    return this.#correct(serverNow, uncertainty, !!this.#doubt);
  }

  /**
   * Where `performance.now()` stops while the computer sleeps, the page clock falls behind by
   * the sleep; it shows as wall and monotonic time drifting apart. Over 2 s apart, neither is
   * trusted until the server has said the time ({@link estimate} or {@link sync}; a caller that
   * gets `true` asks it) or {@link DOUBT_MS} have passed, when the wall clock is ({@link settle}:
   * a suspend is far more common than a clock changed by hand). Called before every alarm is
   * armed and when the page may have slept.
   *
   * @returns whether the time is in doubt: a deadline that seems due must wait for the `change`
   *   that ends the doubt.
   */
  check(): boolean {
    if (!this.#doubt && Math.abs(this.#gap()) > 2000) {
      this.#doubt = setTimeout(() => this.settle(), DOUBT_MS);
      this.dispatchEvent(new Event('change')); // so that every wrap-up holds its deadline
    }
    return !!this.#doubt;
  }

  /**
   * Trusts the wall clock now, keeping any server correction: how a doubt that {@link check}
   * found ends when the server has not answered within {@link DOUBT_MS}.
   */
  settle(): void {
    this.#origin += this.#gap();
    this.#correct(this.now(), this.#uncertainty, true);
  }

  #gap(): number {
    return this.#wallNow() - this.#monotonicNow() - this.#skew;
  }

  #correct(serverNow: number, uncertainty: number, authoritative: boolean): boolean {
    if (!authoritative && uncertainty >= this.#uncertainty) return false;
    const doubted = !!this.#doubt;
    clearTimeout(this.#doubt);
    this.#doubt = undefined;
    this.#uncertainty = uncertainty;
    this.#skew = this.#wallNow() - this.#monotonicNow(); // the wall clock as of a known server time
    const origin = serverNow - this.#monotonicNow();
    if (origin === this.#origin && !doubted) return false;
    this.#origin = origin;
    this.dispatchEvent(new Event('change'));
    return true;
  }
}

/** The one clock shared by every wrap-up element on the page. */
export const clock = new PageClock();

// The page may have slept: a wrap-up's alarm checks too, but may be minutes away.
for (const type of ['focus', 'online', 'pageshow']) globalThis.addEventListener?.(type, () => clock.check());
