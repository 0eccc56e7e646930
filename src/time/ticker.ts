/**
 * One scheduler for every counter on the page.
 *
 * It wakes on the whole seconds of what the counters count, from an interaction's end or to its
 * deadline, not on the clock's: a counter of an interaction that ended at 10:00:04.9 changes
 * digits at .9, so that it is never a second behind what is due (ticks on the clock's whole
 * seconds lag by up to one more). Counters whose origins fall in the same 20 ms (those of one
 * interaction, and others that close) change digits in the same frame on one wake-up a second,
 * however many they are. While the page
 * is hidden it schedules nothing; when the page shows again it ticks at once, and since
 * listeners compute from the clock (deadline minus now) the value is right immediately.
 */
import { clock as pageClock, type Clock } from './clock.js';

/** Receives the clock reading of a tick. */
export type TickListener = (now: number) => void;

/** What the ticker calls: `onTick` on each whole second of `origin`, the instant (epoch ms) it counts from or to (of the clock when there is none). */
export interface TickSubscriber {
  onTick: TickListener;
  origin?: (() => number | undefined) | undefined;
}

/** Where the ticker learns whether the page is visible; tests pass a fake. */
export interface Visibility extends EventTarget {
  readonly hidden: boolean;
}

/** Calls its listeners on whole seconds of a clock while the page is visible. */
export class Ticker {
  readonly #clock: Clock;
  readonly #givenVisibility: Visibility | undefined;
  readonly #listeners = new Set<TickSubscriber>();
  /** The clock, when it announces its corrections. */
  readonly #clockEvents: EventTarget | undefined;
  #timeout: ReturnType<typeof setTimeout> | undefined;
  /** The whole second the pending timeout is set for (Infinity: none), and whose it is. */
  #next = Infinity;
  #due: TickSubscriber[] = [];

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
   * Calls `subscriber` on every whole second of its origin until the returned function is
   * called. It is not called at once: read the clock for the first value.
   */
  subscribe(subscriber: TickSubscriber): () => void {
    this.#listeners.add(subscriber);
    if (this.#listeners.size === 1) {
      this.#visibility.addEventListener('visibilitychange', this.#refresh);
      this.#clockEvents?.addEventListener('change', this.#refresh);
    }
    this.#schedule(); // (its second may come before the one the ticker waits for)
    return () => this.#unsubscribe(subscriber);
  }

  #unsubscribe(subscriber: TickSubscriber): void {
    if (!this.#listeners.delete(subscriber)) return;
    this.#schedule(); // (without it; none left, nothing)
    if (this.#listeners.size > 0) return;
    this.#visibility.removeEventListener('visibilitychange', this.#refresh);
    this.#clockEvents?.removeEventListener('change', this.#refresh);
  }

  /**
   * Sets the one timeout for the first listener's whole second after the tick `after`; else
   * after now, but a second that is due and has not ticked yet (its timer is late) stays due.
   */
  #schedule(after?: number): void {
    const now = this.#clock.now();
    const from = after ?? Math.min(now, this.#next - 1);
    this.#cancel();
    if (this.#visibility.hidden || !this.#listeners.size) return;
    for (const subscriber of this.#listeners) {
      // Rounded up (on its tick a counter has reached its next second) to 20 ms, about a frame:
      // counters whose origins are that close share a wake-up.
      const phase = (Math.ceil((subscriber.origin?.() || 0) / 20) * 20) % 1000;
      const next = (Math.floor((from - phase) / 1000) + 1) * 1000 + phase;
      if (next < this.#next) [this.#next, this.#due] = [next, []];
      if (next === this.#next) this.#due.push(subscriber);
    }
    this.#timeout = setTimeout(this.#onTimeout, this.#next - now);
  }

  /** (Also lets go of who was due: the last of them may be a removed element, with its whole view.) */
  #cancel(): void {
    clearTimeout(this.#timeout);
    this.#next = Infinity;
    this.#due = [];
  }

  /** Timers may fire a little early: the tick stands for the whole second it was set for. */
  readonly #onTimeout = (): void => {
    this.#tick(Math.max(this.#clock.now(), this.#next), this.#due);
  };

  /** Calls the listeners, then schedules the next whole second (replacing any pending one). */
  #tick(now: number, due: Iterable<TickSubscriber> = this.#listeners): void {
    for (const { onTick } of [...due]) {
      try {
        onTick(now);
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
