/**
 * Says what is wrong with what the host gave an element, once per problem: in the console and
 * as `wrapup-error` naming the field, in the page's language. The words, and the reporting with
 * them, are a sibling chunk (`diagnostics.ts`) loaded the first time there is something to say.
 */
import { WrapupError, type WrapupErrorEvent } from '../events.js';
import type { Failure } from '../wrapup/wrapup-owner.js';
import type { Notice } from './diagnostics.js';
import { lazy } from '../internal/lazy.js';
import type { SettingProblem } from './validation.js';

/** The words for problems and failures: loaded the first time something is wrong. */
export const diagnostics = lazy(() => import('./diagnostics.js'));

/**
 * Reports each of `problems` that `element` has not reported yet; `emit` fires the event (on
 * the element by default; the dialog adds its `subject`). When the words are not here yet, they
 * are loaded first, and `waitFor` is given the load (the element's `updateComplete` waits).
 */
export function reportProblems(
  element: HTMLElement,
  problems: readonly SettingProblem[],
  waitFor: (part: Promise<unknown>) => void,
  emit?: (event: WrapupErrorEvent) => unknown,
): void {
  const report = () => diagnostics.module?.report(element, problems, emit);
  if (!problems.length || diagnostics.module) report();
  else waitFor(diagnostics.load().then(report));
}

/**
 * Fires, through `emit`, the error of a wrap-up that could not be sent: in the page's language,
 * once the words are here (just the failure's kind when they cannot be loaded).
 */
export function reportFailure(failure: Failure, emit: (error: WrapupError) => void): void {
  void diagnostics.load().then(() => emit(diagnostics.module?.failureError(failure) ?? new WrapupError(failure.kind)));
}

/** Warns in the console about `notice`, once its words are here (see `warn` in `diagnostics.ts`). */
export const warn = (notice: Notice): void => void diagnostics.load().then(() => diagnostics.module?.warn(notice));
