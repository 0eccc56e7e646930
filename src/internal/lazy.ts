/**
 * A module loaded the first time it is needed (a sibling chunk of the drop-in): `module` is
 * undefined until `load()` has brought it. After a failed load (the network is down, the
 * server failed) the next call imports it again, and the caller goes on without it meanwhile.
 *
 * Browsers keep a failed module fetch for the page's life (the HTML standard no longer asks
 * them to, whatwg/html#10327), so importing the same address again fails at once. The drop-in's
 * build therefore passes each chunk's address in place of its import (`chunkAddresses` in
 * vite.config.ts), and a try after a failure asks for it with a query of its own: a new
 * address, fetched anew. (Each chunk imports nothing but the drop-in, which is loaded, so the
 * new module is the chunk's only copy: the failed one never ran.) Elsewhere (the library, whose
 * chunks are the host's bundler's; the sources under test) it is the import, made again.
 */
export function lazy<T>(importer: (() => Promise<T>) | string): { readonly module: T | undefined; load(): Promise<unknown> } {
  let loading: Promise<unknown> | undefined;
  /** Failed loads so far. */
  let failures = 0;
  const part = {
    module: undefined as T | undefined,
    load: () =>
      (loading ??= (
        typeof importer === 'string' ? (import(/* @vite-ignore */ failures ? `${importer}?${failures}` : importer) as Promise<T>) : importer()
      ).then(
        (module) => (part.module = module),
        () => {
          failures++;
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
