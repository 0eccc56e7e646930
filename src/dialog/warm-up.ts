/**
 * The page's warm-up: work done once per page in idle time so that the first open and the
 * first key press do not pay for what the browser does only the first time (parsing the body's
 * templates, laying out its fonts and rows, compiling the search, subscribing to other tabs'
 * storage changes).
 */
import { render, type TemplateResult } from 'lit';
import type { ReasonPicker } from '../picker/reason-picker.js';
import { whenIdle } from '../time/idle.js';
import type { ViewHost } from './snapshot.js';

let warmedUp = false;
let storagePrimed = false;

/**
 * Lays out a closed dialog's body once, unseen, as it opens and as it is after a first key (the
 * first reason's first code point searched), and removes it in the same task, before anything
 * can paint it, focus it or hear it.
 */
export function warmUp(host: ViewHost, firstName: string, draw: () => TemplateResult, picker: ReasonPicker): void {
  if (warmedUp || !host.isConnected) return;
  warmedUp = true;
  const stage = document.createElement('div');
  stage.style.cssText = 'position:fixed;inset:0;visibility:hidden;contain:strict';
  host.renderRoot.append(stage);
  const layOut = () => {
    render(draw(), stage, { host });
    stage.firstElementChild!.setAttribute('open', ''); // shown in place (not modal, not focused)
    void stage.offsetHeight;
  };
  layOut();
  const [letter = ''] = firstName.trim(); // a key that matches at least one reason (a whole code point)
  picker.searching(letter, layOut);
  stage.remove();
}

/**
 * The page's first `storage` listener costs the browser a few milliseconds (it subscribes the
 * page to other tabs' changes, and keeps that after the listener is removed): paid here, in idle
 * time, rather than by the open that starts the first wrap-up.
 */
export function primeStorageEvents(): void {
  if (storagePrimed) return;
  storagePrimed = true;
  whenIdle(() => {
    const nothing = () => {};
    addEventListener('storage', nothing);
    removeEventListener('storage', nothing);
  });
}
