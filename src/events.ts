/**
 * Every event the elements fire, as classes whose constructors fix the name, `bubbles`,
 * `composed` and `cancelable`, so no call site can get them wrong; and their declarations in
 * `GlobalEventHandlersEventMap`, so hosts get typed listeners.
 */
import type { Wrapup, WrapupReason } from './types.js';

const options = { bubbles: true, composed: true } as const;

/**
 * What every `<wrapup-dialog>` event's detail carries besides its own fields: the dialog's
 * `subject` (which interaction it is, for the agent), when it has one.
 */
export interface WrapupEventDetail {
  subject?: string;
}

/** The agent chose a reason. */
export class WrapupSelectEvent extends CustomEvent<WrapupEventDetail & { reason: WrapupReason }> {
  constructor(reason: WrapupReason) {
    super('wrapup-select', { ...options, detail: { reason } });
  }
}

/** The countdown was cancelled (`deadline: null`) or moved later. */
export class WrapupExtendEvent extends CustomEvent<WrapupEventDetail & { deadline: number | null; extensions: number }> {
  constructor(deadline: number | null, extensions: number) {
    super('wrapup-extend', { ...options, detail: { deadline, extensions } });
  }
}

/**
 * The countdown reached zero. On `<wrapup-dialog>` it is cancelable: cancelling stops the
 * automatic submit of the default reason.
 */
export class WrapupExpireEvent extends CustomEvent<WrapupEventDetail & { deadline: number }> {
  constructor(deadline: number, cancelable = false) {
    super('wrapup-expire', { ...options, cancelable, detail: { deadline } });
  }
}

/**
 * The wrap-up is about to be POSTed; cancel it to submit it yourself (with the same
 * `idempotencyKey`, if your API takes one).
 */
export class WrapupSubmitEvent extends CustomEvent<WrapupEventDetail & { wrapup: Wrapup; idempotencyKey: string }> {
  constructor(wrapup: Wrapup, idempotencyKey: string) {
    super('wrapup-submit', { ...options, cancelable: true, detail: { wrapup, idempotencyKey } });
  }
}

/**
 * The wrap-up was accepted. Fires in every tab that shows it; `sentHere` is false where another
 * tab sent it (`attempts` is then 0).
 */
export class WrapupCompleteEvent extends CustomEvent<WrapupEventDetail & { wrapup: Wrapup; status: number; attempts: number; sentHere: boolean }> {
  constructor(wrapup: Wrapup, status: number, attempts: number, sentHere = true) {
    super('wrapup-complete', { ...options, detail: { wrapup, status, attempts, sentHere } });
  }
}

/** What went wrong: a failed attempt, or input that the element cannot use. */
export class WrapupError extends Error {
  override name = 'WrapupError';
  /** The interaction whose POST failed, for a failed attempt (a dialog may show another by then). */
  interactionId?: string;
  /**
   * @param message - a sentence for the host developer's console.
   * @param field - the attribute or property at fault, for input errors.
   * @param status - the HTTP status of a failed attempt, when there was a response.
   */
  constructor(
    message: string,
    readonly field?: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** An attempt failed (`final` says whether more will follow), or input was invalid. */
export class WrapupErrorEvent extends CustomEvent<
  WrapupEventDetail & { error: WrapupError; attempt: number; final: boolean; field?: string }
> {
  constructor(error: WrapupError, attempt: number, final: boolean) {
    const detail = { error, attempt, final, ...(error.field && { field: error.field }) };
    super('wrapup-error', { ...options, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wrapup-select': WrapupSelectEvent;
    'wrapup-extend': WrapupExtendEvent;
    'wrapup-expire': WrapupExpireEvent;
    'wrapup-submit': WrapupSubmitEvent;
    'wrapup-complete': WrapupCompleteEvent;
    'wrapup-error': WrapupErrorEvent;
  }
}
