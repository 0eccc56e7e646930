/**
 * The one-way boundary between `<wrapup-dialog>` and its lazily loaded view. The element hands
 * the view read-only views of its parts ({@link DialogSource}), from which the view takes one
 * {@link DialogSnapshot} of the wrap-up and of what the host gave; the view acts only through
 * {@link DialogCommands}. The view knows these types, never the element; the element knows the
 * {@link DialogView} it renders, never the view's insides. (The snapshot is taken in the view's
 * chunk, so the drop-in does not carry it.)
 */
import { loadedSender } from '../wrapup/sender.js';
import { listedReasons } from './listed-reasons.js';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { DialogInput } from '../input/dialog-input.js';
import type { ReasonIndex } from '../input/reasons.js';
import type { Settings } from '../input/settings.js';
import type { SettingProblem } from '../input/validation.js';
import type { NotesSource, WrapupReason, WrapupState } from '../types.js';
import type { InteractionWrapup } from '../wrapup/interaction-wrapup.js';
import type { Failure, Shown } from '../wrapup/wrapup-owner.js';
import type { DialogAttributes } from './dialog-attributes.js';
import type { SubmissionPhase } from '../wrapup/submission.js';

/** The dialog as it is now, for the view to show. */
export interface DialogSnapshot {
  readonly state: WrapupState;
  /** How the submission in flight is going. */
  readonly phase: SubmissionPhase | undefined;
  /** The host set `open`. */
  readonly open: boolean;
  /** Epoch ms the interaction ended, once known. */
  readonly endedAt: number | undefined;
  /** The auto wrap-up deadline in epoch ms; null when cancelled; undefined when none. */
  readonly deadline: number | null | undefined;
  /** Nothing is in flight and the wrap-up is not done: the agent may act. */
  readonly canAct: boolean;
  /** The chosen reason, while it is in the list. */
  readonly chosen: WrapupReason | undefined;
  /** The chosen reason's id as stored. */
  readonly chosenId: string | undefined;
  /** The agent's note as typed so far. */
  readonly note: string;
  /** Where the note came from, once it has one. */
  readonly notesSource: NotesSource | undefined;
  /** What the agent typed in each reason's fields, by reason id. */
  readonly fields: Readonly<Record<string, Readonly<Record<string, string | boolean>>>>;
  /** The ids of the tags chosen. */
  readonly chosenTags: readonly string[];
  /** A required note or field is not there yet, or a field's value is not valid: Submit waits. */
  readonly incomplete: boolean;
  /** Why the last submission failed, until the next one. */
  readonly failure: Failure | undefined;
  readonly settings: Settings;
  readonly extendable: boolean;
  readonly subject: string | undefined;
  /** The notes field: none, `optional` or `required`, as the host gave it. */
  readonly notes: unknown;
  readonly notesMaxLength: number;
  /** The host's suggestions, as given (the view keeps the usable ones). */
  readonly suggestions: unknown;
  readonly recent: number;
  readonly agentId: string | undefined;
  /** The host's tags and `max-tags`, as given (the sender checks them). */
  readonly tags: unknown;
  readonly maxTags: unknown;
  readonly defaultReason: string | undefined;
  /** The host's draft of the notes, as given (`extras.ts` checks it). */
  readonly summary: unknown;
  /** The interaction is still going on: not modal, no countdown, Submit waits. */
  readonly live: boolean;
  /** `min-wrapup`, as given. */
  readonly minWrapup: unknown;
  /** The reasons to list: as checked, or as given while the check of a list given to the open dialog waits. */
  readonly reasons: ReasonIndex;
  /** A new list was given and waits for its check: in idle time, or after the frame that lists it as given. */
  readonly listPending: boolean;
  /** Every problem with the settings, reasons, `server-time` and default reason, each naming its field. */
  readonly problems: readonly SettingProblem[];
}

