import { unsafeCSS, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { clock } from '../time/clock.js';
import { WrapupExpireEvent } from '../events.js';
import type { InstantInput } from '../time/instant.js';
import { LocalizedElement } from '../i18n/localized-element.js';
import { reportProblems } from '../input/problem-report.js';
import { readInstant, type SettingProblem } from '../input/validation.js';
import { TickController } from '../time/tick-controller.js';
import { counter, counterText, secondsSince, secondsUntil } from './counter.js';

/** What a `<wrapup-timer for="…">` reads from the element it follows. */
export interface TimerSource extends EventTarget {
  /** Epoch ms the interaction ended at, once known. */
  readonly endedAtTime: number | undefined;
}

/** The event a {@link TimerSource} fires when `endedAtTime` changes. */
export const TIMER_SOURCE_CHANGE = 'wrapup-timer-source-change';

type Reading =
  | { kind: 'up'; seconds: number }
  | { kind: 'down'; seconds: number; deadline: number }
  | { kind: 'none' };

/**
 * The wrap-up time counter: time elapsed since the interaction ended (count up), or time left
 * until an instant (count down, stopping at 0).
 *
 * Every timer on the page ticks from one shared clock, on the whole seconds of what it counts
 * (an interaction's end, a deadline), so the timers of one interaction change digits together,
 * never a second late, and cost one wake-up per second in all; nothing runs while the page is
 * hidden.
 *
 * @tagname wrapup-timer
 *
 * @fires {WrapupExpireEvent} wrapup-expire - counting down reached 0; once per `until` value. Detail: `{ deadline }`.
 * @fires {WrapupErrorEvent} wrapup-error - `since`, `until` or `for` cannot be used. Detail: `{ error, attempt, final, field }`.
 *
 * @csspart time - the digits (a `role="timer"` element named in words).
 *
 * @cssprop --wrapup-timer-color - text colour; default `inherit`.
 * @cssprop --wrapup-timer-font - font shorthand; default `inherit`.
 */
export class WrapupTimer extends LocalizedElement {
  // `unsafeCSS` of a constant rather than the `css` tag, which the drop-in then need not carry.
  static override styles = unsafeCSS(
    ':host{display:inline-block;color:var(--wrapup-timer-color,inherit);font:var(--wrapup-timer-font,inherit);font-variant-numeric:tabular-nums}:host([hidden]){display:none}',
  );

  // Reactive properties without decorators: smaller in the drop-in than decorator calls.
  static override properties = { since: {}, until: {}, for: {}, label: {} };

  /** The instant to count up from: ISO 8601 string (UTC unless it names a zone), epoch milliseconds (not seconds) or `Date`. */
  declare since?: InstantInput;

  /** The instant to count down to, in the same forms as `since`; when set the timer counts down and stops at 0. */
  declare until?: InstantInput;

  /** Id of a `<wrapup-dialog>` whose `ended-at` this timer counts up from. */
  declare for?: string;

  /**
   * What is counted, for screen readers ("Wrap-up time", "Time left" by default); the
   * duration in words follows it.
   */
  declare label?: string;

  readonly #ticks = new TickController(this, {
    onTick: (now) => this.#onTick(now),
    origin: () => this.#untilTime ?? this.#sinceTime ?? this.#source?.endedAtTime,
  });
  #sinceTime: number | undefined;
  #untilTime: number | undefined;
  #source: TimerSource | undefined;
  #expiredDeadline: number | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow(this.for);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#follow(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('since')) this.#sinceTime = this.#parse('since', this.since);
    if (changed.has('until')) this.#untilTime = this.#parse('until', this.until);
    if (changed.has('for') && this.isConnected) this.#follow(this.for);
  }

  protected override render() {
    const reading = this.#read(clock.now());
    return counter(this.#label(reading), reading.kind === 'none' ? undefined : reading.seconds);
  }

  protected override updated(): void {
    this.#draw(clock.now());
  }

  /**
   * Draws the digits and the name due at `now` in place, without an update: a hundred timers
   * tick each second. After an update it also makes sure of them, since Lit leaves a value it
   * rendered before as it is, though a tick may have drawn another since. A countdown at zero
   * stops and says it has expired. False when there are no digits to draw in (none counted, a
   * markup rendered on a server): an update draws them.
   */
  #draw(now: number): boolean {
    const reading = this.#read(now);
    this.#ticks.running = reading.kind === 'up' || (reading.kind === 'down' && reading.seconds > 0);
    if (reading.kind === 'down' && reading.seconds === 0 && this.#expiredDeadline !== reading.deadline) {
      this.#expiredDeadline = reading.deadline;
      this.dispatchEvent(new WrapupExpireEvent(reading.deadline));
    }
    const time = this.renderRoot.querySelector('span');
    const digits = time?.lastChild;
    if (reading.kind === 'none' || !(digits instanceof Text)) return false;
    [digits.data, time!.ariaLabel] = counterText(this.#label(reading), reading.seconds);
    return true;
  }

  #read(now: number): Reading {
    if (this.#untilTime !== undefined && !Number.isNaN(this.#untilTime)) {
      return { kind: 'down', seconds: secondsUntil(this.#untilTime, now), deadline: this.#untilTime };
    }
    const since = this.#sinceTime ?? this.#source?.endedAtTime;
    if (since !== undefined && !Number.isNaN(since)) {
      return { kind: 'up', seconds: secondsSince(since, now) };
    }
    return { kind: 'none' };
  }

  /** What is counted: the host's label, or "Time left" / "Wrap-up time". */
  #label(reading: Reading): string {
    return (
      this.label ??
      (reading.kind === 'down' || (reading.kind === 'none' && this.until !== undefined)
        ? msg('Time left', { id: 'timer.down' })
        : msg('Wrap-up time', { id: 'timer.up' }))
    );
  }

  #onTick(now: number): void {
    if (!this.#draw(now)) this.requestUpdate();
  }

  /** Follows the dialog named by `for` (or stops following when `id` is undefined). */
  #follow(id: string | undefined): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const source = id ? (root.getElementById?.(id) as TimerSource | null) ?? undefined : undefined;
    if (source === this.#source) return;
    this.#source?.removeEventListener(TIMER_SOURCE_CHANGE, this.#onSourceChange);
    this.#source = source;
    this.#source?.addEventListener(TIMER_SOURCE_CHANGE, this.#onSourceChange);
    if (id && !source && this.isConnected) {
      if (document.readyState === 'loading') {
        // The dialog may come later in the same document.
        document.addEventListener('DOMContentLoaded', () => this.#follow(this.for), { once: true });
      } else {
        this.#report([{ field: 'for', kind: 'no-element', got: id }]);
      }
    }
    this.requestUpdate();
  }

  readonly #onSourceChange = (): void => this.requestUpdate();

  #parse(field: 'since' | 'until', value: InstantInput | undefined): number | undefined {
    const problems: SettingProblem[] = [];
    const time = readInstant(field, value, problems, clock.now());
    this.#report(problems);
    return time;
  }

  /** Says what is wrong, once; `updateComplete` waits for the words. */
  #report(problems: SettingProblem[]): void {
    reportProblems(this, problems, (part) => this.waitFor(part));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wrapup-timer': WrapupTimer;
  }
}
