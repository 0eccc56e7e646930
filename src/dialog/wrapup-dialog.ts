/**
 * `<wrapup-dialog>`: its attributes and properties, its events and public methods. It checks
 * what the host gave ({@link DialogInput}) and runs the wrap-up's life ({@link InteractionWrapup}:
 * record, deadline, automatic submit) from the moment a wrap-up starts, shown or not; what
 * the agent sees and touches is its view, a controller made once its chunk has loaded, which
 * reads one {@link DialogSnapshot} and acts through the port's commands.
 */
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { WrapupEventDetail } from '../events.js';
import { DialogInput } from '../input/dialog-input.js';
import { reportProblems } from '../input/problem-report.js';
import type { ReasonIndex } from '../input/reasons.js';
import { lazy, retryLater } from '../internal/lazy.js';
import { cancelIdle, LONG_TASK_MS, whenIdle, type IdleTask } from '../time/idle.js';
import { TIMER_SOURCE_CHANGE, type TimerSource } from '../timer/wrapup-timer.js';
import type { WrapupReason, WrapupState } from '../types.js';
import { InteractionWrapup } from '../wrapup/interaction-wrapup.js';
import { pruneOldRecords } from '../wrapup/sender.js';
import type { WrapupConfig } from '../wrapup/wrapup-owner.js';
import { DialogAttributes } from './dialog-attributes.js';
import type { DialogPort, DialogView } from './snapshot.js';

/** The dialog as the agent sees it: loaded by the first dialog's first update, or before (see {@link prefetchParts}). */
const modal = lazy(() => import('./modal-view.js'));

/**
 * Fetches the dialog's view at once, so that a page that opens a wrap-up as it loads shows it in
 * its first frames, and has it warm the page up in idle time; fetches the sender once idle. A page
 * that runs all day then has both even if the host's files change under it.
 */
export function prefetchParts(): void {
  void modal.load().then(() => modal.module?.warmPage());
  whenIdle(pruneOldRecords);
}

/** Settings that change the wrap-up's configuration when they change (`live` whether it has started). */
const SETTINGS = ['interactionId', 'channel', 'scenario', 'endedAt', 'autoWrapup', 'extendSeconds', 'submitUrl', 'live'] as const;

/**
 * The Wrap-up Reasons dialog: the agent picks the reason an interaction ended with and submits
 * it; at the deadline the default reason is submitted automatically.
 *
 * A modal on native `<dialog>`. The search field is an APG combobox over a listbox of reasons:
 * Down/Up/Home/End move, Enter chooses, Escape closes the list (never the dialog: wrap-up is
 * mandatory). Only the rows in view are rendered, so 10,000 reasons open and filter instantly.
 *
 * @tagname wrapup-dialog
 *
 * @slot - Declarative reasons: `<option value="id">Name</option>`, grouped by
 *   `<optgroup label="…">`. The `reasons` property wins when both are given.
 *
 * Every event's detail also carries `subject` when the dialog has one.
 *
 * @fires {WrapupSelectEvent} wrapup-select - the agent chose a reason. Detail: `{ reason }`.
 * @fires {WrapupExtendEvent} wrapup-extend - the countdown was cancelled or extended. Detail: `{ deadline: number | null, extensions }`.
 * @fires {WrapupExpireEvent} wrapup-expire - the countdown reached zero; cancelable: cancelling stops the automatic submit. Detail: `{ deadline }`. In one tab only, where several show the interaction.
 * @fires {WrapupSubmitEvent} wrapup-submit - just before the POST; cancelable: cancel it to submit yourself, then call `complete()`. Detail: `{ wrapup, idempotencyKey }`. In one tab only.
 * @fires {WrapupCompleteEvent} wrapup-complete - the wrap-up was accepted, in every tab that shows it. Detail: `{ wrapup, status, attempts, sentHere }` (`sentHere` false where another tab sent it).
 * @fires {WrapupErrorEvent} wrapup-error - an attempt failed, or a setting is invalid. Detail: `{ error, attempt, final, field? }`; a failed POST's `error.interactionId` names its interaction.
 *
 * @csspart dialog - the `<dialog>` element.
 * @csspart title - the "Wrap-up reasons" heading.
 * @csspart subject - which interaction this is (the `subject`).
 * @csspart scenario - what happened ("Call ended") and the elapsed time.
 * @csspart countdown - the auto wrap-up countdown and the extend control.
 * @csspart extend-button - the extend / cancel-countdown button.
 * @csspart search - the search field.
 * @csspart listbox - the list of reasons.
 * @csspart option - one reason.
 * @csspart description - a reason's description, under its name.
 * @csspart group-label - a group heading.
 * @csspart match - the part of a name that matches the search.
 * @csspart message - problems and errors.
 * @csspart status - the submission status line.
 * @csspart time - the digits of a counter (the elapsed time and the countdown).
 * @csspart submit-button - the "Submit wrap-up" button.
 *
 * @cssprop --wrapup-accent - buttons, focus rings, the active option. Default: blue, light or dark.
 * @cssprop --wrapup-on-accent - text on the accent colour.
 * @cssprop --wrapup-surface - dialog background.
 * @cssprop --wrapup-text - text colour.
 * @cssprop --wrapup-muted - secondary text.
 * @cssprop --wrapup-border - borders.
 * @cssprop --wrapup-selected - background of the chosen reason.
 * @cssprop --wrapup-danger - errors and the deadline warning.
 * @cssprop --wrapup-radius - corner radius. Default: 12px.
 * @cssprop --wrapup-font - font shorthand of the dialog.
 * @cssprop --wrapup-row-height - height of a list row. Default: 2.25rem.
 * @cssprop --wrapup-backdrop - the backdrop behind the modal.
 * @cssprop --wrapup-color-scheme - `light`, `dark`, or `light dark` (default: follows the agent's system setting).
 */
