/**
 * The auto wrap-up deadline: when it is, and when the alarm that keeps it must next wake.
 * A deadline, not a count of ticks: every answer is computed from the clock's reading.
 */
import type { Settings } from '../input/settings.js';
import type { WrapupRecord } from './store.js';

/** Seconds before the deadline at which the agent is warned (WCAG 2.2.1 asks for 20; the dialog does it). */
export const WARNING_SECONDS = 20;
/** `setTimeout` runs a longer delay at once; a later alarm wakes at this and re-arms. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Epoch ms (server time) of the auto wrap-up: `endedAt` plus `auto-wrapup`, plus
 * `extend-seconds` per extension; null when the countdown was cancelled; undefined when there
 * is none (no `auto-wrapup`, or not started).
 */
export function deadlineOf(
  { autoWrapup, extendSeconds }: Pick<Settings, 'autoWrapup' | 'extendSeconds'>,
  endedAt: number | undefined,
  record: Pick<WrapupRecord, 'cancelled' | 'extensions'> | undefined,
): number | null | undefined {
  if (!autoWrapup || endedAt === undefined) return undefined;
  if (record?.cancelled) return null;
  return endedAt + (autoWrapup + (record?.extensions ?? 0) * (extendSeconds ?? 0)) * 1000;
}

/** How long the alarm that keeps `deadline` waits from `now`: 0 once it has passed. */
export const alarmDelay = (deadline: number, now: number): number => Math.max(0, Math.min(MAX_TIMEOUT_MS, deadline - now));
