/**
 * What the dialog in front says about the others that wait behind it: how many, when the next
 * auto wrap-up among them is due, a button to switch to each, and the announcement when one of
 * them was sent by its countdown. Part of the open dialog's chunk (`modal.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { byCount } from './messages.js';
import { tickingCounter, type Count } from './ticking-counter.js';

/** A waiting wrap-up, and how to bring it forward. */
export interface Waiting {
  label: string;
  onSwitch: () => void;
}

/** "2 more wrap-ups waiting", with the locale's plural form. */
function waitingText(count: number): string {
  return byCount(count, {
    one: (count) => msg(str`${count} more wrap-up waiting`, { id: 'waiting.one' }),
    two: (count) => msg(str`${count} more wrap-ups waiting`, { id: 'waiting.two' }),
    few: (count) => msg(str`${count} more wrap-ups waiting`, { id: 'waiting.few' }),
    many: (count) => msg(str`${count} more wrap-ups waiting`, { id: 'waiting.many' }),
    other: (count) => msg(str`${count} more wrap-ups waiting`, { id: 'waiting.other' }),
  });
}

/** Said by the dialog in front when a waiting one was sent by its countdown. */
export const autoSentText = (name: string): string => msg(str`${name} was wrapped up automatically.`, { id: 'waiting.auto-sent' });

/** How many other wrap-ups wait, when the next is due, and a button to switch to each. */
export function waitingList(waiting: Waiting[], next: Count | undefined): TemplateResult {
  const label = msg('next auto wrap-up in', { id: 'waiting.next' });
  return html`<nav class="waiting" part="waiting" aria-label=${msg('Other wrap-ups', { id: 'waiting.label' })}>
    <p>${waitingText(waiting.length)} ${next ? html`· ${label} ${tickingCounter(label, next)}` : nothing}</p>
    ${waiting.map(({ label, onSwitch }) => html`<button type="button" @click=${onSwitch}>${msg(str`Switch to ${label}`, { id: 'waiting.switch' })}</button>`)}
  </nav>`;
}
