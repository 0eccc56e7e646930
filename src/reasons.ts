/**
 * Wrap-up reasons: validating what the host gave, and searching them as the agent types.
 *
 * Search folds case and diacritics once per reason when the list is set (`zakljucek` finds
 * `Zaključek`), so a key press over 10,000 reasons is one `includes` per reason.
 */
import type { SettingProblem } from './settings.js';
import type { WrapupReason } from './types.js';

/** Names longer than this are refused: no real reason needs more, and they break layouts. */
export const MAX_NAME_LENGTH = 200;

/** The usable reasons, and why the others were left out. */
export interface ValidatedReasons {
  reasons: WrapupReason[];
  /** Each names the entry (`at`, 1-based) and what is wrong with it. */
  problems: SettingProblem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** What is wrong with `entry` as a reason, or undefined when nothing is. */
function problemOf(entry: unknown, seen: ReadonlySet<string>): Pick<SettingProblem, 'kind' | 'got'> | undefined {
  if (!isRecord(entry)) return { kind: 'not-an-object' };
  const { id, name } = entry;
  if (typeof id !== 'string' || id.trim() === '') return { kind: 'no-id' };
  if (seen.has(id)) return { kind: 'repeated-id', got: id };
  if (typeof name !== 'string' || name.trim() === '') return { kind: 'no-name', got: id };
  if (name.length > MAX_NAME_LENGTH) return { kind: 'long-name', got: id };
  return undefined;
}

/**
 * Keeps every well-formed reason, in order, and says what is wrong with each one left out:
 * entries that are not objects, missing or empty ids, duplicate ids (the first wins), names
 * that are missing, not strings, blank or longer than {@link MAX_NAME_LENGTH}; or that the
 * input is not a list at all.
 */
export function validateReasons(input: unknown): ValidatedReasons {
  if (!Array.isArray(input)) return { reasons: [], problems: [{ field: 'reasons', kind: 'not-a-list' }] };
  const reasons: WrapupReason[] = [];
  const problems: SettingProblem[] = [];
  const seen = new Set<string>();
  input.forEach((entry: unknown, index) => {
    const problem = problemOf(entry, seen);
    if (problem) {
      problems.push({ field: 'reasons', at: index + 1, ...problem });
      return;
    }
    const { id, name, group, description } = entry as Record<string, string>;
    seen.add(id!);
    const reason: WrapupReason = { id: id!, name: name! };
    if (typeof group === 'string' && group.trim() !== '') reason.group = group;
    if (typeof description === 'string' && description.trim() !== '') reason.description = description;
    reasons.push(reason);
  });
  return { reasons, problems };
}

/** Reasons read from light-DOM `<option value>` children, grouped by `<optgroup label>`. */
export function reasonsFromOptions(host: Element): unknown[] {
  const reasons: unknown[] = [];
  for (const option of host.querySelectorAll(':scope > option, :scope > optgroup > option')) {
    const group = option.parentElement?.localName === 'optgroup' ? option.parentElement.getAttribute('label') : null;
    reasons.push({
      id: option.getAttribute('value') ?? '',
      name: (option.textContent ?? '').trim(),
      ...(group ? { group } : {}),
      ...(option.getAttribute('title') ? { description: option.getAttribute('title') } : {}),
    });
  }
  return reasons;
}

/** A reason that matches the query, with where its name matches (for highlighting). */
export interface ReasonMatch {
  reason: WrapupReason;
  /** Where the reason is in the list. */
  index: number;
  /**
   * `[start, end)` of the match in the folded name (see {@link originalRange}), or undefined
   * when only the description matched.
   */
  folded?: [number, number];
}

const MARKS_AND_INVISIBLES = /[\p{M}\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;

/**
 * Case- and diacritic-insensitive form of `text`. Zero-width and combining characters are
 * dropped, so they neither block nor fake a match. Whole-string native calls: this runs for
 * every reason when the list is set.
 */
const fold = (text: string): string => text.normalize('NFD').replace(MARKS_AND_INVISIBLES, '').toLowerCase();

/** The folded form of a query, as {@link ReasonIndex.search} compares it. */
export const foldQuery = (query: string): string => fold(query.trim());

/**
 * Maps a range of the folded name back to the name as written. Folding character by character
 * gives the same text as folding the whole string, so indices line up; only the few rows on
 * screen pay for this.
 */
export function originalRange(name: string, [start, end]: [number, number]): [number, number] {
  let folded = 0;
  let index = 0;
  let from = name.length;
  for (const char of name) {
    if (folded >= start && from === name.length) from = index;
    if (folded >= end) return [from, index];
    folded += fold(char).length;
    index += char.length;
  }
  return [Math.min(from, index), index];
}

/** One reason's searchable text, folded. */
interface Folded {
  name: string;
  description: string;
}

/**
 * The reasons of one list, folded once for searching: on the first search, or before it when
 * {@link prepare} is called in idle time (folding 10,000 names takes tens of milliseconds, which
 * setting the list should not pay).
 */
export class ReasonIndex {
  readonly reasons: readonly WrapupReason[];
  #folded: Folded[] | undefined;
  readonly #byId: Map<string, WrapupReason>;

  constructor(reasons: readonly WrapupReason[]) {
    this.reasons = reasons;
    this.#byId = new Map(reasons.map((reason) => [reason.id, reason]));
  }

  /** Folds every name and description now, if no search has yet. */
  prepare(): Folded[] {
    return (this.#folded ??= this.reasons.map(({ name, description }) => ({
      name: fold(name),
      description: description ? fold(description) : '',
    })));
  }

  /** The reason with this id, if the list has it. */
  get(id: string | undefined): WrapupReason | undefined {
    return id === undefined ? undefined : this.#byId.get(id);
  }

  /**
   * Reasons whose name or description contains `query`, in list order. `within`: the matches
   * of a query that `query` contains, which are all that can match it (a key press that makes
   * the query longer then searches only those).
   */
  search(query: string, within?: readonly ReasonMatch[]): ReasonMatch[] {
    const needle = foldQuery(query);
    if (needle === '') return this.reasons.map((reason, index) => ({ reason, index }));
    const folded = this.prepare();
    const matches: ReasonMatch[] = [];
    const test = (index: number) => {
      const { name, description } = folded[index]!;
      const at = name.indexOf(needle);
      if (at >= 0) matches.push({ reason: this.reasons[index]!, index, folded: [at, at + needle.length] });
      else if (description.includes(needle)) matches.push({ reason: this.reasons[index]!, index });
    };
    if (within) for (const match of within) test(match.index);
    else for (let index = 0; index < folded.length; index++) test(index);
    return matches;
  }
}

