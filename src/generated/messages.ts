// Do not modify this file by hand! Re-generate it with `npm run localize` (scripts/messages.mjs).

/** The forms of a string that depends on a number, by `Intl.PluralRules` category; `other` is required. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * Every string of the elements, by message id: what `registerLocale` takes for a language of
 * the host's own. Placeholders are `{name}`, the names listed in `messages.json`.
 */
export interface WrapupMessages {
  /** Before the name of the reason the agent chose. English: Chosen: */
  "chosen": string;
  /** Shown under the list until the agent chooses a reason. English: No reason chosen yet. */
  "chosen.none": string;
  /** Before the time left until the default reason is sent automatically (the countdown). English: Auto wrap-up in */
  "countdown.label": string;
  /** For the agent: the host gave no interaction id, so nothing can be sent. English: This wrap-up has no interaction id, so it cannot be submitted. */
  "error.no-interaction": string;
  /** For the agent: the host configured no address to send the wrap-up to. English: No submit URL is configured. */
  "error.no-url": string;
  /** For the agent: the countdown ended but the administrator set no default reason. English: Time is up, but no default reason is set. Choose a reason and submit. */
  "expire.no-default": string;
  /** The button that gives the agent more time; {duration} is spelled out ("30 seconds"). English: Extend by {duration} */
  "extend.by": string;
  /** The button that stops the countdown for good. English: Cancel auto wrap-up */
  "extend.cancel": string;
  /** Shown and announced once the countdown was stopped. English: Auto wrap-up cancelled. Submit when you are done. */
  "extend.cancelled": string;
  /** Announced after the agent got more time; {duration} is the time now left, spelled out. English: Auto wrap-up extended: {duration} left. */
  "extend.done": string;
  /** For the agent: why the contact center did not take the wrap-up; {status} is the HTTP status code. English: You are not allowed to wrap up this interaction ({status}). */
  "failure.auth": string;
  /** For the agent: the contact center could not be reached at all. English: The contact center could not be reached. */
  "failure.network": string;
  /** For the agent: why the contact center did not take the wrap-up; {status} is the HTTP status code. English: The contact center does not know this interaction ({status}). */
  "failure.not-found": string;
  /** For the agent: why the contact center did not take the wrap-up; {status} is the HTTP status code. English: The contact center refused this wrap-up ({status}). */
  "failure.rejected": string;
  /** For the agent: why the contact center did not take the wrap-up; {status} is the HTTP status code. English: The contact center answered with an error ({status}). */
  "failure.server": string;
  /** For the agent: the host's own platform call for this wrap-up was cut off before it ended (the page that made it closed or reloaded, or moved to another interaction), so it may or may not have gone through; nothing is sent again until the agent asks. English: Sending this wrap-up was interrupted, so it may have gone through. Check, then try again. */
  "failure.unsure": string;
  /** The empty first choice of a drop-down field of the form. English: Choose… */
  "field.choose": string;
  /** For the agent, under a field of the chosen reason's form: why its value cannot be sent yet ({min}, {max} and {maxLength} are the administrator's limits). English: Enter a complete date. */
  "field.date": string;
  /** For the agent, under a field of the chosen reason's form: why its value cannot be sent yet ({min}, {max} and {maxLength} are the administrator's limits). English: Use at most {maxLength} characters. */
  "field.length": string;
  /** For the agent, under a field of the chosen reason's form: why its value cannot be sent yet ({min}, {max} and {maxLength} are the administrator's limits). English: Enter {max} or less. */
  "field.max": string;
  /** For the agent, under a field of the chosen reason's form: why its value cannot be sent yet ({min}, {max} and {maxLength} are the administrator's limits). English: Enter {min} or more. */
  "field.min": string;
  /** For the agent, under a field of the chosen reason's form: why its value cannot be sent yet ({min}, {max} and {maxLength} are the administrator's limits). English: Enter a number. */
  "field.number": string;
  /** For the agent, under a field of the chosen reason's form: why its value cannot be sent yet ({min}, {max} and {maxLength} are the administrator's limits). English: Choose one of the options. */
  "field.option": string;
  /** For the agent, under a field of the chosen reason's form: why its value cannot be sent yet ({min}, {max} and {maxLength} are the administrator's limits). English: This is not in the expected format. */
  "field.pattern": string;
  /** For the agent, under a field of the chosen reason's form: why its value cannot be sent yet ({min}, {max} and {maxLength} are the administrator's limits). English: Enter a value from {min} to {max}. */
  "field.range": string;
  /** After the label of a field that must be filled in. English: (required) */
  "field.required": string;
  /** Heading over the fields of the chosen reason; {name} is the reason's name. English: Details for {name} */
  "form.legend": string;
  /** Under the form: what the agent must still fill in before Submit; {list} is the fields' labels, already joined ("Callback time and Amount"). English: To submit, fill in {list}. */
  "form.missing": string;
  /** Heading over the reasons without a group of their own, after the suggested and recent ones. English: All reasons */
  "group.all": string;
  /** Heading over the reasons the agent submitted lately. English: Recent */
  "group.recent": string;
  /** Heading over the reasons the host suggests for this interaction. English: Suggested */
  "group.suggested": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Customer ended the chat */
  "heading.chat.customer-end": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Chat ended */
  "heading.chat.end": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Chat message sent */
  "heading.chat.send": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Chat transferred */
  "heading.chat.transfer": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Customer closed the email */
  "heading.email.customer-end": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Email closed */
  "heading.email.end": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Email reply sent */
  "heading.email.send": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Email transferred */
  "heading.email.transfer": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Customer ended the conversation */
  "heading.social.customer-end": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Conversation ended */
  "heading.social.end": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Reply sent */
  "heading.social.send": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Conversation transferred */
  "heading.social.transfer": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Customer ended the call */
  "heading.voice.customer-end": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Call ended */
  "heading.voice.end": string;
  /** What happened to the interaction, shown beside the time since ("Call ended · 0:42"). Keys: channel (voice, chat, email, social) and what happened. English: Call transferred */
  "heading.voice.transfer": string;
  /** Shown instead of the list when the host gave no reasons. English: No wrap-up reasons are available. */
  "list.empty": string;
  /** Shown in place of what happened and the elapsed time while the interaction is still going on (the agent wraps up during it). English: Interaction in progress */
  "live": string;
  /** Announced when typing pauses: how many reasons match the search; {count} in the page's digits. English: {count} reason matches / {count} reasons match */
  "matches": PluralForms | string;
  /** Shown and announced when no reason matches the search. English: No reasons match */
  "matches.none": string;
  /** The label of the notes field. English: Notes */
  "notes.label": string;
  /** Under the notes field: how many more characters fit; {count} in the page's digits. English: {count} character left / {count} characters left */
  "notes.left": PluralForms | string;
  /** Under the notes field when a note is required and there is none yet. English: Add a note to submit this wrap-up. */
  "notes.required": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: interaction-id must be a non-empty string */
  "problem.blank": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: default-reason "{id}" has required fields, which the automatic wrap-up cannot fill in */
  "problem.default.fields": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: default-reason "{id}" is not one of the reasons */
  "problem.default.not-a-reason": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: server-time must be epoch milliseconds; got "{got}" */
  "problem.epoch": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: {field} must be epoch milliseconds; "{got}" is in seconds */
  "problem.epoch-seconds": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason "{reason}", field {at}: has no id */
  "problem.field.no-id": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason "{reason}", field "{field}": has no label */
  "problem.field.no-label": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason "{reason}", field "{field}": a select needs options, each with an id and a name */
  "problem.field.options": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason "{reason}", field "{field}": pattern is not a valid regular expression */
  "problem.field.pattern": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason "{reason}", field "{field}": min is above max */
  "problem.field.range": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason "{reason}", field {at}: repeats the id "{field}" */
  "problem.field.repeated-id": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason "{reason}", field "{field}": type must be one of {allowed}; got "{type}" */
  "problem.field.type": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason "{reason}": fields must be an array of { id, label, type } objects */
  "problem.fields.not-a-list": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: {field} must be an ISO 8601 instant or epoch milliseconds; got "{got}" */
  "problem.instant": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: min-wrapup ({seconds} s) is past the auto wrap-up ({auto} s), which sends first */
  "problem.min-wrapup.late": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: {field} must not be negative; got {got} */
  "problem.negative": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: auto-wrapup is set but default-reason is missing */
  "problem.no-default": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: {field} names no element: there is no id "{got}" to follow */
  "problem.no-element": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: notes must be "optional" or "required"; got "{got}" */
  "problem.notes": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: {field} must be one of {allowed}; got "{got}" */
  "problem.one-of": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: {field} must be at most {max} seconds (a day); got {got} */
  "problem.over-a-day": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: {field} must be a whole number above 0; got "{got}" */
  "problem.positive": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason {at} ("{id}") has a name longer than {max} characters */
  "problem.reason.long-name": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason {at} has no id */
  "problem.reason.no-id": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason {at} ("{id}") has no name */
  "problem.reason.no-name": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason {at} is not an object */
  "problem.reason.not-an-object": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason {at} has the id {got}, a number: ids are strings */
  "problem.reason.number-id": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reason {at} repeats the id "{id}" */
  "problem.reason.repeated-id": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: reasons must be an array of { id, name } objects */
  "problem.reasons.not-a-list": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: {field} must be a number of seconds; got "{got}" */
  "problem.seconds": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: suggestion {at} ("{id}") has a confidence outside 0 to 1 */
  "problem.suggestion.confidence": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: suggestion {at} has no id */
  "problem.suggestion.no-id": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: suggestion {at} ("{id}") is not one of the reasons */
  "problem.suggestion.not-a-reason": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: suggestions must be an array of { id, confidence?, label? } objects */
  "problem.suggestions.not-a-list": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: summary must be { text: string, state?: "pending" | "ready" | "failed" } */
  "problem.summary": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: summary is set but notes is not: the summary is shown in the notes field */
  "problem.summary.no-notes": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: tag {at} has no id */
  "problem.tag.no-id": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: tag {at} ("{id}") has no name */
  "problem.tag.no-name": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: tag {at} repeats the id "{id}" */
  "problem.tag.repeated-id": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: tags must be an array of { id, name, group? } objects */
  "problem.tags.not-a-list": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: interaction-id must be at most {max} characters */
  "problem.too-long": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: submit-url must be an http(s) URL; got "{got}" */
  "problem.url": string;
  /** For the host's developer, in the dialog and the console: a setting that cannot be used. Keep attribute names, values in quotes and code ({ id, name }) as they are. English: {field} must be a whole number, 0 or more; got "{got}" */
  "problem.whole": string;
  /** Above the list of settings that cannot be used. English: Some settings could not be used: */
  "problems": string;
  /** The button that sends the wrap-up again after it failed. English: Try again */
  "retry": string;
  /** The label of the search field. English: Search wrap-up reasons */
  "search.label": string;
  /** The status line once the wrap-up was accepted. English: Submitted */
  "status.done": string;
  /** The status line while the browser is offline. English: Offline — will send when the connection is back. */
  "status.offline": string;
  /** The status line while the wrap-up is sent again after a failure. English: Retrying… */
  "status.retrying": string;
  /** The status line while the wrap-up is being sent. English: Submitting… */
  "status.submitting": string;
  /** The main button: sends the chosen reason. English: Submit wrap-up */
  "submit": string;
  /** Beside Submit while the interaction is still going on: why it waits. English: You can submit once the interaction has ended. */
  "submit.live": string;
  /** Beside Submit until the administrator's minimum wrap-up time has passed; {duration} is the time left, spelled out. English: You can submit in {duration}. */
  "submit.wait": string;
  /** Said once when no summary could be drafted: the agent writes the notes. English: The summary could not be drafted. Write the notes yourself. */
  "summary.failed": string;
  /** Over a newer summary offered to an agent who has typed their own notes. English: A newer summary is ready: */
  "summary.offer": string;
  /** Said once while the summary is being drafted. English: Drafting a summary of the interaction… */
  "summary.pending": string;
  /** The button that replaces the agent's notes with the newer summary. English: Use the new summary */
  "summary.use": string;
  /** Under the tags: {count} is how many are chosen, {max} the most allowed. English: {count} of at most {max} chosen */
  "tags.count": string;
  /** The name of the list of secondary labels (tags) the agent may choose beside the one reason. English: Tags */
  "tags.label": string;
  /** The accessible name of a counter of the time left. English: Time left */
  "timer.down": string;
  /** A counter's accessible name: its {label} ("Wrap-up time") and the {duration} it shows, spelled out. English: {label} {duration} */
  "timer.name": string;
  /** The accessible name of the counter of the time since the interaction ended. English: Wrap-up time */
  "timer.up": string;
  /** The dialog's title, and the name of the list of reasons. English: Wrap-up reasons */
  "title": string;
  /** In the dialog shown: how many other wrap-ups wait behind it; {count} in the page's digits. English: {count} more wrap-up waiting / {count} more wrap-ups waiting */
  "waiting": PluralForms | string;
  /** Announced when a waiting wrap-up was sent by its countdown; {name} says which (the host's subject, or what happened). English: {name} was wrapped up automatically. */
  "waiting.auto-sent": string;
  /** The accessible name of the list of other waiting wrap-ups. English: Other wrap-ups */
  "waiting.label": string;
  /** After the number waiting, before the time until the next one's countdown ends. English: next auto wrap-up in */
  "waiting.next": string;
  /** A button that brings a waiting wrap-up forward; {label} says which. English: Switch to {label} */
  "waiting.switch": string;
  /** Announced 20 seconds before the countdown ends; {duration} spelled out. English: Auto wrap-up in {duration}. */
  "warning": string;
  /** Announced 20 seconds before the countdown ends, when the agent may extend; {duration} spelled out. English: Auto wrap-up in {duration}. Press Alt+X to extend. */
  "warning.extendable": string;
}

