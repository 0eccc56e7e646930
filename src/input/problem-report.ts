/**
 * Says what is wrong with what the host gave an element, once per problem: in the console and
 * as `wrapup-error` naming the field, in the page's language. The words, and the reporting with
 * them, are a sibling chunk (`diagnostics.ts`) loaded the first time there is something to say.
 */
import type { WrapupErrorEvent } from '../events.js';
import { lazy } from '../internal/lazy.js';
import type { SettingProblem } from './validation.js';

/** The words for problems and failures: loaded the first time something is wrong. */
export const diagnostics = lazy(() => import('./diagnostics.js'));

/**
 * Reports each of `problems` that `element` has not reported yet; `emit` fires the event (the
 * dialog adds its `subject`). Returns the words' load when they are not here yet: report
 * again once it settles.
 */
export function reportProblems(
  element: HTMLElement,
  problems: readonly SettingProblem[],
  emit: (event: WrapupErrorEvent) => unknown,
): Promise<unknown> | undefined {
  if (!problems.length) return undefined;
  if (!diagnostics.module) return diagnostics.load();
  diagnostics.module.report(element, problems, emit);
  return undefined;
}
