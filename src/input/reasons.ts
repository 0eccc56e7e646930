/**
 * Wrap-up reasons: validating what the host gave, and finding a reason by its id. Searching
 * them as the agent types is the picker's (`picker/search.ts`), which comes with the open
 * dialog's chunk.
 */
import type { SettingProblem } from './settings.js';
import type { WrapupReason } from '../types.js';

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

/**
 * Reasons read from light-DOM `<option value>` children, grouped by `<optgroup label>`, as
 * entries for {@link validateReasons} (which drops a missing or blank group or description).
 */
export function reasonsFromOptions(host: Element): unknown[] {
  return Array.from(host.querySelectorAll(':scope > option, :scope > optgroup > option'), (option) => ({
    id: option.getAttribute('value') ?? '',
    name: (option.textContent ?? '').trim(),
    group: option.parentElement?.localName === 'optgroup' ? option.parentElement.getAttribute('label') : null,
    description: option.getAttribute('title'),
  }));
}

/** The checked reasons of one list, in order, and each by its id. */
export class ReasonIndex {
  readonly reasons: readonly WrapupReason[];
  readonly #byId: Map<string, WrapupReason>;

  constructor(reasons: readonly WrapupReason[]) {
    this.reasons = reasons;
    this.#byId = new Map(reasons.map((reason) => [reason.id, reason]));
  }

  /** The reason with this id, if the list has it. */
  get(id: string | undefined): WrapupReason | undefined {
    return id === undefined ? undefined : this.#byId.get(id);
  }
}
