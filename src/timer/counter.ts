/**
 * A counter's markup, shared by `<wrapup-timer>` and the dialog's own counters: the digits in a
 * `role="timer"` named in words ("Wrap-up time 1 minute, 5 seconds").
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatClock, formatDurationWords } from '../i18n/format.js';
import { getLocale } from '../i18n/localization.js';

/** `label` and, when known, `seconds` as `m:ss` digits and in words. */
export function counter(label: string, seconds?: number): TemplateResult {
  if (seconds === undefined) return html`<span part="time" role="timer" aria-label=${label}>–:––</span>`;
  const [digits, name] = counterText(label, seconds);
  return html`<span part="time" role="timer" aria-label=${name}>${digits}</span>`;
}

/** A counter's digits and its accessible name ("Wrap-up time 1 minute, 5 seconds"). */
export function counterText(label: string, seconds: number): [digits: string, name: string] {
  const locale = getLocale();
  const duration = formatDurationWords(seconds, locale);
  return [formatClock(seconds, locale), msg(str`${label} ${duration}`, { id: 'timer.name' })];
}

/** Whole seconds from `since` to `now`, never negative. */
export const secondsSince = (since: number, now: number): number => Math.max(0, Math.floor((now - since) / 1000));

/** Whole seconds from `now` until `until`, rounded up, never negative. */
export const secondsUntil = (until: number, now: number): number => Math.max(0, Math.ceil((until - now) / 1000));
