/**
 * Wrap-up forms, loaded the first time a dialog has a reason with fields or `tags` (a sibling
 * chunk, so a desktop that uses neither does not download it): the chosen reason's fields,
 * what keeps Submit back in words, and the tags, an APG multi-select listbox.
 *
 * The rules (which fields are usable, what a value is worth, what is sent) are the sender's
 * (`wrapup/form-values.ts`), which the view has loaded before it shows a form; what the agent
 * types is kept through the dialog's commands as the note is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { WrapupField, WrapupTag } from '../types.js';
import type { FieldError } from '../wrapup/form-values.js';
import type * as Sender from '../wrapup/send.js';
import type { DialogCommands, DialogSnapshot } from './snapshot.js';

/** The sender's form rules (see `form-values.ts`). */
export type FormRules = Pick<typeof Sender, 'fieldsOf' | 'fieldError' | 'formErrors' | 'checkTags' | 'maxTagsOf'>;

/** The input type of each field type. */
const INPUT_TYPES: Partial<Record<WrapupField['type'], string>> = { text: 'text', tel: 'tel', number: 'number', date: 'date', datetime: 'datetime-local' };

/**
 * What the forms need of the view: the sender's rules, the page's language (for lists of
 * words) and a way to re-render. (Not imported: a chunk imports nothing of the drop-in that
 * would make the bundler split it.)
 */
export interface FormContext {
  rules: FormRules;
  locale: string;
  refresh: () => void;
}

/** Why a value cannot be sent, for the agent (a missing one is said once, for all, by {@link missingText}). */
function errorText(error: FieldError, { min, max, maxLength }: WrapupField): string {
  switch (error) {
    case 'number':
      return msg('Enter a number.', { id: 'field.number' });
    case 'date':
      return msg('Enter a complete date.', { id: 'field.date' });
    case 'option':
      return msg('Choose one of the options.', { id: 'field.option' });
    case 'length':
      return msg(str`Use at most ${maxLength} characters.`, { id: 'field.length' });
    case 'pattern':
      return msg('This is not in the expected format.', { id: 'field.pattern' });
    default:
      if (min != null && max != null) return msg(str`Enter a value from ${min} to ${max}.`, { id: 'field.range' });
      return min != null ? msg(str`Enter ${min} or more.`, { id: 'field.min' }) : msg(str`Enter ${max} or less.`, { id: 'field.max' });
  }
}

/** Each locale's list format, made once (the hint is rendered on every update of the dialog). */
const lists = new Map<string, Intl.ListFormat>();

/** What keeps Submit back: the required fields still empty, by their labels, listed in the page's language. */
const missingText = (labels: string[], locale: string): string => {
  let format = lists.get(locale);
  if (!format) lists.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  const list = format.format(labels);
  return msg(str`To submit, fill in ${list}.`, { id: 'form.missing' });
};

/** A bound as the date inputs take it (they take strings only). */
const bound = (value: number | string | undefined) => (value == null ? nothing : String(value));

/**
 * The chosen reason's fields, in its order: each labelled, with its description and, once its
 * value cannot be sent, why (`aria-invalid` and the message as its description); then what
 * keeps Submit back, in words. What was typed for another reason stays, and comes back with it.
 */
export function formFields(dialog: DialogSnapshot, commands: DialogCommands, { rules, locale }: FormContext): TemplateResult | typeof nothing {
  const reason = dialog.chosen;
  const fields = reason ? rules.fieldsOf(reason) : [];
  if (!reason || fields.length === 0) return nothing;
  const { name } = reason;
  const values = dialog.fields[reason.id] ?? {};
  const put = (id: string, value: string | boolean) => commands.edit({ fields: { ...dialog.fields, [reason.id]: { ...values, [id]: value } } });
  const missing = rules.formErrors(reason, values).filter(([, error]) => error === 'missing');
  const field = (field: WrapupField, i: number) => {
    const id = `field-${i}`;
    const value = values[field.id];
    const error = rules.fieldError(field, value);
    const shownError = error && error !== 'missing' ? errorText(error, field) : undefined;
    const describedBy = [field.description && `${id}-description`, shownError && `${id}-error`].filter(Boolean).join(' ') || nothing;
    const common = { id, describedBy, invalid: shownError ? 'true' : 'false' };
    const control =
      field.type === 'checkbox'
        ? html`<input
            type="checkbox"
            id=${id}
            aria-describedby=${describedBy}
            ?required=${field.required}
            ?disabled=${!dialog.canAct}
            .checked=${value === true}
            @change=${(event: Event) => put(field.id, (event.target as HTMLInputElement).checked)}
          />`
        : field.type === 'select'
          ? html`<select
              id=${id}
              aria-describedby=${describedBy}
              aria-invalid=${common.invalid}
              ?required=${field.required}
              ?disabled=${!dialog.canAct}
              @change=${(event: Event) => put(field.id, (event.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${!value}>${msg('Choose…', { id: 'field.choose' })}</option>
              ${field.options!.map((option) => html`<option value=${option.id} ?selected=${value === option.id}>${option.name}</option>`)}
            </select>`
          : html`<input
              type=${INPUT_TYPES[field.type]!}
              id=${id}
              aria-describedby=${describedBy}
              aria-invalid=${common.invalid}
              ?required=${field.required}
              ?disabled=${!dialog.canAct}
              min=${bound(field.min)}
              max=${bound(field.max)}
              step=${field.type === 'number' ? 'any' : nothing}
              maxlength=${field.maxLength ?? nothing}
              .value=${typeof value === 'string' ? value : ''}
              @input=${(event: Event) => put(field.id, (event.target as HTMLInputElement).value)}
            />`;
    return html`<div class="field ${field.type === 'checkbox' ? 'check-field' : ''}">
      ${field.type === 'checkbox' ? control : nothing}
      <label for=${id}>${field.label}${field.required ? html` <span class="required">${msg('(required)', { id: 'field.required' })}</span>` : nothing}</label>
      ${field.type === 'checkbox' ? nothing : control}
      ${field.description ? html`<p class="hint" id="${id}-description">${field.description}</p>` : nothing}
      ${shownError ? html`<p class="field-error" id="${id}-error">${shownError}</p>` : nothing}
    </div>`;
  };
  return html`<fieldset class="form" part="form">
    <legend>${msg(str`Details for ${name}`, { id: 'form.legend' })}</legend>
    ${fields.map(field)}
    ${missing.length ? html`<p class="hint" id="form-missing">${missingText(missing.map(([{ label }]) => label), locale)}</p>` : nothing}
  </fieldset>`;
}

