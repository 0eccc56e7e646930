/**
 * Searching the reasons as the agent types, and the rows that show the result.
 *
 * Search folds case and diacritics once per reason, on the first search or in idle time before
 * it (`zakljucek` finds `Zaključek`), so a key press over 10,000 reasons is one `includes` per
 * reason.
 */
import type { ReasonIndex } from '../reasons.js';
import type { WrapupReason } from '../types.js';

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

/** The folded form of a query, as {@link search} compares it. */
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

/** The folded names and descriptions of each list searched. */
const foldedLists = new WeakMap<ReasonIndex, Folded[]>();

/**
 * Folds every name and description of `index` now, if no search has yet (folding 10,000 names
 * takes tens of milliseconds, which setting the list should not pay).
 */
export function prepare(index: ReasonIndex): Folded[] {
  let folded = foldedLists.get(index);
  if (!folded) {
    folded = index.reasons.map(({ name, description }) => ({ name: fold(name), description: description ? fold(description) : '' }));
    foldedLists.set(index, folded);
  }
  return folded;
}

/**
 * Reasons of `index` whose name or description contains `query`, in list order. `within`: the
 * matches of a query that `query` contains, which are all that can match it (a key press that
 * makes the query longer then searches only those).
 */
export function search(index: ReasonIndex, query: string, within?: readonly ReasonMatch[]): ReasonMatch[] {
  const { reasons } = index;
  const needle = foldQuery(query);
  if (needle === '') return reasons.map((reason, at) => ({ reason, index: at }));
  const folded = prepare(index);
  const matches: ReasonMatch[] = [];
  const test = (at: number) => {
    const { name, description } = folded[at]!;
    const start = name.indexOf(needle);
    if (start >= 0) matches.push({ reason: reasons[at]!, index: at, folded: [start, start + needle.length] });
    else if (description.includes(needle)) matches.push({ reason: reasons[at]!, index: at });
  };
  if (within) for (const match of within) test(match.index);
  else for (let at = 0; at < folded.length; at++) test(at);
  return matches;
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
