/**
 * Searching the reasons as the agent types, and the rows that show the result.
 *
 * Search folds case and diacritics once per reason, on the first search or in idle time before
 * it (`zakljucek` finds `Zaključek`), so a key press over 10,000 reasons is one `indexOf` per
 * reason. Its result is numbers (which reasons, where they match), and the rows are made from
 * them only for what is on screen.
 */
import type { ReasonIndex } from '../input/reasons.js';
import type { WrapupReason } from '../types.js';

/** A reason that matches the query, with where its name matches (for highlighting). */
export interface ReasonMatch {
  reason: WrapupReason;
  /**
   * `[start, end)` of the match in the folded name (see {@link originalRange}), or undefined
   * when only the description matched.
   */
  folded?: [number, number];
}

const MARKS_AND_INVISIBLES = /[\p{M}\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;

/**
 * Case- and diacritic-insensitive form of `text`. Zero-width and combining characters are
 * dropped, so they neither block nor fake a match. Whole-string native calls: it runs once for
 * every reason of a list. An empty text is returned as it is: the empty search of a page's
 * first open does not compile the pattern.
 */
const fold = (text: string): string => text && text.normalize('NFD').replace(MARKS_AND_INVISIBLES, '').toLowerCase();

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

/**
 * The searchable text of a list, folded, by place in the list ('' for no description): plain
 * arrays of strings, so that a search over 10,000 reasons is a loop of `indexOf` calls.
 */
interface Folded {
  names: string[];
  descriptions: string[];
}

/** The folded names and descriptions of each list searched. */
const foldedLists = new WeakMap<ReasonIndex, Folded>();

/**
 * Folds every name and description of `index` now, if no search has yet (folding 10,000 names
 * takes tens of milliseconds, which setting the list should not pay).
 */
export function foldNames(index: ReasonIndex): Folded {
  let folded = foldedLists.get(index);
  if (!folded) {
    const { reasons } = index;
    folded = { names: reasons.map(({ name }) => fold(name)), descriptions: reasons.map(({ description }) => (description ? fold(description) : '')) };
    foldedLists.set(index, folded);
  }
  return folded;
}

/**
 * The reasons that match a query, as numbers rather than an object per reason: a key press
 * that matches 9,000 of 10,000 reasons makes two arrays, and only the rows on screen become
 * objects ({@link Rows.at}).
 */
export interface Matches {
  /** The matching reasons' places in the list, ascending. */
  readonly at: Int32Array;
  /** Per match, where the folded query starts in the folded name; -1 when it does not. */
  readonly start: Int32Array;
  /** The folded query's length. */
  readonly length: number;
}

/**
 * Reasons of `index` whose name, description or group (any level of a path) contains `query`, in list order. `within`: the
 * matches of a query that `query` contains, which are all that can match it (a key press that
 * makes the query longer then searches only those).
 */
export function search(index: ReasonIndex, query: string, within?: Matches): Matches {
  const needle = foldQuery(query);
  const count = within ? within.at.length : index.reasons.length;
  const at = new Int32Array(count);
  const start = new Int32Array(count).fill(-1);
  if (needle === '') {
    for (let k = 0; k < count; k++) at[k] = within ? within.at[k]! : k;
    return { at, start, length: 0 };
  }
  const { names, descriptions } = foldNames(index);
  // A group matches once for all its reasons: "refund" finds every reason under Billing › Refunds.
  const groups = groupsOf(index);
  const groupMatches = Uint8Array.from([0, ...(groups.folded ??= groups.names.map(fold)).map((name) => +name.includes(needle))]);
  const places = within?.at;
  let found = 0;
  for (let k = 0; k < count; k++) {
    const place = places ? places[k]! : k;
    const from = names[place]!.indexOf(needle);
    if (from >= 0 || descriptions[place]!.includes(needle) || groupMatches[groups.of[place]!]) {
      at[found] = place;
      start[found++] = from;
    }
  }
  return { at: at.slice(0, found), start: start.slice(0, found), length: needle.length };
}

/** A row of the list as it is shown: a group heading or a reason. */
export type ReasonRow =
  | {
      kind: 'group';
      group: string;
      /** A level of a path (a code tree), when it is not the whole group: what the heading says. */
      label?: string;
      /** How deep that level is (0 for the top). */
      depth?: number;
    }
  | {
      kind: 'reason';
      match: ReasonMatch;
      group: string | undefined;
      /** 1-based position among the reasons shown, for `aria-posinset`. */
      position: number;
      /** Shown in place of the description (a suggestion's confidence and label). */
      hint?: string;
    };

/** Between the levels of a group path (a code tree): `Billing › Refunds`. */
export const PATH_SEPARATOR = ' › ';

/** A reason's group as one heading: a path's levels joined by {@link PATH_SEPARATOR}. */
export const groupName = (group: string | readonly string[]): string => (typeof group === 'string' ? group : group.join(PATH_SEPARATOR));

/** Each reason's group as a number from 1 (0: none), and the groups' names (the name of 1 first). */
interface Groups {
  of: Int32Array;
  names: string[];
  /** The names folded, once a search needs them. */
  folded?: string[];
}

const groupLists = new WeakMap<ReasonIndex, Groups>();

function groupsOf(index: ReasonIndex): Groups {
  let groups = groupLists.get(index);
  if (!groups) {
    const numbers = new Map<string, number>();
    const of = new Int32Array(index.reasons.length);
    index.reasons.forEach(({ group }, place) => {
      const name = group && groupName(group);
      if (!name) return;
      let number = numbers.get(name);
      if (number === undefined) numbers.set(name, (number = numbers.size + 1));
      of[place] = number;
    });
    const names = [...numbers.keys()];
    groupLists.set(index, (groups = { of, names }));
  }
  return groups;
}

/** A heading over a run: a level of its group's path (or the whole group), and how deep it is. */
interface Heading {
  label: string;
  depth: number;
}

/**
 * The headings over a run of group `name` that follows a run of the levels `above`: a path's
 * levels shared with the run above head both, so only the others are new (nested) headings.
 */
function headingsOf(name: string, above: readonly string[]): { levels: string[]; headings: Heading[] } {
  const levels = name.split(PATH_SEPARATOR);
  let shared = 0;
  while (shared < levels.length - 1 && levels[shared] === above[shared]) shared++;
  return { levels, headings: levels.slice(shared).map((label, k) => ({ label, depth: shared + k })) };
}

/** A heading's row: a level of a path says which, the whole group does not. */
const headingRow = (group: string, { label, depth }: Heading): ReasonRow => (label === group ? { kind: 'group', group } : { kind: 'group', group, label, depth });

/** A group's run of rows: its heading at `row`, then `size` reasons from option `option`. */
interface Run {
  name: string;
  row: number;
  option: number;
  size: number;
  /**
   * The headings over the run, from `row` on: for a path, the levels not already heading the
   * run before it (nested headings), each with its depth; else the group's name.
   */
  headings: Heading[];
}

/**
 * The rows to show for some matches: after the `lead` rows, the reasons without a group, then
 * each group under its heading, groups in the order they first appear among the matches. When
 * `lead` ends with a heading, the reasons without a group are under it. Rows are made when
 * asked for, so a search costs the same whether 10 or 10,000 reasons match.
 */
export class Rows {
  /** How many rows there are, headings included. */
  readonly length: number;
  /** How many of them are reasons. */
  readonly optionCount: number;
  readonly #reasons: readonly WrapupReason[];
  readonly #matches: Matches;
  readonly #lead: ReasonRow[];
  /** Row indexes of the lead's reasons. */
  readonly #leadOptions: number[] = [];
  /** The matches (indexes into `#matches`) in the order they are shown. */
  readonly #order: Int32Array;
  /** How many reasons without a group follow the lead. */
  readonly #ungrouped: number;
  readonly #runs: Run[] = [];

  constructor(index: ReasonIndex, matches: Matches, lead: ReasonRow[] = []) {
    this.#reasons = index.reasons;
    this.#matches = matches;
    this.#lead = lead;
    lead.forEach((row, i) => row.kind === 'reason' && this.#leadOptions.push(i));
    // A counting sort by group: the groups' sizes and order in one pass, the order in a second.
    const { of, names } = groupsOf(index);
    const { at } = matches;
    const count = at.length;
    const sizes = new Int32Array(names.length + 1); // by group number; [0]: no group
    const ranked: number[] = []; // the group numbers in the order they first match
    for (let m = 0; m < count; m++) {
      const group = of[at[m]!]!;
      if (sizes[group]++ === 0 && group) ranked.push(group);
    }
    this.#ungrouped = sizes[0]!;
    const next = new Int32Array(names.length + 1); // where each group's next match goes
    let row = lead.length + this.#ungrouped;
    let option = this.#ungrouped;
    let above: string[] = [];
    for (const group of ranked) {
      const size = sizes[group]!;
      const name = names[group - 1]!;
      const { levels, headings } = headingsOf(name, above);
      this.#runs.push({ name, row, option, size, headings });
      above = levels;
      next[group] = option;
      row += headings.length + size;
      option += size;
    }
    const order = (this.#order = new Int32Array(count));
    for (let m = 0; m < count; m++) order[next[of[at[m]!]!]!++] = m;
    this.length = row;
    this.optionCount = this.#leadOptions.length + count;
  }

  /** The row at `i` (0 ≤ i < length). */
  at(i: number): ReasonRow | undefined {
    if (i < 0 || i >= this.length) return undefined;
    if (i < this.#lead.length) return this.#lead[i];
    const run = this.#runAtRow(i);
    if (!run) return this.#reason(i - this.#lead.length, this.#ungroupedLabel());
    const heading = run.headings[i - run.row];
    if (heading) return headingRow(run.name, heading);
    return this.#reason(run.option + i - run.row - run.headings.length, run.name);
  }

  /** The 0-based position among the reasons of the row at `i`, or -1 for a heading or none. */
  optionOf(i: number): number {
    if (i < 0 || i >= this.length) return -1;
    if (i < this.#lead.length) return this.#leadOptions.indexOf(i);
    const lead = this.#leadOptions.length;
    const run = this.#runAtRow(i);
    if (!run) return lead + i - this.#lead.length;
    return i < run.row + run.headings.length ? -1 : lead + run.option + i - run.row - run.headings.length;
  }

  /** The row index of the reason at 0-based `position`. */
  rowOf(position: number): number {
    const lead = this.#leadOptions.length;
    if (position < lead) return this.#leadOptions[position]!;
    const option = position - lead;
    if (option < this.#ungrouped) return this.#lead.length + option;
    const run = this.#last((candidate) => candidate.option <= option)!;
    return run.row + run.headings.length + option - run.option;
  }

  #runAtRow(i: number): Run | undefined {
    return this.#last((run) => run.row <= i);
  }

  /** The last run for which `before` holds (it holds for a prefix of them). */
  #last(before: (run: Run) => boolean): Run | undefined {
    let low = 0;
    let high = this.#runs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(this.#runs[middle]!)) low = middle + 1;
      else high = middle;
    }
    return this.#runs[low - 1];
  }

  #ungroupedLabel(): string | undefined {
    const last = this.#lead.at(-1);
    return last?.kind === 'group' ? last.group : undefined;
  }

  /** The reason shown `option`-th after the lead. */
  #reason(option: number, group: string | undefined): ReasonRow {
    const m = this.#order[option]!;
    const place = this.#matches.at[m]!;
    const start = this.#matches.start[m]!;
    const match: ReasonMatch = { reason: this.#reasons[place]! };
    if (start >= 0) match.folded = [start, start + this.#matches.length];
    return { kind: 'reason', match, group, position: this.#leadOptions.length + option + 1 };
  }
}

/** What the listbox draws of a list's rows: {@link Rows}, or its first rows alone ({@link firstRows}). */
export type ShownRows = Pick<Rows, 'length' | 'optionCount' | 'at'>;

/**
 * The first `count` rows of a whole list (no search) after `lead`, as {@link Rows} has them, found
 * without grouping the list: what the frame that opens a long list draws, its rows being made
 * in the task after. One pass finds the reasons without a group; each group shown is read from
 * its first reason until the rows are enough. `length` counts only the headings of the groups
 * shown (the list's scroll height is a few rows short for that frame).
 */
export function firstRows({ reasons }: ReasonIndex, count: number, lead: ReasonRow[] = []): ShownRows {
  const rows = [...lead];
  const leadOptions = lead.filter((row) => row.kind === 'reason').length;
  let position = leadOptions;
  const add = (reason: WrapupReason, group: string | undefined) => rows.push({ kind: 'reason', match: { reason }, group, position: ++position });
  const nameOf = ({ group }: WrapupReason) => (typeof group === 'string' ? group : group ? groupName(group) : '');
  // The reasons without a group first (under the lead's last heading), then each group under its
  // headings, in the order it first appears.
  const last = lead.at(-1);
  for (let i = 0; i < reasons.length && rows.length < count; i++) {
    if (!nameOf(reasons[i]!)) add(reasons[i]!, last?.kind === 'group' ? last.group : undefined);
  }
  const shown = new Set<string>();
  let above: string[] = [];
  for (let i = 0; i < reasons.length && rows.length < count; i++) {
    const name = nameOf(reasons[i]!);
    if (!name || shown.has(name)) continue;
    shown.add(name);
    const { levels, headings } = headingsOf(name, above);
    rows.push(...headings.map((heading) => headingRow(name, heading)));
    above = levels;
    for (let k = i; k < reasons.length && rows.length < count; k++) if (nameOf(reasons[k]!) === name) add(reasons[k]!, name);
  }
  const headings = rows.length - (position - leadOptions) - lead.length;
  return { length: lead.length + reasons.length + headings, optionCount: leadOptions + reasons.length, at: (i) => rows[i] };
}
