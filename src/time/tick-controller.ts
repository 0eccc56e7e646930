import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ticker as pageTicker, type TickSubscriber, type Ticker } from './ticker.js';

/**
 * Options of a {@link TickController}: `onTick`, called on each whole second of `origin` (what
 * the host counts from or to) while the host is connected and the controller is running.
 */
export interface TickControllerOptions extends TickSubscriber {
  /** The ticker to follow; the page's shared one unless a test passes its own. */
  ticker?: Ticker;
}

/**
 * Binds an element to the shared ticker: subscribed only while the element is connected and
 * has something to count, so a removed or idle element leaves no timer behind.
 */
export class TickController implements ReactiveController {
  readonly #options: TickControllerOptions;
  #unsubscribe: (() => void) | undefined;
  #running = false;
  #connected = false;

  constructor(
    host: ReactiveControllerHost,
    options: TickControllerOptions,
  ) {
    this.#options = options;
    host.addController(this);
  }

  /** Whether the host wants ticks now (it has a value that changes with time). */
  get running(): boolean {
    return this.#running;
  }

  set running(running: boolean) {
    this.#running = running;
    this.#sync();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#sync();
  }

  #sync(): void {
    const wanted = this.#running && this.#connected;
    if (wanted && !this.#unsubscribe) {
      this.#unsubscribe = (this.#options.ticker ?? pageTicker).subscribe(this.#options);
    } else if (!wanted && this.#unsubscribe) {
      this.#unsubscribe();
      this.#unsubscribe = undefined;
    }
  }
}
