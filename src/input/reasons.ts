/**
 * Wrap-up reasons: reading them from `<option>`s, and finding a checked reason by its id (the
 * checks are `validation.ts`'s). Searching them as the agent types is the picker's
 * (`picker/search.ts`), which comes with the open dialog's chunk.
 */
import type { WrapupReason } from '../types.js';

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

  /** @param byId - the same reasons by id (the check's record of the ids it has seen). */
  constructor(reasons: readonly WrapupReason[], byId: Map<string, WrapupReason>) {
    this.reasons = reasons;
    this.#byId = byId;
  }

  /** The reason with this id, if the list has it. */
  get(id: string | undefined): WrapupReason | undefined {
    return id === undefined ? undefined : this.#byId.get(id);
  }
}