/** Each message's placeholders, in the order of the source's values, and whether it has plural forms. */
export const catalog: Record<string, { placeholders: readonly string[]; plural?: true }> = {
  "chosen": { placeholders: [] },
  "chosen.none": { placeholders: [] },
  "countdown.label": { placeholders: [] },
  "error.no-interaction": { placeholders: [] },
  "error.no-url": { placeholders: [] },
  "expire.no-default": { placeholders: [] },
  "extend.by": { placeholders: ["duration"] },
  "extend.cancel": { placeholders: [] },
  "extend.cancelled": { placeholders: [] },
  "extend.done": { placeholders: ["duration"] },
  "failure.auth": { placeholders: ["status"] },
  "failure.network": { placeholders: [] },
  "failure.not-found": { placeholders: ["status"] },
  "failure.rejected": { placeholders: ["status"] },
  "failure.server": { placeholders: ["status"] },
  "failure.unsure": { placeholders: [] },
  "field.choose": { placeholders: [] },
  "field.date": { placeholders: [] },
  "field.length": { placeholders: ["maxLength"] },
  "field.max": { placeholders: ["max"] },
  "field.min": { placeholders: ["min"] },
  "field.number": { placeholders: [] },
  "field.option": { placeholders: [] },
  "field.pattern": { placeholders: [] },
  "field.range": { placeholders: ["min","max"] },
  "field.required": { placeholders: [] },
  "form.legend": { placeholders: ["name"] },
  "form.missing": { placeholders: ["list"] },
  "group.all": { placeholders: [] },
  "group.recent": { placeholders: [] },
  "group.suggested": { placeholders: [] },
  "heading.chat.customer-end": { placeholders: [] },
  "heading.chat.end": { placeholders: [] },
  "heading.chat.send": { placeholders: [] },
  "heading.chat.transfer": { placeholders: [] },
  "heading.email.customer-end": { placeholders: [] },
  "heading.email.end": { placeholders: [] },
  "heading.email.send": { placeholders: [] },
  "heading.email.transfer": { placeholders: [] },
  "heading.social.customer-end": { placeholders: [] },
  "heading.social.end": { placeholders: [] },
  "heading.social.send": { placeholders: [] },
  "heading.social.transfer": { placeholders: [] },
  "heading.voice.customer-end": { placeholders: [] },
  "heading.voice.end": { placeholders: [] },
  "heading.voice.transfer": { placeholders: [] },
  "list.empty": { placeholders: [] },
  "live": { placeholders: [] },
  "matches": { placeholders: ["count"], plural: true },
  "matches.none": { placeholders: [] },
  "notes.label": { placeholders: [] },
  "notes.left": { placeholders: ["count"], plural: true },
  "notes.required": { placeholders: [] },
  "problem.blank": { placeholders: [] },
  "problem.default.fields": { placeholders: ["id"] },
  "problem.default.not-a-reason": { placeholders: ["id"] },
  "problem.epoch": { placeholders: ["got"] },
  "problem.epoch-seconds": { placeholders: ["field","got"] },
  "problem.field.no-id": { placeholders: ["reason","at"] },
  "problem.field.no-label": { placeholders: ["reason","field"] },
  "problem.field.options": { placeholders: ["reason","field"] },
  "problem.field.pattern": { placeholders: ["reason","field"] },
  "problem.field.range": { placeholders: ["reason","field"] },
  "problem.field.repeated-id": { placeholders: ["reason","at","field"] },
  "problem.field.type": { placeholders: ["reason","field","allowed","type"] },
  "problem.fields.not-a-list": { placeholders: ["reason"] },
  "problem.instant": { placeholders: ["field","got"] },
  "problem.min-wrapup.late": { placeholders: ["seconds","auto"] },
  "problem.negative": { placeholders: ["field","got"] },
  "problem.no-default": { placeholders: [] },
  "problem.no-element": { placeholders: ["field","got"] },
  "problem.notes": { placeholders: ["got"] },
  "problem.one-of": { placeholders: ["field","allowed","got"] },
  "problem.over-a-day": { placeholders: ["field","max","got"] },
  "problem.positive": { placeholders: ["field","got"] },
  "problem.reason.long-name": { placeholders: ["at","id","max"] },
  "problem.reason.no-id": { placeholders: ["at"] },
  "problem.reason.no-name": { placeholders: ["at","id"] },
  "problem.reason.not-an-object": { placeholders: ["at"] },
  "problem.reason.number-id": { placeholders: ["at","got"] },
  "problem.reason.repeated-id": { placeholders: ["at","id"] },
  "problem.reasons.not-a-list": { placeholders: [] },
  "problem.seconds": { placeholders: ["field","got"] },
  "problem.suggestion.confidence": { placeholders: ["at","id"] },
  "problem.suggestion.no-id": { placeholders: ["at"] },
  "problem.suggestion.not-a-reason": { placeholders: ["at","id"] },
  "problem.suggestions.not-a-list": { placeholders: [] },
  "problem.summary": { placeholders: [] },
  "problem.summary.no-notes": { placeholders: [] },
  "problem.tag.no-id": { placeholders: ["at"] },
  "problem.tag.no-name": { placeholders: ["at","id"] },
  "problem.tag.repeated-id": { placeholders: ["at","id"] },
  "problem.tags.not-a-list": { placeholders: [] },
  "problem.too-long": { placeholders: ["max"] },
  "problem.url": { placeholders: ["got"] },
  "problem.whole": { placeholders: ["field","got"] },
  "problems": { placeholders: [] },
  "retry": { placeholders: [] },
  "search.label": { placeholders: [] },
  "status.done": { placeholders: [] },
  "status.offline": { placeholders: [] },
  "status.retrying": { placeholders: [] },
  "status.submitting": { placeholders: [] },
  "submit": { placeholders: [] },
  "submit.live": { placeholders: [] },
  "submit.wait": { placeholders: ["duration"] },
  "summary.failed": { placeholders: [] },
  "summary.offer": { placeholders: [] },
  "summary.pending": { placeholders: [] },
  "summary.use": { placeholders: [] },
  "tags.count": { placeholders: ["count","max"] },
  "tags.label": { placeholders: [] },
  "timer.down": { placeholders: [] },
  "timer.name": { placeholders: ["label","duration"] },
  "timer.up": { placeholders: [] },
  "title": { placeholders: [] },
  "waiting": { placeholders: ["count"], plural: true },
  "waiting.auto-sent": { placeholders: ["name"] },
  "waiting.label": { placeholders: [] },
  "waiting.next": { placeholders: [] },
  "waiting.switch": { placeholders: ["label"] },
  "warning": { placeholders: ["duration"] },
  "warning.extendable": { placeholders: ["duration"] },
};
