import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ticker as pageTicker, type TickListener, type Ticker } from './ticker.js';

/** Options of a {@link TickController}. */
export interface TickControllerOptions {
  /** Called on each whole second while the host is connected and the controller is running. */
  onTick: TickListener;
  /** The ticker to follow; the page's shared one unless a test passes its own. */
  ticker?: Ticker;
}

/**
 * Binds an element to the shared ticker: subscribed only while the element is connected and
 * has something to count, so a removed or idle element leaves no timer behind.
 */
export class TickController implements ReactiveController {
  readonly #onTick: TickListener;
  readonly #ticker: Ticker;
  #unsubscribe: (() => void) | undefined;
  #running = false;
  #connected = false;

  constructor(
    host: ReactiveControllerHost,
    { onTick, ticker = pageTicker }: TickControllerOptions,
  ) {
    this.#onTick = onTick;
    this.#ticker = ticker;
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
      this.#unsubscribe = this.#ticker.subscribe(this.#onTick);
    } else if (!wanted && this.#unsubscribe) {
      this.#unsubscribe();
      this.#unsubscribe = undefined;
    }
  }
}
