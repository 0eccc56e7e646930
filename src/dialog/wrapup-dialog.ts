import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { clock } from '../clock.js';
import {
  WrapupCompleteEvent,
  WrapupError,
  WrapupErrorEvent,
  WrapupExpireEvent,
  WrapupExtendEvent,
  WrapupSelectEvent,
  WrapupSubmitEvent,
} from '../events.js';
import { parseInstant, type InstantInput } from '../instant.js';
import { getLocale } from '../localization.js';
import { cancelIdle, prepareFormatters, whenIdle } from '../format.js';
import {
  originalRange,
  ReasonIndex,
  reasonsFromOptions,
  toRows,
  validateReasons,
  type ReasonMatch,
  type ReasonRow,
} from '../reasons.js';
import { validateSettings, submitUrlFor, type SettingProblem, type Settings } from '../settings.js';
import { LocalizedElement } from '../localized-element.js';
import { WrapupStore, type WrapupRecord } from '../store.js';
import { postWrapup, submitWrapup, type FetchLike, type SubmissionPhase } from '../submission.js';
import { TIMER_SOURCE_CHANGE, type TimerSource, type WrapupTimer } from '../timer/wrapup-timer.js';
import type { Channel, Scenario, Wrapup, WrapupReason, WrapupState } from '../types.js';
import { extendLabel, failureMessage, headingFor, matchCount, warningText } from './messages.js';
import { styles } from './styles.js';

/** Seconds before the deadline at which the agent is warned (WCAG 2.2.1 asks for 20). */
export const WARNING_SECONDS = 20;
/** How long a finished wrap-up's shared "done" lock is held (see markDone). */
const DONE_LOCK_MS = 10_000;
/** How long typing must pause before the match count is announced. */
const ANNOUNCE_DELAY_MS = 600;
/** Rows rendered beyond the visible ones, above and below. */
const OVERSCAN = 6;

const store = new WrapupStore();

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
 * @fires {WrapupSelectEvent} wrapup-select - the agent chose a reason. Detail: `{ reason }`.
 * @fires {WrapupExtendEvent} wrapup-extend - the countdown was cancelled or extended. Detail: `{ deadline: number | null, extensions }`.
 * @fires {WrapupExpireEvent} wrapup-expire - the countdown reached zero; cancelable: cancelling stops the automatic submit. Detail: `{ deadline }`.
 * @fires {WrapupSubmitEvent} wrapup-submit - just before the POST; cancelable: cancel it to submit yourself, then call `complete()`. Detail: `{ wrapup }`.
 * @fires {WrapupCompleteEvent} wrapup-complete - the wrap-up was accepted. Detail: `{ wrapup, status, attempts }`.
 * @fires {WrapupErrorEvent} wrapup-error - an attempt failed, or a setting is invalid. Detail: `{ error, attempt, final, field? }`.
 *
 * @csspart dialog - the `<dialog>` element.
 * @csspart title - the "Wrap-up reasons" heading.
 * @csspart scenario - what happened ("Call ended") and the elapsed time.
 * @csspart countdown - the auto wrap-up countdown and the extend control.
 * @csspart extend-button - the extend / cancel-countdown button.
 * @csspart search - the search field.
 * @csspart listbox - the list of reasons.
 * @csspart option - one reason.
 * @csspart group-label - a group heading.
 * @csspart match - the part of a name that matches the search.
 * @csspart message - problems and errors.
 * @csspart status - the submission status line.
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
export class WrapupDialog extends LocalizedElement implements TimerSource {
  static override styles = styles;

  /**
   * The tag of the counters inside the dialog: `wrapup-timer`, or the timer's name when
   * `defineWrapupElements()` registers the elements under other names.
   */
  static timerTag = 'wrapup-timer';

  /** Id of the interaction being wrapped up; required to submit. */
  @property({ attribute: 'interaction-id' }) interactionId?: string;

  /** The kind of interaction: `voice` (default), `chat`, `email`, `social`. */
  @property() channel: Channel = 'voice';

  /** What happened: `end` (default), `transfer`, `send`, `customer-end`. */
  @property() scenario: Scenario = 'end';

  /** When the interaction ended (ISO 8601 or epoch ms); default: when the dialog first opened. */
  @property({ attribute: 'ended-at' }) endedAt?: InstantInput;

  /** Seconds from `ended-at` until auto wrap-up; absent or 0: none. */
  @property({ attribute: 'auto-wrapup' }) autoWrapup?: number | string;

  /** Id of the reason sent by auto wrap-up. */
  @property({ attribute: 'default-reason' }) defaultReason?: string;

  /** The administrator allows extending: shows the extend control. */
  @property({ type: Boolean }) extendable = false;

  /**
   * Absent: extending cancels the countdown for good. Set: each extension moves the deadline
   * by this many seconds.
   */
  @property({ attribute: 'extend-seconds' }) extendSeconds?: number | string;

