/** The public data shapes of the contract. */

/** One wrap-up reason the agent can choose. */
export interface WrapupReason {
  /** Stable id sent to the contact center. */
  id: string;
  /** What the agent reads. Rendered as text, never as HTML. */
  name: string;
  /**
   * Heading the reason is listed under; a path (`['Billing', 'Refunds']`) for a code tree,
   * shown as nested headings. Search matches every level.
   */
  group?: string | string[];
  /** A longer explanation; searched as well as the name. */
  description?: string;
  /** What the agent fills in once this reason is chosen (a callback time, an amount), in order. */
  fields?: WrapupField[];
}

/** One field of a reason's wrap-up form. */
export interface WrapupField {
  /** Stable id: the key of its value in the POST body's `fields`. */
  id: string;
  /** What the agent reads. */
  label: string;
  type: 'text' | 'number' | 'date' | 'datetime' | 'select' | 'tel' | 'checkbox';
  /** Submit waits for it (the automatic wrap-up does not). A required checkbox must be ticked. */
  required?: boolean;
  /** The choices of a `select`. */
  options?: { id: string; name: string }[];
  /** Lowest and highest allowed: numbers for `number`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` for dates. */
  min?: number | string;
  max?: number | string;
  /** The most characters of a `text` or `tel` value. */
  maxLength?: number;
  /** A regular expression the whole of a `text` or `tel` value must match. */
  pattern?: string;
  /** Help shown under the field, and its accessible description. */
  description?: string;
}

/** A secondary label the agent may choose beside the one reason. */
export interface WrapupTag {
  id: string;
  name: string;
  /** Heading the tag is listed under. */
  group?: string;
}

/** The host's draft of the notes, as a model streams it. */
export interface WrapupSummary {
  text: string;
  /** `pending` while it is being drafted (default `ready`); `failed` when it could not be. */
  state?: 'pending' | 'ready' | 'failed';
}

/** Where the notes sent came from: the agent, the summary as it was, or the summary edited. */
export type NotesSource = 'agent' | 'summary' | 'summary-edited';

/** A field's value in the POST body: a number for `number`, a boolean for `checkbox`, else a string. */
export type WrapupFieldValue = string | number | boolean;

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
  /**
   * The chosen reason's fields that have a value, by id: `number` a number, `checkbox` a
   * boolean, `date` `YYYY-MM-DD`, `datetime` ISO 8601 UTC; absent when the reason has none.
   */
  fields?: Record<string, WrapupFieldValue>;
  /** The ids of the tags chosen; absent when none is. */
  tags?: string[];
  /** Where `notes` came from, whenever they are sent. */
  notesSource?: NotesSource;
  /** The ids of the suggestions shown, in order, whenever there were any. */
  suggestionIds?: string[];
  /**
   * How the wrap-up went in this page: ms from the dialog first shown to the agent's first choice
   * (null when the agent chose none) and to the submit, and how many searches were typed.
   */
  metrics?: { chooseMs: number | null; submitMs: number; searches: number };
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
