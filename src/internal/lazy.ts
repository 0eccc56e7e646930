/**
 * Set at build time (vite.config.ts, web-test-runner.config.mjs): true in the drop-in and when
 * the sources are tested, whose chunks are ES modules loaded by address; false in the library,
 * whose chunks are left to the host's bundler.
 */
declare const __DROPIN__: boolean;

/**
 * A module loaded the first time it is needed (a sibling chunk of the drop-in): `module` is
 * undefined until `load()` has brought it. After a failed load (the network is down, the
 * server failed) the next call imports it again, and the caller goes on without it meanwhile.
 *
 * Browsers keep a failed module fetch for the page's life (the HTML standard no longer asks
 * them to, whatwg/html#10327), so importing the same address again fails at once. In the drop-in, whose chunks are ES modules beside it, the next try therefore asks for
 * the address the browser's error names with a query of its own: a new address, fetched anew.
 * (Each chunk imports nothing but the drop-in, which is loaded, so the chunk is the one that
 * failed, and the new module is its only copy: the failed one never ran.) The library leaves
 * its chunks to the host's bundler, and imports the same again.
 */
export function lazy<T>(importer: () => Promise<T>): { readonly module: T | undefined; load(): Promise<unknown> } {
  let loading: Promise<unknown> | undefined;
  /** The address that failed, as the browser's error names it, and how often it was tried again. */
  let failed: string | undefined;
  let tries = 0;
  const part = {
    module: undefined as T | undefined,
    load: () =>
      (loading ??= (failed ? (import(/* @vite-ignore */ `${failed}?${++tries}`) as Promise<T>) : importer()).then(
        (module) => (part.module = module),
        (error: unknown) => {
          failed = __DROPIN__ ? /\S+\.js/.exec(String(error))?.[0] : undefined;
          loading = undefined;
        },
      )),
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
