/**
 * The dialog as the agent sees it, in a sibling chunk of its own: the modal and its template,
 * the reason picker (search, listbox, keyboard), the counters, which of several open dialogs
 * is in front, and what is announced.
 *
 * `<wrapup-dialog>` keeps what must run from the moment a wrap-up starts, shown or not (its
 * attributes, the checked input, the wrap-up's life) and adds one {@link ModalView} as its
 * controller once this chunk is here. The view reads the element's {@link DialogSnapshot} and
 * acts through its {@link DialogCommands}, nothing else of it; it hears the wrap-up's events
 * as any listener does.
 */
import { adoptStyles, nothing, type TemplateResult } from 'lit';
import { WrapupCompleteEvent, WrapupExtendEvent } from '../events.js';
import { formatClock, formattersReady } from '../i18n/format.js';
import { getLocale } from '../i18n/localization.js';
import { diagnostics } from '../input/problem-report.js';
import type { SettingProblem } from '../input/validation.js';
import { lazy } from '../internal/lazy.js';
import { ReasonPicker } from '../picker/reason-picker.js';
import { afterFrame } from '../time/after-frame.js';
import { clock } from '../time/clock.js';
import { cancelIdle, LONG_TASK_MS, whenIdle, type IdleTask } from '../time/idle.js';
import { TickController } from '../time/tick-controller.js';
import { secondsUntil } from '../timer/counter.js';
import type { Shown } from '../wrapup/wrapup-owner.js';
import { WARNING_SECONDS } from '../wrapup/deadline.js';
import { dialogBody, dialogFrame, frameKeys } from './dialog-template.js';
import { FrontDesk } from './front-desk.js';
import { byCount, extendedText, headingFor, matchCount, submitWait, warningText } from './messages.js';
import { AgentSession } from './agent-session.js';
import { FormPart, keepingTyped } from './form-part.js';
import { checkAfterFrame } from './listed-reasons.js';
import { takeSnapshot, type DialogCommands, type DialogPort, type DialogSnapshot, type DialogView, type ViewHost } from './snapshot.js';
import { counting } from './ticking-counter.js';
import { styles } from './styles.js';
import { autoSentText, waitingList } from './waiting-view.js';
import { primeStorageEvents, viewMade, warmUp, warmUpPage } from './warm-up.js';

/** Notes, suggested and recent reasons: loaded the first time a dialog uses one of them. */
const extras = lazy(() => import('./extras.js'));
/** The page's warm-up in idle time, asked for once this chunk is here (see `warmUpPage`). */
export const warmPage = (): void => warmUpPage((host, port) => new ModalView(host, port));

/** The page's first formatters, being made a task after the frame: one wait for every dialog rendered before. */
let formattersMade: Promise<void> | undefined;

/** The page's open dialogs, and the one in front. */
const frontDesk = new FrontDesk<ModalView>();

/** One `<wrapup-dialog>`'s view: a controller of the element, made once the chunk is here. */
export class ModalView implements DialogView {
  readonly #host: ViewHost;
  readonly #port: DialogPort;
  /** The port's commands, but what the agent types is stored after a pause. */
  readonly #commands: DialogCommands;
  readonly #picker: ReasonPicker;
  readonly #forms: FormPart;
  /** What the agent does in this page: the draft while live, the measures. */
  readonly #session = new AgentSession();
  /** Ticks while shown: the warning, and an update when more than the counters' digits (`ticking-counter.ts`) changes. */
  readonly #ticks: TickController;
  /**
   * The dialog as it was at this update's start: taken once per update (its render and what
   * follows read it); what runs between updates (a tick, an event) reads the source itself.
   */
  #current: DialogSnapshot | undefined;
  /** What a tick may change besides the counters' digits, as rendered (see {@link #timedState}). */
  #shownState = '';
  /** What the polite live region says, and when a notice was last put in it. */
  #announcement = '';
  #noticeAt = -Infinity;
  /** The deadline whose warning was announced. */
  #warnedDeadline: number | undefined;
  /** Whether the body is rendered while the dialog is not shown (see {@link #renderAhead}). */
  #ready = false;
  #readyTask: IdleTask | undefined;
  readonly #onKeydown: (event: KeyboardEvent) => void;

