import type {
  WrapupDialog,
  WrapupSelectEvent,
  WrapupExtendEvent,
  WrapupExpireEvent,
  WrapupSubmitEvent,
  WrapupCompleteEvent,
  WrapupErrorEvent,
  WrapupTimer,
} from "wrapup-elements";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type WrapupDialogProps = {
  /** Id of the interaction being wrapped up; required to submit. */
  "interaction-id"?: WrapupDialog["interactionId"];
  /** The kind of interaction: `voice` (default), `chat`, `email`, `social`. */
  channel?: WrapupDialog["channel"];
  /** What happened: `end` (default), `transfer`, `send`, `customer-end`. */
  scenario?: WrapupDialog["scenario"];
  /** When the interaction ended (ISO 8601, UTC unless it names a zone, or epoch ms; epoch seconds are refused); default: when the dialog first opened. */
  "ended-at"?: WrapupDialog["endedAt"];
  /** Seconds from `ended-at` until auto wrap-up; absent or 0: none. */
  "auto-wrapup"?: WrapupDialog["autoWrapup"];
  /** Id of the reason sent by auto wrap-up. */
  "default-reason"?: WrapupDialog["defaultReason"];
  /** The administrator allows extending: shows the extend control. */
  extendable?: WrapupDialog["extendable"];
  /** Absent: extending cancels the countdown for good. Set: each extension moves the deadline
by this many seconds. */
  "extend-seconds"?: WrapupDialog["extendSeconds"];
  /** Where the completion is POSTed; `{interactionId}` is replaced by the URL-encoded id. */
  "submit-url"?: WrapupDialog["submitUrl"];
  /** The server's clock in epoch ms at the moment it is set (epoch seconds are refused); corrects
a wrong local clock for every element on the page. */
  "server-time"?: WrapupDialog["serverTime"];
  /** Whether the dialog is shown, as a modal. */
  open?: WrapupDialog["open"];
  /** The reasons to choose from (as an attribute, in JSON). Wins over declarative `<option>` children. */
  reasons?: WrapupDialog["reasons"];
  /** Plain text naming the interaction for the agent ("Ana Novak · chat", a number): shown under
the heading, part of the dialog's accessible description, and in every event's detail;
never in the POST. */
  subject?: WrapupDialog["subject"];
  /** A notes field: absent (none), `optional` (also a bare `notes`) or `required` (Submit waits for a note). */
  notes?: WrapupDialog["notes"];
  /** The most user-perceived characters a note may have. */
  "notes-max-length"?: WrapupDialog["notesMaxLength"];
  /** Reasons the host suggests, most likely first: shown first while the search is empty, with
their confidence and label; never chosen automatically. As an attribute, in JSON. */
  suggestions?: WrapupDialog["suggestions"];
  /** How many of the agent's recently submitted reasons to show first; 0: none. */
  recent?: WrapupDialog["recent"];
  /** Whose recent reasons these are; absent: one list shared by everyone on this browser. */
  "agent-id"?: WrapupDialog["agentId"];
  /** Secondary labels the agent may choose beside the one reason (sent as the body's `tags`); as an attribute, in JSON. */
  tags?: WrapupDialog["tags"];
  /** The most tags the agent may choose. Default: 5. */
  "max-tags"?: WrapupDialog["maxTags"];
  /** The interaction is still going on: the dialog, when `open`, is shown without a modal
backdrop and blocks nothing; the agent may choose, type notes, fill in fields and choose
tags; no countdown runs and Submit waits. Removing it ends the interaction: `ended-at` is
then that moment (unless set) and the dialog becomes the modal wrap-up. */
  live?: WrapupDialog["live"];
  /** Seconds from `ended-at` before the agent may submit (no early exit); the countdown still sends at the deadline. */
  "min-wrapup"?: WrapupDialog["minWrapup"];
  /** The fetch used for the POST, called as `fetch(url, init)` and answering with a `Response`; `globalThis.fetch` by default. */
  fetch?: WrapupDialog["fetch"];
  /** The host's draft of the notes (a model's summary), set again as it streams: it fills the
notes field until the agent types there; after that a newer one is offered, never forced.
`pending` and `failed` are said in words and never block Submit. */
  summary?: WrapupDialog["summary"];
  /** the agent chose a reason. Detail: `{ reason }`. */
  "onwrapup-select"?: (e: WrapupSelectEvent) => void;
  /** the countdown was cancelled or extended. Detail: `{ deadline: number | null, extensions }`. */
  "onwrapup-extend"?: (e: WrapupExtendEvent) => void;
  /** the countdown reached zero; cancelable: cancelling stops the automatic submit. Detail: `{ deadline }`. In one tab only, where several show the interaction. */
  "onwrapup-expire"?: (e: WrapupExpireEvent) => void;
  /** just before the POST; cancelable: cancel it to submit yourself, then call `complete()`. Detail: `{ wrapup, idempotencyKey }`. In one tab only. */
  "onwrapup-submit"?: (e: WrapupSubmitEvent) => void;
  /** the wrap-up was accepted, in every tab that shows it. Detail: `{ wrapup, status, attempts, sentHere }` (`sentHere` false where another tab sent it). */
  "onwrapup-complete"?: (e: WrapupCompleteEvent) => void;
  /** an attempt failed, or a setting is invalid. Detail: `{ error, attempt, final, field? }`; a failed POST's `error.interactionId` names its interaction. */
  "onwrapup-error"?: (e: WrapupErrorEvent) => void;
};

