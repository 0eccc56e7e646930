/**
 * Sending a wrap-up from this tab: the rare path, loaded as a sibling chunk the first time a
 * wrap-up starts (see `host.ts`), so the drop-in does not carry
 * the retry loop and the cross-tab locks until an interaction needs them.
 *
 * One tab at a time sends a given interaction's wrap-up: it holds the interaction's Web Lock
 * for the whole submission; a tab that gets the lock after another succeeded finds it done
 * (in storage, or by the shared "done" lock) and sends nothing.
 */
import { clock, DOUBT_MS } from '../time/clock.js';
import type { WrapupError } from '../events.js';
import type { Failure } from './wrapup-owner.js';
import { atRest, CUSTOMER_DATA_TTL_MS, parse, PREFIX, type WrapupRecord, type WrapupStore } from './store.js';
import { alarmDelay } from './deadline.js';
import { submitUrlFor } from '../input/settings.js';
import { dateHeaderEstimate, postWrapup, submitWrapup, type FetchLike, type SubmissionPhase, type SubmissionResult } from './submission.js';
import { withClaim } from './tab-claim.js';

export { buildWrapup } from './body.js';
export { checkTags, chosenTags, fieldError, fieldsOf, formErrors, formProblems, maxTagsOf } from './form-values.js';

/** Finished records are kept this long, so a late tab or reload still sees "done". */
const DONE_TTL_MS = 24 * 3600_000;
/** Unfinished records untouched this long are abandoned interactions. */
const STALE_TTL_MS = 7 * 24 * 3600_000;
/** At most this many records are kept; the least recently touched go first. */
const MAX_RECORDS = 200;

/** Wakes {@link prune} when the next stored note is due to be dropped, in a page open that long. */
let nextPrune: ReturnType<typeof setTimeout> | undefined;

/**
 * Drops unreadable records, finished ones older than a day, unfinished ones untouched for a
 * week, and the least recently touched beyond {@link MAX_RECORDS}; rewrites the rest as they may
 * rest (an earlier version's done record held the body; a note goes 12 hours after its
 * interaction ended). Run when the page is first idle (this chunk is fetched then), and in
 * idle time once a wrap-up has started, which `wake`s it again when the next note is due (in a
 * page left open): the page's first `localStorage` read is paid here rather than by the first
 * open.
 */
export function prune(store: WrapupStore, now: number, wake = false): void {
  const kept: WrapupRecord[] = [];
  let due = Infinity;
  for (const key of store.keys(PREFIX)) {
    const record = store.load(key.slice(PREFIX.length));
    const expired = !record || (record.doneAt !== undefined ? now - record.doneAt > DONE_TTL_MS : now - record.updatedAt > STALE_TTL_MS);
    if (expired) {
      store.remove(key);
      continue;
    }
    kept.push(record);
    const resting = atRest(record, now);
    if (resting !== record) {
      const text = JSON.stringify(resting);
      if (text !== store.read(key)) store.write(key, text);
    }
    // (Unfinished records may be given a note after this: each is woken for.)
    const dropsAt = record.endedAt + CUSTOMER_DATA_TTL_MS;
    if (record.doneAt === undefined && dropsAt >= now) due = Math.min(due, dropsAt);
  }
  kept.sort((a, b) => b.updatedAt - a.updatedAt);
  for (const record of kept.slice(MAX_RECORDS)) store.remove(PREFIX + record.interactionId);
  if (!wake) return;
  clearTimeout(nextPrune);
  if (due < Infinity) nextPrune = setTimeout(() => prune(store, clock.now(), true), alarmDelay(due + 1, now));
}

let asking: Promise<void> | undefined;

/**
 * Asks the server the time, after the page clock found wall and monotonic time apart (a sleep):
 * a `HEAD` of the submit URL's origin through the element's `fetch` (of the page's own origin
 * when the host submits), whose `Date` header settles the clock. One question at a time for the
 * page; no answer (a header that CORS hides, no network) leaves the clock to trust the wall
 * clock after `DOUBT_MS`.
 */
