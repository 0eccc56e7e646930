/**
 * The reason picker's behaviour: the search text, the filtered rows, the active option, the
 * APG combobox keyboard model (Down/Up/Home/End move, Enter chooses, Escape closes the list,
 * Alt+Down/Up open and close it) and the window of rows that is rendered. It knows nothing of
 * deadlines or POSTs: a chosen reason goes to `onChoose`.
 *
 * A reactive controller rather than an element of its own, so that the listbox stays in the
 * dialog's shadow root beside the combobox (`aria-activedescendant` cannot cross shadow roots).
 * Its template is in `picker-view.ts`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReasonIndex } from '../input/reasons.js';
import { firstRows, foldNames, foldQuery, Rows, search, type Matches, type ReasonRow, type ShownRows } from './search.js';
import { afterFrame } from '../time/after-frame.js';
import { cancelIdle, LONG_TASK_MS, whenIdle, type IdleTask } from '../time/idle.js';
import type { WrapupReason } from '../types.js';

/** Rows rendered beyond the visible ones, above and below (for a long list, from its second frame on). */
const OVERSCAN = 6;
/** A list of more reasons than this is long: its first frame is kept lean (see {@link ReasonPicker.shown}). */
const LONG_LIST = 100;
/** How many recent searches are kept. */
const RESULTS_KEPT = 12;
/** How long typing must pause before the match count is announced. */
const ANNOUNCE_DELAY_MS = 600;

/** Options of a {@link ReasonPicker}. */
export interface ReasonPickerOptions {
  /** The reasons to pick from (read on every search). */
  index: () => ReasonIndex;
  /** The agent chose a reason. */
  onChoose: (reason: WrapupReason) => void;
  /** Typing paused: say how many reasons match. */
  onCount: (count: number) => void;
  /** The listbox element, once rendered. */
  listbox: () => HTMLElement | null | undefined;
  /** Rows listed first while the search is empty (suggested and recent reasons). */
  lead?: (index: ReasonIndex) => ReasonRow[] | undefined;
  /** A new list's rows are made and its names folded (in idle time): idle work that follows. */
  onListReady?: () => void;
}

/** The rows rendered: `[first, last)` of {@link ReasonPicker.rows}, and the space around them. */
export interface RowWindow {
  first: number;
  last: number;
  /** `padding-block` that stands for the rows above and below. */
  padding: string;
}

