/**
 * One interaction's wrap-up, without any rendering: its stored record, the auto wrap-up deadline
 * and its alarm, and the steps of its life — choose, extend, expire, submit, complete, fail —
 * with cross-tab sync through storage. `<wrapup-dialog>` owns one and renders what it says; the
 * sender (body, submission loop) is a lazily loaded chunk (`send.ts`). Nothing here reads the
 * DOM beyond `window`'s events, so a unit test drives it with a plain `EventTarget` as its host.
 */
import { clock } from '../time/clock.js';
import { LONG_TASK_MS, whenIdle } from '../time/idle.js';
import { WrapupCompleteEvent, WrapupErrorEvent, WrapupExpireEvent, WrapupExtendEvent, WrapupSelectEvent, WrapupSubmitEvent } from '../events.js';
import { reportFailure } from '../input/problem-report.js';
import { store, withoutCustomerData, type WrapupRecord } from './store.js';
import type { SubmissionPhase } from './submission.js';
import type { Wrapup, WrapupReason, WrapupState } from '../types.js';
import { alarmDelay, deadlineOf } from './deadline.js';
import { askTime, followStored, loadedSender, pruneOldRecords, senderWhenOnline, takeUp, type Release } from './sender.js';
import type { Failure, WrapupConfig, WrapupOwner } from './wrapup-owner.js';

/** The wrap-up of one interaction, from its end to the accepted POST. */
export class InteractionWrapup {
  readonly #owner: WrapupOwner;
  /** Read on every use: the element's settings may change at any time. */
  readonly #config: () => WrapupConfig;
  #record: WrapupRecord | undefined;
  #state: WrapupState = 'idle';
  #shown = false;
  #phase: SubmissionPhase | undefined;
  #failure: Failure | undefined;
  #alarm: ReturnType<typeof setTimeout> | undefined;
  #expiredDeadline: number | undefined;
  #submission: AbortController | undefined;
  #listening = false;
  /** Lets go of the wrap-up this tab took up at a deadline (not when it failed: it is retried here). */
  #release: Release | undefined;
  /** The body another tab is sending, for this tab's `wrapup-complete` (a done record keeps none). */
  #sentThere: Wrapup | undefined;
  /** Lets go of the lock held while the host's own call is in flight. */
  #hostCall: (() => void) | undefined;