  /** Where the completion is POSTed; `{interactionId}` is replaced by the URL-encoded id. */
  @property({ attribute: 'submit-url' }) submitUrl?: string;

  /**
   * The server's clock in epoch ms at the moment it is set; corrects a wrong local clock for
   * every element on the page.
   */
  @property({ attribute: 'server-time' }) serverTime?: number | string;

  /** Whether the dialog is shown, as a modal. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The reasons to choose from. Wins over declarative `<option>` children. */
  @property({ attribute: false }) reasons?: WrapupReason[];

  /** The fetch used for the POST; `globalThis.fetch` by default. */
  @property({ attribute: false }) fetch?: FetchLike;

  @state() private _state: WrapupState = 'idle';
  @state() private _query = '';
  @state() private _expanded = true;
  @state() private _active = -1;
  @state() private _scrollTop = 0;
  @state() private _status = '';
  @state() private _failure = '';
  @state() private _warning = false;
  @state() private _announcement = '';

  /** The elapsed counter and the countdown, made once under this class's timer tag. */
  readonly #elapsedTimer = this.#makeTimer();
  readonly #countdownTimer = this.#makeTimer();

  @query('dialog') private _dialog?: HTMLDialogElement;
  @query('[role="listbox"]') private _listbox?: HTMLElement;
  @query('input') private _search?: HTMLInputElement;
  @query('.rows') private _rows?: HTMLElement;

  #settings: Settings = validateSettings({}).settings;
  #problems: SettingProblem[] = [];
  #reportedProblems = new Set<string>();
  #index = new ReasonIndex([]);
  /** The idle-time folding of the list for search (see ReasonIndex.prepare). */
  #foldTask: number | undefined;
  #rows: ReasonRow[] = [];
  /** Row indexes of the reasons in `#rows`, for moving through options only. */
  #optionRows: number[] = [];
  #record: WrapupRecord | undefined;
  #rowHeight = 36;
  /** `padding-block` of the rendered rows: the height of the rows above and below them. */
  #padding = '0px 0px';
  #viewportHeight = 288;
  #alarm: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #expiredDeadline: number | undefined;
  #submission: AbortController | undefined;
  #optionsObserver: MutationObserver | undefined;
  #declarativeReasons: unknown[] = [];
  /** The array the index was built from, so an unchanged list is not folded again. */
  #reasonsSource: unknown;
  #serverTimeProblem: SettingProblem | undefined;
  /** The `endedAtTime` that following timers were last told about. */
  #announcedEndedAt: number | undefined;

  /** Where the dialog is in its life: `idle`, `open`, `submitting`, `retrying`, `done`, `failed`. */
  get state(): WrapupState {
    return this._state;
  }

  /** Epoch ms the interaction ended, once known (for `<wrapup-timer for>`). */
  get endedAtTime(): number | undefined {
    return this.#record?.endedAt ?? this.#settings.endedAt;
  }

  /** The auto wrap-up deadline in epoch ms (server time); null when cancelled; undefined when none. */
  get deadline(): number | null | undefined {
    const { autoWrapup, extendSeconds } = this.#settings;
    const endedAt = this.endedAtTime;
    if (!autoWrapup || endedAt === undefined) return undefined;
    const record = this.#record;
    if (record?.cancelled) return null;
    return endedAt + (autoWrapup + (record?.extensions ?? 0) * (extendSeconds ?? 0)) * 1000;
  }