/**
 * What the view may do: the agent's actions on the wrap-up (choose, extend, submit, which
 * waits for a required note or field, retry, edit: the note, fields and tags as typed, and
 * keep: store them).
 */
export type DialogCommands = Pick<InteractionWrapup, 'choose' | 'extend' | 'submit' | 'retry' | 'edit' | 'keep'>;

/** Each command of `commands` as a function of its own (they are a wrap-up's methods), to wrap some of them. */
export const commandsOf = (commands: DialogCommands): DialogCommands => ({
  choose: (reason) => commands.choose(reason),
  extend: () => commands.extend(),
  submit: () => commands.submit(),
  retry: () => commands.retry(),
  keep: () => commands.keep(),
  edit: (typed) => commands.edit(typed),
});

/** What the element gives its view. */
export interface DialogPort {
  readonly source: DialogSource;
  readonly commands: DialogCommands;
  /** Makes the element's `updateComplete` wait for a part being loaded. */
  waitFor(part: Promise<unknown>): void;
}

/** Read-only views of the element's parts, which the view takes its snapshot from. */
export interface DialogSource {
  readonly wrapup: Pick<InteractionWrapup, 'state' | 'phase' | 'endedAt' | 'deadline' | 'canAct' | 'record' | 'failure' | 'noteMissing' | 'chosen'>;
  /** (`reasons` checks the list: the view asks for that after the frame that lists it as given.) */
  readonly input: Pick<DialogInput, 'settings' | 'index' | 'dirty' | 'problems' | 'declarative' | 'reasons'>;
  /** What the host set, as it set it. */
  readonly given: Readonly<
    Pick<DialogAttributes, 'open' | 'reasons' | 'extendable' | 'subject' | 'notes' | 'notesMaxLength' | 'suggestions' | 'recent' | 'agentId' | 'defaultReason' | 'tags' | 'maxTags' | 'summary' | 'live' | 'minWrapup'>
  >;
}

/** The dialog as it is now. */
export function takeSnapshot(source: DialogSource): DialogSnapshot {
  const { wrapup, input, given } = source;
  // (Never checked here: a new list is checked in idle time; an open dialog lists it as given until then.)
  const reasons = listedReasons(source);
  const chosen = reasons.get(wrapup.record?.reasonId);
  const { open, extendable, subject, notes, notesMaxLength, suggestions, recent, agentId, tags, maxTags, defaultReason, summary, minWrapup } = given;
  return {
    state: wrapup.state,
    phase: wrapup.phase,
    endedAt: wrapup.endedAt,
    deadline: wrapup.deadline,
    canAct: wrapup.canAct,
    chosen,
    chosenId: wrapup.record?.reasonId,
    note: wrapup.record?.notes ?? '',
    notesSource: wrapup.record?.notesSource,
    fields: wrapup.record?.fields ?? {},
    chosenTags: wrapup.record?.tags ?? [],
    incomplete: wrapup.noteMissing || !!(chosen && loadedSender()?.formErrors(chosen, wrapup.record?.fields?.[chosen.id]).length),
    failure: wrapup.failure,
    settings: input.settings,
    reasons,
    listPending: input.dirty,
    // (While a new list waits for its check, so do the problems: those of the reasons and the
    // default reason are not known yet, and the settings' are reported with them.)
    problems: input.dirty ? [] : input.problems(given.defaultReason),
    ...{ open, extendable, subject, notes, notesMaxLength, suggestions, recent, agentId, tags, maxTags, defaultReason, summary, minWrapup },
    live: !!given.live,
  };
}

/** The element, as its view knows it: a Lit controller host with a shadow root to render in. */
export type ViewHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the element asks of its view, a controller of the element. */
export interface DialogView extends ReactiveController {
  /** The dialog's template. */
  render(): TemplateResult;
  /** What is wrong with the settings the view checks itself (notes, suggestions, recent). */
  problems(): readonly SettingProblem[];
  /** What the body reports of what was shown: the host's usable suggestions, the tags chosen. */
  shown(): Shown;
}
