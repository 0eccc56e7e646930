/**
 * `<wrapup-dialog>`: attributes and properties, events, and the template. The wrap-up's life
 * (record, deadline, submission) is an {@link InteractionWrapup}; the search field and the
 * listbox are a {@link ReasonPicker}; this element checks what the host gave, wires the two,
 * and renders what they say.
 */
import { adoptStyles, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { clock } from '../clock.js';
import { WrapupCompleteEvent, WrapupError, WrapupErrorEvent, type WrapupEventDetail } from '../events.js';
import { getLocale } from '../localization.js';
import { prepareFormatters } from '../format.js';
import { cancelIdle, LONG_TASK_MS, whenIdle, type IdleTask } from '../idle.js';
import type { ReasonIndex } from '../reasons.js';
import { lazy } from '../lazy.js';
import { DialogAttributes } from './dialog-attributes.js';
import { TickController } from '../tick-controller.js';
import { counterSeconds, type CounterSeconds } from '../timer/counter.js';
import { TIMER_SOURCE_CHANGE, type TimerSource } from '../timer/wrapup-timer.js';
import type { WrapupReason, WrapupState } from '../types.js';
import type { WrapupConfig } from '../wrapup/host.js';
import { InteractionWrapup } from '../wrapup/interaction-wrapup.js';
import type { ReasonPicker } from '../picker/reason-picker.js';
import { FrontDesk } from './front-desk.js';
import { DialogInput } from './dialog-input.js';

/** The page's open dialogs, and the one in front. */
const frontDesk = new FrontDesk<WrapupDialog>();

/**
 * The open dialog: styles, template, picker and the words they say. Loaded by the first
 * dialog's first update, or before it when the page is idle (see `modal.ts`).
 */
const modal = lazy(() => import('./modal.js'));
/** Notes, suggested and recent reasons: loaded the first time a dialog uses one of them. */
const extras = lazy(() => import('./extras.js'));
/** The words for what is wrong: loaded the first time something is. */
const diagnostics = lazy(() => import('./diagnostics.js'));

type View = typeof import('./modal.js');

/** Settings that change the wrap-up's configuration when they change. */
const SETTINGS = ['interactionId', 'channel', 'scenario', 'endedAt', 'autoWrapup', 'extendSeconds', 'submitUrl'] as const;

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
 * @fires {WrapupErrorEvent} wrapup-error - an attempt failed, or a setting is invalid. Detail: `{ error, attempt, final, field? }`.
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
  /** What the polite live region says. */
  #announcement = '';

  /**
   * Fires `event` with the dialog's `subject` in its detail. An auto wrap-up sent while this
   * dialog waits is announced by the one in front.
   */
  #emit(event: CustomEvent<WrapupEventDetail>): boolean {
    if (this.subject) event.detail.subject = this.subject;
    if (event instanceof WrapupCompleteEvent) {
      const { auto, reasonId } = event.detail.wrapup;
      const front = frontDesk.front;
      if (!auto && this.recent > 0) extras.module?.remember(this.agentId, reasonId);
      if (auto && front && front !== this) front.#announce(modal.module?.autoSentText(this.#label) ?? '');
    }
    return this.dispatchEvent(event);
  }

  /** Which wrap-up this is, for the agent: the subject, or what happened. */
  get #label(): string {
    return this.subject || (modal.module?.headingFor(this.#input.settings.channel, this.#input.settings.scenario) ?? '');
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }

  /** The first element of the shadow root that matches `selector`, once rendered. */
  #find<T extends HTMLElement>(selector: string): T | null | undefined {
    return this.shadowRoot?.querySelector<T>(selector);
  }

  readonly #wrapup = new InteractionWrapup(
    {
      emit: (event) => this.#emit(event),
      requestUpdate: () => this.requestUpdate(),
      announce: (notice) => this.#announce(modal.module?.noticeText(notice, this.extendable) ?? ''),
      close: () => (this.open = false),
    },
    (): WrapupConfig => ({
      settings: this.#input.settings,
      reasons: () => this.#reasons(),
      defaultReason: this.defaultReason,
      extendable: this.extendable,
      fetch: this.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      suggestions: () => extras.module?.usable(this.suggestions, this.#reasons()),
    }),
  );

  /** The search field and the listbox, once the open dialog's chunk is here. */
  #picker: ReasonPicker | undefined;

  /** Sets up the picker and styles when the open dialog's chunk is here, and loads it if not. */
  #setUpView(): void {
    const view = modal.module;
    if (!view) {
      this.waitFor(modal.load().then(() => modal.module && this.requestUpdate()));
      return;
    }
    adoptStyles(this.renderRoot as ShadowRoot, [view.styles]);
    this.#picker = new view.ReasonPicker(this, {
      index: () => this.#reasons(),
      onChoose: (reason) => this.#wrapup.choose(reason),
      onCount: (count) => this.#announce(view.matchCount(count)),
      lead: (index) => extras.module?.leadRows(index, this.suggestions, this.recent, this.agentId),
      listbox: () => this.#find('[role="listbox"]'),
    });
    this.#picker.reset(); // its rows are made in idle time, as for a list set later
  }

  /** The counters tick while the dialog is shown. */
  readonly #ticks = new TickController(this, { onTick: (now) => this.#onTick(now) });
  /** The whole seconds the counters show, so a tick re-renders only when they change. */
  #shownSeconds = '';

  readonly #input = new DialogInput(this);
  #idleTask: IdleTask | undefined;
  /** The `endedAtTime` that following timers were last told about. */
  #announcedEndedAt: number | undefined;

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
    prepareFormatters(getLocale());
    if (this.hasUpdated) this.#wrapup.sync(); // moved in the DOM: take up where it stopped
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    frontDesk.leave(this);
    this.#wrapup.stop();
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

  /** Submits the chosen reason, as the Submit button does (so not while a required note is missing). */
  submit(): void {
    if (!this.#noteMissing) this.#wrapup.submit();
  }

  /** A required note is not there yet. */
  get #noteMissing(): boolean {
    return !!extras.module && this.notes === 'required' && !this.#wrapup.record?.notes?.trim();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const input = this.#input;
    if (!this.#picker) this.#setUpView();
    if (SETTINGS.some((name) => changed.has(name))) input.checkSettings(this);
    if (changed.has('reasons')) input.dirty = true;
    // Notes, suggested and recent reasons come with their chunk: shown once it is here (it is
    // loaded by the first update, so a dialog set up closed has it when it opens).
    if (!extras.module && (this.notes != null || this.suggestions || this.recent)) {
      this.waitFor(extras.load().then(() => (this.#picker?.reset(), this.requestUpdate())));
    }
    // What is listed first while the search is empty changed, or may have when it opens (the
    // recent reasons, after another dialog's submission; the rows made in idle time are kept
    // otherwise). Not when it closes: a closing dialog may be on its way out.
    if ((['suggestions', 'recent', 'agentId'] as const).some((name) => changed.has(name)) || (changed.has('open') && this.open && this.recent > 0)) this.#picker?.reset();
    if (changed.has('serverTime')) input.checkServerTime(this.serverTime);
    // A list set on a closed dialog is checked when the page is idle, not in the setting task.
    if (input.dirty && !this.open && !this.#wrapup.record) {
      cancelIdle(this.#idleTask);
      this.#idleTask = whenIdle(() => input.dirty && (this.#reasons(), this.requestUpdate()), LONG_TASK_MS);
    } else {
      this.#reasons();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('serverTime')) this.#input.applyServerTime(this.serverTime);
    // After this update, so that what it starts (a resumed submission, an expiry) updates anew.
    if (SETTINGS.some((name) => changed.has(name)) || changed.has('open')) queueMicrotask(() => this.#wrapup.show(this.open));
    if (this.open && this.state !== 'done' && this.isConnected) frontDesk.enter(this); // (an update may finish after removal)
    else frontDesk.leave(this);
    const shown = this.#shown;
    const dialog = this.#find<HTMLDialogElement>('dialog');
    if (dialog && shown && !dialog.open) {
      dialog.showModal(); // a screen reader hears its name and subject: which wrap-up this is
      this.#find('input')?.focus();
    } else if (dialog && !shown && dialog.open) {
      dialog.close();
    }
    this.#ticks.running = shown && this.endedAtTime !== undefined;
    // Space for the rows not rendered, set through the CSSOM: a strict style-src blocks a
    // style attribute but not this.
    const rows = this.#find('.rows');
    if (rows && this.#picker) rows.style.paddingBlock = this.#picker.window.padding;
    if (this.endedAtTime !== this.#announcedEndedAt) {
      this.#announcedEndedAt = this.endedAtTime;
      this.dispatchEvent(new Event(TIMER_SOURCE_CHANGE));
    }
    this.#reportProblems();
  }

  /** The checked reasons, checking them first if they changed. */
  #reasons(): ReasonIndex {
    return this.#input.reasons(this.reasons ?? this.#input.declarative, () => this.#picker?.reset());
  }

  /**
   * Says what is wrong with the settings, once per problem: in the console and through
   * `wrapup-error`; the words come with the first problem (or failure), and `updateComplete`
   * waits for them.
   */
  #reportProblems(): void {
    const input = this.#input;
    const words = diagnostics.module;
    const more = extras.module?.problems(this, input.index);
    if (!words) {
      if (this.#wrapup.failure || input.problems(this.defaultReason).length || more?.length) this.waitFor(diagnostics.load().then(() => this.requestUpdate()));
      return;
    }
    for (const problem of input.unreported(this.defaultReason, more)) {
      const message = words.describe(problem);
      console.warn(`<wrapup-dialog>: ${message}`);
      this.#emit(new WrapupErrorEvent(new WrapupError(message, problem.field), 0, true));
    }
  }

  #seconds(now: number): CounterSeconds {
    return counterSeconds(now, this.endedAtTime, this.deadline, frontDesk.waiting());
  }

  #onTick(now: number): void {
    if (String(this.#seconds(now)) !== this.#shownSeconds) this.requestUpdate();
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  /** Open and in front of any others: shown as the modal. */
  get #shown(): boolean {
    return this.open && frontDesk.front === this;
  }

  protected override render(): TemplateResult | typeof nothing {
    const view = modal.module;
    const picker = this.#picker;
    if (!view || !picker) return nothing;
    return view.dialogFrame(this.#shown ? this.#renderBody(view, picker) : nothing, this.#onClose);
  }

  #renderBody(view: View, picker: ReasonPicker): TemplateResult {
    const seconds = this.#seconds(clock.now());
    this.#shownSeconds = String(seconds);
    return view.dialogBody({
      wrapup: this.#wrapup,
      picker,
      input: this.#input,
      problems: diagnostics.module ? this.#input.problems(this.defaultReason).map(diagnostics.module.describe) : [],
      failure: this.#wrapup.failure && diagnostics.module?.failureText(this.#wrapup.failure),
      extendable: this.extendable,
      subject: this.subject,
      notes: extras.module && this.notes != null ? extras.module.notesField(this.#wrapup, this.notes, this.notesMaxLength, () => this.submit()) : nothing,
      noteMissing: this.#noteMissing,
      waiting: this.#renderWaiting(view, seconds[2]),
      seconds,
      announcement: this.#announcement,
      onExtend: () => this.extend(),
      onSubmit: () => this.submit(),
    });
  }

  /** The others waiting behind this one. */
  #renderWaiting(view: View, nextSeconds: number | undefined): TemplateResult | typeof nothing {
    const waiting = frontDesk.waiting();
    return waiting.length ? view.waitingList(waiting.map((other) => ({ label: other.#label, onSwitch: () => frontDesk.bringForward(other) })), nextSeconds) : nothing;
  }

  readonly #onClose = (): void => {
    // Browsers may close a modal on repeated Escape despite `cancel` being prevented; a
    // wrap-up that is not done stays open.
    if (this.#shown) this.#find<HTMLDialogElement>('dialog')?.showModal();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'wrapup-dialog': WrapupDialog;
  }
}
