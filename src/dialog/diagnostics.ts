/**
 * What is said when something is wrong, loaded only when something is (a sibling chunk of the
 * drop-in): the settings problems in words, for the host's developer (the console, `wrapup-error`
 * and the dialog's message area), and why a wrap-up was not sent, for the agent.
 */
import { msg, str } from '@lit/localize';
import { CHANNELS, MAX_ID_LENGTH, MAX_SECONDS, SCENARIOS, type ProblemKind, type SettingProblem } from '../settings.js';
import { MAX_NAME_LENGTH } from '../reasons.js';
import type { Failure } from '../wrapup/host.js';

/** Which entry of a list: "reason 3", "suggestion 1". */
const entry = ({ field, at }: SettingProblem) => `${field === 'reasons' ? 'reason' : 'suggestion'} ${at}`;
const got = ({ got }: SettingProblem) => `got "${String(got)}"`;

const sentences: Record<ProblemKind, (problem: SettingProblem) => string> = {
  seconds: (p) => `${p.field} must be a number of seconds; ${got(p)}`,
  negative: (p) => `${p.field} must not be negative; got ${String(p.got)}`,
  'over-a-day': (p) => `${p.field} must be at most ${MAX_SECONDS} seconds (a day); got ${String(p.got)}`,
  'one-of': (p) => `${p.field} must be one of ${(p.field === 'channel' ? CHANNELS : SCENARIOS).join(', ')}; ${got(p)}`,
  blank: () => 'interaction-id must be a non-empty string',
  'too-long': () => `interaction-id must be at most ${MAX_ID_LENGTH} characters`,
  instant: (p) => `ended-at must be an ISO 8601 instant or epoch milliseconds; ${got(p)}`,
  url: (p) => `submit-url must be an http(s) URL; ${got(p)}`,
  epoch: (p) => `server-time must be epoch milliseconds; ${got(p)}`,
  'not-a-list': (p) =>
    p.field === 'reasons' ? 'reasons must be an array of { id, name } objects' : 'suggestions must be an array of { id, confidence?, label? } objects',
  'not-an-object': (p) => `${entry(p)} is not an object`,
  'no-id': (p) => `${entry(p)} has no id`,
  'repeated-id': (p) => `${entry(p)} repeats the id "${String(p.got)}"`,
  'no-name': (p) => `${entry(p)} ("${String(p.got)}") has no name`,
  'long-name': (p) => `${entry(p)} ("${String(p.got)}") has a name longer than ${MAX_NAME_LENGTH} characters`,
  'not-a-reason': (p) => `${p.at ? `${entry(p)} ("${String(p.got)}")` : `default-reason "${String(p.got)}"`} is not one of the reasons`,
  'no-default': () => 'auto-wrapup is set but default-reason is missing',
  notes: (p) => `notes must be "optional" or "required"; ${got(p)}`,
  positive: (p) => `${p.field} must be a whole number above 0; ${got(p)}`,
  whole: (p) => `${p.field} must be a whole number, 0 or more; ${got(p)}`,
  confidence: (p) => `${entry(p)} ("${String(p.got)}") has a confidence outside 0 to 1`,
};

/** A settings problem in words: what is wrong, with the attribute's name and what it got. */
export const describe = (problem: SettingProblem): string => sentences[problem.kind](problem);

/** Why the wrap-up was not sent, for the agent. */
export function failureText(failure: Failure): string {
  switch (failure.kind) {
    case 'no-interaction':
      return msg('This wrap-up has no interaction id, so it cannot be submitted.', { id: 'error.no-interaction' });
    case 'no-url':
      return msg('No submit URL is configured.', { id: 'error.no-url' });
    case 'no-default':
      return msg('Time is up, but no default reason is set. Choose a reason and submit.', { id: 'expire.no-default' });
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
