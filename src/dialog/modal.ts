/**
 * The dialog as the agent sees it, in a sibling chunk of its own: the modal and its template,
 * the reason picker (search, listbox, keyboard), the counters, which of several open dialogs
 * is in front, what is announced, and the words for settings problems and failures.
 *
 * `<wrapup-dialog>` keeps what must run from the moment a wrap-up starts, shown or not (its
 * attributes, the checked input, the wrap-up's life: record, deadline, automatic submit) and
 * makes one {@link Modal} once this chunk is here. The first dialog's first update loads it
 * (its `updateComplete` waits; until then it renders nothing), and the drop-in fetches it as
 * soon as the page is idle, so the first wrap-up of a shift does not wait for the network.
 */
import { adoptStyles, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { clock } from '../time/clock.js';
import { WrapupCompleteEvent, WrapupError, WrapupErrorEvent, WrapupExtendEvent, type WrapupEventDetail } from '../events.js';
import { prepareFormatters } from '../i18n/format.js';
import { cancelIdle, LONG_TASK_MS, whenIdle, type IdleTask } from '../time/idle.js';
import { getLocale } from '../i18n/localization.js';
import { lazy } from '../internal/lazy.js';
import { ReasonPicker } from '../picker/reason-picker.js';
import type { ReasonIndex } from '../input/reasons.js';
import type { SettingProblem } from '../input/settings.js';
import { TickController } from '../time/tick-controller.js';
import { secondsSince, secondsUntil } from '../timer/counter.js';
import type { WrapupSuggestion } from '../types.js';
import { WARNING_SECONDS } from '../wrapup/deadline.js';
import type { InteractionWrapup } from '../wrapup/interaction-wrapup.js';
import type { DialogInput } from '../input/dialog-input.js';
import { dialogBody, dialogFrame } from './dialog-view.js';
import { FrontDesk } from './front-desk.js';
import { byCount, extendedText, headingFor, matchCount, warningText } from './messages.js';
import { styles } from './styles.js';
import { autoSentText, waitingList } from './waiting-view.js';
import type { WrapupDialog } from './wrapup-dialog.js';

/** Notes, suggested and recent reasons: loaded the first time a dialog uses one of them. */
const extras = lazy(() => import('./extras.js'));
/** The words for what is wrong: loaded the first time something is. */
const diagnostics = lazy(() => import('./diagnostics.js'));

/** The page's open dialogs, and the one in front. */
const frontDesk = new FrontDesk<Modal>();

/** Whole seconds a dialog's counters show: since the end, left, and until the next waiting one is due. */
type Seconds = [number | undefined, number | undefined, number | undefined];

/** Whether a dialog's body has been laid out once on this page (see `#warmUp`). */
let warmedUp = false;

/** What a {@link Modal} shows and reports through, from the element it belongs to. */
export interface ModalOptions {
  wrapup: InteractionWrapup;
  input: DialogInput;
  /** The checked reasons, checking them first if they changed. */
  reasons: () => ReasonIndex;
  /** Fires an event on the element (with its `subject`). */
  emit: (event: CustomEvent<WrapupEventDetail>) => boolean;
  /** Makes the element's `updateComplete` wait for a part being loaded. */
  waitFor: (part: Promise<unknown>) => void;
  /** A required note is not there yet: Submit waits for it. */
  noteMissing: () => boolean;
}

/** One `<wrapup-dialog>`'s view, made once the chunk is here. */
export class Modal {
  readonly #host: WrapupDialog;
  readonly #options: ModalOptions;
  readonly #picker: ReasonPicker;
  /** The counters tick while the dialog is shown. */
  readonly #ticks: TickController;
  /** The whole seconds the counters show, so a tick re-renders only when they change. */
  #shownSeconds = '';
  /** What the polite live region says, and when a notice was last put in it. */
  #announcement = '';
  #noticeAt = -Infinity;
  /** The deadline whose warning was announced. */
  #warnedDeadline: number | undefined;
  /** The problems reported so far, each once. */
  readonly #reported = new Set<string>();
  /** Whether the body is rendered while the dialog is not shown (see {@link #prepare}). */
  #prepared = false;
  #prepareTask: IdleTask | undefined;

  constructor(host: WrapupDialog, options: ModalOptions) {
    [this.#host, this.#options] = [host, options];
    adoptStyles(host.renderRoot as ShadowRoot, [styles]);
    prepareFormatters(getLocale()); // the counters'
    host.addController({
      hostDisconnected: () => {
        frontDesk.leave(this);
        cancelIdle(this.#prepareTask);
        this.#prepareTask = undefined;
      },
    });
    this.#ticks = new TickController(host, {
      onTick: (now) => {
        this.#warnIfNear(now);
        if (String(this.#seconds(now)) !== this.#shownSeconds) host.requestUpdate();
      },
    });
    this.#picker = new ReasonPicker(host, {
      index: options.reasons,
      onChoose: (reason) => options.wrapup.choose(reason),
      onCount: (count) => this.#announce(matchCount(count), true),
      lead: (index) => extras.module?.leadRows(index, host.suggestions, host.recent, host.agentId),
      listbox: () => this.#find('[role="listbox"]'),
      onPrepared: () => this.#warmUp(),
    });
    this.reset(); // its rows are made in idle time, as for a list set later
  }

  // ── what the element asks ─────────────────────────────────────────────────────────────

  /** The list changed: the picker starts over. */
  reset(): void {
    this.#picker.reset();
  }

  /** The host's usable suggestions, for the POST body; undefined when it gave none. */
  suggestions(): readonly WrapupSuggestion[] | undefined {
    return extras.module?.usable(this.#host.suggestions, this.#options.reasons());
  }

  /**
   * An event of the wrap-up, about to be fired: an extension is announced with the time now
   * left; an accepted wrap-up's reason is remembered as recent, and one sent by its countdown
   * while this dialog waited is announced by the one in front.
   */
  heard(event: CustomEvent<WrapupEventDetail>): void {
    const host = this.#host;
    if (event instanceof WrapupExtendEvent) {
      const { deadline } = event.detail;
      this.#announce(extendedText(deadline === null ? undefined : secondsUntil(deadline, clock.now())));
    }
    if (event instanceof WrapupCompleteEvent) {
      const { auto, reasonId } = event.detail.wrapup;
      const front = frontDesk.front;
      if (!auto && host.recent > 0) extras.module?.remember(host.agentId, reasonId);
      if (auto && front && front !== this) front.#announce(autoSentText(this.label));
    }
  }

  /** Before the element renders. */
  update(changed: PropertyValues<WrapupDialog>): void {
    const host = this.#host;
    // Notes, suggested and recent reasons come with their chunk: shown once it is here (it is
    // loaded by the first update, so a dialog set up closed has it when it opens).
    if (!extras.module && (host.notes != null || host.suggestions || host.recent)) {
      this.#options.waitFor(extras.load().then(() => (this.reset(), host.requestUpdate())));
    }
    // A list set on a dialog not shown is checked in idle time (see `WrapupDialog.willUpdate`),
    // and its body made again after that.
    if (changed.has('reasons') && !this.#shown) this.#prepared = false;
    // What is listed first while the search is empty changed, or may have when it opens (the
    // recent reasons, after another dialog's submission; the rows made in idle time are kept
    // otherwise). Not when it closes: a closing dialog may be on its way out.
    if ((['suggestions', 'recent', 'agentId'] as const).some((name) => changed.has(name)) || (changed.has('open') && host.open && host.recent > 0)) {
      this.reset();
    }
  }

  /** After the element rendered: the modal shown or closed, the counters, the problems. */
  updated(): void {
    const host = this.#host;
    if (host.open && host.state !== 'done' && host.isConnected) frontDesk.enter(this); // (an update may finish after removal)
    else frontDesk.leave(this);
    const shown = this.#shown;
    const dialog = this.#find<HTMLDialogElement>('dialog');
    if (dialog && shown && !dialog.open) {
      dialog.showModal(); // a screen reader hears its name and subject: which wrap-up this is
      this.#find('input')?.focus();
      this.#warnIfNear(clock.now());
    } else if (dialog && !shown && dialog.open) {
      dialog.close();
    }
    this.#ticks.running = shown && host.endedAtTime !== undefined;
    // Space for the rows not rendered, set through the CSSOM: a strict style-src blocks a
    // style attribute but not this.
    const rows = this.#find('.rows');
    if (rows) rows.style.paddingBlock = this.#picker.window.padding;
    this.#reportProblems();
    if (shown) this.#prepared = true; // (kept for the next time it is shown)
    else if (!this.#prepared && host.state !== 'done' && host.isConnected) this.#prepare();
  }

  render(): TemplateResult {
    if (!this.#shown && !this.#prepared) return dialogFrame(nothing, this.#onClose);
    const seconds = this.#seconds(clock.now());
    this.#shownSeconds = String(seconds);
    return dialogFrame(this.#renderBody(seconds), this.#onClose);
  }

  // ── for the front desk ────────────────────────────────────────────────────────────────

  get deadline(): number | null | undefined {
    return this.#host.deadline;
  }

  get endedAtTime(): number | undefined {
    return this.#host.endedAtTime;
  }

  requestUpdate(): void {
    this.#host.requestUpdate();
  }

  /** Which wrap-up this is, for the agent: the subject, or what happened. */
  get label(): string {
    const { channel, scenario } = this.#options.input.settings;
    return this.#host.subject || headingFor(channel, scenario);
  }

  // ── inside ────────────────────────────────────────────────────────────────────────────

  /** Open and in front of any others: shown as the modal. */
  get #shown(): boolean {
    return this.#host.open && frontDesk.front === this;
  }

  /**
   * The agent hears once per deadline that it is near: on the tick that passes the warning
   * point, or on showing when less is left.
   */
  #warnIfNear(now: number): void {
    const { deadline, extendable } = this.#host;
    if (!deadline || deadline === this.#warnedDeadline || deadline <= now || deadline - now > WARNING_SECONDS * 1000) return;
    this.#warnedDeadline = deadline;
    this.#announce(warningText(secondsUntil(deadline, now), extendable));
  }

  /**
   * Puts `text` in the polite live region. A notice (a warning, an extension, a wrap-up sent
   * while waiting) joins one said less than a second before, so that a screen reader says
   * both; `replace` (the match count while typing) replaces what was there.
   */
  #announce(text: string, replace = false): void {
    const now = clock.now();
    const join = !replace && now - this.#noticeAt < 1000 && !this.#announcement.includes(text);
    this.#announcement = join ? `${this.#announcement} ${text}` : text;
    if (!replace) this.#noticeAt = now;
    this.#host.requestUpdate();
  }

  /**
   * Renders the body of a dialog that is not shown, in idle time: inside the closed `<dialog>`
   * it is not laid out, painted, focusable or heard, and opening then only updates it and
   * shows it (a few milliseconds less in the frame that shows the modal).
   */
  #prepare(): void {
    if (this.#prepareTask) return; // (one is waiting for idle time)
    this.#prepareTask = whenIdle(() => {
      this.#prepareTask = undefined;
      const host = this.#host;
      if (this.#prepared || this.#shown || host.state === 'done' || !host.isConnected) return;
      this.#prepared = true;
      host.requestUpdate();
    }, LONG_TASK_MS);
  }

  /** The first element of the shadow root that matches `selector`, once rendered. */
  #find<T extends HTMLElement>(selector: string): T | null | undefined {
    return this.#host.shadowRoot?.querySelector<T>(selector);
  }

  /** What the counters show at `now`. */
  #seconds(now: number): Seconds {
    const { endedAtTime, deadline } = this.#host;
    const until = (instant: number | null | undefined) => (instant == null ? undefined : secondsUntil(instant, now));
    const next = Math.min(...frontDesk.waiting().map((other) => other.deadline ?? Infinity));
    return [endedAtTime === undefined ? undefined : secondsSince(endedAtTime, now), until(deadline), until(next < Infinity ? next : undefined)];
  }

  /** What is wrong with what the host gave, the default reason checked against the list. */
  #problems(): SettingProblem[] {
    const { input } = this.#options;
    const { defaultReason } = this.#host;
    const problems = input.problems;
    if (defaultReason && !input.index.get(defaultReason)) {
      problems.push({ field: 'default-reason', kind: 'not-a-reason', got: defaultReason });
    } else if (input.settings.autoWrapup > 0 && !defaultReason) {
      problems.push({ field: 'default-reason', kind: 'no-default' });
    }
    return problems;
  }

  /**
   * Says what is wrong, once per problem (once the reasons are checked: they may add some):
   * in the console and through `wrapup-error`. The words come with the first problem (or
   * failure), and `updateComplete` waits for them.
   */
  #reportProblems(): void {
    const { input, wrapup, emit, waitFor } = this.#options;
    const host = this.#host;
    const words = diagnostics.module;
    // The notes, suggestions and recent settings' problems too, which the agent is not shown.
    const problems = [...this.#problems(), ...(extras.module?.problems(host, input.index) ?? [])];
    if (!words) {
      if (wrapup.failure || problems.length) waitFor(diagnostics.load().then(() => host.requestUpdate()));
      return;
    }
    if (input.dirty) return;
    for (const problem of problems) {
      const key = JSON.stringify(problem);
      if (this.#reported.has(key)) continue;
      this.#reported.add(key);
      const message = words.describe(problem);
      console.warn(`<wrapup-dialog>: ${message}`);
      emit(new WrapupErrorEvent(new WrapupError(message, problem.field), 0, true));
    }
  }

  /**
   * The first open of a page would parse every template of the body and lay out its fonts and
   * rows for the first time (together some 5 ms of its frame), and the first key press would
   * compile and prepare the search, the rows it makes and their highlighting (some 3 ms more).
   * The page does both once, in idle time, with the first closed dialog that has a list (its
   * names folded): its body is laid out as it opens and as it is after a first key, unseen, and
   * removed in the same task, before anything can paint it, focus it or hear it.
   */
  #warmUp(): void {
    const host = this.#host;
    const [first] = this.#options.reasons().reasons;
    if (warmedUp || host.open || !host.isConnected || !first) return;
    warmedUp = true;
    const stage = document.createElement('div');
    stage.style.cssText = 'position:fixed;inset:0;visibility:hidden;contain:strict';
    host.renderRoot.append(stage);
    const layOut = () => {
      render(dialogFrame(this.#renderBody(this.#seconds(clock.now())), this.#onClose), stage, { host });
      stage.firstElementChild!.setAttribute('open', ''); // shown in place (not modal, not focused)
      void stage.offsetHeight;
    };
    layOut();
    const [letter = ''] = first.name.trim(); // a key that matches at least one reason (a whole code point)
    this.#picker.searching(letter, layOut);
    stage.remove();
  }

  #renderBody(seconds: Seconds): TemplateResult {
    const host = this.#host;
    const { wrapup, input } = this.#options;
    const words = diagnostics.module;
    const notes = extras.module && host.notes != null ? extras.module.notesField(wrapup, host.notes, host.notesMaxLength, () => host.submit(), byCount) : nothing;
    const waiting = frontDesk.waiting();
    return dialogBody({
      wrapup,
      picker: this.#picker,
      input,
      problems: words ? this.#problems().map(words.describe) : [],
      failure: wrapup.failure && words?.failureText(wrapup.failure),
      extendable: host.extendable,
      subject: host.subject,
      notes,
      noteMissing: this.#options.noteMissing(),
      waiting: waiting.length ? waitingList(waiting.map((other) => ({ label: other.label, onSwitch: () => frontDesk.bringForward(other) })), seconds[2]) : nothing,
      seconds,
      announcement: this.#announcement,
      onExtend: () => host.extend(),
      onSubmit: () => host.submit(),
    });
  }

  readonly #onClose = (): void => {
    // Browsers may close a modal on repeated Escape despite `cancel` being prevented; a
    // wrap-up that is not done stays open.
    if (this.#shown) this.#find<HTMLDialogElement>('dialog')?.showModal();
  };
}
