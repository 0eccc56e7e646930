/**
 * The auto wrap-up countdown: the time left (a `timer`), and the extend control when the
 * administrator allows it; or, once cancelled, what the agent must do instead.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { extendLabel } from './messages.js';
import { tickingCounter, type Count } from './ticking-counter.js';

/** What the countdown shows. */
export interface CountdownView {
  /** Epoch ms; null when cancelled; undefined when there is no auto wrap-up. */
  deadline: number | null | undefined;
  /** The time left. */
  left: Count;
  /** Less than the warning time is left. */
  warning: boolean;
  /** Seconds an extension adds, `cancel` when it cancels; undefined: no extend control. */
  extendSeconds: number | 'cancel' | undefined;
  onExtend: () => void;
}

export function countdown({ deadline, left, warning, extendSeconds, onExtend }: CountdownView): TemplateResult | typeof nothing {
  if (deadline === undefined) return nothing;
  if (deadline === null) {
    return html`<div class="countdown" part="countdown">
      ${msg('Auto wrap-up cancelled. Submit when you are done.', { id: 'extend.cancelled' })}
    </div>`;
  }
  const label = msg('Auto wrap-up in', { id: 'countdown.label' });
  return html`<div class="countdown ${warning ? 'warning' : ''}" part="countdown">
    ${label} ${tickingCounter(label, left)}
    ${extendSeconds === undefined
      ? nothing
      : html`<button type="button" part="extend-button" aria-keyshortcuts="Alt+X" @click=${onExtend}>
          ${extendSeconds === 'cancel' ? msg('Cancel auto wrap-up', { id: 'extend.cancel' }) : extendLabel(extendSeconds)}
        </button>`}
  </div>`;
}
