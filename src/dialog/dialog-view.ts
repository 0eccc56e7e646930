/**
 * The open dialog's template, drawn from the parts the element wires together: the heading
 * and elapsed time, the picker, the chosen reason, the notes, the countdown, problems and
 * failures (in an alert region that is always there, so what appears in it is announced), the
 * status line and the buttons: in the order the agent goes through them, which is the tab
 * order (search, list, notes, extend, submit).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ReasonPicker } from '../picker/reason-picker.js';
import { reasonList, searchField } from '../picker/picker-view.js';
import { textDirection } from '../i18n/localization.js';
import { counter } from '../timer/counter.js';
import { WARNING_SECONDS } from '../wrapup/deadline.js';
import type { InteractionWrapup } from '../wrapup/interaction-wrapup.js';
import { countdown } from './countdown-view.js';
import type { DialogInput } from '../input/dialog-input.js';
import { headingFor, statusText } from './messages.js';

/** What the body shows, and what its buttons call. */
export interface DialogBody {
  wrapup: InteractionWrapup;
  picker: ReasonPicker;
  input: DialogInput;
  extendable: boolean;
  /** Which interaction this is, as the host named it. */
  subject: string | undefined;
  /** The notes field, when there is one. */
  notes: TemplateResult | typeof nothing;
  /** A required note is missing: Submit waits for it (the notes field says so). */
  noteMissing: boolean;
  /** What is wrong with the settings, in words. */
  problems: string[];
  /** Why the wrap-up was not sent, in words. */
  failure: string | undefined;
  /** The other open dialogs waiting behind this one (see `waiting-view.ts`). */
  waiting: TemplateResult | typeof nothing;
  /** The elapsed seconds and the seconds left. */
  seconds: [number | undefined, number | undefined, number | undefined];
  /** What the polite live region says. */
  announcement: string;
  onExtend: () => void;
  onSubmit: () => void;
}

/**
 * The native `<dialog>` around `body`. Escape never closes it (wrap-up is mandatory); Alt+X
 * extends the countdown. Its handlers are called with the element as `this` (Lit binds them
 * to the host), so they stay the same function from render to render.
 */
export function dialogFrame(body: TemplateResult | typeof nothing, onClose: () => void): TemplateResult {
  return html`<dialog
    part="dialog"
    dir=${textDirection() ?? nothing}
    aria-labelledby="title"
    aria-describedby="subject scenario"
    @cancel=${preventDefault}
    @close=${onClose}
    @keydown=${onKeydown}
  >
    ${body}
  </dialog>`;
}

const preventDefault = (event: Event) => event.preventDefault();

function onKeydown(this: { extend(): void }, event: KeyboardEvent): void {
  if (event.altKey && event.code === 'KeyX') {
    event.preventDefault();
    this.extend();
  } else if (event.key === 'Escape') {
    event.preventDefault();
  }
}

export function dialogBody(body: DialogBody): TemplateResult {
  const { wrapup, picker, input, extendable, subject, notes, noteMissing, problems, failure, waiting, seconds, announcement, onExtend, onSubmit } = body;
  const { settings } = input;
  const busy = wrapup.state === 'submitting' || wrapup.state === 'retrying';
  const chosen = wrapup.chosen;
  return html`<div class="layout">
    <header>
      <h2 id="title" part="title">${msg('Wrap-up reasons', { id: 'title' })}</h2>
      <p id="scenario" class="scenario" part="scenario">
        ${headingFor(settings.channel, settings.scenario)} · ${counter(msg('Wrap-up time', { id: 'timer.up' }), seconds[0])}
      </p>
    </header>
    ${subject ? html`<p id="subject" class="subject" part="subject"><bdi>${subject}</bdi></p>` : nothing}
    ${waiting}
    ${searchField(picker, busy)}
    ${reasonList(
      picker,
      wrapup.record?.reasonId,
      input.index.reasons.length === 0
        ? msg('No wrap-up reasons are available.', { id: 'list.empty' })
        : msg('No reasons match', { id: 'matches.none' }),
    )}
    <p id="chosen" class="hint">
      ${chosen ? html`${msg('Chosen:', { id: 'chosen' })} <bdi>${chosen.name}</bdi>` : msg('No reason chosen yet.', { id: 'chosen.none' })}
    </p>
    ${notes}
    ${countdown({
      deadline: wrapup.deadline,
      secondsLeft: seconds[1],
      warning: seconds[1] !== undefined && seconds[1] <= WARNING_SECONDS,
      extendSeconds: extendable && wrapup.canAct ? (settings.extendSeconds ?? 'cancel') : undefined,
      onExtend,
    })}
    <div class="message" part="message" role="alert">${failure ? html`<p>${failure}</p>` : nothing}${problems.length
      ? html`<p>${msg('Some settings could not be used:', { id: 'problems' })}</p>
          <ul>
            ${problems.map((problem) => html`<li>${problem}</li>`)}
          </ul>`
      : nothing}</div>
    <footer>
      <span class="status" part="status" role="status">${statusText(wrapup.state, wrapup.phase)}</span>
      ${wrapup.state === 'failed' ? html`<button type="button" @click=${() => wrapup.retry()}>${msg('Try again', { id: 'retry' })}</button>` : nothing}
      <button type="button" class="primary" part="submit-button" ?disabled=${!chosen || !wrapup.canAct || noteMissing} @click=${onSubmit}>
        ${msg('Submit wrap-up', { id: 'submit' })}
      </button>
    </footer>
    <div class="visually-hidden" aria-live="polite" aria-atomic="true">${announcement}</div>
  </div>`;
}
