/**
 * The body of the "wrap-up complete" POST, built from the stored record and the reason sent.
 * Its fields are the contract's: nothing else goes to the contact center.
 */
import type { WrapupRecord } from './store.js';
import type { Channel, Scenario, Wrapup, WrapupReason, WrapupSuggestion } from '../types.js';

/** What {@link buildWrapup} builds the body from. */
export interface WrapupFacts {
  record: WrapupRecord;
  reason: WrapupReason;
  /** The deadline, when the countdown sent it (an auto wrap-up). */
  deadline: number | undefined;
  interactionId: string;
  channel: Channel;
  scenario: Scenario;
  /** Server time now, epoch ms. */
  now: number;
  /** The host's usable suggestions, in its order; undefined when it gave none. */
  suggestions?: readonly WrapupSuggestion[] | undefined;
}

/**
 * The POST body: times as ISO 8601 UTC in server time. The after-call work a contact center
 * reports is `wrappedUpAt − endedAt`: for an auto wrap-up that is the configured time, so
 * `wrappedUpAt` is the deadline even when the page was closed then and sends it later;
 * `sentAt` says when it actually left. `notes`, `suggested` and `suggestionRank` are there only
 * when they say something: a note was typed, the host gave suggestions, the reason was one.
 */
export function buildWrapup({ record, reason, deadline, interactionId, channel, scenario, now, suggestions }: WrapupFacts): Wrapup {
  const sentAt = new Date(now).toISOString();
  const notes = record.notes?.trim();
  const rank = suggestions && suggestions.findIndex(({ id }) => id === reason.id) + 1;
  return {
    interactionId,
    reasonId: reason.id,
    reasonName: reason.name,
    auto: deadline !== undefined,
    channel,
    scenario,
    endedAt: new Date(record.endedAt).toISOString(),
    wrappedUpAt: deadline === undefined ? sentAt : new Date(deadline).toISOString(),
    extended: record.extensions > 0,
    sentAt,
    ...(notes && { notes }),
    ...(suggestions && { suggested: rank! > 0 }),
    ...(rank && { suggestionRank: rank }),
  };
}
