/**
 * The dialog's sentences that depend on a value. Each is a static `msg()` call so
 * `lit-localize extract` finds it; numbers and their plural forms come from `Intl`.
 */
import { msg, str } from '@lit/localize';
import { formatDurationWords } from '../i18n/format.js';
import { getLocale } from '../i18n/localization.js';
import type { Channel, Scenario, WrapupState } from '../types.js';
import type { SubmissionPhase } from '../wrapup/submission.js';

const headings: Record<Channel, Record<Scenario, () => string>> = {
  voice: {
    end: () => msg('Call ended', { id: 'heading.voice.end' }),
    transfer: () => msg('Call transferred', { id: 'heading.voice.transfer' }),
    send: () => msg('Call ended', { id: 'heading.voice.end' }),
    'customer-end': () => msg('Customer ended the call', { id: 'heading.voice.customer-end' }),
  },
  chat: {
    end: () => msg('Chat ended', { id: 'heading.chat.end' }),
    transfer: () => msg('Chat transferred', { id: 'heading.chat.transfer' }),
    send: () => msg('Chat message sent', { id: 'heading.chat.send' }),
    'customer-end': () => msg('Customer ended the chat', { id: 'heading.chat.customer-end' }),
  },
  email: {
    end: () => msg('Email closed', { id: 'heading.email.end' }),
    transfer: () => msg('Email transferred', { id: 'heading.email.transfer' }),
    send: () => msg('Email reply sent', { id: 'heading.email.send' }),
    'customer-end': () => msg('Customer closed the email', { id: 'heading.email.customer-end' }),
  },
  social: {
    end: () => msg('Conversation ended', { id: 'heading.social.end' }),
    transfer: () => msg('Conversation transferred', { id: 'heading.social.transfer' }),
    send: () => msg('Reply sent', { id: 'heading.social.send' }),
    'customer-end': () => msg('Customer ended the conversation', { id: 'heading.social.customer-end' }),
  },
};

/** What happened to the interaction: "Call ended", "Chat transferred", "Email reply sent". */
export const headingFor = (channel: Channel, scenario: Scenario): string => headings[channel][scenario]();

type Forms = Partial<Record<Intl.LDMLPluralRule, (n: string) => string>> & { other: (n: string) => string };

/** A locale's plural rules and digits, made once: making them costs some 30 times using them, on every key and tick. */
const pluralsAndDigits = new Map<string, [Intl.PluralRules, Intl.NumberFormat]>();

/** The form of `count`'s plural category in the page's locale, with `count` in its digits. */
export function byCount(count: number, forms: Forms): string {
  const locale = getLocale();
  let made = pluralsAndDigits.get(locale);
  if (!made) pluralsAndDigits.set(locale, (made = [new Intl.PluralRules(locale), new Intl.NumberFormat(locale)]));
  return (forms[made[0].select(count)] ?? forms.other)(made[1].format(count));
}

/** "12 reasons match", with the locale's plural form. */
export function matchCount(count: number): string {
  if (count === 0) return msg('No reasons match', { id: 'matches.none' });
  return byCount(count, {
    one: (count) => msg(str`${count} reason matches`, { id: 'matches.one' }),
    two: (count) => msg(str`${count} reasons match`, { id: 'matches.two' }),
    few: (count) => msg(str`${count} reasons match`, { id: 'matches.few' }),
    many: (count) => msg(str`${count} reasons match`, { id: 'matches.many' }),
    other: (count) => msg(str`${count} reasons match`, { id: 'matches.other' }),
  });
}

/** The extend control's label: "Extend by 30 seconds". */
export function extendLabel(extendSeconds: number): string {
  const duration = formatDurationWords(extendSeconds, getLocale());
  return msg(str`Extend by ${duration}`, { id: 'extend.by' });
}

/** The warning announced before auto wrap-up. */
export function warningText(secondsLeft: number, extendable: boolean): string {
  const duration = formatDurationWords(secondsLeft, getLocale());
  return extendable
    ? msg(str`Auto wrap-up in ${duration}. Press Alt+X to extend.`, { id: 'warning.extendable' })
    : msg(str`Auto wrap-up in ${duration}.`, { id: 'warning' });
}

/**
 * Said after each extension: the time now left, so that a second extension is announced too (a
 * live region repeats nothing that did not change); or, without a deadline, that the countdown
 * is cancelled.
 */
export function extendedText(secondsLeft: number | undefined): string {
  if (secondsLeft === undefined) return msg('Auto wrap-up cancelled. Submit when you are done.', { id: 'extend.cancelled' });
  const duration = formatDurationWords(secondsLeft, getLocale());
  return msg(str`Auto wrap-up extended: ${duration} left.`, { id: 'extend.done' });
}

/**
 * Why Submit waits, beside it: the interaction is still going on, or `min-wrapup` has not
 * passed (the time left in words); undefined when it does not wait for either.
 */
export function submitWait(live: boolean, secondsLeft: number): string | undefined {
  if (live) return msg('You can submit once the interaction has ended.', { id: 'submit.live' });
  if (secondsLeft <= 0) return undefined;
  const duration = formatDurationWords(secondsLeft, getLocale());
  return msg(str`You can submit in ${duration}.`, { id: 'submit.wait' });
}

/** The status line: how the submission is going. */
export function statusText(state: WrapupState, phase: SubmissionPhase | undefined): string {
  if (state === 'done') return msg('Submitted', { id: 'status.done' });
  if (state === 'retrying') {
    return phase === 'offline'
      ? msg('Offline — will send when the connection is back.', { id: 'status.offline' })
      : msg('Retrying…', { id: 'status.retrying' });
  }
  return state === 'submitting' && phase ? msg('Submitting…', { id: 'status.submitting' }) : '';
}
