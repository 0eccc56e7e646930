/**
 * Registration, guarded: a second copy of the package on the page (the drop-in file beside the
 * npm package, or two bundles) keeps the first definition and warns once.
 */
import { prefetchParts, WrapupDialog } from './dialog/wrapup-dialog.js';
import { WrapupTimer } from './timer/wrapup-timer.js';
import { warn } from './input/problem-report.js';

/** Tag names to register the elements under; each defaults to its usual name. */
export interface WrapupTagNames {
  /** Default: `wrapup-dialog`. */
  dialog?: string;
  /** Default: `wrapup-timer`. */
  timer?: string;
}

/**
 * Set on the page once a second copy has been warned about: one warning in all, however many
 * copies and tags (each copy of the package has its own module state, so it lives on `globalThis`).
 */
const WARNED = Symbol.for('wrapup-elements.warned');

/**
 * Defines `tagName` as `constructor` unless that name is taken already.
 *
 * @returns whether this call defined it.
 */
export function define(tagName: string, constructor: CustomElementConstructor): boolean {
  const existing = customElements.get(tagName);
  if (existing === undefined) {
    customElements.define(tagName, constructor);
    return true;
  }
  const page = globalThis as { [WARNED]?: boolean };
  if (existing !== constructor && !page[WARNED]) {
    page[WARNED] = true;
    warn({ kind: 'defined', tagName });
  }
  return false;
}

/**
 * Registers `<wrapup-dialog>` and `<wrapup-timer>`, or the same elements under other names, for
 * a host that runs two versions side by side: `defineWrapupElements({ dialog: 'v2-wrapup-dialog',
 * timer: 'v2-wrapup-timer' })`. A name that is not a valid custom element name throws the
 * browser's `SyntaxError`.
 */
export function defineWrapupElements({ dialog = 'wrapup-dialog', timer = 'wrapup-timer' }: WrapupTagNames = {}): void {
  // A class can be defined under one name only: other names get subclasses.
  define(timer, timer === 'wrapup-timer' ? WrapupTimer : class extends WrapupTimer {});
  // What a dialog shows and what sends are sibling chunks, fetched now and once the page is
  // idle (not on a server, which shows no dialog and sends nothing).
  if (define(dialog, dialog === 'wrapup-dialog' ? WrapupDialog : class extends WrapupDialog {}) && globalThis.document) prefetchParts();
}
