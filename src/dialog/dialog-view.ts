/**
 * The open dialog's template, drawn from the parts the element wires together: the heading
 * and elapsed time, the countdown, the picker, the chosen reason, problems and failures (in an
 * alert region that is always there, so what appears in it is announced), the status line and
 * the buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ReasonPicker } from '../picker/reason-picker.js';
import { reasonList, searchField } from '../picker/picker-view.js';
import { counter } from '../timer/counter.js';
import type { InteractionWrapup } from '../wrapup/interaction-wrapup.js';
import { countdown } from './countdown-view.js';
import type { DialogInput } from './dialog-input.js';
import { failureText, headingFor, statusText } from './messages.js';

/** What the body shows, and what its buttons call. */
export interface DialogBody {
  wrapup: InteractionWrapup;
  picker: ReasonPicker;
  input: DialogInput;
  defaultReason: string | undefined;
  extendable: boolean;
  /** Which interaction this is, as the host named it. */
  subject: string | undefined;
  /** The elapsed seconds and the seconds left, as the counters show them. */
  seconds: [number | undefined, number | undefined];
  /** What the polite live region says. */
  announcement: string;
  onExtend: () => void;
  onSubmit: () => void;
}

export function dialogBody({ wrapup, picker, input, defaultReason, extendable, subject, seconds, announcement, onExtend, onSubmit }: DialogBody): TemplateResult {
  const { settings } = input;
  const busy = wrapup.state === 'submitting' || wrapup.state === 'retrying';
  const chosen = wrapup.chosen;
  const problems = input.problems(defaultReason);
  const failure = wrapup.failure;
  return html`<div class="layout">
    <header>
      <h2 id="title" part="title">${msg('Wrap-up reasons', { id: 'title' })}</h2>
      <p id="scenario" class="scenario" part="scenario">
        ${headingFor(settings.channel, settings.scenario)} · ${counter(msg('Wrap-up time', { id: 'timer.up' }), seconds[0])}
      </p>
    </header>
    ${subject ? html`<p id="subject" class="subject" part="subject"><bdi>${subject}</bdi></p>` : nothing}
    ${countdown({
      deadline: wrapup.deadline,
      secondsLeft: seconds[1],
      warning: wrapup.warning,
      extendSeconds: extendable && wrapup.canAct ? (settings.extendSeconds ?? 'cancel') : undefined,
      onExtend,
    })}
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
    <div class="message" part="message" role="alert">${failure ? html`<p>${failureText(failure)}</p>` : nothing}${problems.length
      ? html`<p>${msg('Some settings could not be used:', { id: 'problems' })}</p>
          <ul>
            ${problems.map(({ message }) => html`<li>${message}</li>`)}
          </ul>`
      : nothing}</div>
    <footer>
      <span class="status" part="status" role="status">${statusText(wrapup.state, wrapup.phase)}</span>
      ${wrapup.state === 'failed' ? html`<button type="button" @click=${() => wrapup.retry()}>${msg('Try again', { id: 'retry' })}</button>` : nothing}
      <button type="button" class="primary" part="submit-button" ?disabled=${!chosen || !wrapup.canAct} @click=${onSubmit}>
        ${msg('Submit wrap-up', { id: 'submit' })}
      </button>
    </footer>
    <div class="visually-hidden" aria-live="polite" aria-atomic="true">${announcement}</div>
  </div>`;
}