  constructor(owner: WrapupOwner, config: () => WrapupConfig) {
    [this.#owner, this.#config] = [owner, config];
  }

  /** Where the wrap-up is in its life. */
  get state(): WrapupState { return this.#state; }
  /** The stored record, once the wrap-up has started. */
  get record(): Readonly<WrapupRecord> | undefined { return this.#record; }
  /** How the submission in flight is going: sending, waiting to retry, or offline. */
  get phase(): SubmissionPhase | undefined { return this.#phase; }
  /** Why the last submission failed, until the next one. */
  get failure(): Failure | undefined { return this.#failure; }
  /** Epoch ms the interaction ended, once known. */
  get endedAt(): number | undefined { return this.#record?.endedAt ?? this.#config().settings.endedAt; }

  /** The auto wrap-up deadline in epoch ms (server time); null when cancelled; undefined when none. */
  get deadline(): number | null | undefined { return deadlineOf(this.#config().settings, this.endedAt, this.#record); }

  /** The reason the agent chose, while it is in the list. */
  get chosen(): WrapupReason | undefined { return this.#config().reasons().get(this.#record?.reasonId); }

  /** Whether the agent (or the countdown) may act: nothing is in flight and it is not done. */
  get canAct(): boolean { return this.#state === 'idle' || this.#state === 'open' || this.#state === 'failed'; }

  /** Whether the dialog is shown. A wrap-up starts when first shown or once its `ended-at` is known. */
  show(shown: boolean): void {
    this.#shown = shown;
    if (this.#state === 'idle' || this.#state === 'open') this.#state = shown ? 'open' : 'idle';
    this.sync();
  }

  /**
   * Takes up the element's settings: starts the wrap-up when due; on a new interaction id, lets
   * the old one go (its own POST goes on unseen, see {@link #send}) and loads the new one's; re-arms the alarm.
   */
  sync(): void {
    const { interactionId = '', endedAt } = this.#config().settings;
    let record = this.#record;
    if (record && record.interactionId !== interactionId) {
      this.stop(Boolean(record.wrapup));
      this.#submission = undefined;
      this.#hostCall?.(); // (other pages then hear that the old one's call may have gone through)
      record = this.#record = undefined;
      this.#state = this.#shown ? 'open' : 'idle';
      this.#failure = undefined;
    }
    if (!record) {
      if (this.#shown || endedAt !== undefined) {
        this.#start(interactionId, endedAt);
        this.#owner.requestUpdate();
      }
    } else if (this.#state !== 'done') {
      this.#listen(true);
    }
    this.#arm();
  }

  /**
   * Stops what is in progress; {@link sync} takes up the same interaction again. With `keepPost`
   * (it left the page, or shows another interaction) its own POST goes on till it succeeds or fails for good.
   */
  stop(keepPost?: boolean): void {
    this.#release?.(false);
    this.#expiredDeadline = undefined;
    this.#listen(false);
    clearTimeout(this.#alarm);
    if (keepPost && !this.#record?.hostSubmits) return;
    this.#submission?.abort();
    this.#submission = undefined;
  }

  /** The agent chose `reason`. */
  choose(reason: WrapupReason): void {
    const record = this.#record;
    if (!record || !this.canAct || record.reasonId === reason.id) return;
    record.reasonId = reason.id;
    store.keep(record, clock.now());
    this.#owner.requestUpdate();
    this.#owner.emit(new WrapupSelectEvent(reason));
  }

  /** What the agent typed or chose beside the reason (note, fields, tags); stored by {@link keep}. */
  edit(typed: Pick<WrapupRecord, 'notes' | 'notesSource' | 'fields' | 'tags'>): void {
    if (!this.#record || !this.canAct) return;
    Object.assign(this.#record, typed);
    this.#owner.requestUpdate();
  }

  /** Stores the record as it is now. */
  keep(): void {
    if (this.#record) store.keep(this.#record, clock.now());
  }

  /** Moves the deadline by `extend-seconds`, or cancels the countdown when that is absent. */
  extend(): void {
    const record = this.#record;
    const { extendable, settings } = this.#config();
    if (!extendable || !record || this.deadline == null || !this.canAct) return;
    if (settings.extendSeconds === undefined) record.cancelled = true;
    record.extensions += 1;
    store.keep(record, clock.now());
    this.#expiredDeadline = undefined;
    this.#arm();
    this.#owner.requestUpdate();
    this.#owner.emit(new WrapupExtendEvent(this.deadline ?? null, record.extensions));
  }

  /** A required note is not there yet: the agent's submit waits for it (the countdown's does not). */
  get noteMissing(): boolean {
    return this.#config().notesRequired && !this.#record?.notes?.trim();
  }

  /** Submits the chosen reason, as the Submit button does. */
  submit(): void {
    const reason = this.chosen;
    if (reason && !this.noteMissing) this.#submit(reason);
  }

  /** The host submitted the wrap-up itself and it was accepted. */
  complete(status = 200): void {
    const wrapup = this.#record?.wrapup;
    if (wrapup && this.#state !== 'done') this.#finish(wrapup, status, 0, true);
  }

  /** The host's own submission failed (with this HTTP status, if any). */
  fail(status?: number): void {
    if (!this.#record?.hostSubmits || this.#state !== 'submitting') return;
    this.#record.hostFailed = status ?? 0; // (what another tab or a reload shows: neither calls again)
    this.keep();
    this.#hostCall?.();
    this.#fail({ kind: 'status', status }, true);
  }

  /** Try again after a failure: the same wrap-up (same key; the countdown's too), or the newly chosen reason. */
  retry(): void {
    const pending = this.#record?.wrapup;
    if (this.#state !== 'failed') return;
    this.#reopen();
    if (pending && pending.reasonId === (this.#record!.reasonId ?? pending.reasonId)) this.#resume(pending, true);
    else this.submit();
  }

  // ── the record ────────────────────────────────────────────────────────────────────────
  #start(interactionId: string, endedAt: number | undefined): void {
    this.#record = store.open(interactionId, endedAt, clock.now());
    this.#expiredDeadline = undefined;
    if (this.#record.doneAt !== undefined) {
      this.#state = 'done';
      this.#owner.close();
      return;
    }
    this.#listen(true);
    whenIdle(() => pruneOldRecords(true), LONG_TASK_MS); // after the frame that shows the dialog
    if (this.#record.wrapup) this.#resume(this.#record.wrapup);
  }

  /** Page and clock events matter only while the wrap-up is under way. */
  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    clock[method]('change', this.#onClockChange);
    document[method]('visibilitychange', this.#onClockChange);
    window[method]('storage', this.#onStorage as EventListener);
  }

  /** Another tab of this origin changed the stored record of this interaction: this tab follows. */
  readonly #onStorage = (event: StorageEvent): void => {
    const record = this.#record;
    if (record) followStored(record, event, (latest) => record === this.#record && latest && this.#heard(record, latest));
  };

  /** What another tab stored (its choices are in `record` already): done there, or being sent there. */
  #heard(record: WrapupRecord, latest: WrapupRecord): void {
    this.#sentThere = latest.wrapup ?? this.#sentThere;
    if (latest.doneAt !== undefined) {
      record.doneAt = latest.doneAt;
      this.#finish(this.#sentThere ?? record.wrapup, 200, 0);
      return;
    }
    // The other tab is sending (its body, key, whether its host calls): queue behind its lock,
    // to take over should that tab close, or to show how its host's call ended.
    if (latest.wrapup && this.canAct) this.#resume(Object.assign(record, latest).wrapup!);
    this.#arm();
    this.#owner.requestUpdate();
  }

  // ── the deadline ──────────────────────────────────────────────────────────────────────

  readonly #onClockChange = (): void => {
    this.#arm();
    this.#owner.requestUpdate();
  };

  /** Wakes at the deadline: a deadline, not a count of ticks (a long one wakes early and re-arms). */
  #arm(): void {
    clearTimeout(this.#alarm);
    const deadline = this.deadline;
    if (deadline == null || !this.#record || this.#state === 'done') return;
    if (clock.check()) return askTime(this.#config()); // after a sleep: the clock's change re-arms
    const delay = alarmDelay(deadline, clock.now());
    if (delay) this.#alarm = setTimeout(() => this.#arm(), delay);
    else void this.#expire(deadline);
  }

  /** The deadline passed: in the one tab that takes the wrap-up up (see `takeUp` in `send.ts`). */
  async #expire(deadline: number): Promise<void> {
    // (Not over a body already offered: a failed one waits for the agent's Try again.)
    if (this.#expiredDeadline === deadline || !this.canAct || this.#record!.wrapup) return;
    this.#expiredDeadline = deadline;
    const release = this.#release ?? (await takeUp(this.#record!)); // (held since an earlier deadline)
    if (this.#expiredDeadline !== deadline || !this.canAct || !release) return release?.(false); // stopped, or moved on
    this.#release = (done) => {
      this.#release = undefined;
      release(done);
    };
    if (!this.#owner.emit(new WrapupExpireEvent(deadline, true))) return this.#release?.(false); // the host cancelled it
    // The source sends the default when none was chosen; a reason the agent chose says more.
    const { reasons, defaultReason } = this.#config();
    const reason = this.chosen ?? reasons().get(defaultReason);
    if (reason) this.#submit(reason, deadline);
    else this.#refuse({ kind: 'no-default' });
  }

  // ── submitting ────────────────────────────────────────────────────────────────────────

  /** Submits `reason`; by the agent, or by the countdown when `deadline` is given. */
  #submit(reason: WrapupReason, deadline?: number): void {
    const record = this.#record;
    if (!record || !this.canAct) return;
    const { settings: { interactionId, channel, scenario }, reasons, shown } = this.#config();
    if (!interactionId) return this.#refuse({ kind: 'no-interaction' });
    if (!reasons().get(reason.id)) return; // never POST an id that is not in the list
    const facts = { record, reason, deadline, channel, scenario, interactionId, now: clock.now(), ...shown?.() };
    this.#failure = undefined;
    this.#state = 'submitting';
    this.#owner.requestUpdate();
    // The sender builds the body: at once when it is here, as it is once the page has been idle.
    const sender = loadedSender();
    if (sender) this.#offer(sender.buildWrapup(facts));
    else void this.#sender().then((loaded) => loaded && this.#offer(loaded.buildWrapup(facts)));
  }

  #reopen(): void {
    this.#state = this.#shown ? 'open' : 'idle';
    this.#owner.requestUpdate();
  }

  /** Fires `wrapup-submit` and sends `wrapup` unless the host does; none (a form not complete) reopens. */
  #offer(wrapup: Wrapup | undefined): void {
    if (!wrapup) return this.#reopen();
    const record = this.#record!;
    record.wrapup = wrapup;
    const event = new WrapupSubmitEvent(wrapup, record.idempotencyKey);
    // Cancelled, the host calls its platform, then complete() or fail(); this tab holds the
    // interaction's lock meanwhile, so that no other tab or reload calls again.
    if (!(record.hostSubmits = !this.#owner.emit(event))) void this.#send(wrapup);
    else this.#hostCall = loadedSender()?.hold(record);
    store.keep(record, clock.now());
  }

  /**
   * Takes up a submission that a reload, a move or a failure interrupted: same body, same key.
   * A host call is made again only when the agent `asked` (Try again).
   */
  #resume(wrapup: Wrapup, asked?: boolean): void {
    this.#state = 'submitting';
    this.#owner.requestUpdate();
    if (!this.#record!.hostSubmits) void this.#send(wrapup);
    else if (asked) this.#offer(wrapup);
    else void this.#settle(wrapup);
  }

  /** Waits for a host call that another tab or an earlier page made, and shows how it ended. */
  async #settle(wrapup: Wrapup): Promise<void> {
    const failure = await (await this.#sender())?.settled(wrapup.interactionId, this.#submission!.signal, store);
    if (failure === undefined || this.#state !== 'submitting') return; // stopped, or done meanwhile
    if (failure) this.#fail(failure);
    else this.#finish(wrapup, 200, 0);
  }

  /**
   * POSTs `wrapup` until it succeeds or fails for good. Should the dialog show another interaction
   * meanwhile, only the outcome is told, as about an interaction `away`; a failure also waits in
   * the stored record, as a closed page's does.
   */
  async #send(wrapup: Wrapup): Promise<void> {
    const record = this.#record!;
    const { settings, fetch } = this.#config();
    if (!settings.submitUrl) return this.#fail({ kind: 'no-url' }, true);
    this.#setPhase('sending', 1);
    const loading = this.#sender();
    const controller = this.#submission!;
    const shown = (): boolean => controller === this.#submission; // (not when another took its place)
    const away = (): boolean => this.#record?.interactionId !== record.interactionId; // (shown again, it tells itself)
    const sender = await loading;
    const result = await sender?.send({
      record, store, fetch, signal: controller.signal, submitUrl: settings.submitUrl,
      onPhase: (phase, attempt) => shown() && this.#setPhase(phase, attempt),
      onFailure: (error, attempt, final) => (shown() || (final && away())) && this.#owner.emit(new WrapupErrorEvent(error, attempt, final), !shown()),
    });
    if (controller.signal.aborted || !result) return;
    if (!shown()) {
      if (result.ok && away()) this.#owner.emit(new WrapupCompleteEvent(wrapup, result.status, result.attempts), true);
      return;
    }
    this.#submission = undefined;
    if (result.ok) this.#finish(wrapup, result.status, result.attempts);
    else this.#fail({ kind: 'status', status: result.error.status });
  }

  /** The sender, once loaded (offline, the wrap-up waits for it), for a submission in place of any before it; undefined when stopped meanwhile. */
  async #sender(): Promise<ReturnType<typeof loadedSender>> {
    this.#submission?.abort();
    const controller = (this.#submission = new AbortController());
    const sender = await senderWhenOnline(controller.signal, () => controller === this.#submission && this.#setPhase('offline', 0));
    return controller.signal.aborted ? undefined : sender;
  }

  #setPhase(phase: SubmissionPhase, attempt: number): void {
    this.#phase = phase;
    this.#state = phase === 'sending' && attempt <= 1 ? 'submitting' : 'retrying';
    this.#owner.requestUpdate();
  }

  /** The submission failed; `say` fires `wrapup-error` too (the sender fired its attempts' own). */
  #fail(failure: Failure, say = false): void {
    this.#state = 'failed';
    this.#phase = undefined;
    this.#refuse(failure, say);
  }

  /** Says why nothing was sent, to the agent and as `wrapup-error`; the agent may still act. */
  #refuse(failure: Failure, say = true): void {
    this.#failure = failure;
    this.#owner.requestUpdate();
    if (say) reportFailure(failure, (error) => this.#owner.emit(new WrapupErrorEvent(error, 0, true)));
  }

  /**
   * Done: `sentHere` is false when another tab sent it. The note, fields, tags and body leave
   * memory with the event; without a body (another tab sent one this tab never saw) the dialog just closes.
   */
  #finish(wrapup: Wrapup | undefined, status: number, attempts: number, sentHere = attempts > 0): void {
    this.#submission?.abort(); // (a POST of this tab's in flight must not complete it again)
    this.#release?.(true);
    this.#hostCall?.();
    this.#record!.doneAt ??= clock.now();
    store.keep(this.#record!, clock.now());
    clearTimeout(this.#alarm);
    this.#listen(false);
    this.#state = 'done';
    this.#phase = undefined;
    this.#record = withoutCustomerData(this.#record!);
    this.#sentThere = undefined;
    this.#owner.close();
    this.#owner.requestUpdate();
    if (wrapup) this.#owner.emit(new WrapupCompleteEvent(wrapup, status, attempts, sentHere));
  }
}
