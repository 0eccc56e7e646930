/**
 * The view's part in wrap-up forms: when they are used (a reason with fields, or tags), loading
 * their chunk and the sender whose rules they show, their problems, and their template. Also the
 * commands the view gives its fields, which store what the agent types after a pause.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getLocale } from '../i18n/localization.js';
import type { ReasonIndex } from '../input/reasons.js';
import type { SettingProblem } from '../input/validation.js';
import { lazy, retryLater } from '../internal/lazy.js';
import { loadedSender, senderWhenOnline } from '../wrapup/sender.js';
import { commandsOf, type DialogCommands, type DialogPort, type DialogSnapshot } from './snapshot.js';

/** Fields and tags: loaded the first time a dialog has a reason with fields, or tags. */
const forms = lazy(() => import('./forms.js'));

/** Whether a list has a reason with fields (looked at once per list). */
const listsWithFields = new WeakMap<ReasonIndex, boolean>();
const hasFields = (index: ReasonIndex): boolean => {
  let has = listsWithFields.get(index);
  if (has === undefined) listsWithFields.set(index, (has = index.reasons.some((reason) => reason.fields !== undefined)));
  return has;
};

/** How long typing must pause before what was typed is stored (and so shown in other tabs). */
const KEEP_DELAY_MS = 300;
/** The wrap-ups whose note, fields or tags changed since they were last stored. */
const unkept = new Set<DialogCommands>();
let keepTimer: ReturnType<typeof setTimeout> | undefined;
const keepTyped = () => {
  for (const wrapup of unkept) wrapup.keep();
  unkept.clear();
};
// What was typed just before a reload or a closed tab is not lost.
if (typeof window !== 'undefined') window.addEventListener('pagehide', keepTyped);

/** `commands`, but what the agent types (`edit`) is stored after a pause. */
export function keepingTyped(commands: DialogCommands): DialogCommands {
  return {
    ...commandsOf(commands),
    edit: (typed) => {
      commands.edit(typed);
      unkept.add(commands);
      clearTimeout(keepTimer);
      keepTimer = setTimeout(keepTyped, KEEP_DELAY_MS);
    },
  };
}

/** One dialog's forms, as its view shows them. */
export class FormPart {
  readonly #port: DialogPort;
  readonly #requestUpdate: () => void;
  /** The forms' chunk and the sender are being loaded. */
  #loading = false;
  /** The forms' problems, and what they were found for. */
  #problems: { of: unknown[]; problems: readonly SettingProblem[] } | undefined;

  constructor(port: DialogPort, requestUpdate: () => void) {
    [this.#port, this.#requestUpdate] = [port, requestUpdate];
  }

  /** A reason of the list has fields, or there are tags. */
  get used(): boolean {
    const { given, input } = this.#port.source;
    return given.tags != null || hasFields(input.index);
  }

  /** The sender's form rules, once it and the forms' chunk are here. */
  get #rules() {
    return forms.module && loadedSender();
  }

  /** Loads what the forms need when they are used (offline: again a few seconds later, or once back online). */
  load(): void {
    if (this.#loading || this.#rules || !this.used) return;
    this.#loading = true;
    const once = new AbortController();
    const loading = Promise.all([forms.load(), senderWhenOnline(once.signal, () => once.abort())]);
    this.#port.waitFor(
      loading.then(async () => {
        if (!this.#rules) await retryLater();
        this.#loading = false;
        this.#requestUpdate();
      }),
    );
  }

  /** What is wrong with the fields, the tags and `max-tags` (looked for once per list and settings, not per update). */
  problems(): readonly SettingProblem[] {
    const rules = this.used ? loadedSender() : undefined;
    if (!rules) return [];
    const { given, input } = this.#port.source;
    const { defaultReason, tags, maxTags } = given;
    const of = [input.index, defaultReason, tags, maxTags];
    if (!this.#problems?.of.every((value, i) => value === of[i])) {
      this.#problems = { of, problems: rules.formProblems(input.index, defaultReason, tags, maxTags) };
    }
    return this.#problems.problems;
  }

  /** The ids of the usable tags chosen, for the body; undefined when none. */
  chosenTags(): string[] | undefined {
    const { given, wrapup } = this.#port.source;
    return given.tags ? loadedSender()?.chosenTags(given.tags, given.maxTags, wrapup.record?.tags) : undefined;
  }

  /** The chosen reason's fields and the tags, once their chunk and rules are here. */
  render(dialog: DialogSnapshot, commands: DialogCommands): TemplateResult | typeof nothing {
    const rules = this.#rules;
    if (!rules) return nothing;
    const { formFields, tagPicker } = forms.module!;
    const context = { rules, locale: getLocale(), refresh: this.#requestUpdate };
    return html`${formFields(dialog, commands, context)}${tagPicker(dialog, commands, context)}`;
  }
}
