/**
 * `<wrapup-dialog>`'s attributes and properties as the host sets them: their names, types,
 * defaults and meaning. {@link WrapupDialog} checks them (`dialog-input.ts`) and acts on them.
 */
import { LocalizedElement } from '../i18n/localized-element.js';
import type { InstantInput } from '../time/instant.js';
import type { FetchLike } from '../wrapup/submission.js';
import type { Channel, Scenario, WrapupReason, WrapupSuggestion, WrapupSummary, WrapupTag } from '../types.js';

/**
 * A list given as a JSON attribute (`reasons='[{"id":"a","name":"A"}]'`); text that is not
 * JSON is kept as it is, for the checks to refuse by name.
 */
const json = {
  fromAttribute(value: string | null): unknown {
    try {
      return JSON.parse(value!);
    } catch {
      return value;
    }
  },
};

/** The settings of a `<wrapup-dialog>`, as attributes and properties. */
export class DialogAttributes extends LocalizedElement {
  // Reactive properties without decorators: smaller in the drop-in than decorator calls.
  static override properties = {
    interactionId: { attribute: 'interaction-id' },
    channel: {},
    scenario: {},
    endedAt: { attribute: 'ended-at' },
    autoWrapup: { attribute: 'auto-wrapup' },
    defaultReason: { attribute: 'default-reason' },
    extendable: { type: Boolean },
    extendSeconds: { attribute: 'extend-seconds' },
    submitUrl: { attribute: 'submit-url' },
    serverTime: { attribute: 'server-time' },
    open: { type: Boolean, reflect: true },
    reasons: { converter: json },
    fetch: { attribute: false },
    subject: {},
    notes: {},
    notesMaxLength: { attribute: 'notes-max-length', type: Number },
    suggestions: { converter: json },
    recent: { type: Number },
    agentId: { attribute: 'agent-id' },
    tags: { converter: json },
    maxTags: { attribute: 'max-tags', type: Number },
    summary: { attribute: false },
    live: { type: Boolean },
    minWrapup: { attribute: 'min-wrapup', type: Number },
  };

  /** Id of the interaction being wrapped up; required to submit. */
  declare interactionId?: string;

  /** The kind of interaction: `voice` (default), `chat`, `email`, `social`. */
  channel: Channel = 'voice';

  /** What happened: `end` (default), `transfer`, `send`, `customer-end`. */
  scenario: Scenario = 'end';

  /** When the interaction ended (ISO 8601, UTC unless it names a zone, or epoch ms; epoch seconds are refused); default: when the dialog first opened. */
  declare endedAt?: InstantInput;

  /** Seconds from `ended-at` until auto wrap-up; absent or 0: none. */
  declare autoWrapup?: number | string;

  /** Id of the reason sent by auto wrap-up. */
  declare defaultReason?: string;

  /** The administrator allows extending: shows the extend control. */
  extendable = false;

  /**
   * Absent: extending cancels the countdown for good. Set: each extension moves the deadline
   * by this many seconds.
   */
  declare extendSeconds?: number | string;

  /** Where the completion is POSTed; `{interactionId}` is replaced by the URL-encoded id. */
  declare submitUrl?: string;

  /**
   * The server's clock in epoch ms at the moment it is set (epoch seconds are refused); corrects
   * a wrong local clock for every element on the page.
   */
  declare serverTime?: number | string;

  /** Whether the dialog is shown, as a modal. */
  open = false;

  /** The reasons to choose from (as an attribute, in JSON). Wins over declarative `<option>` children. */
  declare reasons?: WrapupReason[];

  /** The fetch used for the POST, called as `fetch(url, init)` and answering with a `Response`; `globalThis.fetch` by default. */
  declare fetch?: FetchLike;

  /**
   * Plain text naming the interaction for the agent ("Ana Novak · chat", a number): shown under
   * the heading, part of the dialog's accessible description, and in every event's detail;
   * never in the POST.
   */
  declare subject?: string;

  /** A notes field: absent (none), `optional` (also a bare `notes`) or `required` (Submit waits for a note). */
  declare notes?: 'optional' | 'required';

  /** The most user-perceived characters a note may have. */
  notesMaxLength = 1000;

  /**
   * Reasons the host suggests, most likely first: shown first while the search is empty, with
   * their confidence and label; never chosen automatically. As an attribute, in JSON.
   */
  declare suggestions?: WrapupSuggestion[];

  /** How many of the agent's recently submitted reasons to show first; 0: none. */
  recent = 0;

  /** Whose recent reasons these are; absent: one list shared by everyone on this browser. */
  declare agentId?: string;

  /** Secondary labels the agent may choose beside the one reason (sent as the body's `tags`); as an attribute, in JSON. */
  declare tags?: WrapupTag[];

  /** The most tags the agent may choose. Default: 5. */
  declare maxTags?: number;

  /**
   * The host's draft of the notes (a model's summary), set again as it streams: it fills the
   * notes field until the agent types there; after that a newer one is offered, never forced.
   * `pending` and `failed` are said in words and never block Submit.
   */
  declare summary?: WrapupSummary;

  /**
   * The interaction is still going on: the dialog, when `open`, is shown without a modal
   * backdrop and blocks nothing; the agent may choose, type notes, fill in fields and choose
   * tags; no countdown runs and Submit waits. Removing it ends the interaction: `ended-at` is
   * then that moment (unless set) and the dialog becomes the modal wrap-up.
   */
  declare live?: boolean;

  /** Seconds from `ended-at` before the agent may submit (no early exit); the countdown still sends at the deadline. */
  declare minWrapup?: number;
}
