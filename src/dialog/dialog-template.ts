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
import { countdown } from './countdown-view.js';
import { headingFor, statusText } from './messages.js';
import type { DialogSnapshot } from './snapshot.js';
import { tickingCounter, type Count } from './ticking-counter.js';

/** What the body shows, and what its buttons call. */
export interface DialogBody {
  dialog: DialogSnapshot;
  picker: ReasonPicker;
  /** The notes field, when there is one. */
  notes: TemplateResult | typeof nothing;
  /** The chosen reason's fields and the tags, when there are any. */
  form: TemplateResult | typeof nothing;
  /** What is wrong with the settings, in words. */
  problems: string[];
  /** Why the wrap-up was not sent, in words. */
  failure: string | undefined;
  /** The other open dialogs waiting behind this one (see `waiting-view.ts`). */
  waiting: TemplateResult | typeof nothing;
  /** The counters: the time since the interaction ended, and the time left. */
  elapsed: Count;
  left: Count;
  /** Whether the time left is within the warning (the countdown stands out). */
  warning: boolean;
  /** What the polite live region says. */
  announcement: string;
  /** Why Submit waits (live, `min-wrapup`), when it does. */
  submitWait: string | undefined;
  onExtend: () => void;
  onSubmit: () => void;
  onRetry: () => void;
}

/**
 * The native `<dialog>` around `body`. Escape never closes it (wrap-up is mandatory); Alt+X
 * extends the countdown, Alt+digits choose (`onKeydown`, see {@link frameKeys}).
 */
export function dialogFrame(body: TemplateResult | typeof nothing, onClose: () => void, onKeydown: (event: KeyboardEvent) => void): TemplateResult {
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

/**
 * The dialog's own keys, heard only inside it: Alt+X extends; Alt+1 … Alt+9 choose the n-th
 * reason listed while the search is empty (`choose` says whether it did); Escape is kept from
 * closing it.
 */
export const frameKeys =
  (extend: () => void, choose: (n: number) => boolean) =>
  (event: KeyboardEvent): void => {
    const digit = event.altKey && /^Digit([1-9])$/.exec(event.code)?.[1];
    if (event.altKey && event.code === 'KeyX') {
      event.preventDefault();
      extend();
    } else if (digit && choose(Number(digit))) {
      event.preventDefault();
    } else if (event.key === 'Escape') {
      event.preventDefault();
    }
  };

export function dialogBody(body: DialogBody): TemplateResult {
  const { dialog, picker, notes, form, problems, failure, waiting, elapsed, left, warning, announcement, submitWait, onExtend, onSubmit, onRetry } = body;
  const { settings, subject, chosen, state, canAct } = dialog;
  const busy = state === 'submitting' || state === 'retrying';
  return html`<div class="layout">
    <div class="heading">
      <h2 id="title" part="title">${msg('Wrap-up reasons', { id: 'title' })}</h2>
      <p id="scenario" class="scenario" part="scenario">
        ${dialog.live
          ? msg('Interaction in progress', { id: 'live' })
          : html`${headingFor(settings.channel, settings.scenario)} · ${tickingCounter(msg('Wrap-up time', { id: 'timer.up' }), elapsed)}`}
      </p>
    </div>
    ${subject ? html`<p id="subject" class="subject" part="subject"><bdi>${subject}</bdi></p>` : nothing}
    ${waiting}
    ${searchField(picker, busy)}
    ${reasonList(
      picker,
      dialog.chosenId,
      dialog.reasons.reasons.length === 0
        ? msg('No wrap-up reasons are available.', { id: 'list.empty' })
        : msg('No reasons match', { id: 'matches.none' }),
    )}
    <p id="chosen" class="hint">
      ${chosen ? html`${msg('Chosen:', { id: 'chosen' })} <bdi>${chosen.name}</bdi>` : msg('No reason chosen yet.', { id: 'chosen.none' })}
    </p>
    ${form}
    ${notes}
    ${countdown({
      deadline: dialog.deadline,
      left,
      warning,
      extendSeconds: dialog.extendable && canAct ? (settings.extendSeconds ?? 'cancel') : undefined,
      onExtend,
    })}
    <div class="message" part="message" role="alert">${failure ? html`<p>${failure}</p>` : nothing}${problems.length
      ? html`<p>${msg('Some settings could not be used:', { id: 'problems' })}</p>
          <ul>
            ${problems.map((problem) => html`<li>${problem}</li>`)}
          </ul>`
      : nothing}</div>
    ${submitWait ? html`<p class="hint" id="submit-wait">${submitWait}</p>` : nothing}
    <div class="actions">
      <span class="status" part="status" role="status">${statusText(state, dialog.phase)}</span>
      ${state === 'failed' ? html`<button type="button" @click=${onRetry}>${msg('Try again', { id: 'retry' })}</button>` : nothing}
      <button
        type="button"
        class="primary"
        part="submit-button"
        aria-describedby=${submitWait ? 'submit-wait' : nothing}
        ?disabled=${!chosen || !canAct || dialog.incomplete || !!submitWait}
        @click=${onSubmit}
      >
        ${msg('Submit wrap-up', { id: 'submit' })}
      </button>
    </div>
    <div class="visually-hidden" aria-live="polite" aria-atomic="true">${announcement}</div>
  </div>`;
}
