/**
 * What is said when something is wrong, loaded only when something is (a sibling chunk of the
 * drop-in): the settings problems in words, for the host's developer (the console, `wrapup-error`
 * and the dialog's message area), and why a wrap-up was not sent, for the agent.
 */
import { msg, str } from '@lit/localize';
import { WrapupError, WrapupErrorEvent } from '../events.js';
import { CHANNELS, MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_SECONDS, SCENARIOS, type ProblemKind, type SettingProblem } from './validation.js';
import type { Failure } from '../wrapup/wrapup-owner.js';

/**
 * Each problem's sentence: the attribute's name, what it must be and what it got, in the page's
 * language (a translator keeps the names of attributes and values as they are).
 */
const sentences: Record<ProblemKind, (problem: SettingProblem) => string> = {
  seconds: ({ field, got }) => msg(str`${field} must be a number of seconds; got "${got}"`, { id: 'problem.seconds' }),
  negative: ({ field, got }) => msg(str`${field} must not be negative; got ${got}`, { id: 'problem.negative' }),
  'over-a-day': ({ field, got }) => {
    const max = MAX_SECONDS;
    return msg(str`${field} must be at most ${max} seconds (a day); got ${got}`, { id: 'problem.over-a-day' });
  },
  'one-of': ({ field, got }) => {
    const allowed = (field === 'channel' ? CHANNELS : SCENARIOS).join(', ');
    return msg(str`${field} must be one of ${allowed}; got "${got}"`, { id: 'problem.one-of' });
  },
  blank: () => msg('interaction-id must be a non-empty string', { id: 'problem.blank' }),
  'too-long': () => {
    const max = MAX_ID_LENGTH;
    return msg(str`interaction-id must be at most ${max} characters`, { id: 'problem.too-long' });
  },
  instant: ({ field, got }) => msg(str`${field} must be an ISO 8601 instant or epoch milliseconds; got "${got}"`, { id: 'problem.instant' }),
  'no-element': ({ field, got }) => msg(str`${field} names no element: there is no id "${got}" to follow`, { id: 'problem.no-element' }),
  url: ({ got }) => msg(str`submit-url must be an http(s) URL; got "${got}"`, { id: 'problem.url' }),
  epoch: ({ got }) => msg(str`server-time must be epoch milliseconds; got "${got}"`, { id: 'problem.epoch' }),
  'epoch-seconds': ({ field, got }) => msg(str`${field} must be epoch milliseconds; "${got}" is in seconds`, { id: 'problem.epoch-seconds' }),
  'not-a-list': ({ field }) =>
    field === 'reasons'
      ? msg('reasons must be an array of { id, name } objects', { id: 'problem.reasons.not-a-list' })
      : field === 'tags'
        ? msg('tags must be an array of { id, name, group? } objects', { id: 'problem.tags.not-a-list' })
        : msg('suggestions must be an array of { id, confidence?, label? } objects', { id: 'problem.suggestions.not-a-list' }),
  'not-an-object': ({ at }) => msg(str`reason ${at} is not an object`, { id: 'problem.reason.not-an-object' }),
  'no-id': ({ field, at, got }) =>
    field !== 'reasons'
      ? msg(str`suggestion ${at} has no id`, { id: 'problem.suggestion.no-id' })
      : typeof got === 'number'
        ? msg(str`reason ${at} has the id ${got}, a number: ids are strings`, { id: 'problem.reason.number-id' })
        : msg(str`reason ${at} has no id`, { id: 'problem.reason.no-id' }),
  'repeated-id': ({ at, got: id }) => msg(str`reason ${at} repeats the id "${id}"`, { id: 'problem.reason.repeated-id' }),
  'no-name': ({ at, got: id }) => msg(str`reason ${at} ("${id}") has no name`, { id: 'problem.reason.no-name' }),
  'long-name': ({ at, got: id }) => {
    const max = MAX_NAME_LENGTH;
    return msg(str`reason ${at} ("${id}") has a name longer than ${max} characters`, { id: 'problem.reason.long-name' });
  },
  'not-a-reason': ({ at, got: id }) =>
    at
      ? msg(str`suggestion ${at} ("${id}") is not one of the reasons`, { id: 'problem.suggestion.not-a-reason' })
      : msg(str`default-reason "${id}" is not one of the reasons`, { id: 'problem.default.not-a-reason' }),
  'no-default': () => msg('auto-wrapup is set but default-reason is missing', { id: 'problem.no-default' }),
  notes: ({ got }) => msg(str`notes must be "optional" or "required"; got "${got}"`, { id: 'problem.notes' }),
  positive: ({ field, got }) => msg(str`${field} must be a whole number above 0; got "${got}"`, { id: 'problem.positive' }),
  whole: ({ field, got }) => msg(str`${field} must be a whole number, 0 or more; got "${got}"`, { id: 'problem.whole' }),
  confidence: ({ at, got: id }) => msg(str`suggestion ${at} ("${id}") has a confidence outside 0 to 1`, { id: 'problem.suggestion.confidence' }),
  // A reason's fields: `got` is [reason id, field id, type], `at` the field's place.
  'fields-not-a-list': ({ got }) => {
    const [reason] = got as string[];
    return msg(str`reason "${reason}": fields must be an array of { id, label, type } objects`, { id: 'problem.fields.not-a-list' });
  },
  'field-no-id': ({ got, at }) => {
    const [reason] = got as string[];
    return msg(str`reason "${reason}", field ${at}: has no id`, { id: 'problem.field.no-id' });
  },
  'field-repeated-id': ({ got, at }) => {
    const [reason, field] = got as string[];
    return msg(str`reason "${reason}", field ${at}: repeats the id "${field}"`, { id: 'problem.field.repeated-id' });
  },
  'field-no-label': ({ got }) => {
    const [reason, field] = got as string[];
    return msg(str`reason "${reason}", field "${field}": has no label`, { id: 'problem.field.no-label' });
  },
  'field-type': ({ got }) => {
    const [reason, field, type] = got as string[];
    const allowed = 'text, number, date, datetime, select, tel, checkbox';
    return msg(str`reason "${reason}", field "${field}": type must be one of ${allowed}; got "${type}"`, { id: 'problem.field.type' });
  },
  'field-options': ({ got }) => {
    const [reason, field] = got as string[];
    return msg(str`reason "${reason}", field "${field}": a select needs options, each with an id and a name`, { id: 'problem.field.options' });
  },
  'field-range': ({ got }) => {
    const [reason, field] = got as string[];
    return msg(str`reason "${reason}", field "${field}": min is above max`, { id: 'problem.field.range' });
  },
  'field-pattern': ({ got }) => {
    const [reason, field] = got as string[];
    return msg(str`reason "${reason}", field "${field}": pattern is not a valid regular expression`, { id: 'problem.field.pattern' });
  },
  'default-fields': ({ got: id }) =>
    msg(str`default-reason "${id}" has required fields, which the automatic wrap-up cannot fill in`, { id: 'problem.default.fields' }),
  'tag-no-id': ({ at }) => msg(str`tag ${at} has no id`, { id: 'problem.tag.no-id' }),
  'tag-repeated-id': ({ at, got: id }) => msg(str`tag ${at} repeats the id "${id}"`, { id: 'problem.tag.repeated-id' }),
  'tag-no-name': ({ at, got: id }) => msg(str`tag ${at} ("${id}") has no name`, { id: 'problem.tag.no-name' }),
  summary: () => msg('summary must be { text: string, state?: "pending" | "ready" | "failed" }', { id: 'problem.summary' }),
  'summary-no-notes': () => msg('summary is set but notes is not: the summary is shown in the notes field', { id: 'problem.summary.no-notes' }),
  late: ({ got }) => {
    const [seconds, auto] = got as number[];
    return msg(str`min-wrapup (${seconds} s) is past the auto wrap-up (${auto} s), which sends first`, { id: 'problem.min-wrapup.late' });
  },
};

