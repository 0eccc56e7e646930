/**
 * A counter of the dialog that draws its own digits on each whole second: a tick changes the
 * counter, not the dialog's whole template. (Run cold once a second, the whole update cost the
 * page 0.58 ms of script a second in a CPU profile; the counters' own parts, 0.24.) The dialog
 * still updates when a tick changes more than digits: the warning begins, or Submit's wait
 * for `min-wrapup` is said (see `#timedState` in `modal-view.ts`).
 */
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { formattersReady } from '../i18n/format.js';
import { getLocale } from '../i18n/localization.js';
import { clock } from '../time/clock.js';
import { ticker } from '../time/ticker.js';
import { counter, secondsSince, secondsUntil } from '../timer/counter.js';

/** What a counter counts. */
export interface Count {
  /** Its whole seconds at `now` (epoch ms); undefined while unknown. */
  seconds(now: number): number | undefined;
  /** The instant it counts from or to, whose whole seconds it changes on. */
  origin(): number | undefined;
  /** Whether it ticks: while its dialog is shown (not while it waits, nor on a stage). */
  running: boolean;
}

/**
 * A count of the time since `instant` (`since`) or until it, ticking while `running`; unknown
 * while there is no instant, and until the page's first formatters are made (the first frame
 * of a page's first dialog does not pay for them: see `#countAfterFrame` in `modal-view.ts`).
 */
export function counting(instant: () => number | null | undefined, since: boolean, running: boolean): Count {
  return {
    seconds: (now) => {
      const at = instant();
      if (at == null || !formattersReady(getLocale())) return undefined;
      return since ? secondsSince(at, now) : secondsUntil(at, now);
    },
    origin: () => instant() ?? undefined,
    running,
  };
}

class TickingCounter extends AsyncDirective {
  #label = '';
  #count: Count | undefined;
  #shown: number | undefined;
  #unsubscribe: (() => void) | undefined;

  render(label: string, count: Count): unknown {
    [this.#label, this.#count] = [label, count];
    this.#follow();
    return counter(label, (this.#shown = count.seconds(clock.now())));
  }

  /** Subscribed to the page's ticker while connected and running, and only then. */
  #follow(): void {
    const wanted = this.isConnected && !!this.#count?.running;
    if (wanted && !this.#unsubscribe) {
      this.#unsubscribe = ticker.subscribe({ onTick: this.#onTick, origin: () => this.#count?.origin() });
    } else if (!wanted && this.#unsubscribe) {
      this.#unsubscribe();
      this.#unsubscribe = undefined;
    }
  }

  readonly #onTick = (now: number): void => {
    const seconds = this.#count!.seconds(now);
    if (seconds !== this.#shown) this.setValue(counter(this.#label, (this.#shown = seconds)));
  };

  protected override disconnected(): void {
    this.#follow();
  }

  /** Put back in the page (moved, or re-added): right at once, not on its next second. */
  protected override reconnected(): void {
    this.#follow();
    this.#onTick(clock.now());
  }
}

/** `label` and the seconds of `count`, drawn again on each of its whole seconds while it runs. */
export const tickingCounter = directive(TickingCounter);
