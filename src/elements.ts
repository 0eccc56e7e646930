/**
 * `wrapup-elements/elements.js`: everything `wrapup-elements` exports, without registering any
 * element. For a host that registers them itself, under other names with
 * `defineWrapupElements()`.
 */
export { defineWrapupElements, type WrapupTagNames } from './define.js';
export { WrapupDialog } from './dialog/wrapup-dialog.js';
export { WrapupTimer } from './timer/wrapup-timer.js';
export { clock, PageClock, type Clock } from './time/clock.js';
export { clearWrapups } from './wrapup/store.js';
export { setLocale, getLocale, registerLocale, type HostMessages, type SupportedLocale } from './i18n/localization.js';
export type { PluralForms, WrapupMessages } from './generated/messages.js';
export {
  WrapupCompleteEvent,
  WrapupError,
  WrapupErrorEvent,
  WrapupExpireEvent,
  WrapupExtendEvent,
  WrapupSelectEvent,
  WrapupSubmitEvent,
} from './events.js';
export type { InstantInput } from './time/instant.js';
export type { FetchLike } from './wrapup/submission.js';
export type {
  Channel,
  NotesSource,
  Scenario,
  Wrapup,
  WrapupField,
  WrapupFieldValue,
  WrapupReason,
  WrapupState,
  WrapupSuggestion,
  WrapupSummary,
  WrapupTag,
} from './types.js';
