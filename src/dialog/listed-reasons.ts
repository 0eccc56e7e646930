/**
 * The reasons an open dialog lists. A list set in the same task as `open` (a call ended, on a
 * page that may have just loaded) is listed as given in the frame that shows it, and checked in
 * the task after: checking 10,000 reasons costs more than showing the first of them. The check
 * then replaces those rows only where it changed something, so nothing the agent did is reset.
 */
import { ReasonIndex } from '../input/reasons.js';
import type { WrapupReason } from '../types.js';
import type { DialogInput } from '../input/dialog-input.js';
import { afterFrame } from '../time/after-frame.js';

/** An entry a row can show without its check: an id and a name, and no group a row cannot show. */
function showable(value: unknown): value is WrapupReason {
  const entry = value as Partial<Record<keyof WrapupReason, unknown>> | null;
  return typeof entry?.id === 'string' && typeof entry.name === 'string' && (entry.group == null || typeof entry.group === 'string' || Array.isArray(entry.group));
}

/** A dialog's list as given, found by id without the check's map (first wins, as in the check). */
class AsGiven extends ReasonIndex {
  /** The index of the list once checked, and whether it kept every reason as given. */
  #checked: ReasonIndex | undefined;
  #same = false;
  /** Its check, once asked for. */
  checking: Promise<void> | undefined;

  /** @param list - as the host gave it (what is not a list lists nothing). */
  constructor(readonly list: unknown) {
    super(Array.isArray(list) ? list.filter(showable) : [], new Map());
  }

  get settled(): boolean {
    return this.#checked !== undefined;
  }

  override get(id: string | undefined): WrapupReason | undefined {
    if (this.#checked) return this.#checked.get(id);
    return id === undefined ? undefined : this.reasons.find((reason) => reason.id === id);
  }

  /** `checked`, or this index (the same rows) when the check kept the same reasons in the same order. */
  settle(checked: ReasonIndex): ReasonIndex {
    if (this.#checked !== checked) {
      this.#checked = checked;
      this.#same = checked.reasons.length === this.reasons.length && checked.reasons.every((reason, i) => reason === this.reasons[i]);
    }
    return this.#same ? this : checked;
  }
}

/** What of a dialog's parts (its `DialogSource`) the list comes from. */
interface ListSource {
  readonly input: Pick<DialogInput, 'index' | 'dirty' | 'declarative' | 'reasons'>;
  readonly given: { readonly open: boolean; readonly reasons?: unknown };
}

/** The list each dialog last listed as given, by the dialog's input. */
const listedAsGiven = new WeakMap<object, AsGiven>();

/** The host's list: its `reasons`, else its `<option>`s. */
const listOf = ({ input, given }: ListSource): unknown => given.reasons ?? input.declarative;

/** The reasons to list: as checked, or as given while an open dialog's list waits for its check. */
export function listedReasons(source: ListSource): ReasonIndex {
  const { input, given } = source;
  const list = listOf(source);
  let asGiven = listedAsGiven.get(input);
  if (asGiven && asGiven.list !== list) {
    listedAsGiven.delete(input); // (another list now: the last one is not kept for it)
    asGiven = undefined;
  }
  if (!input.dirty) return asGiven ? asGiven.settle(input.index) : input.index;
  if (!given.open) return input.index;
  if (asGiven && !asGiven.settled) return asGiven;
  asGiven = new AsGiven(list); // (also for a list given again after its check)
  listedAsGiven.set(input, asGiven);
  return asGiven;
}

/**
 * Checks the list an open dialog lists as given, in the task after the frame that shows it: a
 * promise of that the first time it is asked for, and undefined otherwise.
 */
export function checkAfterFrame(source: ListSource): Promise<void> | undefined {
  const { input } = source;
  const asGiven = listedAsGiven.get(input);
  if (!input.dirty || !asGiven || asGiven.settled || asGiven.checking || asGiven.list !== listOf(source)) return undefined;
  return (asGiven.checking = afterFrame().then(() => void input.reasons(listOf(source))));
}
