/**
 * One scheduler for every counter on the page.
 *
 * It wakes once per whole second of the page clock, however many timers listen, so all of
 * them change digits in the same frame and 100 timers cost one wake-up, not 100. While the page
 * is hidden it schedules nothing; when the page shows again it ticks at once, and since
 * listeners compute from the clock (deadline minus now) the value is right immediately.
 */
import { clock as pageClock, type Clock } from './clock.js';

/** Receives the clock reading of a tick. */
export type TickListener = (now: number) => void;

/** Where the ticker learns whether the page is visible; tests pass a fake. */
export interface Visibility extends EventTarget {
  readonly hidden: boolean;
}

/** Calls its listeners on whole seconds of a clock while the page is visible. */
export class Ticker {
  readonly #clock: Clock;
  readonly #givenVisibility: Visibility | undefined;
  readonly #listeners = new Set<TickListener>();
  /** The clock, when it announces its corrections. */
  readonly #clockEvents: EventTarget | undefined;
  #timeout: ReturnType<typeof setTimeout> | undefined;
  /** The whole second the pending timeout is set for. */
  #next = 0;

  /** @param visibility - the page's `document` unless a test passes a fake (read when first needed, so this module imports where there is no DOM). */
  constructor(clock: Clock = pageClock, visibility?: Visibility) {
    this.#clock = clock;
    this.#clockEvents = clock instanceof EventTarget ? clock : undefined;
    this.#givenVisibility = visibility;
  }

  get #visibility(): Visibility {
    return this.#givenVisibility ?? document;
  }

  /**
   * Calls `listener` on every whole second until the returned function is called.
   * It is not called at once: read the clock for the first value.
   */
  subscribe(listener: TickListener): () => void {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) {
      this.#visibility.addEventListener('visibilitychange', this.#refresh);
      globalThis.addEventListener('pageshow', this.#refresh);
      this.#clockEvents?.addEventListener('change', this.#refresh);
      this.#schedule();
    }
    return () => this.#unsubscribe(listener);
  }

  /** How many listeners are subscribed (for tests and the benchmark). */
  get size(): number {
    return this.#listeners.size;
  }

  #unsubscribe(listener: TickListener): void {
    if (!this.#listeners.delete(listener) || this.#listeners.size > 0) return;
    this.#cancel();
    this.#visibility.removeEventListener('visibilitychange', this.#refresh);
    globalThis.removeEventListener('pageshow', this.#refresh);
    this.#clockEvents?.removeEventListener('change', this.#refresh);
  }

  /** Sets the one timeout for the first whole second after now, or after the tick `after`. */
  #schedule(after = -Infinity): void {
    this.#cancel();
    if (this.#visibility.hidden || this.#listeners.size === 0) return;
    const now = this.#clock.now();
    this.#next = (Math.floor(Math.max(now, after) / 1000) + 1) * 1000;
    this.#timeout = setTimeout(this.#onTimeout, this.#next - now);
  }

  #cancel(): void {
    if (this.#timeout === undefined) return;
    clearTimeout(this.#timeout);
    this.#timeout = undefined;
  }

  /** Timers may fire a little early: the tick stands for the whole second it was set for. */
  readonly #onTimeout = (): void => {
    this.#timeout = undefined;
    this.#tick(Math.max(this.#clock.now(), this.#next));
  };

  /** Calls the listeners, then schedules the next whole second (replacing any pending one). */
  #tick(now: number): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(now);
      } catch (error) {
        // One broken listener must not stop every other timer on the page.
        reportError(error);
      }
    }
    this.#schedule(now);
  }

  /** The page became visible or hidden, or the clock was corrected. */
  readonly #refresh = (): void => {
    if (this.#visibility.hidden) {
      this.#cancel();
    } else {
      this.#tick(this.#clock.now());
    }
  };
}

/** The one ticker shared by every wrap-up element on the page. */
export const ticker = new Ticker();
