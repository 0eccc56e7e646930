/**
 * Sending a wrap-up from this tab: the rare path, loaded as a sibling chunk the first time a
 * wrap-up starts (see `loadSender` in `interaction-wrapup.ts`), so the drop-in does not carry
 * the retry loop and the cross-tab locks until an interaction needs them.
 *
 * One tab at a time sends a given interaction's wrap-up: it holds the interaction's Web Lock
 * for the whole submission; a tab that gets the lock after another succeeded finds it done
 * (in storage, or by the shared "done" lock) and sends nothing.
 */
import { clock } from '../clock.js';
import type { WrapupError } from '../events.js';
import type { WrapupStore } from '../store.js';
import { submitUrlFor } from '../settings.js';
import { postWrapup, submitWrapup, type FetchLike, type SubmissionPhase, type SubmissionResult } from '../submission.js';
import type { Wrapup } from '../types.js';
import { withClaim } from './tab-claim.js';

/**
 * One attempt now, kept alive past the page's unload (from `pagehide`); nothing can be done
 * with its outcome, and the stored submission resumes on return.
 */
export function sendNow(fetch: FetchLike, template: string, wrapup: Wrapup, idempotencyKey: string): void {
  postWrapup(fetch, submitUrlFor(template, wrapup.interactionId), wrapup, idempotencyKey).catch(() => {});
}

/** How long a finished wrap-up's shared "done" lock is held. */
export const DONE_LOCK_MS = 10_000;

/** What {@link send} needs to know and whom it tells. */
export interface SendOptions {
  url: string;
  wrapup: Wrapup;
  store: WrapupStore;
  fetch: FetchLike;
  signal: AbortSignal;
  /** The key of a first attempt; a stored key (from another tab or a reload) wins. */
  idempotencyKey: string;
  onPhase: (phase: SubmissionPhase, attempt: number) => void;
  onFailure: (error: WrapupError, attempt: number, final: boolean) => void;
  /** Called inside the lock on success, before the next tab may take it. */
  onDone: (status: number) => void;
}

/**
 * Sends `wrapup` holding the interaction's lock. `undefined` when aborted while waiting for
 * the lock; `attempts: 0` when another tab had already sent it.
 */
export async function send(options: SendOptions): Promise<SubmissionResult | undefined> {
  const { wrapup, store, signal } = options;
  const lockName = `wrapup-elements:${wrapup.interactionId}`;
  return withLock(lockName, signal, async () => {
    const latest = store.load(wrapup.interactionId);
    if (latest?.doneAt !== undefined) return { ok: true, status: latest.doneStatus ?? 200, attempts: 0 };
    if (await isMarkedDone(lockName)) return { ok: true, status: 200, attempts: 0 };
    const outcome = await submitWrapup({
      url: options.url,
      wrapup,
      idempotencyKey: latest?.idempotencyKey ?? options.idempotencyKey,
      fetch: options.fetch,
      clock,
      signal,
      network: { get onLine() { return navigator.onLine; }, target: window },
      onPhase: options.onPhase,
      onFailure: options.onFailure,
    });
    // Marked before the lock is released, so the next tab to take it finds the wrap-up done.
    // localStorage reaches other tabs asynchronously; the lock manager does not.
    if (outcome.ok && !signal.aborted) {
      options.onDone(outcome.status);
      markDone(lockName);
    }
    return outcome;
  });
}

/**
 * Runs `task` holding the Web Lock `name`, so that one tab at a time does it; without Web Locks
 * (an insecure context, an old browser) holding a claim on a BroadcastChannel instead.
 * Undefined when aborted while waiting.
 */
async function withLock<T>(name: string, signal: AbortSignal, task: () => Promise<T>): Promise<T | undefined> {
  if (!navigator.locks) return withClaim(name, signal, task);
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
