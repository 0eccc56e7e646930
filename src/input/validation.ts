/**
 * Every check of what the host gave a `<wrapup-dialog>` (settings, reasons, `server-time`, the
 * default reason) and a `<wrapup-timer>` (its instants); the notes, suggestions and recent
 * settings are checked with their chunk (`dialog/extras.ts`), loaded when one is set. None
 * throws: each problem names its attribute (`field`), so it can be shown and fired as
 * `wrapup-error`, and the rest stays usable. The words for them are `dialog/diagnostics.ts`'s.
 */
import { parseInstant, type InstantInput } from '../time/instant.js';
import type { Channel, Scenario, WrapupReason } from '../types.js';
import { ReasonIndex } from './reasons.js';
import type { RawSettings, Settings } from './settings.js';

/** The longest auto wrap-up or extension taken: a day. Longer is a mistake, not a setting. */
export const MAX_SECONDS = 86_400;
/** Longest interaction id accepted; ids go into URLs and storage keys. */
export const MAX_ID_LENGTH = 256;

export const CHANNELS: readonly Channel[] = ['voice', 'chat', 'email', 'social'];
export const SCENARIOS: readonly Scenario[] = ['end', 'transfer', 'send', 'customer-end'];

/** Names longer than this are refused: no real reason needs more, and they break layouts. */
export const MAX_NAME_LENGTH = 200;

/**
 * One unusable setting. `field` is the attribute name; `kind` says what is wrong, `got` what was
 * given and `at` which entry of a list (1-based). They are put into words by `diagnostics.ts`,
 * which is loaded only when there is something to say.
 */
export interface SettingProblem {
  field: string;
  kind: ProblemKind;
  got?: unknown;
  at?: number;
}

/** What can be wrong with a setting, a reason or a suggestion. */
export type ProblemKind =
  | 'seconds'
  | 'negative'
  | 'over-a-day'
  | 'one-of'
  | 'blank'
  | 'too-long'
  | 'instant'
  | 'no-element'
  | 'url'
  | 'epoch'
  | 'epoch-seconds'
  | 'not-a-list'
  | 'not-an-object'
  | 'no-id'
  | 'repeated-id'
  | 'no-name'
  | 'long-name'
  | 'not-a-reason'
  | 'no-default'
  | 'notes'
  | 'positive'
  | 'whole'
  | 'confidence'
  | 'fields-not-a-list'
  | 'field-no-id'
  | 'field-repeated-id'
  | 'field-no-label'
  | 'field-type'
  | 'field-options'
  | 'field-range'
  | 'field-pattern'
  | 'default-fields'
  | 'tag-no-id'
  | 'tag-repeated-id'
  | 'tag-no-name'
  | 'summary'
  | 'summary-no-notes'
  | 'late';

// ── settings ─────────────────────────────────────────────────────────────────────────────

/** An attribute that is absent, removed or empty means "not set". */
const isSet = (value: unknown): boolean => value != null && value !== '';
/** A string with more than blanks in it. */
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function seconds(field: string, value: unknown, problems: SettingProblem[]): number | undefined {
  if (!isSet(value)) return undefined;
  const number = typeof value === 'string' ? Number(value) : value; // (which trims blanks)
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    problems.push({ field, kind: 'seconds', got: value });
  } else if (number < 0) {
    problems.push({ field, kind: 'negative', got: number });
  } else if (number > MAX_SECONDS) {
    problems.push({ field, kind: 'over-a-day', got: number });
  } else {
    return number;
  }
  return undefined;
}

function oneOf<T extends string>(
  field: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  problems: SettingProblem[],
): T {
  if (!isSet(value)) return fallback;
  if (allowed.includes(value as T)) return value as T;
  problems.push({ field, kind: 'one-of', got: value });
  return fallback;
}

/** Checks every setting; never throws. `now`: the page clock's reading, to tell epoch seconds. */
export function validateSettings(raw: RawSettings, now?: number): { settings: Settings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];

  let interactionId: string | undefined;
  if (isSet(raw.interactionId)) {
    if (!isText(raw.interactionId)) {
      problems.push({ field: 'interaction-id', kind: 'blank' });
    } else if (raw.interactionId.length > MAX_ID_LENGTH) {
      problems.push({ field: 'interaction-id', kind: 'too-long' });
    } else {
      interactionId = raw.interactionId;
    }
  }

  const endedAt = readInstant('ended-at', raw.endedAt, problems, now);

  let submitUrl: string | undefined;
  if (isSet(raw.submitUrl)) {
    try {
      // (What is not a string has no `replaceAll`: that throws too.)
      const { protocol } = new URL((raw.submitUrl as string).replaceAll('{interactionId}', 'x'), document.baseURI);
      if (/^https?:$/.test(protocol)) submitUrl = raw.submitUrl as string;
    } catch {
      // not a URL
    }
    if (!submitUrl) problems.push({ field: 'submit-url', kind: 'url', got: raw.submitUrl });
  }

  const extendSeconds = seconds('extend-seconds', raw.extendSeconds, problems);
  return {
    settings: {
      interactionId,
      channel: oneOf('channel', raw.channel, CHANNELS, 'voice', problems),
      scenario: oneOf('scenario', raw.scenario, SCENARIOS, 'end', problems),
      endedAt: Number.isNaN(endedAt) ? undefined : endedAt,
      autoWrapup: seconds('auto-wrapup', raw.autoWrapup, problems) ?? 0,
      extendSeconds: extendSeconds === 0 ? undefined : extendSeconds,
      submitUrl,
    },
    problems,
  };
}

