/**
 * The body of the "wrap-up complete" POST, built from the stored record and the reason sent.
 * Its fields are the contract's: nothing else goes to the contact center.
 */
import type { WrapupRecord } from '../store.js';
import type { Channel, Scenario, Wrapup, WrapupReason } from '../types.js';

/** What {@link buildWrapup} builds the body from. */
export interface WrapupFacts {
  record: WrapupRecord;
  reason: WrapupReason;
  /** Whether the countdown sent it. */
  auto: boolean;
  interactionId: string;
  channel: Channel;
  scenario: Scenario;
  /** Server time now, epoch ms. */
  now: number;
}

/** The POST body: times as ISO 8601 UTC in server time. */
export function buildWrapup({ record, reason, auto, interactionId, channel, scenario, now }: WrapupFacts): Wrapup {
  return {
    interactionId,
    reasonId: reason.id,
    reasonName: reason.name,
    auto,
    channel,
    scenario,
    endedAt: new Date(record.endedAt).toISOString(),
    wrappedUpAt: new Date(now).toISOString(),
    extended: record.extensions > 0,
  };
}