export class WrapupDialog extends DialogAttributes implements TimerSource {
  /** Fires `event` with the dialog's `subject` in its detail, unless it is about an interaction gone `away`. */
  #emit(event: CustomEvent<WrapupEventDetail>, away?: boolean): boolean {
    if (this.subject && !away) event.detail.subject = this.subject;
    return this.dispatchEvent(event);
  }

  readonly #wrapup = new InteractionWrapup(
    {
      emit: (event, away) => this.#emit(event, away),
      requestUpdate: () => this.requestUpdate(),
      close: () => (this.open = false),
    },
    (): WrapupConfig => ({
      settings: this.#input.settings,
      reasons: () => this.#reasons(),
      defaultReason: this.defaultReason,
      extendable: this.extendable,
      notesRequired: this.notes === 'required',
      fetch: this.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      shown: () => this.#view?.shown(),
    }),
  );

  readonly #input = new DialogInput(this);
  /** The view, once its chunk is here. */
  #view: DialogView | undefined;
  #idleTask: IdleTask | undefined;
  /** The `endedAtTime` that following timers were last told about. */
  #announcedEndedAt: number | undefined;

  /** What the view reads and may do: the one way between the two. */
  readonly #port: DialogPort = {
    source: {
      wrapup: this.#wrapup,
      input: this.#input,
      given: this,
    },
    commands: this.#wrapup,
    waitFor: (part) => this.waitFor(part),
  };

  /** Where the dialog is in its life: `idle`, `open`, `submitting`, `retrying`, `done`, `failed`. */
  get state(): WrapupState {
    return this.#wrapup.state;
  }

  /** Epoch ms the interaction ended, once known (for `<wrapup-timer for>`). */
  get endedAtTime(): number | undefined {
    return this.#wrapup.endedAt;
  }

  /** The auto wrap-up deadline in epoch ms (server time); null when cancelled; undefined when none. */
  get deadline(): number | null | undefined {
    return this.#wrapup.deadline;
  }

  /** The reason the agent chose, if any. */
  get selectedReason(): WrapupReason | undefined {
    return this.#wrapup.chosen;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#wrapup.sync(); // moved in the DOM: take up where it stopped
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#wrapup.stop(true);
    cancelIdle(this.#idleTask); // a removed dialog's list is neither checked nor kept for it
  }

  /**
   * Marks the wrap-up as done after the host submitted it itself (having cancelled
   * `wrapup-submit`): closes the dialog and fires `wrapup-complete`. Stops the element's own
   * POST if one is in flight.
   */
  complete(status = 200): void {
    this.#wrapup.complete(status);
  }

  /**
   * Reports that the host's own submission (after cancelling `wrapup-submit`) failed: the dialog
   * says why, by the HTTP `status` if there is one, and offers Try again, which fires
   * `wrapup-submit` again with the same wrap-up.
   */
  fail(status?: number): void {
    this.#wrapup.fail(status);
  }

  /** Moves the deadline by `extend-seconds`, or cancels the countdown when that is absent. */
  extend(): void {
    this.#wrapup.extend();
  }

  /** Submits the chosen reason, as the Submit button does (so not while a required note or field is missing). */
  submit(): void {
    this.#wrapup.submit();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const input = this.#input;
    this.#view ??= modal.module && new modal.module.ModalView(this, this.#port);
    if (SETTINGS.some((name) => changed.has(name))) input.checkSettings(this);
    if (changed.has('reasons')) input.dirty = true;
    if (changed.has('serverTime')) input.checkServerTime(this.serverTime);
    // (A new list is checked when the page is idle, see `updated`, or when the wrap-up needs it; an
    // open dialog's view lists it as given and has it checked after that frame.)
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.#view) {
      // The view's chunk is not here yet: the element updates again once it is. A failed load
      // (offline, or the server failed) is tried again a few seconds later or once back online.
      const loading = modal.load();
      this.waitFor(loading);
      void loading.then(() => (modal.module ? this.requestUpdate() : this.isConnected && retryLater().then(() => this.requestUpdate())));
    }
    if (this.#input.dirty) {
      cancelIdle(this.#idleTask);
      this.#idleTask = whenIdle(() => this.#input.dirty && (this.#reasons(), this.requestUpdate()), LONG_TASK_MS);
    }
    if (changed.has('serverTime')) this.#input.applyServerTime(this.serverTime);
    // After this update, so that what it starts (a resumed submission, an expiry) updates anew.
    // While `live` (the interaction goes on) the wrap-up has not started: it starts, and its
    // `ended-at` is fixed, once `live` is removed; the view keeps what the agent did meanwhile.
    if (SETTINGS.some((name) => changed.has(name)) || changed.has('open')) queueMicrotask(() => this.#wrapup.show(this.open && !this.live));
    // Once the reasons are checked: they may add problems.
    if (!this.#input.dirty) {
      const problems = [...this.#input.problems(this.defaultReason), ...(this.#view?.problems() ?? [])];
      reportProblems(this, problems, (part) => this.waitFor(part), (event) => this.#emit(event));
    }
    if (this.endedAtTime !== this.#announcedEndedAt) {
      this.#announcedEndedAt = this.endedAtTime;
      this.dispatchEvent(new Event(TIMER_SOURCE_CHANGE));
    }
  }

  /** The checked reasons, checking them first if they changed. */
  #reasons(): ReasonIndex {
    return this.#input.reasons(this.reasons ?? this.#input.declarative);
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.#view?.render() ?? nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wrapup-dialog': WrapupDialog;
  }
}