export function askTime(fetch: FetchLike, submitUrl: string | undefined): void {
  asking ??= (async () => {
    const url = `${new URL(submitUrl ? submitUrlFor(submitUrl, '') : '/', document.baseURI).origin}/`;
    const sentAt = clock.now();
    // An answer after the clock stopped waiting is no use, and a hung one must not block the next.
    const signal = AbortSignal.timeout(DOUBT_MS);
    const response = await (submitUrl ? fetch : globalThis.fetch)(url, { method: 'HEAD', cache: 'no-store', signal });
    const estimate = dateHeaderEstimate(response.headers.get('Date'), sentAt, clock.now());
    if (estimate) clock.estimate(...estimate); // in doubt, any answer ends it
  })()
    .catch(() => {})
    .finally(() => (asking = undefined));
}

/**
 * What another tab stored for `record`'s interaction, when `event` says it changed: its
 * choice, note, fields, tags and extensions are taken into `record` unless it is finished. Read
 * from the event, not from storage, so that every step reaches this tab (the body being sent,
 * then done).
 */
export function follow(record: WrapupRecord, event: StorageEvent): WrapupRecord | undefined {
  const latest = event.key === PREFIX + record.interactionId ? parse(event.newValue, record.interactionId) : undefined;
  if (latest && latest.doneAt === undefined) {
    const { reasonId, notes, notesSource, fields, tags, extensions, cancelled } = latest;
    Object.assign(record, { reasonId, notes, notesSource, fields, tags, extensions, cancelled });
  }
  return latest;
}

/** How long a finished wrap-up's shared "done" lock is held. */
export const DONE_LOCK_MS = 10_000;

/** What {@link send} needs to know and whom it tells. */
export interface SendOptions {
  /** The wrap-up's record: its body (`wrapup`) is sent; on success it is marked done, inside the lock. */
  record: WrapupRecord;
  /** The `submit-url`, with `{interactionId}` still in it. */
  submitUrl: string;
  store: WrapupStore;
  fetch: FetchLike;
  signal: AbortSignal;
  onPhase: (phase: SubmissionPhase, attempt: number) => void;
  onFailure: (error: WrapupError, attempt: number, final: boolean) => void;
}

/**
 * Sends the record's body holding the interaction's lock, with its idempotency key (a stored
 * one, from another tab or a reload, wins). `undefined` when aborted while waiting for the
 * lock; `attempts: 0` when another tab had already sent it.
 */
export async function send({ record, submitUrl, store, fetch, signal, onPhase, onFailure }: SendOptions): Promise<SubmissionResult | undefined> {
  const wrapup = record.wrapup!;
  const { interactionId } = wrapup;
  const lockName = lockNameOf(interactionId);
  return withLock(lockName, signal, async () => {
    const latest = store.load(interactionId);
    if (latest?.doneAt !== undefined) return { ok: true, status: 200, attempts: 0 };
    if (await isHeld(`${lockName}:done`)) return { ok: true, status: 200, attempts: 0 };
    const url = submitUrlFor(submitUrl, interactionId);
    const idempotencyKey = latest?.idempotencyKey ?? record.idempotencyKey;
    // A page that goes away while the next attempt waits sends it at once, kept alive past the
    // unload; nothing can be done with its outcome, and the stored submission resumes on return.
    let waiting = false;
    const goingAway = () => waiting && postWrapup(fetch, url, wrapup, idempotencyKey).catch(() => {});
    addEventListener('pagehide', goingAway);
    const outcome = await submitWrapup({
      url,
      wrapup,
      idempotencyKey,
      fetch,
      clock,
      signal,
      network: { get onLine() { return navigator.onLine; }, target: window },
      onPhase: (phase, attempt) => {
        waiting = phase !== 'sending';
        onPhase(phase, attempt);
      },
      onFailure: (error, attempt, final) => onFailure(Object.assign(error, { interactionId }), attempt, final),
    }).finally(() => removeEventListener('pagehide', goingAway));
    // Marked before the lock is released, so the next tab to take it finds the wrap-up done.
    // localStorage reaches other tabs asynchronously; the lock manager does not.
    if (outcome.ok && !signal.aborted) {
      record.doneAt ??= clock.now();
      store.keep(record, clock.now());
      markDone(lockName);
    }
    return outcome;
  });
}

