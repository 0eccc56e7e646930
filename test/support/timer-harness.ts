import type { WrapupTimer } from '../../src/timer/wrapup-timer.js';

/** Reads a `<wrapup-timer>` the way a person and a screen reader would. */
export class TimerHarness {
  constructor(readonly element: WrapupTimer) {}

  get #timer(): HTMLElement {
    const timer = this.element.shadowRoot?.querySelector<HTMLElement>('[role="timer"]');
    if (!timer) throw new Error('<wrapup-timer> renders no role="timer" element');
    return timer;
  }

  /** The digits shown. */
  get text(): string {
    return this.#timer.textContent?.trim() ?? '';
  }

  /** The accessible name. */
  get name(): string {
    return this.#timer.getAttribute('aria-label') ?? '';
  }
}
