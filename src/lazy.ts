/**
 * A module loaded the first time it is needed (a sibling chunk of the drop-in): `module` is
 * undefined until `load()` has brought it. A failed load (the network is down) is tried again
 * on the next call, and the caller goes on without it meanwhile.
 */
export function lazy<T>(importer: () => Promise<T>): { readonly module: T | undefined; load(): Promise<unknown> } {
  let loading: Promise<unknown> | undefined;
  const part = {
    module: undefined as T | undefined,
    load: () => (loading ??= importer().then((module) => (part.module = module), () => (loading = undefined))),
  };
  return part;
}