  constructor(host: ViewHost, port: DialogPort) {
    [this.#host, this.#port] = [host, port];
    viewMade();
    // While live, before the wrap-up has started, what the agent does waits in the session.
    const waiting = () => !!port.source.given.live && !port.source.wrapup.record;
    this.#commands = this.#session.commands(keepingTyped(port.commands), waiting, () => host.requestUpdate());
    this.#forms = new FormPart(port, () => host.requestUpdate());
    host.addController(this);
    adoptStyles(host.renderRoot as ShadowRoot, [styles]);
    this.#onKeydown = frameKeys(
      () => port.commands.extend(),
      (n) => this.#picker.chooseNth(n),
    );
    this.#ticks = new TickController(host, {
      onTick: (now) => (this.#warnIfNear(now), this.#timedState(now) !== this.#shownState && host.requestUpdate()),
      origin: () => port.source.wrapup.endedAt, // (the deadline's and min-wrapup's whole seconds are the same)
    });
    this.#picker = new ReasonPicker(host, {
      index: () => this.#current?.reasons ?? port.source.input.index,
      onChoose: (reason) => this.#commands.choose(reason),
      onCount: (count) => {
        this.#session.searched();
        this.#announce(matchCount(count), true);
      },
      lead: (index) => {
        const { suggestions, recent, agentId } = port.source.given;
        return extras.module?.leadRows(index, suggestions, recent, agentId);
      },
      listbox: () => this.#find('[role="listbox"]'),
      onListReady: () => port.source.given.open || this.rehearse(),
    });
  }

  // ── as the element's controller ───────────────────────────────────────────────────────

  hostConnected(): void {
    this.#host.addEventListener('wrapup-extend', this.#onWrapupEvent);
    this.#host.addEventListener('wrapup-complete', this.#onWrapupEvent);
    this.#host.requestUpdate(); // (put back in the page: to the front desk, and shown again)
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('wrapup-extend', this.#onWrapupEvent);
    this.#host.removeEventListener('wrapup-complete', this.#onWrapupEvent);
    frontDesk.leave(this);
    cancelIdle(this.#readyTask);
    this.#readyTask = undefined;
  }

  /** Before the element renders: what changed since the last update. */
  hostUpdate(): void {
    const last = this.#current;
    const now = (this.#current = this.#session.over(takeSnapshot(this.#port.source)));
    const newList = now.reasons !== last?.reasons;
    // A list set on a dialog not shown is checked in idle time, and its body made after that.
    if (!this.#shown && (newList || (now.listPending && !last?.listPending))) this.#ready = false;
    // The rows start over for a new list, and when what is listed first while the search is
    // empty changed, or may have as it opens (the recent reasons, after another dialog's
    // submission; the rows made in idle time are kept otherwise).
    if (
      newList ||
      now.suggestions !== last?.suggestions ||
      now.recent !== last.recent ||
      now.agentId !== last.agentId ||
      (now.open && !last.open && now.recent > 0)
    ) {
      this.#picker.reset();
    }
  }

  /** After the element rendered: the modal shown or closed, the counters, the parts to load. */
  hostUpdated(): void {
    const host = this.#host;
    const { source } = this.#port;
    // What the update showed may change the wrap-up, which updates again: what the agent did
    // while live goes into the wrap-up that has now started; a new summary fills the notes
    // until the agent types there.
    if (this.#session.drafted && !source.given.live && source.wrapup.record) this.#session.handOver(this.#commands, this.#current!.reasons);
    extras.module?.followSummary(this.#current!, this.#commands);
    const { open, state, endedAt, failure, problems, notes, suggestions, recent, summary, minWrapup, live } = this.#current!;
    // Notes, suggested and recent reasons, the summary and min-wrapup come with their chunk:
    // shown once it is here (it is loaded after the first update, so a dialog set up closed has
    // it when it opens).
    if (!extras.module && (notes != null || suggestions || recent || summary != null || minWrapup != null)) {
      this.#port.waitFor(extras.load().then(() => (this.#picker.reset(), host.requestUpdate())));
    }
    this.#forms.load();
    if (open && state !== 'done' && host.isConnected) frontDesk.enter(this); // (an update may finish after removal)
    else frontDesk.leave(this);
    const shown = this.#shown;
    const dialog = this.#find<HTMLDialogElement>('dialog');
    if (dialog && shown && (!dialog.open || dialog.matches(':modal') === live)) {
      // Shown, or live no more: the modal (a screen reader hears its name and subject: which
      // wrap-up this is), focus on Submit when the choice is complete, else on the search.
      // While live it is a part of the page, which it leaves the focus to.
      const ended = dialog.open;
      if (ended) dialog.close();
      this.#present(dialog, live);
      if (!live) (ended && this.#current!.chosen && !this.#current!.incomplete ? this.#find('[part="submit-button"]') : this.#find('input'))?.focus();
      this.#session.shown();
      this.#warnIfNear(clock.now());
    } else if (dialog && !shown && dialog.open) {
      dialog.close();
    }
    this.#ticks.running = shown && endedAt !== undefined;
    // Space for the rows not rendered, set through the CSSOM: a strict style-src blocks a
    // style attribute but not this.
    const rows = this.#find('.rows');
    if (rows) rows.style.paddingBlock = this.#picker.window.padding;
    if ((failure || problems.length || this.problems().length) && !diagnostics.module) this.#port.waitFor(diagnostics.load().then(() => host.requestUpdate()));
    primeStorageEvents();
    const checking = checkAfterFrame(source);
    if (checking) this.#port.waitFor(checking.then(() => host.requestUpdate()));
    if (shown) this.#ready = true; // (kept for the next time it is shown)
    else if (!this.#ready && state !== 'done' && host.isConnected) this.#renderAhead();
  }

  render(): TemplateResult {
    const shown = this.#shown;
    if (!shown && !this.#ready) return dialogFrame(nothing, this.#onClose, this.#onKeydown);
    if (!formattersReady(getLocale())) this.#countAfterFrame();
    this.#shownState = this.#timedState(clock.now());
    return dialogFrame(this.#renderBody(shown), this.#onClose, this.#onKeydown);
  }

  /**
   * The counters of a page's first dialog, before `Intl` has made a formatter (a page just
   * loaded that opens one at once): the frame that shows the dialog and its rows does not pay
   * the 10–25 ms of the first formatter; the counters show a task later (and `updateComplete`
   * waits for them).
   */
  #countAfterFrame(): void {
    formattersMade ??= afterFrame().then(() => {
      formattersMade = undefined;
      formatClock(0, getLocale());
    });
    this.#port.waitFor(formattersMade.then(() => this.#host.requestUpdate()));
  }

  /** What is wrong with the notes, suggestions, recent, fields and tags settings, which are checked with their chunks. */
  problems(): readonly SettingProblem[] {
    const { given, input } = this.#port.source;
    return [...(extras.module?.checkExtras(given, input.index, input.settings.autoWrapup) ?? []), ...this.#forms.problems()];
  }

  /**
   * What the body reports of what was shown (the host's usable suggestions, the tags chosen,
   * the measures), and before when the agent may not submit.
   */
  shown(): Shown {
    const { given, input } = this.#port.source;
    return { suggestions: extras.module?.usable(given.suggestions, input.index), tags: this.#forms.chosenTags(), metrics: this.#session.metrics(), earliest: this.#earliest };
  }

  /** Epoch ms before which the agent may not submit (`min-wrapup` after `ended-at`). */
  get #earliest(): number | undefined {
    const { given, input, wrapup } = this.#port.source;
    const min = extras.module?.minWrapupOf(given.minWrapup, input.settings.autoWrapup);
    return min && wrapup.endedAt !== undefined ? wrapup.endedAt + min * 1000 : undefined;
  }

  // ── for the front desk ────────────────────────────────────────────────────────────────

  get deadline(): number | null | undefined {
    return this.#port.source.wrapup.deadline;
  }

  get endedAtTime(): number | undefined {
    return this.#port.source.wrapup.endedAt;
  }

  requestUpdate(): void {
    this.#host.requestUpdate();
  }

  /** Which wrap-up this is, for the agent: the subject, or what happened. */
  get label(): string {
    const { given, input } = this.#port.source;
    return given.subject || headingFor(input.settings.channel, input.settings.scenario);
  }

  // ── inside ────────────────────────────────────────────────────────────────────────────

  /** Open and in front of any others: shown as the modal. */
  get #shown(): boolean {
    return this.#port.source.given.open && frontDesk.front === this;
  }

  /**
   * An event of the wrap-up: an extension is announced with the time now left; an accepted
   * wrap-up's reason is remembered as recent, and one sent by its countdown while this dialog
   * waited is announced by the one in front.
   */
  readonly #onWrapupEvent = (event: Event): void => {
    if (event instanceof WrapupExtendEvent) {
      const { deadline } = event.detail;
      this.#announce(extendedText(deadline === null ? undefined : secondsUntil(deadline, clock.now())));
    }
    if (event instanceof WrapupCompleteEvent) {
      const { auto, reasonId } = event.detail.wrapup;
      const { recent, agentId } = this.#port.source.given;
      const front = frontDesk.front;
      if (!auto && recent > 0) extras.module?.remember(agentId, reasonId);
      if (auto && front && front !== this) front.#announce(autoSentText(this.label));
    }
  };

  /**
   * The agent hears once per deadline that it is near: on the tick that passes the warning
   * point, or on showing when less is left.
   */
  #warnIfNear(now: number): void {
    const { deadline } = this.#port.source.wrapup;
    const { extendable } = this.#port.source.given;
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
   * shows it.
   */
  #renderAhead(): void {
    if (this.#readyTask) return; // (one is waiting for idle time)
    this.#readyTask = whenIdle(() => {
      this.#readyTask = undefined;
      if (this.#ready || this.#shown || this.#port.source.wrapup.state === 'done' || !this.#host.isConnected) return;
      this.#ready = true;
      this.#host.requestUpdate();
    }, LONG_TASK_MS);
  }

  /** Lays out the body once, unseen, if nothing on the page has yet (see `warm-up.ts`). */
  rehearse(): void {
    const [first] = this.#port.source.input.index.reasons;
    if (first) warmUp(this.#host, first.name, () => this.#renderStage(), this.#picker);
  }

  /** The first element of the shadow root that matches `selector`, once rendered. */
  #find<T extends HTMLElement>(selector: string): T | null | undefined {
    return this.#host.shadowRoot?.querySelector<T>(selector);
  }

  /**
   * What a tick may change besides the counters' digits: whether the warning shows, and how
   * long Submit waits for `min-wrapup` (said in words, each second).
   */
  #timedState(now: number): string {
    return `${this.#warning(now)} ${secondsUntil(this.#earliest ?? 0, now)}`;
  }

  /** Whether the time left is within the warning at `now`. */
  #warning(now: number): boolean {
    const { deadline } = this.#port.source.wrapup;
    return !!deadline && secondsUntil(deadline, now) <= WARNING_SECONDS;
  }

  /** The whole dialog as it opens, for the page's warm-up (see `warm-up.ts`): its counters still. */
  #renderStage(): TemplateResult {
    return dialogFrame(this.#renderBody(false), this.#onClose, this.#onKeydown);
  }

  /** The body; its counters tick while `running`. */
  #renderBody(running: boolean): TemplateResult {
    const port = this.#port;
    const dialog = this.#current!;
    const words = diagnostics.module;
    const waiting = frontDesk.waiting();
    const { source } = port;
    const next = frontDesk.nextDeadline() === undefined ? undefined : counting(() => frontDesk.nextDeadline(), false, running);
    return dialogBody({
      dialog,
      picker: this.#picker,
      problems: words ? [...dialog.problems, ...this.problems()].map(words.describe) : [],
      failure: dialog.failure && words?.failureText(dialog.failure),
      notes: extras.module && dialog.notes != null ? extras.module.notesField(dialog, this.#commands, byCount) : nothing,
      form: this.#forms.render(dialog, this.#commands),
      waiting: waiting.length ? waitingList(waiting.map((other) => ({ label: other.label, onSwitch: () => frontDesk.bringForward(other) })), next) : nothing,
      elapsed: counting(() => source.wrapup.endedAt, true, running),
      left: counting(() => source.wrapup.deadline, false, running),
      warning: this.#warning(clock.now()),
      announcement: this.#announcement,
      submitWait: submitWait(dialog.live, secondsUntil(this.#earliest ?? 0, clock.now())),
      onExtend: () => port.commands.extend(),
      onSubmit: () => port.commands.submit(),
      onRetry: () => port.commands.retry(),
    });
  }

  /** Shows `dialog`: as a part of the page while live (no backdrop, blocking nothing), else as the modal. */
  #present(dialog: HTMLDialogElement, live: boolean): void {
    if (!live) return dialog.showModal();
    // (`show()` focuses the dialog's first field; during a call the agent is elsewhere.)
    const focused = document.activeElement as HTMLElement | null;
    dialog.show();
    if (focused && focused !== document.body) focused.focus({ preventScroll: true });
    else (this.#host.shadowRoot?.activeElement as HTMLElement | null)?.blur();
  }

  readonly #onClose = (): void => {
    // Browsers may close a modal on repeated Escape despite `cancel` being prevented; a
    // wrap-up that is not done stays open. (A dialog closed to change its mode is open again.)
    const dialog = this.#find<HTMLDialogElement>('dialog');
    if (this.#shown && dialog && !dialog.open) this.#present(dialog, this.#current!.live);
  };
}