/** A row of the list as it is shown: a group heading or a reason. */
export type ReasonRow =
  | { kind: 'group'; group: string; size: number }
  | {
      kind: 'reason';
      match: ReasonMatch;
      group: string | undefined;
      /** 1-based position among the reasons shown, for `aria-posinset`. */
      position: number;
      /** Shown in place of the description (a suggestion's confidence and label). */
      hint?: string;
    };

/**
 * The rows to show for `matches`: after the `lead` rows, reasons without a group first, then
 * each group under its heading, groups in the order they first appear. When `lead` ends with
 * a heading, the reasons without a group are under it.
 */
export function toRows(matches: readonly ReasonMatch[], lead: ReasonRow[] = []): ReasonRow[] {
  const rows = lead; // (a new array from the caller) appended to
  const groups = new Map<string, ReasonMatch[]>();
  const last = lead.at(-1);
  let position = rows.filter((row) => row.kind === 'reason').length;
  for (const match of matches) {
    const group = match.reason.group;
    if (group === undefined) {
      rows.push({ kind: 'reason', match, group: last?.kind === 'group' ? last.group : group, position: ++position });
    } else {
      let members = groups.get(group);
      if (!members) groups.set(group, (members = []));
      members.push(match);
    }
  }
  for (const [group, members] of groups) {
    rows.push({ kind: 'group', group, size: members.length });
    for (const match of members) rows.push({ kind: 'reason', match, group, position: ++position });
  }
  return rows;
}
