/**
 * The sender (`send.ts`), a sibling chunk loaded when a wrap-up first needs it, and what a
 * wrap-up asks of it: send, take up an auto wrap-up in one tab, ask the server the time,
 * prune old records. Every wrap-up on the page shares it.
 */
import { clock } from '../time/clock.js';
import { lazy, retryLater } from '../internal/lazy.js';
import { store, type WrapupRecord } from './store.js';
import type { FetchLike } from './submission.js';

export type Release = import('./send.js').Release;
export type Sender = typeof import('./send.js');

/** What the sender reads of a wrap-up's configuration. */
interface SenderConfig {
  settings: { submitUrl?: string | undefined };
  fetch: FetchLike;
}

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
 * What a page can do in idle time, off the frame that shows a dialog: drop old records, and
 * fetch the sender before it is needed, should the network go. A page with a wrap-up under way
 * (`wake`) also wakes when the next stored note is due to be dropped, should it stay open.
 */
export function pruneOldRecords(wake?: boolean): void {
  void withSender((module) => module.prune(store, clock.now(), wake));
}

/**
 * Takes up `record`'s automatic wrap-up in this tab (see `takeUp` in `send.ts`): undefined when
 * another tab has. Without the sender (offline since the page loaded) this tab goes ahead alone.
 */
export const takeUp = (record: WrapupRecord): Promise<Release | undefined> =>
  withSender<Release | undefined>((module) => module.takeUp(record, store), () => {});

/** The sender however long it takes to load: one wait, shared by every storage event. */
let followed: Promise<Sender | undefined> | undefined;

/**
 * Hands `then` what another tab stored for `record`, once the sender is here (see `follow` in
 * `send.ts`): storage events are rare, and are taken in the order they came. One that comes
 * while the sender cannot be loaded waits for it (see {@link senderWhenOnline}), so what another
 * tab chose is not lost to this one.
 */
export function followStored(record: WrapupRecord, event: StorageEvent, then: (latest: WrapupRecord | undefined) => void): void {
  void (followed ??= senderWhenOnline()).then((module) => then(module!.follow(record, event)));
}

/** The sender, when it has loaded (it builds the POST body: see `buildWrapup` in `body.ts`). */
export const loadedSender = (): typeof sender.module => sender.module;

/** Asks the server the time after the clock found a sleep (see `askTime` in `send.ts`). */
export function askTime({ settings, fetch }: SenderConfig): void {
  void withSender((module) => module.askTime(fetch, settings.submitUrl));
}

/**
 * The sender; when it cannot be loaded (offline, or the server failed) `onOffline` is called
 * and the load is tried again once the browser is back online or a few seconds later (see
 * `retryLater`). Undefined once `signal` stops it.
 */
export async function senderWhenOnline(signal?: AbortSignal, onOffline?: () => void): Promise<typeof sender.module> {
  while (!signal?.aborted) {
    await sender.load();
    if (sender.module || signal?.aborted) return sender.module;
    onOffline?.();
    await retryLater(signal);
  }
  return undefined;
}

