/**
 * The assisted wrap-up's rules, in the extras' chunk: the host's `summary` as the draft of the
 * notes (it fills the field until the agent types there; after that a newer one is offered,
 * never forced), what is said while it is drafted or when it failed, `min-wrapup`, and the
 * checks of both.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { SettingProblem } from '../input/validation.js';
import type { NotesSource, WrapupSummary } from '../types.js';
import type { DialogCommands, DialogSnapshot } from './snapshot.js';

const STATES: readonly (WrapupSummary['state'] | undefined)[] = [undefined, 'pending', 'ready', 'failed'];

/** A summary as the contract has it: text, and a known state if any. */
const isSummary = (value: unknown): value is WrapupSummary =>
  typeof (value as WrapupSummary | null)?.text === 'string' && STATES.includes((value as WrapupSummary).state);

/** The summary's text, when there is one to show or offer. */
const draftOf = (summary: unknown): string | undefined => (isSummary(summary) && summary.state !== 'failed' && summary.text.trim() ? summary.text : undefined);

/** The note shows the summary: the agent has not typed there, or took the summary as it is. */
const followsSummary = ({ notesSource, note }: DialogSnapshot): boolean => notesSource === 'summary' || (notesSource === undefined && !note);

/** Puts a new summary into the notes while the agent has not typed there (the dialog updates again). */
export function followSummary(dialog: DialogSnapshot, commands: DialogCommands): void {
  const text = draftOf(dialog.summary);
  if (dialog.notes != null && text !== undefined && followsSummary(dialog) && dialog.note !== text) commands.edit({ notes: text, notesSource: 'summary' });
}

/** The summary each dialog's agent started typing over (by its commands): only a newer one is offered. */
const typedOver = new WeakMap<DialogCommands, string>();

/** Where a note the agent typed comes from: their own, or the summary edited. */
export function typedSource(dialog: DialogSnapshot, commands: DialogCommands): NotesSource {
  if (dialog.notesSource === 'summary') typedOver.set(commands, dialog.note);
  return dialog.notesSource === 'summary' || dialog.notesSource === 'summary-edited' ? 'summary-edited' : 'agent';
}

/**
 * Under the notes: while the summary is drafted or when it failed, that, in words (a polite
 * status: said once as it changes); once the agent has typed, a newer summary, shown with the
 * button that takes it.
 */
export function summaryPart(dialog: DialogSnapshot, commands: DialogCommands): TemplateResult | typeof nothing {
  const { summary } = dialog;
  if (summary == null) return nothing;
  const state = isSummary(summary) ? summary.state : undefined;
  const said =
    state === 'pending'
      ? msg('Drafting a summary of the interaction…', { id: 'summary.pending' })
      : state === 'failed'
        ? msg('The summary could not be drafted. Write the notes yourself.', { id: 'summary.failed' })
        : '';
  const text = draftOf(summary);
  const offered = text !== undefined && !followsSummary(dialog) && text !== dialog.note && text !== typedOver.get(commands);
  const take = () => {
    typedOver.set(commands, text!);
    commands.edit({ notes: text, notesSource: 'summary' });
  };
  return html`<p class="hint" role="status">${said}</p>
    ${offered
      ? html`<div class="summary-offer" role="group" aria-labelledby="summary-offer-label">
          <p id="summary-offer-label">${msg('A newer summary is ready:', { id: 'summary.offer' })}</p>
          <p class="summary-text">${text}</p>
          <button type="button" ?disabled=${!dialog.canAct} @click=${take}>${msg('Use the new summary', { id: 'summary.use' })}</button>
        </div>`
      : nothing}`;
}

/** `min-wrapup` as seconds: a number, or the attribute's text. */
const secondsOf = (value: unknown): number => (typeof value === 'string' && value.trim() ? Number(value) : typeof value === 'number' ? value : NaN);

/** The seconds from `ended-at` before the agent may submit: `min-wrapup` when it is usable, else 0. */
export function minWrapupOf(minWrapup: unknown, autoWrapup: number): number {
  const seconds = secondsOf(minWrapup);
  return seconds >= 0 && (!autoWrapup || seconds <= autoWrapup) ? seconds : 0;
}

/** What is wrong with `summary` and `min-wrapup`, by field. */
export function checkAssist({ summary, notes, minWrapup }: { summary?: unknown; notes?: unknown; minWrapup?: unknown }, autoWrapup: number): SettingProblem[] {
  const found: SettingProblem[] = [];
  if (summary != null && !isSummary(summary)) found.push({ field: 'summary', kind: 'summary' });
  else if (summary != null && notes == null) found.push({ field: 'summary', kind: 'summary-no-notes' });
  if (minWrapup == null || minWrapup === '') return found;
  const seconds = secondsOf(minWrapup);
  if (Number.isNaN(seconds)) found.push({ field: 'min-wrapup', kind: 'seconds', got: minWrapup });
  else if (seconds < 0) found.push({ field: 'min-wrapup', kind: 'negative', got: seconds });
  else if (autoWrapup && seconds > autoWrapup) found.push({ field: 'min-wrapup', kind: 'late', got: [seconds, autoWrapup] });
  return found;
}
