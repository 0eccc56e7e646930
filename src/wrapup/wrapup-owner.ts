/**
 * What a wrap-up and the element that owns it say to each other: the configuration it reads,
 * the calls it makes on the element, and why a submission could not be made.
 */
import type { ReasonIndex } from '../input/reasons.js';
import type { Settings } from '../input/settings.js';
import type { Wrapup, WrapupSuggestion } from '../types.js';
import type { FetchLike } from './submission.js';

/** Why a wrap-up could not be sent, for the view to put into words. */
export type Failure =
  | { kind: 'no-interaction' }
  | { kind: 'no-url' }
  | { kind: 'no-default' }
  /** The page that made the host's call closed before it ended: it may have gone through. */
  | { kind: 'unsure' }
  /** The server refused it, or could not be reached (`status` undefined). */
  | { kind: 'status'; status?: number };

/** What the wrap-up needs from the element that owns it. */
export interface WrapupOwner {
  /**
   * Fires one of the wrap-up's events on the element; false when it was cancelled. `away`: about
   * an interaction the element no longer shows (its detail has no `subject`).
   */
  emit(event: CustomEvent<object>, away?: boolean): boolean;
  /** Something the view shows has changed. */
  requestUpdate(): void;
  /** The wrap-up is done: stop showing it. */
  close(): void;
}

/** What the view showed that the body reports. */
export interface Shown {
  /** The host's usable suggestions, in its order; undefined when it gave none. */
  suggestions?: readonly WrapupSuggestion[] | undefined;
  /** The ids of the usable tags the agent chose, at most `max-tags`; undefined when none. */
  tags?: string[] | undefined;
  /** How the wrap-up went in this page (see `Wrapup.metrics`). */
  metrics?: Wrapup['metrics'];
  /** Epoch ms (server time) before which the agent may not submit (`min-wrapup`). */
  earliest?: number | undefined;
}

/** What the host configured, as the element checked it. */
export interface WrapupConfig {
  settings: Settings;
  /** The checked reasons; a function, so that reading the rest does not check a changed list. */
  reasons: () => ReasonIndex;
  defaultReason: string | undefined;
  extendable: boolean;
  /** Submit waits for a note. */
  notesRequired: boolean;
  fetch: FetchLike;
  /** What the view showed that the body reports, read when a wrap-up is built. */
  shown?: () => Shown | undefined;
}
