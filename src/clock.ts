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

/**
 * A clock that reads `performance.now()` anchored to one wall-clock reading, corrected by the
 * server's time when the page learns it.
 *
 * Between two corrections it is monotonic: changing the system clock does not move it, until
 * {@link PageClock.check} finds wall and monotonic time more than 2 s apart (a sleep).
 *
 * @fires change - the clock was corrected; anything derived from it should be recomputed.
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
      throw new RangeError(`clock.sync() needs epoch milliseconds, got ${String(serverEpochMs)}`);
    }
    const halfTrip = roundTripMs / 2;
    return this.#correct(serverEpochMs + halfTrip, halfTrip, true);
  }

  /**
   * Takes an estimate of server time from an HTTP `Date` header (whole seconds), NTP-style:
   * only an estimate more precise than what the clock already knows is applied, and only when
   * the clock lies outside what the header allows.
   *
   * @param dateHeader - the response's `Date` header.
   * @param sentAt - this clock's reading when the request was sent.
   * @param receivedAt - this clock's reading when the response arrived.
   * @returns whether the clock changed.
   */
  observeDateHeader(dateHeader: string | null, sentAt: number, receivedAt: number): boolean {
    const serverSecond = dateHeader ? Date.parse(dateHeader) : NaN;
    if (!Number.isFinite(serverSecond) || receivedAt < sentAt) return false;
    // The server read its clock somewhere between sending and receiving, and the header drops
    // the milliseconds: server time at `receivedAt` lies in [serverSecond, serverSecond + 1 s +
    // round trip].
    const low = serverSecond;
    const high = serverSecond + 1000 + (receivedAt - sentAt);
    const halfWidth = (high - low) / 2;
    const localAtReceipt = receivedAt;
    if (localAtReceipt >= low && localAtReceipt <= high) return false;
    if (halfWidth >= this.#uncertainty) return false;
    const elapsedSinceReceipt = this.now() - receivedAt;
    return this.#correct(low + halfWidth + elapsedSinceReceipt, halfWidth, false);
  }

  /**
   * Where `performance.now()` stops while the computer sleeps, the page clock falls behind by
   * the sleep; it shows as wall and monotonic time drifting apart. Over 2 s apart, the wall
   * clock is trusted (a suspend is far more common than a clock changed by hand) and the page
   * clock moves by the gap, keeping any server correction. Called before every alarm is armed.
   */
  check(): void {
    const gap = this.#wallNow() - this.#monotonicNow() - this.#skew;
    if (Math.abs(gap) > 2000) {
      this.#skew += gap;
      this.#origin += gap;
      this.dispatchEvent(new Event('change'));
    }
  }

  #correct(serverNow: number, uncertainty: number, authoritative: boolean): boolean {
    if (!authoritative && uncertainty >= this.#uncertainty) return false;
    this.#uncertainty = uncertainty;
    this.#skew = this.#wallNow() - this.#monotonicNow(); // the wall clock as of a known server time
    const origin = serverNow - this.#monotonicNow();
    if (origin === this.#origin) return false;
    this.#origin = origin;
    this.dispatchEvent(new Event('change'));
    return true;
  }
}

/** The one clock shared by every wrap-up element on the page. */
export const clock = new PageClock();