// ── reasons ──────────────────────────────────────────────────────────────────────────────

/** The usable reasons, and why the others were left out. */
export interface ValidatedReasons {
  index: ReasonIndex;
  /** Each names the entry (`at`, 1-based) and what is wrong with it. */
  problems: SettingProblem[];
}

/** What is wrong with `entry` as a reason, or undefined when nothing is. */
function problemOf(entry: unknown, seen: ReadonlyMap<string, unknown>): Pick<SettingProblem, 'kind' | 'got'> | undefined {
  if (typeof entry !== 'object' || !entry) return { kind: 'not-an-object' };
  const { id, name } = entry as Record<string, unknown>;
  if (!isText(id)) return { kind: 'no-id', got: id };
  if (seen.has(id)) return { kind: 'repeated-id', got: id };
  if (!isText(name)) return { kind: 'no-name', got: id };
  if (name.length > MAX_NAME_LENGTH) return { kind: 'long-name', got: id };
  return undefined;
}

/**
 * Keeps every well-formed reason, in order, and says what is wrong with each one left out:
 * entries that are not objects, missing or empty ids, duplicate ids (the first wins), names
 * that are missing, not strings, blank or longer than {@link MAX_NAME_LENGTH}; or that the
 * input is not a list at all. A blank group or description, or a group path with a blank
 * level, is left out (an empty path is no group), from a copy; a reason with nothing to leave
 * out is the host's own object. A reason's fields are kept as given and checked with the forms.
 */
export function validateReasons(input: unknown): ValidatedReasons {
  const reasons: WrapupReason[] = [];
  const byId = new Map<string, WrapupReason>();
  if (!Array.isArray(input)) return { index: new ReasonIndex(reasons, byId), problems: [{ field: 'reasons', kind: 'not-a-list' }] };
  const problems: SettingProblem[] = [];
  input.forEach((entry: unknown, index) => {
    const problem = problemOf(entry, byId);
    if (problem) {
      problems.push({ field: 'reasons', at: index + 1, ...problem });
      return;
    }
    let reason = entry as WrapupReason;
    const { group, description } = reason;
    const badGroup = group !== undefined && !isText(group) && !(Array.isArray(group) && group.every(isText));
    const badDescription = description !== undefined && !isText(description);
    // Kept as given, but for what is left out: 10,000 copies would be a frame's worth of garbage.
    if (badGroup || badDescription) {
      reason = { ...reason };
      if (badGroup) delete reason.group;
      if (badDescription) delete reason.description;
    }
    byId.set(reason.id, reason);
    reasons.push(reason);
  });
  return { index: new ReasonIndex(reasons, byId), problems };
}

// ── instants, the default reason ─────────────────────────────────────────────────────────

const YEAR_MS = 365 * 86_400_000;

/**
 * `value` as epoch ms (`ended-at`, `server-time`, a timer's `since`): undefined when it is not
 * given; NaN when it is no instant or, given the page clock's `now`, epoch seconds (read as
 * seconds, within a year of `now`; read as ms, a January 1970 that would start a countdown
 * that ended decades ago). Either adds a problem naming `field` to `problems`.
 */
export function readInstant(field: string, value: unknown, problems: SettingProblem[], now?: number, kind: ProblemKind = 'instant'): number | undefined {
  const time = parseInstant(value as InstantInput);
  // (Not near a test's clock at 1970; undefined and NaN compare false.)
  const seconds = now! > 1e12 && Math.abs(time! * 1000 - now!) < YEAR_MS;
  if (seconds || Number.isNaN(time)) problems.push({ field, kind: seconds ? 'epoch-seconds' : kind, got: value });
  return seconds ? NaN : time;
}

/** The default reason must be one of the list, and is needed once there is a countdown. */
export function checkDefaultReason(defaultReason: string | undefined, autoWrapup: number, index: ReasonIndex): SettingProblem[] {
  if (defaultReason && !index.get(defaultReason)) return [{ field: 'default-reason', kind: 'not-a-reason', got: defaultReason }];
  return autoWrapup > 0 && !defaultReason ? [{ field: 'default-reason', kind: 'no-default' }] : [];
}
