/**
 * What the built files use in place of `@lit/localize`'s `init/install.js` (`leanMsgInstall` in
 * vite.config.ts): `msg`, installed once by `localization.ts` as it loads, before anything
 * renders. The package's own module also guards against a second install and starts `msg` as
 * a default that only ever ran before one; the built files carry their own copy of the
 * package, which only `localization.ts` installs.
 */
import type { msg as Msg } from '@lit/localize';

export let msg: typeof Msg;

export const _installMsgImplementation = (implementation: typeof Msg): void => {
  msg = implementation;
};