/** A settings problem in words: what is wrong, with the attribute's name and what it got. */
export const describe = (problem: SettingProblem): string => sentences[problem.kind](problem);

/** The problems each element has reported, so that each is reported once. */
const reported = new WeakMap<HTMLElement, Set<string>>();

/** Reports each of `problems` that `element` has not reported yet: in the console and through `emit`. */
export function report(
  element: HTMLElement,
  problems: readonly SettingProblem[],
  emit = (event: WrapupErrorEvent): unknown => element.dispatchEvent(event),
): void {
  const done = reported.get(element) ?? new Set<string>();
  reported.set(element, done);
  for (const problem of problems) {
    const key = JSON.stringify(problem);
    if (done.has(key)) continue;
    done.add(key);
    const message = describe(problem);
    console.warn(`<${element.localName}>: ${message}`);
    emit(new WrapupErrorEvent(new WrapupError(message, problem.field), 0, true));
  }
}

/** Something about the page that the host's developer should know; not a problem of an element. */
export type Notice =
  | { kind: 'no-storage'; error: unknown }
  | { kind: 'defined'; tagName: string }
  | { kind: 'no-locale'; tag: string | null | undefined; supported: string[] }
  | { kind: 'locale-failed'; error: unknown };

/** What the console is told of the page's environment, beside the elements' own problems. */
const notices: { [K in Notice['kind']]: (notice: Extract<Notice, { kind: K }>) => unknown[] } = {
  'no-storage': ({ error }) => ['no storage; a reload loses the wrap-ups in progress.', error],
  defined: ({ tagName }) => [`<${tagName}> is already defined by another copy; keeping the first definition.`],
  'no-locale': ({ tag, supported }) => [`no translation for locale "${tag}"; using English. Supported: ${supported.join(', ')}.`],
  'locale-failed': ({ error }) => ['could not switch locale', error],
};

