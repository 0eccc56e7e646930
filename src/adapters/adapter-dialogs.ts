/**
 * What every platform adapter does with its dialogs, in one place: one `<wrapup-dialog>` per
 * interaction, made in the host's container; its `wrapup-submit` cancelled (no POST) and handed
 * to the platform's call, which is tried again as the POST would be (backoff with jitter, the
 * platform's retry hint honoured, final on other 4xx), with `wrapup-error` per attempt; its
 * promise completes or fails the dialog; removed once done.
 */
import type { WrapupDialog } from '../dialog/wrapup-dialog.js';
import type { WrapupSummary } from '../types.js';
import { WrapupError, WrapupErrorEvent, type WrapupSubmitEvent } from '../events.js';
import { clock } from '../time/clock.js';
import { afterFailure, classifyStatus, type Verdict } from '../wrapup/retry-policy.js';

/** The platform's call for a wrap-up: resolves once the platform has it. */
export type PlatformSubmit = (detail: WrapupSubmitEvent['detail']) => Promise<unknown>;

/**
 * What a platform's rejection says: its HTTP status and retry hint (`Retry-After`) when it has
 * them; `final` when it is the platform's answer rather than a failure to reach it (without a
 * status it is tried again, as a lost network is); `reason`: the platform's code for it (an
 * error type, a reason code), never an error message's text, which may echo the notes it was sent.
 */
export interface PlatformFailure {
  status?: number | undefined;
  retryAfter?: string | null | undefined;
  final?: boolean;
  reason?: string | undefined;
}

/**
 * Summaries kept for interactions with no open dialog yet, the oldest dropped first: one the
 * platform never ends here (another agent's, a wrong id) is not kept for the whole shift.
 */
export const MAX_PENDING_SUMMARIES = 20;

/** The platform's call is tried at most this many times before the agent is asked to try again. */
export const MAX_ATTEMPTS = 5;

/**
 * A rejection as most SDKs make it: an HTTP status on the error, a `Response`, or its `headers`.
 * (Its message is left out: customer data never goes into an error, and it may hold some.)
 */
export function failureOf(error: unknown): PlatformFailure {
  const { status, headers } = (error ?? {}) as { status?: unknown; headers?: unknown };
  const hint = headers instanceof Headers ? headers.get('retry-after') : (headers as Record<string, string> | undefined)?.['retry-after'];
  return { ...(typeof status === 'number' && { status }), ...(typeof hint === 'string' && { retryAfter: hint }) };
}

/**
 * What an adapter's `connect…()` returns: the function that disconnects it, which also feeds a
 * platform's own draft of the notes (Webex's wrap-up summary, Genesys Copilot, Flex Copilot,
 * Contact Lens) to the dialog of `interactionId` as its `summary`, now or once it opens.
 */
export type AdapterConnection = (() => void) & {
  summarize(interactionId: string, summary: WrapupSummary): void;
};

/** The dialogs an adapter keeps, by interaction id. */
export class AdapterDialogs {
  readonly #dialogs = new Map<string, WrapupDialog>();
  /** Summaries fed before their dialog opened. */
  readonly #summaries = new Map<string, WrapupSummary>();
  readonly #container: Element;
  readonly #tagName: string;

  constructor(container: Element, tagName: string) {
    [this.#container, this.#tagName] = [container, tagName];
  }

  has(id: string): boolean {
    return this.#dialogs.has(id);
  }

  get(id: string): WrapupDialog | undefined {
    return this.#dialogs.get(id);
  }

  /**
   * A dialog for `id`, kept from now on (not yet on the page: see {@link show}). Its wrap-up
   * goes to `submit`, tried again while `describe` finds a rejection worth it; the last one
   * fails the dialog with its HTTP status, if any.
   */
  create(id: string, submit: PlatformSubmit, describe: (error: unknown) => PlatformFailure = failureOf): WrapupDialog {
    const dialog = document.createElement(this.#tagName) as WrapupDialog;
    this.#dialogs.set(id, dialog);
    dialog.addEventListener('wrapup-submit', (event) => {
      event.preventDefault(); // the platform takes it: no POST
      const { detail } = event;
      const started = clock.now();
      const attempt = (n: number): void => {
        // (A call that throws at once, or answers with no promise, is an answer like any other.)
        void Promise.resolve()
          .then(() => submit(detail))
          .then(
            () => dialog.complete(),
            (error: unknown) => {
              if (this.#dialogs.get(id) !== dialog) return; // done elsewhere meanwhile
              const { status, retryAfter, final, reason } = describe(error);
              const verdict: Verdict = final ? { kind: 'final' } : status === undefined ? { kind: 'retry' } : classifyStatus(status, retryAfter ?? null, clock.now());
              const { final: last, delayMs } = afterFailure(n, verdict, started, clock.now(), { maxAttempts: MAX_ATTEMPTS });
              // The last one is the dialog's to tell (`fail` fires it, final, in the agent's words).
              if (last) return dialog.fail(status);
              const said = `the platform did not take the wrap-up${status === undefined ? '' : ` (${status})`}${reason ? `: ${reason}` : ''}`;
              dialog.dispatchEvent(new WrapupErrorEvent(new WrapupError(said, undefined, status), n, false));
              setTimeout(() => this.#dialogs.get(id) === dialog && attempt(n + 1), delayMs);
            },
          );
      };
      attempt(1);
    });
    dialog.addEventListener('wrapup-complete', () => this.remove(id));
    return dialog;
  }

  /**
   * Gives `dialog` its settings, opens it and puts it on the page; not when it is no longer
   * `id`'s (done or removed while the adapter waited for the platform).
   */
  show(id: string, dialog: WrapupDialog, settings: Partial<WrapupDialog>): void {
    if (this.#dialogs.get(id) !== dialog) return;
    Object.assign(dialog, settings, { open: true });
    const summary = this.#summaries.get(id);
    if (summary) this.summarize(id, summary);
    this.#container.append(dialog);
  }

  /** Shows `summary` in `id`'s notes (a field is added where there is none), now or once it opens. */
  summarize(id: string, summary: WrapupSummary): void {
    const dialog = this.#dialogs.get(id);
    if (!dialog?.open) {
      this.#summaries.delete(id); // (so that it is the newest)
      this.#summaries.set(id, summary);
      if (this.#summaries.size > MAX_PENDING_SUMMARIES) this.#summaries.delete(this.#summaries.keys().next().value!);
      return;
    }
    this.#summaries.delete(id);
    dialog.notes ??= 'optional';
    dialog.summary = summary;
  }

  /** What an adapter returns: `disconnect`, which also feeds summaries (see {@link AdapterConnection}). */
  connection(disconnect: () => void): AdapterConnection {
    return Object.assign(disconnect, { summarize: (id: string, summary: WrapupSummary) => this.summarize(id, summary) });
  }

  /** Removes `id`'s dialog, if any. */
  remove(id: string): void {
    this.#dialogs.get(id)?.remove();
    this.#dialogs.delete(id);
    this.#summaries.delete(id);
  }

  /** Removes every dialog (the adapter disconnects). */
  clear(): void {
    for (const id of [...this.#dialogs.keys()]) this.remove(id);
    this.#summaries.clear();
  }
}
