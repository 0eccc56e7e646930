/**
 * `wrapup-elements`: importing this module registers `<wrapup-dialog>` and `<wrapup-timer>`.
 */
import './define.js';

export { WrapupDialog } from './dialog/wrapup-dialog.js';
export { WrapupTimer } from './timer/wrapup-timer.js';
export { clock, PageClock, type Clock } from './clock.js';
export { setLocale, getLocale, type SupportedLocale } from './localization.js';
export {
  WrapupCompleteEvent,
  WrapupError,
  WrapupErrorEvent,
  WrapupExpireEvent,
  WrapupExtendEvent,
  WrapupSelectEvent,
  WrapupSubmitEvent,
} from './events.js';
export type { InstantInput } from './instant.js';
export type { FetchLike } from './submission.js';
export type { Channel, Scenario, Wrapup, WrapupReason, WrapupState } from './types.js';
