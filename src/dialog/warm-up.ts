/**
 * The page's warm-up: work done once per page in idle time so that the first open and the
 * first key press do not pay for what the browser does only the first time (parsing the body's
 * templates, laying out its fonts and rows, compiling the search, subscribing to other tabs'
 * storage changes).
 */
import { render, type TemplateResult } from 'lit';
import { formatClock, formatDurationWords } from '../i18n/format.js';
import { getLocale } from '../i18n/localization.js';
import { validateReasons } from '../input/validation.js';
import type { ReasonPicker } from '../picker/reason-picker.js';
import { clock } from '../time/clock.js';
import { LONG_TASK_MS, whenIdle } from '../time/idle.js';
import type { DialogPort, ViewHost } from './snapshot.js';

let warmedUp = false;
let storagePrimed = false;
/** Dialogs' views made on this page: each warms up as its dialog needs (see {@link rehearse}). */
let views = 0;

/** A dialog's view was made. */
export const viewMade = (): void => void views++;

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

/** A view of a stand-in element, as `rehearse` makes one. */
type StandIn = (host: ViewHost, port: DialogPort) => { hostUpdate(): void; rehearse(): void };

/**
 * What a page's first open would do the first time, done once in idle time, in two tasks to
 * keep each short: the first formatters, then a stand-in dialog ({@link rehearse}).
 */
export function warmUpPage(view: StandIn): void {
  whenIdle(() => {
    const locale = getLocale();
    formatClock(0, locale);
    formatDurationWords(0, locale);
    whenIdle(() => rehearse(view), LONG_TASK_MS);
  }, LONG_TASK_MS);
}

/**
 * The same as `warmUp` for a page with no dialog yet (a desktop that creates one as a call ends, in the
 * task that opens it): a stand-in view, of a stand-in element added and removed in the same
 * task, lays out a body of a few reasons, so that the first real open does not parse the
 * templates, compile the code or check its first reasons cold. Nothing of it is kept, sent,
 * stored or announced.
 */
function rehearse(view: StandIn): void {
  if (views || !document.body) return;
  const host = Object.assign(document.createElement('div'), { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) });
  const { index } = validateReasons(Array.from({ length: 24 }, (_, i) => ({ id: `${i}`, name: `Reason ${i}`, group: `Group ${i % 3}` })));
  const port: DialogPort = {
    source: {
      wrapup: { state: 'open', phase: undefined, endedAt: clock.now(), deadline: clock.now() + 60_000, canAct: true, record: undefined, failure: undefined, noteMissing: false, chosen: undefined },
      input: {
        settings: { interactionId: undefined, channel: 'voice', scenario: 'end', endedAt: undefined, autoWrapup: 60, extendSeconds: undefined, submitUrl: undefined },
        index,
        dirty: false,
        problems: () => [],
        declarative: [],
        reasons: () => index,
      },
      given: { open: false, extendable: true, notesMaxLength: 0, recent: 0, live: false },
    },
    commands: { choose() {}, extend() {}, submit() {}, retry() {}, edit() {}, keep() {} },
    waitFor() {},
  };
  document.body.append(host);
  const stand = view(Object.assign(host, { renderRoot: host.attachShadow({ mode: 'open' }) }), port);
  stand.hostUpdate();
  stand.rehearse();
  host.remove();
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
