/**
 * What makes a wrap-up faster for the agent, loaded the first time a dialog uses any of it (a
 * sibling chunk, so a desktop that uses none of it does not download it): the notes field,
 * the host's suggested reasons and the agent's recent reasons, listed first while the search
 * is empty, and the checks of the attributes that ask for them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { clock } from '../time/clock.js';
import { getLocale } from '../i18n/localization.js';
import { PACKAGE_PREFIX, store } from '../wrapup/store.js';
import type { ReasonIndex } from '../input/reasons.js';
import type { ReasonRow } from '../picker/search.js';
import type { SettingProblem } from '../input/validation.js';
import type { WrapupReason, WrapupSuggestion } from '../types.js';
import type { DialogCommands, DialogSnapshot } from './snapshot.js';
import { checkAssist, summaryPart, typedSource } from './assist.js';

export { followSummary, minWrapupOf } from './assist.js';
// (Only types from the view's chunk: a chunk imports nothing but the drop-in, so that it can be
// imported again under a new address after a failed load; see `lazy`.)
import type { byCount as ByCountFunction } from './messages.js';

type ByCount = typeof ByCountFunction;

const validLength = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;
const isSuggestion = (entry: unknown): entry is WrapupSuggestion => typeof (entry as WrapupSuggestion | null)?.id === 'string';
const validConfidence = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1;

/** What the extras check of the host's settings. */
interface ExtraSettings {
  notes?: unknown;
  notesMaxLength: unknown;
  suggestions?: unknown;
  recent: unknown;
  summary?: unknown;
  minWrapup?: unknown;
}

/**
 * What is wrong with the notes, suggestions, recent, summary and min-wrapup settings, each
 * naming its field (the rest of the dialog's checks are `input/validation.ts`'s, in the drop-in,
 * and the forms' `wrapup/form-values.ts`'s). `autoWrapup`: the checked countdown, in seconds.
 */
export function checkExtras(given: ExtraSettings, index: ReasonIndex, autoWrapup: number): SettingProblem[] {
  const { notes, notesMaxLength, suggestions, recent } = given;
  const found: SettingProblem[] = checkAssist(given, autoWrapup);
  if (notes && notes !== 'optional' && notes !== 'required') found.push({ field: 'notes', kind: 'notes', got: notes });
  if (notesMaxLength != null && !validLength(notesMaxLength)) found.push({ field: 'notes-max-length', kind: 'positive', got: notesMaxLength });
  if (recent != null && !(Number.isInteger(recent) && (recent as number) >= 0)) found.push({ field: 'recent', kind: 'whole', got: recent });
  if (suggestions != null && !Array.isArray(suggestions)) found.push({ field: 'suggestions', kind: 'not-a-list' });
  if (Array.isArray(suggestions)) {
    suggestions.forEach((entry: unknown, i) => {
      const at = i + 1;
      if (!isSuggestion(entry)) found.push({ field: 'suggestions', kind: 'no-id', at });
      else if (!index.get(entry.id)) found.push({ field: 'suggestions', kind: 'not-a-reason', got: entry.id, at });
      else if (entry.confidence !== undefined && !validConfidence(entry.confidence)) {
        found.push({ field: 'suggestions', kind: 'confidence', got: entry.id, at });
      }
    });
  }
  return found;
}

// ── notes ──────────────────────────────────────────────────────────────────────────────

/** From this many characters left on, a screen reader hears the count as it changes. */
const NEAR_LIMIT = 20;
let segmenter: Intl.Segmenter | undefined;
const graphemes = (text: string): string[] => Array.from((segmenter ??= new Intl.Segmenter()).segment(text), ({ segment }) => segment);

/** "20 characters left", with the locale's plural form and digits (`byCount` from the view). */
const charactersLeft = (count: number, byCount: ByCount): string =>
  byCount(count, {
    one: (count) => msg(str`${count} character left`, { id: 'notes.left.one' }),
    two: (count) => msg(str`${count} characters left`, { id: 'notes.left.two' }),
    few: (count) => msg(str`${count} characters left`, { id: 'notes.left.few' }),
    many: (count) => msg(str`${count} characters left`, { id: 'notes.left.many' }),
    other: (count) => msg(str`${count} characters left`, { id: 'notes.left.other' }),
  });

/**
 * The notes field: a multi-line field, kept with the wrap-up as the agent types (`commands.edit`
 * stores it after a pause, see `modal-view.ts`); at most
 * `maxLength` user-perceived characters ("č" and "👍" are one each), so typing or pasting past
 * the limit stops there. The count is the field's description; a screen reader hears it as it
 * changes only near the limit. Control+Enter submits. The host's summary fills it until the
 * agent types there (see `assist.ts`). `byCount`: the view's plural forms.
 */
