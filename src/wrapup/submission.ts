/**
 * Sending one wrap-up until it succeeds or fails for good.
 *
 * Every attempt carries the same `Idempotency-Key`, so a server that honours it completes the
 * interaction once however many attempts reach it. Attempts are timed out, retried on the
 * schedule of `retry-policy.ts`, held while the browser is offline, and stop on success, on a
 * final status, on the caller's abort, or when the retry budget is spent.
 */
import type { Clock } from '../time/clock.js';
import { WrapupError } from '../events.js';
import { afterFailure, classifyStatus, defaultRetryPolicy, retryDelay, type RetryPolicy, type Verdict } from './retry-policy.js';
import type { Wrapup } from '../types.js';

/** The fetch the host plugs in; `globalThis.fetch` by default. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** What the submission reports as it goes. */
export type SubmissionPhase = 'sending' | 'waiting' | 'offline';

export interface SubmissionOptions {
  url: string;
  wrapup: Wrapup;
  idempotencyKey: string;
  fetch: FetchLike;
  /** The page clock; a `Date` header's estimate of server time goes to its `estimate()`, when it has one. */
  clock: Clock & { estimate?(serverNow: number, uncertainty: number): boolean };
  /** Stops the submission: no further attempt, the one in flight is aborted. */
  signal?: AbortSignal;
  policy?: RetryPolicy;
  random?: () => number;
  /** Whether the browser thinks it is online, and where it says it came back. */
  network?: { readonly onLine: boolean; target: EventTarget };
  /** Called as the submission moves between sending, waiting for a retry, and offline. */
  onPhase?: (phase: SubmissionPhase, attempt: number) => void;
  /** Called after each failed attempt; `final` is true when no attempt will follow. */
  onFailure?: (error: WrapupError, attempt: number, final: boolean) => void;
}

/**
 * What an HTTP `Date` header says of server time at `receivedAt` (a local reading, as is
 * `sentAt`): `[serverNow, uncertainty]`, or undefined when the header is missing or unreadable.
 * The server read its clock somewhere between sending and receiving, and the header drops the
 * milliseconds: server time at receipt lies in [header, header + 1 s + round trip]. A local
 * clock within that range is taken as right; one outside it, the middle of the range.
 */
export function dateHeaderEstimate(header: string | null, sentAt: number, receivedAt: number): [number, number] | undefined {
  const low = header ? Date.parse(header) : NaN;
  const high = low + 1000 + (receivedAt - sentAt);
  if (!Number.isFinite(low) || receivedAt < sentAt) return undefined;
  return [receivedAt >= low && receivedAt <= high ? receivedAt : (low + high) / 2, (high - low) / 2];
}

export type SubmissionResult =
  | { ok: true; status: number; attempts: number }
  | { ok: false; error: WrapupError; attempts: number; aborted: boolean };

/** Waits `ms` on the page's timers (so tests can move them), or until aborted / `wake` fires. */
function wait(ms: number, signal: AbortSignal | undefined, wake?: { target: EventTarget; type: string }): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      wake?.target.removeEventListener(wake.type, done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    wake?.target.addEventListener(wake.type, done, { once: true });
  });
}

/** The "wrap-up complete" POST of the contract, kept alive past the page's unload. */
export function postWrapup(
  fetch: FetchLike,
  url: string,
  wrapup: Wrapup,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(wrapup),
    keepalive: true,
    ...(signal ? { signal } : {}),
  });
}

/** One attempt: the POST, aborted after `timeoutMs` or with `signal`. */
async function attempt(options: SubmissionOptions, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  // A plain timer rather than AbortSignal.timeout(): the page's timers are what tests move.
  const timer = setTimeout(() => controller.abort(new DOMException('The attempt timed out', 'TimeoutError')), timeoutMs);
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await postWrapup(options.fetch, options.url, options.wrapup, options.idempotencyKey, controller.signal);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** Sends the wrap-up until it succeeds, fails for good, or is aborted. Never throws. */
export async function submitWrapup(options: SubmissionOptions): Promise<SubmissionResult> {
  const { clock, signal, onPhase, onFailure } = options;
  const policy = options.policy ?? defaultRetryPolicy;
  const random = options.random ?? Math.random;
  const network = options.network;
  const startedAt = clock.now();
  let attempts = 0;
  if (typeof options.fetch !== 'function') {
    // The host's mistake, not the network's: trying again for minutes would not mend it.
    const error = new WrapupError("Wrap-up not sent: the element's fetch is not a function");
    onFailure?.(error, 0, true);
    return { ok: false, error, attempts, aborted: false };
  }

  for (;;) {
    if (signal?.aborted) {
      return { ok: false, error: new WrapupError('the submission was stopped'), attempts, aborted: true };
    }
    if (network && !network.onLine) {
      onPhase?.('offline', attempts);
      // `navigator.onLine` can lie in both directions: wake on `online`, and try anyway after the
      // retry delay.
      await wait(retryDelay(Math.max(1, attempts), policy, random), signal, { target: network.target, type: 'online' });
      if (signal?.aborted) continue;
    }

    attempts += 1;
    onPhase?.('sending', attempts);
    const sentAt = clock.now();
    let error: WrapupError;
    // (No answer, or no answer in time: tried again.)
    let verdict: Verdict = { kind: 'retry' };
    try {
      const response = await attempt(options, policy.attemptTimeoutMs);
      if (typeof response?.status !== 'number' || typeof response.headers?.get !== 'function') {
        // (An API client's parsed body, say.) What it means is not known, and asking again
        // would not tell: the host's integration needs mending.
        error = new WrapupError("Wrap-up not sent: the element's fetch did not answer with a Response");
        verdict = { kind: 'final' };
      } else {
        const receivedAt = clock.now();
        const estimate = dateHeaderEstimate(response.headers.get('Date'), sentAt, receivedAt);
        if (estimate) clock.estimate?.(...estimate);
        verdict = classifyStatus(response.status, response.headers.get('Retry-After'), receivedAt);
        if (verdict.kind === 'success') return { ok: true, status: response.status, attempts };
        error = new WrapupError(`Wrap-up not sent: the server answered ${response.status}`, undefined, response.status);
      }
    } catch (cause) {
      if (signal?.aborted) continue;
      const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError';
      error = new WrapupError(
        timedOut ? 'Wrap-up not sent: the server did not answer in time' : 'Wrap-up not sent: network error',
      );
    }

    const { final, delayMs } = afterFailure(attempts, verdict, startedAt, clock.now(), { policy, random });
    onFailure?.(error, attempts, final);
    if (final) return { ok: false, error, attempts, aborted: false };
    onPhase?.('waiting', attempts);
    await wait(delayMs, signal, network && { target: network.target, type: 'online' });
  }
}
