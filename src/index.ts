/**
 * `wrapup-elements`: importing this module registers `<wrapup-dialog>` and `<wrapup-timer>`
 * (guarded: a second copy keeps the first definition and warns once) and exports the API.
 * `wrapup-elements/elements.js` exports the same without registering.
 */
import { defineWrapupElements } from './define.js';

export * from './elements.js';

defineWrapupElements();
