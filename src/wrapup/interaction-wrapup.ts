/**
 * One interaction's wrap-up, without any rendering: its stored record (when it ended, the
 * extensions, the agent's choice, the idempotency key, a pending submission, done), the
 * auto wrap-up deadline and its alarm, and the steps of its life — choose, extend, expire,
 * submit, complete, fail — with cross-tab sync through storage.
 *
 * `<wrapup-dialog>` owns one and renders what it says; the submission loop itself is loaded
 * lazily (`send.ts`). Nothing here reads the DOM beyond `window`'s events, so a unit test
 * drives it with a plain `EventTarget` as its host.
 */
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
import type { ReasonIndex } from '../reasons.js';
import { submitUrlFor, type Settings } from '../settings.js';
import { WrapupStore, type WrapupRecord } from '../store.js';
import type { FetchLike, SubmissionPhase } from '../submission.js';
import type { Wrapup, WrapupReason, WrapupState } from '../types.js';

/** Seconds before the deadline at which the agent is warned (WCAG 2.2.1 asks for 20). */
export const WARNING_SECONDS = 20;
/** `setTimeout` runs a longer delay at once; a later alarm wakes at this and re-arms. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** The page's one store of wrap-up records. */
export const store = new WrapupStore();

type Sender = typeof import('./send.js');
let sender: Promise<Sender> | undefined;

/**
 * The submission code, loaded once per page; a failed load (the network is down) is tried
 * again on the next call.
 */
export function loadSender(): Promise<Sender> {
  return (sender ??= import('./send.js').catch((error: unknown) => {
    sender = undefined;
    throw error;
  }));
}

/** Why a wrap-up could not be sent, for the view to put into words. */
export type Failure =
  | { kind: 'no-interaction' }
  | { kind: 'no-url' }
  | { kind: 'no-default' }
  /** The server refused it, or could not be reached (`status` undefined). */
  | { kind: 'status'; status?: number };

/** Something the agent should hear, for the view to put into words. */
export type Notice =
  | { kind: 'warning'; secondsLeft: number }
  | { kind: 'extended'; secondsLeft: number }
  | { kind: 'cancelled' };

/** What the wrap-up needs from the element that shows it. */
export interface WrapupHost {
  /** Where the wrap-up's events are fired: the element. */
  readonly target: EventTarget;
  /** Something the view shows has changed. */
  requestUpdate(): void;
  /** Says `notice` to the agent (a polite live region). */
  announce(notice: Notice): void;
  /** The wrap-up is done: stop showing it. */
  close(): void;
}

/** What the host configured, as the element checked it. */
export interface WrapupConfig {
  settings: Settings;
  reasons: ReasonIndex;
  defaultReason: string | undefined;
  extendable: boolean;
  fetch: FetchLike;
}

/** The wrap-up of one interaction, from its end to the accepted POST. */
export class InteractionWrapup {
  readonly #host: WrapupHost;
  /** Read on every use: the element's settings may change at any time. */
  readonly #config: () => WrapupConfig;
  #record: WrapupRecord | undefined;
  #state: WrapupState = 'idle';
  #shown = false;
  #phase: SubmissionPhase | undefined;
  #failure: Failure | undefined;
  #warned = false;
  #alarm: ReturnType<typeof setTimeout> | undefined;
  #expiredDeadline: number | undefined;
  #submission: AbortController | undefined;
  #listening = false;

  constructor(host: WrapupHost, config: () => WrapupConfig) {
    this.#host = host;
    this.#config = config;
  }

  /** Where the wrap-up is in its life. */
  get state(): WrapupState {
    return this.#state;
  }

  /** The stored record, once the wrap-up has started. */
  get record(): Readonly<WrapupRecord> | undefined {
    return this.#record;
  }

  /** How the submission in flight is going: sending, waiting to retry, or offline. */
  get phase(): SubmissionPhase | undefined {
    return this.#phase;
  }

  /** Why the last submission failed, until the next one. */
  get failure(): Failure | undefined {
    return this.#failure;
  }

  /** Whether the deadline is less than {@link WARNING_SECONDS} away. */
  get warning(): boolean {
    return this.#warned && this.deadline != null;
  }

  /** Epoch ms the interaction ended, once known. */
  get endedAt(): number | undefined {
    return this.#record?.endedAt ?? this.#config().settings.endedAt;
  }

