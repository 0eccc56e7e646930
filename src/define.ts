/**
 * Registers the elements, guarded: a second copy of the package on the page (the drop-in file
 * beside the npm package, or two bundles) keeps the first definition and warns once.
 */
import { WrapupDialog } from './dialog/wrapup-dialog.js';
import { WrapupTimer } from './timer/wrapup-timer.js';

/** The elements of this package, by their default tag names. */
export const elements = {
  'wrapup-dialog': WrapupDialog,
  'wrapup-timer': WrapupTimer,
} as const;

const warned = new Set<string>();

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
  if (existing !== constructor && !warned.has(tagName)) {
    warned.add(tagName);
    console.warn(
      `wrapup-elements: <${tagName}> is already defined by another copy; keeping the first definition.`,
    );
  }
  return false;
}

for (const [tagName, constructor] of Object.entries(elements)) define(tagName, constructor);