/** The search field and listbox of reasons. */
export class ReasonPicker implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ReasonPickerOptions;
  /** What the agent typed. */
  query = '';
  /** Whether the listbox is shown. */
  expanded = true;
  /** Row index of the active option, or -1. */
  active = -1;
  #scrollTop = 0;
  #rowHeight = 36;
  #viewportHeight = 288;
  /** Whether a frame has shown the list, and so the rows around the view are rendered too. */
  #widened = false;
  #widening: Promise<void> | undefined;
  /** Recent searches of the current list by folded query, first made first. */
  readonly #results = new Map<string, { matches: Matches; rows: Rows }>();
  #matchedNeedle = '';
  #matchedIndex: ReasonIndex | undefined;
  #rows: Rows | undefined;
  /** The first rows of a list, shown before it is grouped (see {@link shown}). */
  #first: { index: ReasonIndex; rows: ShownRows } | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #idleTask: IdleTask | undefined;
  #observed: HTMLElement | undefined;

  constructor(host: ReactiveControllerHost, options: ReasonPickerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#announceTimer);
    cancelIdle(this.#idleTask); // a removed dialog's list is neither searched nor kept for it
    this.#resizeObserver?.disconnect();
    this.#observed = undefined;
  }

  /**
   * Measures the list whenever a new listbox element is laid out (after a reopen or a move); the
   * first time there is one, has the rows around the view rendered after that frame.
   */
  hostUpdated(): void {
    const listbox = this.#options.listbox() ?? undefined;
    this.#widening ??= listbox && afterFrame().then(() => ((this.#widened = true), this.#host.requestUpdate()));
    if (listbox === this.#observed) return;
    this.#resizeObserver ??= new ResizeObserver(() => this.#measure());
    this.#resizeObserver.disconnect();
    if (listbox) this.#resizeObserver.observe(listbox);
    this.#observed = listbox;
  }

  /**
   * The rows for the current search, built when first asked for (in idle time, by a key, or by
   * the render after a long list's first frame; not when the list is set) and again after the
   * list or the search changed.
   */
  get rows(): Rows {
    const index = this.#options.index();
    if (this.#rows && this.#matchedIndex === index) return this.#rows;
    if (this.#matchedIndex !== index) this.#results.clear();
    const needle = foldQuery(this.query);
    let result = this.#results.get(needle);
    if (!result) {
      // A query that contains the last one can only match what that did: search within those.
      const last = this.#matchedIndex === index ? this.#results.get(this.#matchedNeedle) : undefined;
      const matches = search(index, this.query, last && needle.includes(this.#matchedNeedle) ? last.matches : undefined);
      result = { matches, rows: new Rows(index, matches, needle ? undefined : this.#options.lead?.(index)) };
      // A few recent results, so that Backspace back to an earlier query costs nothing.
      if (this.#results.size >= RESULTS_KEPT) this.#results.delete(this.#results.keys().next().value!);
      this.#results.set(needle, result);
    }
    this.#matchedNeedle = needle;
    this.#matchedIndex = index;
    this.#rows = result.rows;
    return this.#rows;
  }

  /**
   * The rows the listbox draws: {@link rows}, but a long list's first frame shows only the rows
   * in view, found without grouping the list, and the render after that frame makes the rows
   * and those around the view: grouping 10,000 reasons does not stand between an open and its
   * first frame. A shorter list is drawn as before, its rows around the view at once.
   */
  get shown(): ShownRows {
    const index = this.#options.index();
    if (!this.#lean(index) || this.query || this.#scrollTop) return this.rows;
    if (this.#first?.index !== index) {
      const count = Math.ceil(this.#viewportHeight / this.#rowHeight);
      this.#first = { index, rows: firstRows(index, count, this.#options.lead?.(index)) };
    }
    return this.#first.rows;
  }

  /** Whether this is the first frame of a long list. */
  #lean(index: ReasonIndex): boolean {
    return !this.#widened && index.reasons.length > LONG_LIST;
  }

  /** How many reasons match the search. */
  get optionCount(): number {
    return this.rows.optionCount;
  }

  /** The rows to render, around the scroll position. */
  get window(): RowWindow {
    const total = this.shown.length;
    const overscan = this.#lean(this.#options.index()) ? 0 : OVERSCAN;
    const first = Math.max(0, Math.floor(this.#scrollTop / this.#rowHeight) - overscan);
    const last = Math.min(total, Math.ceil((this.#scrollTop + this.#viewportHeight) / this.#rowHeight) + overscan);
    return { first, last, padding: `${first * this.#rowHeight}px ${(total - last) * this.#rowHeight}px` };
  }

  /** The id of the active option when it is rendered (and so can be named), else undefined. */
  get activeDescendant(): string | undefined {
    if (!this.expanded || this.active < 0) return undefined;
    const { first, last } = this.window;
    return this.active >= first && this.active < last ? `row-${this.active}` : undefined;
  }

  /** Drops the search results (the list changed): rows are rebuilt when next rendered. */
  reset(): void {
    this.#results.clear();
    this.#first = undefined;
    this.#searchAgain();
    // In idle time, each step a task of its own: the rows of the full list (what opening
    // shows), the folded names (what the first key press searches), then what follows.
    const steps = [() => void this.rows, () => void foldNames(this.#options.index()), () => this.#options.onListReady?.()];
    const next = (): void => {
      const step = steps.shift();
      if (step) this.#idleTask = whenIdle(() => (step(), next()), LONG_TASK_MS);
    };
    cancelIdle(this.#idleTask);
    next();
  }

  /**
   * Runs `draw` as if the agent had typed `query`, then puts the search back as it was: for the
   * warm-up, which renders the body after a first key press once, unseen, so that the agent's
   * own first key press does not pay for compiling and preparing that path.
   */
  searching(query: string, draw: () => void): void {
    const typed = this.query;
    [this.query, this.#rows] = [query, undefined];
    try {
      draw();
    } finally {
      [this.query, this.#rows] = [typed, undefined];
      this.#results.delete(foldQuery(query)); // the agent's first search is theirs to make
    }
  }

  /** The query changed: the rows are looked up (or searched) on the next render, from the top. */
  #searchAgain(): void {
    this.#rows = undefined;
    this.active = -1;
    this.#scrollTo(0);
    this.#host.requestUpdate();
  }

  /** The agent clicked a row. */
  choose(rowIndex: number): void {
    const row = this.rows.at(rowIndex);
    if (row?.kind !== 'reason') return;
    this.active = rowIndex;
    this.#options.onChoose(row.match.reason);
    this.#host.requestUpdate();
  }

  /** Chooses the `n`-th reason listed (from 1) while the search is empty; whether it did. */
  chooseNth(n: number): boolean {
    const rows = this.rows;
    if (this.query || n > rows.optionCount) return false;
    this.choose(rows.rowOf(n - 1));
    return true;
  }

  readonly onInput = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.expanded = true;
    this.#searchAgain();
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => this.#options.onCount(this.optionCount), ANNOUNCE_DELAY_MS);
  };

  readonly onScroll = (event: Event): void => {
    this.#scrollTop = (event.target as HTMLElement).scrollTop;
    this.#host.requestUpdate();
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const rows = this.rows;
    const count = rows.optionCount;
    const position = rows.optionOf(this.active);
    const moveTo = (i: number) => {
      if (count === 0) return;
      this.expanded = true;
      this.active = rows.rowOf(Math.max(0, Math.min(count - 1, i)));
      this.#scrollIntoView(this.active);
      event.preventDefault();
    };
    const { key, altKey } = event;
    if (key === 'ArrowDown' && altKey) {
      this.expanded = true;
      event.preventDefault();
    } else if (key === 'ArrowUp' && altKey) {
      this.expanded = false;
      event.preventDefault();
    } else if (key === 'ArrowDown') {
      moveTo(position + 1);
    } else if (key === 'ArrowUp') {
      moveTo(position < 0 ? count - 1 : position - 1);
    } else if (key === 'Home' && position >= 0) {
      moveTo(0);
    } else if (key === 'End' && position >= 0) {
      moveTo(count - 1);
    } else if (key === 'Enter' && position >= 0 && this.expanded) {
      event.preventDefault();
      this.choose(this.active);
    } else if (key === 'Escape') {
      // Never let Escape close the dialog: wrap-up is mandatory.
      event.preventDefault();
      if (this.expanded) {
        this.expanded = false;
        this.active = -1;
      } else if (this.query) {
        this.query = '';
        this.#searchAgain();
      }
    } else {
      return; // a key that types (its input event searches) or that the field handles itself
    }
    this.#host.requestUpdate();
  };

  #scrollTo(top: number): void {
    const listbox = this.#options.listbox();
    if (listbox) listbox.scrollTop = top;
    this.#scrollTop = top;
  }

  #scrollIntoView(rowIndex: number): void {
    const listbox = this.#options.listbox();
    if (!listbox) return;
    const top = rowIndex * this.#rowHeight;
    const bottom = top + this.#rowHeight;
    if (top < listbox.scrollTop) listbox.scrollTop = top;
    else if (bottom > listbox.scrollTop + this.#viewportHeight) listbox.scrollTop = bottom - this.#viewportHeight;
    this.#scrollTop = listbox.scrollTop;
  }

  /** Measures the row height and the list's visible height when the list is laid out. */
  #measure(): void {
    const listbox = this.#options.listbox();
    const row = listbox?.querySelector<HTMLElement>('.row');
    if (!listbox || !row) return;
    const rowHeight = row.getBoundingClientRect().height;
    const viewportHeight = listbox.clientHeight;
    if ((rowHeight > 0 && rowHeight !== this.#rowHeight) || (viewportHeight > 0 && viewportHeight !== this.#viewportHeight)) {
      this.#rowHeight = rowHeight || this.#rowHeight;
      this.#viewportHeight = viewportHeight || this.#viewportHeight;
      this.#host.requestUpdate();
    }
  }
}
