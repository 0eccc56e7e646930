/** The public data shapes of the contract. */

/** One wrap-up reason the agent can choose. */
export interface WrapupReason {
  /** Stable id sent to the contact center. */
  id: string;
  /** What the agent reads. Rendered as text, never as HTML. */
  name: string;
  /** Heading the reason is listed under. */
  group?: string;
  /** A longer explanation; searched as well as the name. */
  description?: string;
}

/** The kind of interaction being wrapped up. */
export type Channel = 'voice' | 'chat' | 'email' | 'social';

/** What happened to the interaction: the four scenarios of the source document. */
export type Scenario = 'end' | 'transfer' | 'send' | 'customer-end';

/** The body of the "wrap-up complete" POST. */
export interface Wrapup {
  interactionId: string;
  reasonId: string;
  reasonName: string;
  /** True when the countdown sent it. */
  auto: boolean;
  channel: Channel;
  scenario: Scenario;
  /** ISO 8601 UTC, server time. */
  endedAt: string;
  /**
   * ISO 8601 UTC, server time: when the agent submitted it, or for an auto wrap-up the
   * deadline (even when the page was closed then and sent it later).
   */
  wrappedUpAt: string;
  /** Whether the agent extended or cancelled the countdown. */
  extended: boolean;
  /** ISO 8601 UTC, server time: when the wrap-up was first sent. */
  sentAt: string;
  /** The agent's note, trimmed; absent when there is none. */
  notes?: string;
  /** Whether the reason was among the host's `suggestions`; absent when the host gave none. */
  suggested?: boolean;
  /** The reason's 1-based place among the suggestions, when it was one. */
  suggestionRank?: number;
}

/** A reason the host suggests for this interaction (from a model, a rule, a CRM). */
export interface WrapupSuggestion {
  /** Id of one of the reasons. */
  id: string;
  /** How sure the suggester is, 0 to 1; shown as a percentage. */
  confidence?: number;
  /** Why it is suggested, in the host's words; shown beside the reason. */
  label?: string;
}

/** Where a `<wrapup-dialog>` is in its life. */
export type WrapupState = 'idle' | 'open' | 'submitting' | 'retrying' | 'done' | 'failed';