/** Warns the host's developer in the console (in English, as the browser's own messages). */
export function warn(notice: Notice): void {
  const [message, ...rest] = notices[notice.kind](notice as never);
  console.warn(`wrapup-elements: ${String(message)}`, ...rest);
}

/** The attribute that each kind of failure is about. */
const failureFields: Partial<Record<Failure['kind'], string>> = {
  'no-interaction': 'interaction-id',
  'no-url': 'submit-url',
  'no-default': 'default-reason',
};

/** A failure as `wrapup-error` tells it to the host: the agent's sentence, the attribute, the status. */
export const failureError = (failure: Failure): WrapupError =>
  new WrapupError(failureText(failure), failureFields[failure.kind], failure.kind === 'status' ? failure.status : undefined);

/** Why the wrap-up was not sent, for the agent. */
export function failureText(failure: Failure): string {
  switch (failure.kind) {
    case 'no-interaction':
      return msg('This wrap-up has no interaction id, so it cannot be submitted.', { id: 'error.no-interaction' });
    case 'no-url':
      return msg('No submit URL is configured.', { id: 'error.no-url' });
    case 'no-default':
      return msg('Time is up, but no default reason is set. Choose a reason and submit.', { id: 'expire.no-default' });
    case 'unsure':
      return msg('Sending this wrap-up was interrupted, so it may have gone through. Check, then try again.', { id: 'failure.unsure' });
    default:
      return failureMessage(failure.status);
  }
}

/** What the agent reads when a submission failed for good; the status code says which. */
function failureMessage(status: number | undefined): string {
  if (status === undefined) return msg('The contact center could not be reached.', { id: 'failure.network' });
  if (status === 401 || status === 403) {
    return msg(str`You are not allowed to wrap up this interaction (${status}).`, { id: 'failure.auth' });
  }
  if (status === 404) return msg(str`The contact center does not know this interaction (${status}).`, { id: 'failure.not-found' });
  if (status >= 400 && status < 500) return msg(str`The contact center refused this wrap-up (${status}).`, { id: 'failure.rejected' });
  return msg(str`The contact center answered with an error (${status}).`, { id: 'failure.server' });
}