  /** The auto wrap-up deadline in epoch ms (server time); null when cancelled; undefined when none. */
  get deadline(): number | null | undefined {
    const { autoWrapup, extendSeconds } = this.#config().settings;
    const endedAt = this.endedAt;
    if (!autoWrapup || endedAt === undefined) return undefined;
    const record = this.#record;
    if (record?.cancelled) return null;
    return endedAt + (autoWrapup + (record?.extensions ?? 0) * (extendSeconds ?? 0)) * 1000;
  }

  /** The reason the agent chose, while it is in the list. */
  get chosen(): WrapupReason | undefined {
    return this.#config().reasons.get(this.#record?.reasonId);
  }

  /** Whether the agent (or the countdown) may act: nothing is in flight and it is not done. */
  get canAct(): boolean {
    return this.#state === 'idle' || this.#state === 'open' || this.#state === 'failed';
  }

  /**
   * Whether the dialog is shown. A wrap-up starts the first time it is shown, or as soon as
   * its `ended-at` is known; from then on its deadline holds whether it is shown or not.
   */
  show(shown: boolean): void {
    this.#shown = shown;
    if (shown && this.#state === 'idle') this.#state = 'open';
    if (!shown && this.#state === 'open') this.#state = 'idle';
    this.sync();
  }

  /**
   * Takes up the element's settings: starts the wrap-up when it is due to, loads the record of
   * a new interaction id, takes up a submission that {@link stop} interrupted, and re-arms the
   * alarm.
   */
  sync(): void {
    const { interactionId = '', endedAt } = this.#config().settings;
    let record = this.#record;
    if (record && record.interactionId !== interactionId) {
      this.stop();
      record = this.#record = undefined;
      this.#state = this.#shown ? 'open' : 'idle';
      this.#failure = undefined;
    }
    if (!record) {
      if (this.#shown || endedAt !== undefined) {
        this.#start(interactionId, endedAt);
        this.#host.requestUpdate();
      }
    } else if (this.#state !== 'done') {
      this.#listen(true);
      const moved = record.wrapup && !record.hostSubmits && !this.#submission && (this.#state === 'submitting' || this.#state === 'retrying');
      if (moved) void this.#send(record.wrapup!);
    }
    this.#arm();
  }

  /** Stops everything in progress (the element left the page); {@link sync} takes it up again. */
  stop(): void {
    this.#listen(false);
    clearTimeout(this.#alarm);
    this.#submission?.abort();
    this.#submission = undefined;
  }

  /** The agent chose `reason`. */
  choose(reason: WrapupReason): void {
    const record = this.#record;
    if (!record || !this.canAct || record.reasonId === reason.id) return;
    record.reasonId = reason.id;
    this.#save();
    this.#host.requestUpdate();
    this.#host.target.dispatchEvent(new WrapupSelectEvent(reason));
  }

  /** Moves the deadline by `extend-seconds`, or cancels the countdown when that is absent. */
  extend(): void {
    const record = this.#record;
    const { extendable, settings } = this.#config();
    if (!extendable || !record || this.deadline == null || !this.canAct) return;
    if (settings.extendSeconds === undefined) record.cancelled = true;
    record.extensions += 1;
    this.#save();
    this.#warned = false;
    this.#expiredDeadline = undefined;
    this.#arm();
    this.#host.requestUpdate();
    const deadline = this.deadline ?? null;
    this.#host.announce(
      deadline === null ? { kind: 'cancelled' } : { kind: 'extended', secondsLeft: Math.ceil((deadline - clock.now()) / 1000) },
    );
    this.#host.target.dispatchEvent(new WrapupExtendEvent(deadline, record.extensions));
  }

  /** Submits the chosen reason, as the Submit button does. */
  submit(): void {
    const reason = this.chosen;
    if (reason) this.#submit(reason, false);
  }

  /** The host submitted the wrap-up itself and it was accepted. */
  complete(status = 200): void {
    const wrapup = this.#record?.wrapup;
    if (!wrapup || this.#state === 'done') return;
    // The element's own POST, if one is in flight, must not complete it a second time.
    this.#submission?.abort();
    this.#finish(wrapup, status, 0);
  }

  /** The host's own submission failed (with this HTTP status, if any). */
  fail(status?: number): void {
    if (!this.#record?.hostSubmits || this.#state !== 'submitting') return;
    this.#fail({ kind: 'status', status }, new WrapupError("the host's own submission failed", undefined, status));
  }

  /** Try again after a failure: the same wrap-up (same key), or the newly chosen reason. */
  retry(): void {
    const pending = this.#record?.wrapup;
    if (this.#state !== 'failed') return;
    this.#state = this.#shown ? 'open' : 'idle';
    if (pending && pending.reasonId === this.#record?.reasonId) this.#resume(pending);
    else this.submit();
  }

  /** Reports a problem to the host as a `wrapup-error`. */
  report(error: WrapupError, attempt = 0, final = true): void {
    this.#host.target.dispatchEvent(new WrapupErrorEvent(error, attempt, final));
  }

  // ── the record ────────────────────────────────────────────────────────────────────────

  #start(interactionId: string, endedAt: number | undefined): void {
    const now = clock.now();
    const stored = interactionId ? store.load(interactionId) : undefined;
    this.#record = stored
      ? { ...stored, endedAt: endedAt ?? stored.endedAt }
      : { interactionId, endedAt: endedAt ?? now, extensions: 0, cancelled: false, idempotencyKey: crypto.randomUUID(), updatedAt: now };
    this.#save();
    store.prune(now);
    this.#expiredDeadline = undefined;
    this.#warned = false;
    if (this.#record.doneAt !== undefined) {
      this.#state = 'done';
      this.#host.close();
      return;
    }
    this.#listen(true);
    void loadSender().catch(() => {}); // ready before it is needed, should the network go
    if (this.#record.wrapup) this.#resume(this.#record.wrapup);
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

  /** Page and clock events matter only while the wrap-up is under way. */
  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    clock[method]('change', this.#onClockChange);
    document[method]('visibilitychange', this.#onClockChange);
    window[method]('storage', this.#onStorage as EventListener);
    window[method]('pagehide', this.#onPageHide);
  }

  /** Another tab of this origin changed the stored record of this interaction. */
  readonly #onStorage = (event: StorageEvent): void => {
    const record = this.#record;
    if (!record?.interactionId || event.key !== WrapupStore.keyOf(record.interactionId)) return;
    const latest = store.load(record.interactionId);
    if (!latest) return;
    if (latest.doneAt !== undefined && latest.wrapup && this.#state !== 'done') {
      this.#record = latest;
      this.#submission?.abort();
      this.#finish(latest.wrapup, latest.doneStatus ?? 200, 0);
      return;
    }
    Object.assign(record, { reasonId: latest.reasonId, extensions: latest.extensions, cancelled: latest.cancelled });
    if (latest.wrapup && !latest.hostSubmits && this.canAct) {
      // The other tab is sending; queue behind its lock, to take over should that tab close.
      record.wrapup = latest.wrapup;
      record.idempotencyKey = latest.idempotencyKey;
      this.#resume(latest.wrapup);
    }
    this.#arm();
    this.#host.requestUpdate();
  };

  /** The page is going away: a submission waiting for its next attempt goes now, kept alive. */
  readonly #onPageHide = (): void => {
    const record = this.#record;
    const { settings, fetch } = this.#config();
    const template = settings.submitUrl;
    const wrapup = record?.wrapup;
    if (this.#state !== 'retrying' || !wrapup || !template) return;
    // The sender is loaded (it is retrying), so this runs before the page goes.
    void loadSender()
      .then(({ postWrapup }) => postWrapup(fetch, submitUrlFor(template, wrapup.interactionId), wrapup, record.idempotencyKey))
      .catch(() => {
        // Nothing can be done while the page unloads; the stored submission resumes on return.
      });
  };

  // ── the deadline ──────────────────────────────────────────────────────────────────────

  readonly #onClockChange = (): void => {
    this.#arm();
    this.#host.requestUpdate();
  };

  /** Wakes at the warning point and at the deadline; a deadline, not a count of ticks. */
  #arm(): void {
    clearTimeout(this.#alarm);
    this.#alarm = undefined;
    const deadline = this.deadline;
    if (deadline == null || !this.#record || this.#state === 'done') return;
    const now = clock.now();
    const warnAt = deadline - WARNING_SECONDS * 1000;
    if (now >= deadline) {
      this.#expire(deadline);
      return;
    }
    if (now >= warnAt && !this.#warned) {
      this.#warned = true;
      this.#host.requestUpdate();
      if (this.#shown) this.#host.announce({ kind: 'warning', secondsLeft: Math.ceil((deadline - now) / 1000) });
    }
    const next = now < warnAt ? warnAt : deadline;
    this.#alarm = setTimeout(() => this.#arm(), Math.min(MAX_TIMEOUT_MS, next - now));
  }

  #expire(deadline: number): void {
    if (this.#expiredDeadline === deadline || !this.canAct) return;
    this.#expiredDeadline = deadline;
    const event = new WrapupExpireEvent(deadline, true);
    this.#host.target.dispatchEvent(event);
    if (event.defaultPrevented) return;
    // The source sends the default reason when none was chosen; a reason the agent already
    // chose says more about the interaction than the default, so that one goes out.
    const { reasons, defaultReason } = this.#config();
    const reason = this.chosen ?? reasons.get(defaultReason);
    if (reason) {
      this.#submit(reason, true);
    } else {
      this.#failure = { kind: 'no-default' };
      this.#host.requestUpdate();
      this.report(new WrapupError('auto wrap-up is due but there is no valid default-reason', 'default-reason'));
    }
  }

  // ── submitting ────────────────────────────────────────────────────────────────────────

  #submit(reason: WrapupReason, auto: boolean): void {
    const record = this.#record;
    if (!record || !this.canAct) return;
    const { settings, reasons } = this.#config();
    const { interactionId, channel, scenario } = settings;
    if (!interactionId) {
      this.#failure = { kind: 'no-interaction' };
      this.#host.requestUpdate();
      this.report(new WrapupError('interaction-id is missing or invalid; nothing was sent', 'interaction-id'));
      return;
    }
    if (!reasons.get(reason.id)) return; // never POST an id that is not in the list
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
    this.#failure = undefined;
    this.#state = 'submitting';
    this.#host.requestUpdate();
    const event = new WrapupSubmitEvent(wrapup);
    this.#host.target.dispatchEvent(event);
    record.hostSubmits = event.defaultPrevented;
    this.#save();
    if (!event.defaultPrevented) void this.#send(wrapup);
    // Otherwise the host submits itself and calls complete() or fail().
  }

  /** Takes up a submission that a reload, a move or a failure interrupted: same body, same key. */
  #resume(wrapup: Wrapup): void {
    this.#state = 'submitting';
    this.#host.requestUpdate();
    if (this.#record?.hostSubmits) {
      const event = new WrapupSubmitEvent(wrapup);
      this.#host.target.dispatchEvent(event);
      if (event.defaultPrevented) return;
    }
    void this.#send(wrapup);
  }

  async #send(wrapup: Wrapup): Promise<void> {
    const record = this.#record!;
    const { settings, fetch } = this.#config();
    if (!settings.submitUrl) {
      this.#fail({ kind: 'no-url' }, new WrapupError('submit-url is missing; nothing was sent', 'submit-url'));
      return;
    }
    this.#submission?.abort();
    const controller = (this.#submission = new AbortController());
    this.#setPhase('sending', 1);
    let result;
    try {
      const { send } = await loadSender();
      if (controller.signal.aborted) return;
      result = await send({
        url: submitUrlFor(settings.submitUrl, wrapup.interactionId),
        wrapup,
        store,
        fetch,
        signal: controller.signal,
        idempotencyKey: record.idempotencyKey,
        onPhase: (phase, attempt) => this.#setPhase(phase, attempt),
        onFailure: (error, attempt, final) => this.report(error, attempt, final),
        onDone: (status) => this.#markDone(status),
      });
    } catch {
      // The submission code could not be loaded: offline from the start. Try again when the
      // browser is back online.
      if (controller.signal.aborted) return;
      this.#setPhase('offline', 0);
      window.addEventListener('online', () => this.#submission === controller && void this.#send(wrapup), { once: true });
      return;
    }
    if (controller.signal.aborted || !result) return;
    this.#submission = undefined;
    if (result.ok) this.#finish(wrapup, result.status, result.attempts);
    else this.#fail({ kind: 'status', status: result.error.status });
  }

  #setPhase(phase: SubmissionPhase, attempt: number): void {
    this.#phase = phase;
    this.#state = phase === 'sending' && attempt <= 1 ? 'submitting' : 'retrying';
    this.#host.requestUpdate();
  }

  #fail(failure: Failure, error?: WrapupError): void {
    this.#state = 'failed';
    this.#phase = undefined;
    this.#failure = failure;
    this.#host.requestUpdate();
    if (error) this.report(error);
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
    this.#listen(false);
    this.#state = 'done';
    this.#phase = undefined;
    this.#host.close();
    this.#host.requestUpdate();
    this.#host.target.dispatchEvent(new WrapupCompleteEvent(wrapup, status, attempts));
  }
}