/**
 * Holds `record`'s lock until the returned function is called: the host's own call (it
 * cancelled `wrapup-submit`) is in flight, and a tab that opens or reloads meanwhile waits for
 * it ({@link settled}) instead of calling again. The lock manager lets it go should the page close.
 */
export function hold(record: WrapupRecord): () => void {
  let release!: () => void;
  const call = new Promise<void>((resolve) => (release = resolve));
  record.hostFailed = undefined; // (of an earlier call)
  // (Best effort: where locks are refused, as in a sandboxed frame, no other tab waits.)
  withLock(lockNameOf(record.interactionId), new AbortController().signal, () => call).catch(() => {});
  return release;
}

/**
 * How a host call that another tab or an earlier page made ended, once no tab holds the
 * interaction's lock: null when it was done, why not when it failed or the page that made it
 * closed mid-call (`unsure`: it may have gone through). Undefined when `signal` stopped the wait.
 */
export async function settled(interactionId: string, signal: AbortSignal, store: WrapupStore): Promise<Failure | null | undefined> {
  const latest = await withLock(lockNameOf(interactionId), signal, async () => store.load(interactionId));
  const status = latest?.hostFailed;
  if (!latest || latest.doneAt !== undefined) return latest && null;
  return status === undefined ? { kind: 'unsure' } : { kind: 'status', status: status || undefined };
}

/** What {@link takeUp} gives the tab that took up a wrap-up: let it go, marked done or not (once). */
export type Release = (done: boolean) => void;

/**
 * Takes up the automatic wrap-up of `mine.interactionId` in this tab, so that its
 * `wrapup-expire` and `wrapup-submit` fire in one tab only (a host that cancels `wrapup-submit`
 * calls its SDK once). Undefined when it is done, or another tab's host is submitting it.
 *
 * The first tab at the deadline takes the interaction's "taken" lock at once and holds it until
 * `release`; another tab waits for that lock, to take the wrap-up over should the first close
 * before it submitted (the lock manager lets a closed tab's locks go). Released with `done`, the
 * shared "done" lock is held first, so the waiting tab finds the wrap-up done even before
 * storage tells it. Without Web Locks, tabs check one at a time and none takes over.
 */
export async function takeUp(mine: WrapupRecord, store: WrapupStore): Promise<Release | undefined> {
  const lockName = lockNameOf(mine.interactionId);
  const latest = () => store.load(mine.interactionId);
  const done = async () => latest()?.doneAt !== undefined || (await isHeld(`${lockName}:done`));
  // A host call another tab made (by hand, or at the deadline before it closed): this tab shows
  // how it ended (see `settled`), and never calls again by itself.
  const elsewhere = () => {
    const stored = latest();
    return !!stored?.hostSubmits && !!stored.wrapup;
  };
  const locks = navigator.locks;
  if (!locks) {
    return withClaim(lockName, new AbortController().signal, async () => (elsewhere() || (await done()) ? undefined : () => {}));
  }
  return new Promise((resolve) => {
    const hold = async (lock: Lock | null): Promise<void> => {
      if (!lock) {
        void locks.request(`${lockName}:taken`, hold);
      } else if ((await done()) || elsewhere()) {
        resolve(undefined);
      } else {
        await new Promise<void>((letGo) => {
          let held = true;
          resolve((isDone) => {
            if (isDone && held) markDone(lockName);
            held = false;
            letGo();
          });
        });
      }
    };
    void locks.request(`${lockName}:taken`, { ifAvailable: true }, hold);
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

/** The Web Lock one interaction is sent under; its ":done" and ":taken" locks are named after it. */
const lockNameOf = (interactionId: string): string => `wrapup-elements:${interactionId}`;

/** Whether some tab of this origin holds the Web Lock `name`. */
async function isHeld(name: string): Promise<boolean> {
  const { held = [] } = (await navigator.locks?.query()) ?? {};
  return held.some((lock) => lock.name === name);
}
