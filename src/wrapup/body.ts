/**
 * The body of the "wrap-up complete" POST, built from the stored record and the reason sent.
 * Its fields are the contract's: nothing else goes to the contact center.
 */
import type { WrapupRecord } from './store.js';
import type { Channel, Scenario, Wrapup, WrapupReason, WrapupSuggestion } from '../types.js';
import { formErrors, formFields } from './form-values.js';

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
  /** The ids of the tags chosen (checked by the view); undefined when none. */
  tags?: readonly string[] | undefined;
  /** How the wrap-up went in this page. */
  metrics?: Wrapup['metrics'];
  /** Epoch ms before which the agent may not submit (`min-wrapup`). */
  earliest?: number | undefined;
}

/**
 * The POST body; undefined when the agent submits a form that is not complete (a required
 * field empty, a value not valid) or before `min-wrapup`: the agent goes on. The countdown never
 * waits: its body has the values that may be sent.
 *
 * Its times are ISO 8601 UTC in server time. The after-call work a contact center
 * reports is `wrappedUpAt − endedAt`: for an auto wrap-up that is the configured time, so
 * `wrappedUpAt` is the deadline even when the page was closed then and sends it later;
 * `sentAt` says when it actually left. `notes`, `suggested`, `suggestionRank`, `fields` and
 * `tags` are there only when they say something: a note was typed, the host gave suggestions,
 * the reason was one, the chosen reason's fields have values (only its own: what was typed for
 * another reason stays behind), a tag was chosen; `notesSource` with the notes, `suggestionIds`
 * when suggestions were shown, `metrics` when the dialog was shown in this page.
 */
export function buildWrapup(facts: WrapupFacts): Wrapup | undefined {
  const { record, reason, deadline, interactionId, channel, scenario, now, suggestions, tags, metrics } = facts;
  const values = record.fields?.[reason.id];
  if (deadline === undefined && (formErrors(reason, values).length || now < (facts.earliest ?? -Infinity))) return undefined;
  const sentAt = new Date(now).toISOString();
  const notes = record.notes?.trim();
  const fields = formFields(reason, values);
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
    ...(notes && { notes, notesSource: record.notesSource ?? 'agent' }),
    ...(suggestions && { suggested: rank! > 0 }),
    ...(rank && { suggestionRank: rank }),
    ...(suggestions?.length && { suggestionIds: suggestions.map(({ id }) => id) }),
    ...(fields && { fields }),
    ...(tags?.length && { tags: [...tags] }),
    ...(metrics && { metrics }),
  };
}
