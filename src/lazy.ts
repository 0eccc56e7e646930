/**
 * A module loaded the first time it is needed (a sibling chunk of the drop-in): `module` is
 * undefined until `load()` has brought it. After a failed load (the network is down, the
 * server failed) the next call imports it again, and the caller goes on without it meanwhile.
 *
 * Whether that second import fetches anew is the browser's: the HTML standard now says a
 * failed module fetch is not kept (whatwg/html#10327; Firefox and WebKit have it), but where a
 * browser still keeps the failure (Chromium 156 and Firefox ESR 153 here) the part stays away
 * until the page reloads. That is why the drop-in fetches the dialog's view and the sender as
 * soon as the page is idle, while the network that brought the page is surely there.
 */
export function lazy<T>(importer: () => Promise<T>): { readonly module: T | undefined; load(): Promise<unknown> } {
  let loading: Promise<unknown> | undefined;
  const part = {
    module: undefined as T | undefined,
    load: () => (loading ??= importer().then((module) => (part.module = module), () => (loading = undefined))),
  };
  return part;
}

/** How long a part that failed to load waits before it is tried again (sooner once back online). */
export const RETRY_MS = 5000;

/**
 * Settles when a failed load may be tried again: after {@link RETRY_MS}, once the browser is
 * back online, or when `signal` stops the wait, whichever comes first. (Its listeners go with
 * the timeout.)
 */
export function retryLater(signal?: AbortSignal): Promise<unknown> {
  const waiting = AbortSignal.timeout(RETRY_MS);
  return new Promise((resolve) => {
    waiting.onabort = resolve;
    signal?.addEventListener('abort', resolve, { signal: waiting });
    globalThis.addEventListener?.('online', resolve, { signal: waiting });
  });
}