export type WrapupTimerProps = {
  /** The instant to count up from: ISO 8601 string (UTC unless it names a zone), epoch milliseconds (not seconds) or `Date`. */
  since?: WrapupTimer["since"];
  /** The instant to count down to, in the same forms as `since`; when set the timer counts down and stops at 0. */
  until?: WrapupTimer["until"];
  /** Id of a `<wrapup-dialog>` whose `ended-at` this timer counts up from. */
  for?: WrapupTimer["for"];
  /** What is counted, for screen readers ("Wrap-up time", "Time left" by default); the
duration in words follows it. */
  label?: WrapupTimer["label"];

  /** counting down reached 0; once per `until` value. Detail: `{ deadline }`. */
  "onwrapup-expire"?: (e: WrapupExpireEvent) => void;
  /** `since`, `until` or `for` cannot be used. Detail: `{ error, attempt, final, field }`. */
  "onwrapup-error"?: (e: WrapupErrorEvent) => void;
};

export type CustomElements = {
  /**
   * The Wrap-up Reasons dialog: the agent picks the reason an interaction ended with and submits
   * it; at the deadline the default reason is submitted automatically.
   *
   * A modal on native `<dialog>`. The search field is an APG combobox over a listbox of reasons:
   * Down/Up/Home/End move, Enter chooses, Escape closes the list (never the dialog: wrap-up is
   * mandatory). Only the rows in view are rendered, so 10,000 reasons open and filter instantly.
   * ---
   *
   *
   * ### **Events:**
   *  - **wrapup-select** - the agent chose a reason. Detail: `{ reason }`.
   * - **wrapup-extend** - the countdown was cancelled or extended. Detail: `{ deadline: number | null, extensions }`.
   * - **wrapup-expire** - the countdown reached zero; cancelable: cancelling stops the automatic submit. Detail: `{ deadline }`. In one tab only, where several show the interaction.
   * - **wrapup-submit** - just before the POST; cancelable: cancel it to submit yourself, then call `complete()`. Detail: `{ wrapup, idempotencyKey }`. In one tab only.
   * - **wrapup-complete** - the wrap-up was accepted, in every tab that shows it. Detail: `{ wrapup, status, attempts, sentHere }` (`sentHere` false where another tab sent it).
   * - **wrapup-error** - an attempt failed, or a setting is invalid. Detail: `{ error, attempt, final, field? }`; a failed POST's `error.interactionId` names its interaction.
   *
   * ### **Methods:**
   *  - **complete(status): _void_** - Marks the wrap-up as done after the host submitted it itself (having cancelled
   * `wrapup-submit`): closes the dialog and fires `wrapup-complete`. Stops the element's own
   * POST if one is in flight.
   * - **fail(status: _number_): _void_** - Reports that the host's own submission (after cancelling `wrapup-submit`) failed: the dialog
   * says why, by the HTTP `status` if there is one, and offers Try again, which fires
   * `wrapup-submit` again with the same wrap-up.
   * - **extend(): _void_** - Moves the deadline by `extend-seconds`, or cancels the countdown when that is absent.
   * - **submit(): _void_** - Submits the chosen reason, as the Submit button does (so not while a required note or field is missing).
   *
   *
   *
   * ### **Slots:**
   *  - _default_ - Declarative reasons: `<option value="id">Name</option>`, grouped by `<optgroup label="…">`. The `reasons` property wins when both are given. Every event's detail also carries `subject` when the dialog has one.
   *
   * ### **CSS Properties:**
   *  - **--wrapup-accent** - buttons, focus rings, the active option. Default: blue, light or dark. _(default: undefined)_
   * - **--wrapup-on-accent** - text on the accent colour. _(default: undefined)_
   * - **--wrapup-surface** - dialog background. _(default: undefined)_
   * - **--wrapup-text** - text colour. _(default: undefined)_
   * - **--wrapup-muted** - secondary text. _(default: undefined)_
   * - **--wrapup-border** - borders. _(default: undefined)_
   * - **--wrapup-selected** - background of the chosen reason. _(default: undefined)_
   * - **--wrapup-danger** - errors and the deadline warning. _(default: undefined)_
   * - **--wrapup-radius** - corner radius. Default: 12px. _(default: undefined)_
   * - **--wrapup-font** - font shorthand of the dialog. _(default: undefined)_
   * - **--wrapup-row-height** - height of a list row. Default: 2.25rem. _(default: undefined)_
   * - **--wrapup-backdrop** - the backdrop behind the modal. _(default: undefined)_
   * - **--wrapup-color-scheme** - `light`, `dark`, or `light dark` (default: follows the agent's system setting). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **dialog** - the `<dialog>` element.
   * - **title** - the "Wrap-up reasons" heading.
   * - **subject** - which interaction this is (the `subject`).
   * - **scenario** - what happened ("Call ended") and the elapsed time.
   * - **countdown** - the auto wrap-up countdown and the extend control.
   * - **extend-button** - the extend / cancel-countdown button.
   * - **search** - the search field.
   * - **listbox** - the list of reasons.
   * - **option** - one reason.
   * - **description** - a reason's description, under its name.
   * - **group-label** - a group heading.
   * - **match** - the part of a name that matches the search.
   * - **message** - problems and errors.
   * - **status** - the submission status line.
   * - **time** - the digits of a counter (the elapsed time and the countdown).
   * - **submit-button** - the "Submit wrap-up" button.
   */
  "wrapup-dialog": Partial<WrapupDialogProps & BaseProps & BaseEvents>;

  /**
   * The wrap-up time counter: time elapsed since the interaction ended (count up), or time left
   * until an instant (count down, stopping at 0).
   *
   * Every timer on the page ticks from one shared clock, on the whole seconds of what it counts
   * (an interaction's end, a deadline), so the timers of one interaction change digits together,
   * never a second late, and cost one wake-up per second in all; nothing runs while the page is
   * hidden.
   * ---
   *
   *
   * ### **Events:**
   *  - **wrapup-expire** - counting down reached 0; once per `until` value. Detail: `{ deadline }`.
   * - **wrapup-error** - `since`, `until` or `for` cannot be used. Detail: `{ error, attempt, final, field }`.
   *
   * ### **Methods:**
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--wrapup-timer-color** - text colour; default `inherit`. _(default: undefined)_
   * - **--wrapup-timer-font** - font shorthand; default `inherit`. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **time** - the digits (a `role="timer"` element named in words).
   */
  "wrapup-timer": Partial<WrapupTimerProps & BaseProps & BaseEvents>;
};
