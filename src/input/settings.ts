/**
 * What the host configured on a `<wrapup-dialog>`, once checked (see `validation.ts`, which
 * reports each problem by its attribute and leaves the rest usable).
 */
import type { InstantInput } from '../time/instant.js';
import type { Channel, Scenario } from '../types.js';

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

/** The URL to POST to: `{interactionId}` replaced by the URL-encoded id. */
export function submitUrlFor(template: string, interactionId: string): string {
  return template.replaceAll('{interactionId}', encodeURIComponent(interactionId));
}
