/**
 * What the host configured on a `<wrapup-dialog>`, checked. Each problem names the attribute,
 * so the dialog can show it and fire `wrapup-error` with that field, and the rest stays usable.
 */
import { parseInstant, type InstantInput } from '../time/instant.js';
import type { Channel, Scenario } from '../types.js';

/** The longest auto wrap-up or extension taken: a day. Longer is a mistake, not a setting. */
export const MAX_SECONDS = 86_400;
/** Longest interaction id accepted; ids go into URLs and storage keys. */
export const MAX_ID_LENGTH = 256;

export const CHANNELS: readonly Channel[] = ['voice', 'chat', 'email', 'social'];
export const SCENARIOS: readonly Scenario[] = ['end', 'transfer', 'send', 'customer-end'];

/** The host's raw values, as attributes or properties gave them. */
export interface RawSettings {
  interactionId?: unknown;
  channel?: unknown;
  scenario?: unknown;
  endedAt?: InstantInput | null;
  autoWrapup?: unknown;
  extendSeconds?: unknown;
  submitUrl?: unknown;
}

/** Checked settings; a field with a problem falls back to its safe default. */
export interface Settings {
  interactionId: string | undefined;
  channel: Channel;
  scenario: Scenario;
  /** Epoch ms, or undefined for "when the dialog first opened". */
  endedAt: number | undefined;
  /** Seconds from `endedAt` to auto wrap-up; 0 for none. */
  autoWrapup: number;
  /** Seconds each extension adds; undefined: extending cancels the countdown. */
  extendSeconds: number | undefined;
  submitUrl: string | undefined;
}

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
  | 'url'
  | 'epoch'
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
  | 'confidence';

/** An attribute that is absent, removed or empty means "not set". */
const isSet = (value: unknown): boolean => value != null && value !== '';

function seconds(field: string, value: unknown, problems: SettingProblem[]): number | undefined {
  if (!isSet(value)) return undefined;
  const number = typeof value === 'string' ? Number(value.trim()) : value;
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

/** Checks every setting; never throws. */
export function validateSettings(raw: RawSettings): { settings: Settings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];

  let interactionId: string | undefined;
  if (isSet(raw.interactionId)) {
    if (typeof raw.interactionId !== 'string' || raw.interactionId.trim() === '') {
      problems.push({ field: 'interaction-id', kind: 'blank' });
    } else if (raw.interactionId.length > MAX_ID_LENGTH) {
      problems.push({ field: 'interaction-id', kind: 'too-long' });
    } else {
      interactionId = raw.interactionId;
    }
  }

  let endedAt = parseInstant(raw.endedAt ?? undefined);
  if (Number.isNaN(endedAt)) {
    problems.push({ field: 'ended-at', kind: 'instant', got: raw.endedAt });
    endedAt = undefined;
  }

  let submitUrl: string | undefined;
  if (isSet(raw.submitUrl)) {
    try {
      if (typeof raw.submitUrl !== 'string') throw new TypeError();
      const url = new URL(raw.submitUrl.replaceAll('{interactionId}', 'x'), document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError();
      submitUrl = raw.submitUrl;
    } catch {
      problems.push({ field: 'submit-url', kind: 'url', got: raw.submitUrl });
    }
  }

  const extendSeconds = seconds('extend-seconds', raw.extendSeconds, problems);
  return {
    settings: {
      interactionId,
      channel: oneOf('channel', raw.channel, CHANNELS, 'voice', problems),
      scenario: oneOf('scenario', raw.scenario, SCENARIOS, 'end', problems),
      endedAt,
      autoWrapup: seconds('auto-wrapup', raw.autoWrapup, problems) ?? 0,
      extendSeconds: extendSeconds === 0 ? undefined : extendSeconds,
      submitUrl,
    },
    problems,
  };
}

/** The URL to POST to: `{interactionId}` replaced by the URL-encoded id. */
export function submitUrlFor(template: string, interactionId: string): string {
  return template.replaceAll('{interactionId}', encodeURIComponent(interactionId));
}
