/**
 * What a wrap-up and the element that shows it say to each other (the host it calls, the
 * configuration it reads, the failures and notices it reports), and what every wrap-up on the
 * page shares: the store of records and the lazily loaded sender.
 */
import { clock } from '../time/clock.js';
import type { ReasonIndex } from '../input/reasons.js';
import type { Settings } from '../input/settings.js';
import { lazy, retryLater } from '../internal/lazy.js';
import { WrapupStore, type WrapupRecord } from './store.js';
import type { FetchLike } from './submission.js';
import type { WrapupSuggestion } from '../types.js';

/** The page's one store of wrap-up records. */
export const store = new WrapupStore();

export type Release = import('./send.js').Release;

/**
 * The submission code (`send.ts`), loaded once per page when first needed; a failed load (the
 * network is down) is tried again on the next use, and `sender.module` stays undefined until one
 * succeeds.
 */
const sender = lazy(() => import('./send.js'));

/** Runs `use` with the sender once it has loaded; `otherwise` when it could not be. */
async function withSender<T>(use: (module: typeof import('./send.js')) => T | Promise<T>, otherwise?: T): Promise<T | undefined> {
  await sender.load();
  return sender.module ? use(sender.module) : otherwise;
}

/**
 * What a started wrap-up can do in idle time, off the frame that shows its dialog: drop old
 * records, and fetch the sender before it is needed, should the network go.
 */
export function prepare(): void {
  void withSender((module) => module.prune(store, clock.now()));
}

/**
 * Takes up `record`'s automatic wrap-up in this tab (see `takeUp` in `send.ts`): undefined when
 * another tab has. Without the sender (offline since the page loaded) this tab goes ahead alone.
 */
export const takeUp = (record: WrapupRecord): Promise<Release | undefined> =>
  withSender<Release | undefined>((module) => module.takeUp(record, store), () => {});

/** Asks the server the time after the clock found a sleep (see `askTime` in `send.ts`). */
export function askTime({ settings, fetch }: WrapupConfig): void {
  void withSender((module) => module.askTime(fetch, settings.submitUrl));
}

/** Sends `record`'s pending submission at once, kept alive past the page's unload. */
export function sendNow({ settings, fetch }: WrapupConfig, { wrapup, idempotencyKey }: WrapupRecord): void {
  if (wrapup && settings.submitUrl) void withSender((module) => module.sendNow(fetch, settings.submitUrl!, wrapup, idempotencyKey));
}

/**
 * The sender; when it cannot be loaded (offline, or the server failed) `onOffline` is called
 * and the load is tried again once the browser is back online or a few seconds later (see
 * `retryLater`). Undefined once `signal` stops it.
 */
export async function senderWhenOnline(signal: AbortSignal, onOffline: () => void): Promise<typeof sender.module> {
  while (!signal.aborted) {
    await sender.load();
    if (sender.module || signal.aborted) return sender.module;
    onOffline();
    await retryLater(signal);
  }
  return undefined;
}

/** Why a wrap-up could not be sent, for the view to put into words. */
export type Failure =
  | { kind: 'no-interaction' }
  | { kind: 'no-url' }
  | { kind: 'no-default' }
  /** The server refused it, or could not be reached (`status` undefined). */
  | { kind: 'status'; status?: number };

/** What the wrap-up needs from the element that shows it. */
export interface WrapupHost {
  /** Fires one of the wrap-up's events on the element; false when it was cancelled. */
  emit(event: CustomEvent<object>): boolean;
  /** Something the view shows has changed. */
  requestUpdate(): void;
  /** The wrap-up is done: stop showing it. */
  close(): void;
}

/** What the host configured, as the element checked it. */
export interface WrapupConfig {
  settings: Settings;
  /** The checked reasons; a function, so that reading the rest does not check a changed list. */
  reasons: () => ReasonIndex;
  defaultReason: string | undefined;
  extendable: boolean;
  fetch: FetchLike;
  /** The host's usable suggestions, read when a wrap-up is built; undefined when it gave none. */
  suggestions?: () => readonly WrapupSuggestion[] | undefined;
}

