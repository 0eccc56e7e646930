/**
 * When a failed "wrap-up complete" POST is tried again, and how long to wait first.
 *
 * Network errors, timeouts, 408, 409 ("still processing"), 425, 429 and 5xx gateway errors are
 * passing: retried with exponential backoff and full jitter, or after the server's
 * `Retry-After`. Any other status is final at once: sending the same body again cannot succeed.
 */

/** The numbers of the retry schedule. */
export interface RetryPolicy {
  /** The first backoff ceiling; each retry doubles it. */
  baseDelayMs: number;
  /** The largest backoff ceiling. */
  maxDelayMs: number;
  /** After this long since the first attempt, stop and fail for good (a manual retry remains). */
  giveUpAfterMs: number;
  /** Abort an attempt that has not answered in this long. */
  attemptTimeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  giveUpAfterMs: 5 * 60_000,
  attemptTimeoutMs: 15_000,
};

/** Statuses that say "try again later". */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 409, 425, 429, 500, 502, 503, 504]);

/** What to do after an answer. */
export type Verdict =
  | { kind: 'success' }
  | { kind: 'retry'; retryAfterMs?: number }
  | { kind: 'final' };

/** Classifies an HTTP status (with its `Retry-After` header, if any) at clock time `now`. */
export function classifyStatus(status: number, retryAfter: string | null, now: number): Verdict {
  if (status >= 200 && status < 300) return { kind: 'success' };
  if (!RETRYABLE_STATUSES.has(status)) return { kind: 'final' };
  const retryAfterMs = parseRetryAfter(retryAfter, now);
  return retryAfterMs === undefined ? { kind: 'retry' } : { kind: 'retry', retryAfterMs };
}

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/**
 * The wait before retry number `retry` (1 for the first retry): full jitter, a uniform pick in
 * `[0, min(maxDelay, base × 2^(retry-1))]`, so many agents failing together do not retry
 * together. A server's `Retry-After` is honoured as it is.
 */
export function retryDelay(
  retry: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/** What follows a failed attempt: the wait before the next one, or none (`final`). */
export interface NextAttempt {
  final: boolean;
  delayMs: number;
}

/**
 * What follows failed attempt number `attempt` (1-based) of a send begun at `startedAt`, given
 * the failure's verdict: the wait before the next attempt; or `final` when the verdict is, when
 * `maxAttempts` are spent, or when the next attempt would begin after the policy's
 * `giveUpAfterMs`. The one schedule of the POST (`submission.ts`) and of the platforms' calls
 * (`adapters/adapter-dialogs.ts`).
 */
export function afterFailure(
  attempt: number,
  verdict: Verdict,
  startedAt: number,
  now: number,
  { policy = defaultRetryPolicy, random = Math.random, maxAttempts = Infinity }: { policy?: RetryPolicy; random?: () => number; maxAttempts?: number } = {},
): NextAttempt {
  if (verdict.kind !== 'retry' || attempt >= maxAttempts) return { final: true, delayMs: 0 };
  const delayMs = retryDelay(attempt, policy, random, verdict.retryAfterMs);
  return { final: now + delayMs - startedAt > policy.giveUpAfterMs, delayMs };
}
