/**
 * Several wrap-ups at once. Of the dialogs on the page that are `open`, one is shown as the
 * modal (in front) and the others wait, each keeping its own choice, search and deadline.
 * Whenever the front place is free, the most urgent waiting one comes forward: earliest deadline
 * first (none counts as latest), ties by earliest end. A dialog that opens while another is in
 * front waits, however urgent: the agent is never pulled away in the middle of a choice. Dialogs
 * that open in the same task compete by the same rule. The host only sets `open` on each.
 */

/** What the desk knows of a dialog. */
export interface Seat {
  readonly deadline: number | null | undefined;
  readonly endedAtTime: number | undefined;
  /** Came forward, went back, or the others changed: render again. */
  requestUpdate(): void;
}

/**
 * Most urgent first. (Infinity − Infinity is NaN, which falls through to the next rule, and
 * `sort()` takes as a tie.)
 */
const byUrgency = (a: Seat, b: Seat): number =>
  (a.deadline ?? Infinity) - (b.deadline ?? Infinity) || (a.endedAtTime ?? Infinity) - (b.endedAtTime ?? Infinity);

/** The open dialogs of a page, and the one in front. */
export class FrontDesk<T extends Seat> {
  readonly #open = new Set<T>();
  #front: T | undefined;
  #choosing = false;

  /** The dialog shown as the modal, if any is open. */
  get front(): T | undefined {
    return this.#front;
  }

  /** The open dialogs other than the one in front, most urgent first. */
  waiting(): T[] {
    return [...this.#open].filter((seat) => seat !== this.#front).sort(byUrgency);
  }

  /** When the most urgent waiting one is due, if any of them has a deadline. */
  nextDeadline(): number | undefined {
    return this.waiting().find((seat) => seat.deadline != null)?.deadline ?? undefined;
  }

  /** `seat` is open: it comes forward if the place is free once this task's openings are in. */
  enter(seat: T): void {
    if (this.#open.has(seat)) return;
    this.#open.add(seat);
    this.#choose();
  }

  /** `seat` was closed, finished or removed: the most urgent waiting one comes forward. */
  leave(seat: T): void {
    if (!this.#open.delete(seat)) return;
    if (this.#front === seat) this.#front = undefined;
    this.#choose();
  }

  /** The agent switches to `seat`; the one in front goes back to waiting. */
  bringForward(seat: T): void {
    if (!this.#open.has(seat) || seat === this.#front) return;
    this.#front = seat;
    this.#updateAll();
  }

  #choose(): void {
    if (this.#choosing) return;
    this.#choosing = true;
    queueMicrotask(() => {
      this.#choosing = false;
      this.#front ??= this.waiting()[0];
      this.#updateAll();
    });
  }

  #updateAll(): void {
    for (const seat of this.#open) seat.requestUpdate();
  }
}