  /** The reason the agent chose, if any. */
  get selectedReason(): WrapupReason | undefined {
    return this.#index.get(this.#record?.reasonId);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#optionsObserver = new MutationObserver(() => this.#readOptions());
    this.#optionsObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    this.#readOptions();
    prepareFormatters(getLocale());
    clock.addEventListener('change', this.#onClockChange);
    document.addEventListener('visibilitychange', this.#onClockChange);
    window.addEventListener('storage', this.#onStorage);
    window.addEventListener('pagehide', this.#onPageHide);
    if (this._listbox) this.#resizeObserver.observe(this._listbox); // reconnected after a move
    // Moved in the DOM mid-submission (disconnecting stopped it): take it up again.
    const record = this.#record;
    if (record?.wrapup && record.doneAt === undefined && !record.hostSubmits && (this._state === 'submitting' || this._state === 'retrying')) {
      void this.#send(record.wrapup);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#optionsObserver?.disconnect();
    this.#resizeObserver.disconnect();
    clock.removeEventListener('change', this.#onClockChange);
    document.removeEventListener('visibilitychange', this.#onClockChange);
    window.removeEventListener('storage', this.#onStorage);
    window.removeEventListener('pagehide', this.#onPageHide);
    clearTimeout(this.#alarm);
    clearTimeout(this.#announceTimer);
    cancelIdle(this.#foldTask); // a removed dialog's list is not folded, nor kept for it
    this.#submission?.abort();
  }

  /**
   * Marks the wrap-up as done after the host submitted it itself (having cancelled
   * `wrapup-submit`): closes the dialog and fires `wrapup-complete`.
   */
  complete(status = 200): void {
    const wrapup = this.#record?.wrapup;
    if (!wrapup || this._state === 'done') return;
    this.#finish(wrapup, status, 0);
  }

  /**
   * Reports that the host's own submission (after cancelling `wrapup-submit`) failed: the dialog
   * says why, by the HTTP `status` if there is one, and offers Try again, which fires
   * `wrapup-submit` again with the same wrap-up.
   */
  fail(status?: number): void {
    if (!this.#record?.hostSubmits || this._state !== 'submitting') return;
    this._state = 'failed';
    this._status = '';
    this._failure = failureMessage(status);
    this.#emitError(new WrapupError("the host's own submission failed", undefined, status), 0, true);
  }

  /** Moves the deadline by `extend-seconds`, or cancels the countdown when that is absent. */
  extend(): void {
    const record = this.#record;
    if (!this.extendable || !record || this.deadline == null || !this.#canAct()) return;
    if (this.#settings.extendSeconds === undefined) record.cancelled = true;
    record.extensions += 1;
    this.#save();
    this._warning = false;
    this.#expiredDeadline = undefined;
    this.#armAlarm();
    this.requestUpdate();
    this._announcement =
      this.deadline === null
        ? msg('Auto wrap-up cancelled. Submit when you are done.', { id: 'extend.cancelled' })
        : msg('Auto wrap-up extended.', { id: 'extend.done' });
    this.dispatchEvent(new WrapupExtendEvent(this.deadline ?? null, record.extensions));
  }

  /** Submits the chosen reason, as the Submit button does. */
  submit(): void {
    const reason = this.selectedReason;
    if (reason) void this.#submit(reason, false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serverTime')) this.#syncServerTime();
    const settingsChanged = ['interactionId', 'channel', 'scenario', 'endedAt', 'autoWrapup', 'extendSeconds', 'submitUrl', 'serverTime'].some(
      (name) => changed.has(name as keyof WrapupDialog),
    );
    if (settingsChanged || changed.has('reasons') || changed.has('defaultReason')) this.#validate();
    if (changed.has('open') && this.open && this._state === 'idle') this._state = 'open';
    if (changed.has('open') && !this.open && this._state === 'open') this._state = 'idle';
    if (changed.has('open') || settingsChanged) this.#loadRecord();
  }

  protected override firstUpdated(): void {
    this.#resizeObserver.observe(this._listbox!);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this._dialog;
    if (dialog && this.open && !dialog.open) {
      dialog.showModal();
      this._search?.focus();
    } else if (dialog && !this.open && dialog.open) {
      dialog.close();
    }
    const timing: (keyof WrapupDialog)[] = ['open', 'autoWrapup', 'endedAt', 'extendSeconds', 'interactionId'];
    // Armed after this update, so that a warning or an expiry it triggers is a fresh update.
    if (timing.some((name) => changed.has(name))) queueMicrotask(() => this.#armAlarm());
    // Space for the rows not rendered, set through the CSSOM: a strict style-src blocks a
    // style attribute but not this.
    if (this._rows) this._rows.style.paddingBlock = this.#padding;
    if (this.endedAtTime !== this.#announcedEndedAt) {
      this.#announcedEndedAt = this.endedAtTime;
      this.dispatchEvent(new Event(TIMER_SOURCE_CHANGE));
    }
    this.#reportProblems();
  }

  /** `server-time` corrects the page clock the moment it is set. */
  #syncServerTime(): void {
    this.#serverTimeProblem = undefined;
    if (this.serverTime === undefined || this.serverTime === null || this.serverTime === '') return;
    const serverTime = parseInstant(this.serverTime as InstantInput);
    if (serverTime === undefined || Number.isNaN(serverTime)) {
      this.#serverTimeProblem = { field: 'server-time', message: `server-time must be epoch milliseconds; got "${String(this.serverTime)}"` };
    } else {
      clock.sync(serverTime);
    }
  }

  #validate(): void {
    const { settings, problems } = validateSettings({
      interactionId: this.interactionId,
      channel: this.channel,
      scenario: this.scenario,
      endedAt: this.endedAt ?? null,
      autoWrapup: this.autoWrapup,
      extendSeconds: this.extendSeconds,
      submitUrl: this.submitUrl,
    });
    const given = this.reasons ?? this.#declarativeReasons;
    const validated = validateReasons(given);
    if (validated.notAList) {
      problems.push({ field: 'reasons', message: 'reasons must be an array of { id, name } objects' });
    }
    for (const problem of validated.problems) {
      problems.push({ field: 'reasons', message: `reason ${problem.index + 1} ${problem.message}` });
    }
    if (given !== this.#reasonsSource) {
      this.#reasonsSource = given;
      const index = (this.#index = new ReasonIndex(validated.reasons));
      cancelIdle(this.#foldTask);
      this.#foldTask = whenIdle(() => index.prepare());
      this.#filter();
    }
    if (this.defaultReason && !this.#index.get(this.defaultReason)) {
      problems.push({ field: 'default-reason', message: `default-reason "${this.defaultReason}" is not one of the reasons` });
    } else if (settings.autoWrapup > 0 && !this.defaultReason) {
      problems.push({ field: 'default-reason', message: 'auto-wrapup is set but default-reason is missing' });
    }
    if (this.#serverTimeProblem) problems.push(this.#serverTimeProblem);
    this.#settings = settings;
    this.#problems = problems;
  }

  #readOptions(): void {
    const reasons = reasonsFromOptions(this);
    if (JSON.stringify(reasons) === JSON.stringify(this.#declarativeReasons)) return;
    this.#declarativeReasons = reasons;
    if (this.reasons === undefined) {
      this.#validate();
      this.requestUpdate();
    }
  }

  /** Loads (or starts) the stored state of this interaction once the dialog is opened. */
  #loadRecord(): void {
    if (!this.open && !this.#record) return;
    const id = this.#settings.interactionId;
    if (this.#record && this.#record.interactionId === (id ?? '')) return;
    const now = clock.now();
    const stored = id ? store.load(id) : undefined;
    const endedAt = this.#settings.endedAt ?? stored?.endedAt ?? now;
    this.#record = stored
      ? { ...stored, endedAt }
      : { interactionId: id ?? '', endedAt, extensions: 0, cancelled: false, idempotencyKey: crypto.randomUUID(), updatedAt: now };
    this.#save();
    store.prune(now);
    if (this.#record.doneAt !== undefined) {
      this._state = 'done';
      this.open = false;
    } else if (this.#record.wrapup) {
      this.#resume(this.#record.wrapup);
    }
  }

  /** Takes up a submission that a reload interrupted, with the same body and key. */
  #resume(wrapup: Wrapup): void {
    this._state = 'submitting';
    if (this.#record?.hostSubmits) {
      const event = new WrapupSubmitEvent(wrapup);
      this.dispatchEvent(event);
      if (event.defaultPrevented) return;
    }
    void this.#send(wrapup);
  }

  /** Another tab of this origin changed the stored record of this interaction. */
  readonly #onStorage = (event: StorageEvent): void => {
    const record = this.#record;
    if (!record?.interactionId || event.key !== WrapupStore.keyOf(record.interactionId)) return;
    const latest = store.load(record.interactionId);
    if (!latest) return;
    if (latest.doneAt !== undefined && latest.wrapup && this._state !== 'done') {
      this.#record = latest;
      this.#submission?.abort();
      this.#finish(latest.wrapup, latest.doneStatus ?? 200, 0);
      return;
    }
    Object.assign(record, { reasonId: latest.reasonId, extensions: latest.extensions, cancelled: latest.cancelled });
    if (latest.wrapup && !latest.hostSubmits && this.#canAct()) {
      // The other tab is sending; queue behind its lock, to take over should that tab close.
      record.wrapup = latest.wrapup;
      record.idempotencyKey = latest.idempotencyKey;
      this.#resume(latest.wrapup);
    }
    this.#armAlarm();
    this.requestUpdate();
  };

  /** The page is going away: a submission waiting for its next attempt goes now, kept alive. */
  readonly #onPageHide = (): void => {
    const wrapup = this.#record?.wrapup;
    const template = this.#settings.submitUrl;
    if (this._state !== 'retrying' || !wrapup || !template) return;
    postWrapup(this.#fetch, submitUrlFor(template, wrapup.interactionId), wrapup, this.#record!.idempotencyKey).catch(() => {
      // Nothing can be done while the page unloads; the stored submission resumes on return.
    });
  };

  /** The host's fetch, or the page's. */
  get #fetch(): FetchLike {
    return this.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  #save(): void {
    const record = this.#record;
    if (!record?.interactionId) return; // without an id there is nothing to resume by
    const stored = store.load(record.interactionId);
    if (stored?.doneAt !== undefined && record.doneAt === undefined) {
      // Another tab finished this wrap-up: never overwrite that with an unfinished state.
      Object.assign(record, { doneAt: stored.doneAt, doneStatus: stored.doneStatus, wrapup: stored.wrapup });
      return;
    }
    record.updatedAt = clock.now();
    store.save(record);
  }

  /** The agent and the countdown may act only while the dialog is open and nothing is in flight. */
  #canAct(): boolean {
    return this._state === 'open' || this._state === 'failed';
  }

  // ── the countdown ────────────────────────────────────────────────────────────────────────

  readonly #onClockChange = (): void => {
    this.#armAlarm();
    this.requestUpdate();
  };

  /** Wakes at the warning point and at the deadline; a deadline, not a count of ticks. */
  #armAlarm(): void {
    clearTimeout(this.#alarm);
    this.#alarm = undefined;
    const deadline = this.deadline;
    if (!this.open || deadline == null || !this.#record) return;
    const now = clock.now();
    const warnAt = deadline - WARNING_SECONDS * 1000;
    if (now >= deadline) {
      this.#expire(deadline);
      return;
    }
    if (now >= warnAt && !this._warning) this.#warn(Math.ceil((deadline - now) / 1000));
    const next = now < warnAt ? warnAt : deadline;
    this.#alarm = setTimeout(() => this.#armAlarm(), Math.max(0, next - now));
  }

  #warn(secondsLeft: number): void {
    this._warning = true;
    this._announcement = warningText(secondsLeft, this.extendable);
  }

  #expire(deadline: number): void {
    if (this.#expiredDeadline === deadline || !this.#canAct()) return;
    this.#expiredDeadline = deadline;
    const event = new WrapupExpireEvent(deadline, true);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    // The source sends the default reason when none was chosen; a reason the agent already
    // chose says more about the interaction than the default, so that one goes out.
    const reason = this.selectedReason ?? this.#index.get(this.defaultReason);
    if (reason) {
      void this.#submit(reason, true);
    } else {
      this._failure = msg('Time is up, but no default reason is set. Choose a reason and submit.', { id: 'expire.no-default' });
      this.#emitError(new WrapupError('auto wrap-up is due but there is no valid default-reason', 'default-reason'), 0, true);
    }
  }

  // ── choosing a reason ──────────────────────────────────────────────────────────────────

  #filter(): void {
    const matches = this.#index.search(this._query);
    this.#rows = toRows(matches);
    this.#optionRows = [];
    this.#rows.forEach((row, i) => {
      if (row.kind === 'reason') this.#optionRows.push(i);
    });
    this._active = -1;
    if (this._listbox) this._listbox.scrollTop = 0;
    this._scrollTop = 0;
  }

  #onInput(event: InputEvent): void {
    this._query = (event.target as HTMLInputElement).value;
    this._expanded = true;
    this.#filter();
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this._announcement = matchCount(this.#optionRows.length);
    }, ANNOUNCE_DELAY_MS);
  }

  #onKeydown(event: KeyboardEvent): void {
    const options = this.#optionRows;
    const position = options.indexOf(this._active);
    const moveTo = (i: number) => {
      if (options.length === 0) return;
      this._expanded = true;
      this._active = options[Math.max(0, Math.min(options.length - 1, i))]!;
      this.#scrollIntoView(this._active);
      event.preventDefault();
    };
    switch (event.key) {
      case 'ArrowDown':
        if (event.altKey) {
          this._expanded = true;
          event.preventDefault();
        } else moveTo(position + 1);
        break;
      case 'ArrowUp':
        if (event.altKey) {
          this._expanded = false;
          event.preventDefault();
        } else moveTo(position < 0 ? options.length - 1 : position - 1);
        break;
      case 'Home':
        if (position >= 0) moveTo(0);
        break;
      case 'End':
        if (position >= 0) moveTo(options.length - 1);
        break;
      case 'Enter':
        if (position >= 0 && this._expanded) {
          const row = this.#rows[this._active];
          if (row?.kind === 'reason') this.#select(row.match.reason);
          event.preventDefault();
        }
        break;
      case 'Escape':
        // Never let Escape close the dialog: wrap-up is mandatory.
        event.preventDefault();
        if (this._expanded) {
          this._expanded = false;
          this._active = -1;
        } else if (this._query) {
          this._query = '';
          this.#filter();
        }
        break;
    }
  }

  #onDialogKeydown(event: KeyboardEvent): void {
    if (event.altKey && event.code === 'KeyX') {
      event.preventDefault();
      this.extend();
    } else if (event.key === 'Escape') {
      event.preventDefault();
    }
  }

  #select(reason: WrapupReason): void {
    if (!this.#record || !this.#canAct()) return;
    if (this.#record.reasonId !== reason.id) {
      this.#record.reasonId = reason.id;
      this.#save();
      this.requestUpdate();
      this.dispatchEvent(new WrapupSelectEvent(reason));
    }
  }

  #scrollIntoView(rowIndex: number): void {
    const listbox = this._listbox;
    if (!listbox) return;
    const top = rowIndex * this.#rowHeight;
    const bottom = top + this.#rowHeight;
    if (top < listbox.scrollTop) listbox.scrollTop = top;
    else if (bottom > listbox.scrollTop + this.#viewportHeight) listbox.scrollTop = bottom - this.#viewportHeight;
    this._scrollTop = listbox.scrollTop;
  }

  /** Measures the row height and the list's visible height when the list is laid out. */
  readonly #resizeObserver = new ResizeObserver(() => this.#measure());

  #measure(): void {
    const listbox = this._listbox;
    const row = listbox?.querySelector<HTMLElement>('.row');
    if (!listbox || !row) return;
    const rowHeight = row.getBoundingClientRect().height;
    const viewportHeight = listbox.clientHeight;
    if ((rowHeight > 0 && rowHeight !== this.#rowHeight) || (viewportHeight > 0 && viewportHeight !== this.#viewportHeight)) {
      this.#rowHeight = rowHeight || this.#rowHeight;
      this.#viewportHeight = viewportHeight || this.#viewportHeight;
      this.requestUpdate();
    }
  }

  // ── submitting ─────────────────────────────────────────────────────────────────────────

  async #submit(reason: WrapupReason, auto: boolean): Promise<void> {
    const record = this.#record;
    if (!record || !this.#canAct()) return;
    const { interactionId, channel, scenario } = this.#settings;
    if (!interactionId) {
      this._failure = msg('This wrap-up has no interaction id, so it cannot be submitted.', { id: 'error.no-interaction' });
      this.#emitError(new WrapupError('interaction-id is missing or invalid; nothing was sent', 'interaction-id'), 0, true);
      return;
    }
    if (!this.#index.get(reason.id)) return; // never POST an id that is not in the list
    const wrapup: Wrapup = {
      interactionId,
      reasonId: reason.id,
      reasonName: reason.name,
      auto,
      channel,
      scenario,
      endedAt: new Date(record.endedAt).toISOString(),
      wrappedUpAt: new Date(clock.now()).toISOString(),
      extended: record.extensions > 0,
    };
    record.wrapup = wrapup;
    this._failure = '';
    this._state = 'submitting';
    const event = new WrapupSubmitEvent(wrapup);
    this.dispatchEvent(event);
    record.hostSubmits = event.defaultPrevented;
    this.#save();
    if (event.defaultPrevented) return; // the host submits itself and calls complete()
    await this.#send(wrapup);
  }

  async #send(wrapup: Wrapup): Promise<void> {
    const record = this.#record!;
    const template = this.#settings.submitUrl;
    if (!template) {
      this._state = 'failed';
      this._failure = msg('No submit URL is configured.', { id: 'error.no-url' });
      this.#emitError(new WrapupError('submit-url is missing; nothing was sent', 'submit-url'), 0, true);
      return;
    }
    this.#submission?.abort();
    const controller = (this.#submission = new AbortController());
    this._state = 'submitting';
    this._status = msg('Submitting…', { id: 'status.submitting' });
    // One tab at a time sends a given interaction's wrap-up; a tab that gets the lock after
    // another succeeded finds it done and sends nothing.
    const lockName = `wrapup-elements:${wrapup.interactionId}`;
    const result = await withLock(lockName, controller.signal, async () => {
      const latest = store.load(wrapup.interactionId);
      if (latest?.doneAt !== undefined) return { ok: true as const, status: latest.doneStatus ?? 200, attempts: 0 };
      if (await isMarkedDone(lockName)) return { ok: true as const, status: 200, attempts: 0 };
      if (latest) record.idempotencyKey = latest.idempotencyKey;
      const outcome = await submitWrapup({
        url: submitUrlFor(template, wrapup.interactionId),
        wrapup,
        idempotencyKey: record.idempotencyKey,
        fetch: this.#fetch,
        clock,
        signal: controller.signal,
        network: { get onLine() { return navigator.onLine; }, target: window },
        onPhase: (phase, attempt) => this.#onPhase(phase, attempt),
        onFailure: (error, attempt, final) => this.#emitError(error, attempt, final),
      });
      // Marked before the lock is released, so the next tab to take it finds the wrap-up done.
      // localStorage reaches other tabs asynchronously; the lock manager does not.
      if (outcome.ok) {
        this.#markDone(outcome.status);
        markDone(lockName);
      }
      return outcome;
    });
    if (controller.signal.aborted || !result) return;
    if (result.ok) {
      this.#finish(wrapup, result.status, result.attempts);
    } else {
      this._state = 'failed';
      this._status = '';
      this._failure = failureMessage(result.error.status);
    }
  }

  #onPhase(phase: SubmissionPhase, attempt: number): void {
    if (phase === 'offline') {
      this._state = 'retrying';
      this._status = msg('Offline — will send when the connection is back.', { id: 'status.offline' });
    } else if (phase === 'waiting') {
      this._state = 'retrying';
      this._status = msg('Retrying…', { id: 'status.retrying' });
    } else {
      this._state = attempt > 1 ? 'retrying' : 'submitting';
    }
  }

  #markDone(status: number): void {
    const record = this.#record!;
    if (record.doneAt !== undefined) return;
    record.doneAt = clock.now();
    record.doneStatus = status;
    this.#save();
  }

  #finish(wrapup: Wrapup, status: number, attempts: number): void {
    this.#record!.wrapup = wrapup;
    this.#markDone(status);
    clearTimeout(this.#alarm);
    this._state = 'done';
    this._status = msg('Submitted', { id: 'status.done' });
    this.open = false;
    this.dispatchEvent(new WrapupCompleteEvent(wrapup, status, attempts));
  }

  #retry(): void {
    const pending = this.#record?.wrapup;
    if (this._state !== 'failed') return;
    if (pending && pending.reasonId === this.#record?.reasonId) {
      this._state = 'open';
      this.#resume(pending); // the same wrap-up again, by POST or by the host
    } else {
      this._state = 'open';
      this.submit();
    }
  }

  #emitError(error: WrapupError, attempt: number, final: boolean): void {
    this.dispatchEvent(new WrapupErrorEvent(error, attempt, final));
  }

  #reportProblems(): void {
    for (const { field, message } of this.#problems) {
      const key = `${field}\n${message}`;
      if (this.#reportedProblems.has(key)) continue;
      this.#reportedProblems.add(key);
      console.warn(`<wrapup-dialog>: ${message}`);
      this.#emitError(new WrapupError(message, field), 0, true);
    }
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────

  #makeTimer(): WrapupTimer {
    const timer = document.createElement((this.constructor as typeof WrapupDialog).timerTag) as WrapupTimer;
    timer.className = 'timer';
    // The dialog keeps its own deadline; its counters' expiry and errors are not the page's.
    timer.addEventListener('wrapup-expire', stop);
    timer.addEventListener('wrapup-error', stop);
    return timer;
  }

  protected override render(): TemplateResult {
    const busy = this._state === 'submitting' || this._state === 'retrying';
    const selected = this.selectedReason;
    return html`
      <dialog
        part="dialog"
        aria-labelledby="title"
        aria-describedby="scenario"
        @cancel=${(event: Event) => event.preventDefault()}
        @close=${this.#onClose}
        @keydown=${this.#onDialogKeydown}
      >
        <div class="layout">
          <header>
            <h2 id="title" part="title">${msg('Wrap-up reasons', { id: 'title' })}</h2>
            <p id="scenario" class="scenario" part="scenario">
              ${headingFor(this.#settings.channel, this.#settings.scenario)} ·
              ${showTimer(this.#elapsedTimer, { since: this.endedAtTime, label: msg('Wrap-up time', { id: 'timer.up' }) })}
            </p>
          </header>
          ${this.#renderCountdown()}
          <label for="search">${msg('Search wrap-up reasons', { id: 'search.label' })}</label>
          <input
            id="search"
            part="search"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-controls="listbox"
            aria-expanded=${this._expanded ? 'true' : 'false'}
            aria-activedescendant=${this._expanded && this._active >= 0 ? `row-${this._active}` : nothing}
            aria-describedby="chosen"
            .value=${this._query}
            ?disabled=${busy}
            @input=${this.#onInput}
            @keydown=${this.#onKeydown}
          />
          ${this.#renderList()}
          <p id="chosen" class="hint">
            ${selected
              ? html`${msg('Chosen:', { id: 'chosen' })} <bdi>${selected.name}</bdi>`
              : msg('No reason chosen yet.', { id: 'chosen.none' })}
          </p>
          ${this.#renderMessage()}
          <footer>
            <span class="status" part="status" role="status">${this._status}</span>
            ${this._state === 'failed'
              ? html`<button type="button" @click=${this.#retry}>${msg('Try again', { id: 'retry' })}</button>`
              : nothing}
            <button
              type="button"
              class="primary"
              part="submit-button"
              ?disabled=${!selected || !this.#canAct()}
              @click=${() => this.submit()}
            >
              ${msg('Submit wrap-up', { id: 'submit' })}
            </button>
          </footer>
          <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this._announcement}</div>
        </div>
      </dialog>
    `;
  }

  #renderCountdown(): TemplateResult | typeof nothing {
    const deadline = this.deadline;
    if (deadline === undefined) return nothing;
    const extendable = this.extendable && this.#canAct();
    return html`
      <div class="countdown ${this._warning && deadline !== null ? 'warning' : ''}" part="countdown">
        ${deadline === null
          ? html`<span>${msg('Auto wrap-up cancelled. Submit when you are done.', { id: 'extend.cancelled' })}</span>`
          : html`<span>${msg('Auto wrap-up in', { id: 'countdown.label' })}</span>
              ${showTimer(this.#countdownTimer, { until: deadline, label: msg('Auto wrap-up in', { id: 'countdown.label' }) })}
              ${extendable
                ? html`<button type="button" part="extend-button" aria-keyshortcuts="Alt+X" @click=${() => this.extend()}>
                    ${this.#settings.extendSeconds === undefined
                      ? msg('Cancel auto wrap-up', { id: 'extend.cancel' })
                      : extendLabel(this.#settings.extendSeconds)}
                  </button>`
                : nothing}`}
      </div>
    `;
  }

  #renderList(): TemplateResult {
    const rows = this.#rows;
    const total = rows.length;
    const first = Math.max(0, Math.floor(this._scrollTop / this.#rowHeight) - OVERSCAN);
    const last = Math.min(total, Math.ceil((this._scrollTop + this.#viewportHeight) / this.#rowHeight) + OVERSCAN);
    this.#padding = `${first * this.#rowHeight}px ${(total - last) * this.#rowHeight}px`;
    const selectedId = this.#record?.reasonId;
    const option = (row: Extract<ReasonRow, { kind: 'reason' }>, i: number) => {
      const { reason } = row.match;
      const chosen = reason.id === selectedId;
      return html`<div
        id="row-${i}"
        class="row ${i === this._active ? 'active' : ''}"
        part="option"
        role="option"
        aria-selected=${chosen ? 'true' : 'false'}
        aria-setsize=${this.#optionRows.length}
        aria-posinset=${row.position}
        ?data-grouped=${row.group !== undefined}
        title=${reason.description ?? nothing}
        @mousedown=${(event: Event) => event.preventDefault()}
        @click=${() => {
          this._active = i;
          this.#select(reason);
        }}
      >
        <span class="check" aria-hidden="true">${chosen ? '✓' : ''}</span><bdi>${highlight(row.match)}</bdi>
      </div>`;
    };
    // Consecutive rows of one group go in one role="group", labelled by the group's name even
    // when its heading row has scrolled out of the rendered window.
    const runs: TemplateResult[] = [];
    for (let i = first; i < last; ) {
      const group = rows[i]!.group;
      const members: TemplateResult[] = [];
      for (; i < last && rows[i]!.group === group; i++) {
        const row = rows[i]!;
        members.push(
          row.kind === 'group'
            ? html`<div class="row group-label" part="group-label" aria-hidden="true">${row.group}</div>`
            : option(row, i),
        );
      }
      runs.push(group === undefined ? html`${members}` : html`<div role="group" aria-label=${group}>${members}</div>`);
    }
    return html`
      <div
        id="listbox"
        part="listbox"
        role="listbox"
        aria-label=${msg('Wrap-up reasons', { id: 'title' })}
        ?hidden=${!this._expanded || total === 0}
        @scroll=${this.#onScroll}
      >
        <div class="rows">${runs}</div>
      </div>
      ${this._expanded && total === 0
        ? html`<p class="empty">
            ${this.#index.reasons.length === 0
              ? msg('No wrap-up reasons are available.', { id: 'list.empty' })
              : msg('No reasons match', { id: 'matches.none' })}
          </p>`
        : nothing}
    `;
  }

  #renderMessage(): TemplateResult | typeof nothing {
    if (!this._failure && this.#problems.length === 0) return nothing;
    return html`<div class="message" part="message" role="alert">
      ${this._failure ? html`<p>${this._failure}</p>` : nothing}
      ${this.#problems.length
        ? html`<p>${msg('Some settings could not be used:', { id: 'problems' })}</p>
            <ul>
              ${this.#problems.map(({ message }) => html`<li>${message}</li>`)}
            </ul>`
        : nothing}
    </div>`;
  }

  readonly #onScroll = (event: Event): void => {
    this._scrollTop = (event.target as HTMLElement).scrollTop;
  };

  readonly #onClose = (): void => {
    // Browsers may close a modal on repeated Escape despite `cancel` being prevented; a
    // wrap-up that is not done stays open.
    if (this.open) this._dialog?.showModal();
  };
}

/**
 * Runs `task` holding the Web Lock `name`, so that one tab at a time does it; without Web Locks
 * (an insecure context, an old browser) it just runs. Undefined when aborted while waiting.
 */
async function withLock<T>(name: string, signal: AbortSignal, task: () => Promise<T>): Promise<T | undefined> {
  if (!navigator.locks) return task();
  try {
    return await navigator.locks.request(name, { signal }, task);
  } catch (error) {
    if (signal.aborted) return undefined;
    throw error;
  }
}

/**
 * Holds a shared "done" lock for ten seconds: every tab sees it at once, while the stored record
 * may take a moment to reach them. Long past that moment it is let go, so that a shift of
 * wrap-ups does not pile up held locks.
 */
function markDone(lockName: string): void {
  void navigator.locks?.request(`${lockName}:done`, { mode: 'shared' }, () => new Promise((resolve) => setTimeout(resolve, DONE_LOCK_MS)));
}

/** Whether some tab of this origin holds the "done" lock of `lockName`. */
async function isMarkedDone(lockName: string): Promise<boolean> {
  const { held = [] } = (await navigator.locks?.query()) ?? {};
  return held.some((lock) => lock.name === `${lockName}:done`);
}

/** Keeps the inner timers' events inside the dialog: the dialog speaks for itself. */
const stop = (event: Event) => event.stopPropagation();

/** `timer` with `values` set, to render as a child. */
function showTimer(timer: WrapupTimer, values: Partial<Pick<WrapupTimer, 'since' | 'until' | 'label'>>): WrapupTimer {
  return Object.assign(timer, values);
}

/** The name with the matching part in a `<mark>`, as text. */
function highlight({ reason, folded }: ReasonMatch): TemplateResult | string {
  if (!folded) return reason.name;
  const [start, end] = originalRange(reason.name, folded);
  return html`${reason.name.slice(0, start)}<mark part="match">${reason.name.slice(start, end)}</mark>${reason.name.slice(end)}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'wrapup-dialog': WrapupDialog;
  }
}