// ── tags ───────────────────────────────────────────────────────────────────────────────

/** Which tag has the listbox's focus, per dialog (by its commands, which are the dialog's own). */
const activeTags = new WeakMap<DialogCommands, number>();

/**
 * The tags: a listbox that takes several (`aria-multiselectable`), focused as one stop in the
 * tab order, its tags in their groups. Up/Down/Home/End move, Space (or a click) chooses or
 * un-chooses; once `max-tags` are chosen the others are unavailable until one is let go, and
 * the count says so.
 */
export function tagPicker(dialog: DialogSnapshot, commands: DialogCommands, { rules, refresh }: FormContext): TemplateResult | typeof nothing {
  const { tags } = rules.checkTags(dialog.tags);
  if (tags.length === 0) return nothing;
  const max = rules.maxTagsOf(dialog.maxTags);
  const chosen = dialog.chosenTags.filter((id) => tags.some((tag) => tag.id === id));
  const full = chosen.length >= max;
  const active = Math.min(activeTags.get(commands) ?? 0, tags.length - 1);
  const toggle = (tag: WrapupTag) => {
    if (!dialog.canAct) return;
    if (chosen.includes(tag.id)) commands.edit({ tags: chosen.filter((id) => id !== tag.id) });
    else if (!full) commands.edit({ tags: [...chosen, tag.id] });
  };
  const onKeydown = (event: KeyboardEvent) => {
    const to = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: tags.length - 1 }[event.key];
    if (to !== undefined) {
      const next = Math.max(0, Math.min(to, tags.length - 1));
      activeTags.set(commands, next);
      (event.currentTarget as HTMLElement).querySelector(`#tag-${next}`)?.scrollIntoView({ block: 'nearest' });
      refresh();
    } else if (event.key === ' ') toggle(tags[active]!);
    else return;
    event.preventDefault();
  };
  const option = (tag: WrapupTag) => {
    const i = tags.indexOf(tag);
    const selected = chosen.includes(tag.id);
    return html`<div
      id="tag-${i}"
      class="row ${i === active ? 'active' : ''}"
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      aria-disabled=${!selected && full ? 'true' : 'false'}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${() => (activeTags.set(commands, i), toggle(tag))}
    ><span class="check" aria-hidden="true">${selected ? '✓' : ''}</span><bdi>${tag.name}</bdi></div>`;
  };
  const groups = [...new Set(tags.map((tag) => tag.group))];
  const count = chosen.length;
  return html`<div class="tags-field">
    <span id="tags-label" class="label">${msg('Tags', { id: 'tags.label' })}</span>
    <div
      class="tags"
      part="tags"
      role="listbox"
      tabindex=${dialog.canAct ? '0' : '-1'}
      aria-multiselectable="true"
      aria-labelledby="tags-label"
      aria-describedby="tags-count"
      aria-activedescendant="tag-${active}"
      aria-disabled=${dialog.canAct ? 'false' : 'true'}
      @keydown=${onKeydown}
    >
      ${groups.map((group) => {
        const members = tags.filter((tag) => tag.group === group).map(option);
        return group === undefined
          ? members
          : html`<div role="group" aria-label=${group}>
              <div class="row group-label" aria-hidden="true">${group}</div>
              ${members}
            </div>`;
      })}
    </div>
    <p class="hint" id="tags-count" aria-live="polite">${msg(str`${count} of at most ${max} chosen`, { id: 'tags.count' })}</p>
  </div>`;
}