export function notesField(dialog: DialogSnapshot, commands: DialogCommands, byCount: ByCount): TemplateResult {
  const { notesMaxLength: maxLength, note: text } = dialog;
  const limit = validLength(maxLength) ? maxLength : 1000;
  const left = limit - graphemes(text).length;
  const required = dialog.notes === 'required';
  const onInput = (event: Event) => {
    const field = event.target as HTMLTextAreaElement;
    const characters = graphemes(field.value);
    if (characters.length > limit) field.value = characters.slice(0, limit).join('');
    commands.edit({ notes: field.value, notesSource: typedSource(dialog, commands) });
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commands.submit();
    }
  };
  return html`<label for="notes">${msg('Notes', { id: 'notes.label' })}</label>
    <textarea
      id="notes"
      part="notes"
      rows="3"
      aria-describedby="notes-count ${required ? 'notes-required' : ''}"
      aria-keyshortcuts="Control+Enter"
      ?required=${required}
      ?disabled=${!dialog.canAct}
      .value=${text}
      @input=${onInput}
      @keydown=${onKeydown}
    ></textarea>
    <p class="hint notes-count" id="notes-count">${charactersLeft(left, byCount)}</p>
    ${summaryPart(dialog, commands)}
    ${required && !text.trim()
      ? html`<p class="hint" id="notes-required">${msg('Add a note to submit this wrap-up.', { id: 'notes.required' })}</p>`
      : nothing}
    <div class="visually-hidden" aria-live="polite">${left <= NEAR_LIMIT ? charactersLeft(left, byCount) : ''}</div>`;
}

// ── suggested and recent reasons ───────────────────────────────────────────────────────

/**
 * The host's suggestions that name a reason of the list, each once, in the host's order, with
 * a confidence only when it is one (0 to 1) and a label only when it says something; undefined
 * when the host gave no list.
 */
export function usable(suggestions: unknown, index: ReasonIndex): WrapupSuggestion[] | undefined {
  if (!Array.isArray(suggestions)) return undefined;
  const seen = new Set<string>();
  const kept: WrapupSuggestion[] = [];
  for (const entry of suggestions) {
    if (!isSuggestion(entry) || !index.get(entry.id) || seen.has(entry.id)) continue;
    seen.add(entry.id);
    const { id, confidence, label } = entry;
    kept.push({ id, ...(validConfidence(confidence) && { confidence }), ...(typeof label === 'string' && label.trim() && { label }) });
  }
  return kept;
}

/** How many recently submitted reasons are kept per agent (more than any dialog shows). */
const RECENT_KEPT = 20;
const recentKey = (agentId: string | undefined) => `${PACKAGE_PREFIX}recent${agentId ? `:${agentId}` : ''}`;

/** The agent's recently submitted reasons, newest first: `[reason id, epoch ms]`, nothing else. */
function readRecent(agentId: string | undefined): [string, number][] {
  try {
    const list: unknown = JSON.parse(store.read(recentKey(agentId)) ?? '[]');
    return Array.isArray(list) ? list.filter((entry): entry is [string, number] => typeof entry?.[0] === 'string') : [];
  } catch {
    return []; // not ours, or damaged: start again
  }
}

/** Keeps `reasonId` as the agent's most recent reason. */
export function remember(agentId: string | undefined, reasonId: string): void {
  const list = [[reasonId, clock.now()], ...readRecent(agentId).filter(([id]) => id !== reasonId)];
  store.write(recentKey(agentId), JSON.stringify(list.slice(0, RECENT_KEPT)));
}

/**
 * The rows listed first while the search is empty: "Suggested" (the host's order, with the
 * confidence and label), then "Recent" (the newest `recent` of the agent's reasons still in
 * the list and not suggested), then a heading over the reasons that have no group of their
 * own, so they do not seem to belong to the group above them.
 */
export function leadRows(index: ReasonIndex, suggestions: unknown, recent: number, agentId: string | undefined): ReasonRow[] {
  const rows: ReasonRow[] = [];
  let position = 0;
  const add = (group: string, entries: { reason: WrapupReason; hint?: string | undefined }[]) => {
    if (entries.length === 0) return;
    rows.push({ kind: 'group', group });
    for (const { reason, hint } of entries) {
      rows.push({ kind: 'reason', match: { reason }, group, position: ++position, hint });
    }
  };
  const percent = new Intl.NumberFormat(getLocale(), { style: 'percent' });
  const suggested = (usable(suggestions, index) ?? []).map(({ id, confidence, label }) => ({
    reason: index.get(id)!,
    hint: [confidence === undefined ? '' : percent.format(confidence), label ?? ''].filter(Boolean).join(' · ') || undefined,
  }));
  add(msg('Suggested', { id: 'group.suggested' }), suggested);
  const count = Number.isInteger(recent) && recent > 0 ? recent : 0;
  const recentReasons = readRecent(agentId)
    .map(([id]) => index.get(id))
    .filter((reason): reason is WrapupReason => !!reason && !suggested.some((entry) => entry.reason === reason))
    .slice(0, count)
    .map((reason) => ({ reason }));
  add(msg('Recent', { id: 'group.recent' }), recentReasons);
  if (rows.length && index.reasons.some((reason) => reason.group === undefined)) rows.push({ kind: 'group', group: msg('All reasons', { id: 'group.all' }) });
  return rows;
}
