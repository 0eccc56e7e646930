/**
 * The rules of wrap-up forms, in one place: which of a reason's fields and which tags are
 * usable (and what is wrong with the others), what a value the agent typed is worth, and what
 * the POST body carries. It comes with the sender (`send.ts`), which builds the body from it;
 * the view's forms (`dialog/forms.ts`) ask the same rules through the sender, so what the
 * agent is told and what is sent never differ.
 */
import type { ReasonIndex } from '../input/reasons.js';
import type { SettingProblem } from '../input/validation.js';
import type { WrapupField, WrapupFieldValue, WrapupReason, WrapupTag } from '../types.js';

export const FIELD_TYPES: readonly WrapupField['type'][] = ['text', 'number', 'date', 'datetime', 'select', 'tel', 'checkbox'];

/** How many tags may be chosen when `max-tags` is not set. */
export const DEFAULT_MAX_TAGS = 5;

/** What the agent typed in one reason's fields: a string per field, a boolean for a checkbox. */
export type FieldValues = Readonly<Record<string, string | boolean>>;

/** Why a field's value cannot be sent yet. */
export type FieldError = 'missing' | 'number' | 'range' | 'length' | 'pattern' | 'date' | 'option';

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The patterns compiled so far: a form is checked on every update of its dialog. */
const compiled = new Map<string, RegExp>();

/** A field's `pattern` as the HTML `pattern` attribute reads it: the whole value, `v` flag. Throws when it is none. */
function patternOf(pattern: string): RegExp {
  let regexp = compiled.get(pattern);
  if (!regexp) compiled.set(pattern, (regexp = new RegExp(`^(?:${pattern})$`, 'v')));
  return regexp;
}

/** A bound or value as a number to compare: dates as epoch ms (a `date` at UTC midnight, a `datetime` in the agent's zone). */
function measure(type: WrapupField['type'], value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return NaN;
  if (type === 'number') return Number(value);
  if (type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return NaN;
  if (type === 'datetime' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return NaN;
  return Date.parse(value);
}

/** What is wrong with one field's definition, or undefined. */
function fieldProblem(field: WrapupField): SettingProblem['kind'] | undefined {
  const { label, type, options, min, max, pattern } = field;
  if (!isText(label)) return 'field-no-label';
  if (!FIELD_TYPES.includes(type)) return 'field-type';
  if (type === 'select' && !(Array.isArray(options) && options.length && options.every((option) => isText(option?.id) && isText(option.name)))) {
    return 'field-options';
  }
  if (min != null && max != null && measure(type, min) > measure(type, max)) return 'field-range';
  if (pattern != null) {
    try {
      patternOf(pattern);
    } catch {
      return 'field-pattern';
    }
  }
  return undefined;
}

interface CheckedForm {
  fields: WrapupField[];
  problems: SettingProblem[];
}

const checkedForms = new WeakMap<WrapupReason, CheckedForm>();

/**
 * The usable fields of `reason`, in order, and what is wrong with the others (each left out,
 * the rest usable): no id, a repeated id, no label, an unknown type, a select without
 * options, `min` above `max`, a `pattern` that is no regular expression.
 */
export function checkForm(reason: WrapupReason): CheckedForm {
  let checked = checkedForms.get(reason);
  if (checked) return checked;
  checked = { fields: [], problems: [] };
  const { fields, id: reasonId } = reason;
  const seen = new Set<string>();
  if (fields !== undefined && !Array.isArray(fields)) checked.problems.push({ field: 'reasons', kind: 'fields-not-a-list', got: [reasonId] });
  if (Array.isArray(fields)) {
    fields.forEach((field: WrapupField, i) => {
      const id = field?.id;
      const kind = !isText(id) ? 'field-no-id' : seen.has(id) ? 'field-repeated-id' : fieldProblem(field);
      if (kind) checked!.problems.push({ field: 'reasons', kind, got: [reasonId, isText(id) ? id : '', field?.type], at: i + 1 });
      else checked!.fields.push(field);
      if (isText(id)) seen.add(id);
    });
  }
  checkedForms.set(reason, checked);
  return checked;
}

/** The usable fields of `reason`. */
export const fieldsOf = (reason: WrapupReason): readonly WrapupField[] => checkForm(reason).fields;

/** What is wrong with `value` for `field`; undefined when it may be sent (an empty optional one sends nothing). */
export function fieldError(field: WrapupField, value: string | boolean | undefined): FieldError | undefined {
  const { type, required, min, max, maxLength, pattern, options } = field;
  if (type === 'checkbox') return required && value !== true ? 'missing' : undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return required ? 'missing' : undefined;
  if (type === 'select') return options!.some((option) => option.id === text) ? undefined : 'option';
  if (type === 'number' || type === 'date' || type === 'datetime') {
    const amount = measure(type, text);
    if (Number.isNaN(amount)) return type === 'number' ? 'number' : 'date';
    return amount < measure(type, min ?? -Infinity) || amount > measure(type, max ?? Infinity) ? 'range' : undefined;
  }
  if (typeof maxLength === 'number' && text.length > maxLength) return 'length';
  return pattern != null && !patternOf(pattern).test(text) ? 'pattern' : undefined;
}

/** The fields of `reason` whose value keeps a manual submit back, with why. */
export const formErrors = (reason: WrapupReason, values: FieldValues | undefined): [WrapupField, FieldError][] =>
  fieldsOf(reason).flatMap((field) => {
    const error = fieldError(field, values?.[field.id]);
    return error ? [[field, error]] : [];
  });

/** What `field` sends for the agent's `value`: typed as the contract says; undefined when nothing (empty or not valid). */
function sent(field: WrapupField, value: string | boolean | undefined): WrapupFieldValue | undefined {
  if (fieldError(field, value)) return undefined;
  if (field.type === 'checkbox') return value === true;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return undefined;
  if (field.type === 'number') return Number(text);
  if (field.type === 'datetime') return new Date(text).toISOString();
  return text;
}

/**
 * The body's `fields` for `reason`: every field with a value that may be sent (an automatic
 * wrap-up sends what is valid and leaves out the rest); undefined when there is none.
 */
export function formFields(reason: WrapupReason, values: FieldValues | undefined): Record<string, WrapupFieldValue> | undefined {
  const entries = fieldsOf(reason).flatMap((field) => {
    const value = sent(field, values?.[field.id]);
    return value === undefined ? [] : [[field.id, value] as const];
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

// ── tags ───────────────────────────────────────────────────────────────────────────────

interface CheckedTags {
  tags: WrapupTag[];
  problems: SettingProblem[];
}

const checkedTags = new WeakMap<object, CheckedTags>();

/** The usable tags of the host's `tags`, in order, and what is wrong with the others. */
export function checkTags(given: unknown): CheckedTags {
  if (given == null) return { tags: [], problems: [] };
  if (!Array.isArray(given)) return { tags: [], problems: [{ field: 'tags', kind: 'not-a-list' }] };
  let checked = checkedTags.get(given);
  if (checked) return checked;
  checked = { tags: [], problems: [] };
  const seen = new Set<string>();
  given.forEach((tag: WrapupTag, i) => {
    const kind = !isText(tag?.id) ? 'tag-no-id' : seen.has(tag.id) ? 'tag-repeated-id' : !isText(tag.name) ? 'tag-no-name' : undefined;
    if (kind) checked!.problems.push({ field: 'tags', kind, got: tag?.id, at: i + 1 });
    else checked!.tags.push(isText(tag.group) ? tag : { id: tag.id, name: tag.name });
    if (isText(tag?.id)) seen.add(tag.id);
  });
  checkedTags.set(given, checked);
  return checked;
}

/** `max-tags` (a number, or the attribute's text) when it is a whole number above 0, else undefined. */
const validMaxTags = (maxTags: unknown): number | undefined => {
  const count = typeof maxTags === 'string' && maxTags.trim() ? Number(maxTags) : maxTags;
  return Number.isInteger(count) && (count as number) > 0 ? (count as number) : undefined;
};

/** `max-tags` when it is a whole number above 0, else the default. */
export const maxTagsOf = (maxTags: unknown): number => validMaxTags(maxTags) ?? DEFAULT_MAX_TAGS;

/** The body's `tags`: the chosen ids that are usable tags, at most `max-tags`; undefined when none. */
export function chosenTags(given: unknown, maxTags: unknown, chosen: readonly string[] | undefined): string[] | undefined {
  const { tags } = checkTags(given);
  const ids = (chosen ?? []).filter((id) => tags.some((tag) => tag.id === id)).slice(0, maxTagsOf(maxTags));
  return ids.length ? ids : undefined;
}

// ── every problem ──────────────────────────────────────────────────────────────────────

/**
 * What is wrong with the forms: each reason's fields, a default reason with required fields
 * (the automatic wrap-up never waits for input, so it could never send them), the tags and
 * `max-tags`.
 */
export function formProblems(index: ReasonIndex, defaultReason: string | undefined, tags: unknown, maxTags: unknown): SettingProblem[] {
  const problems: SettingProblem[] = [];
  for (const reason of index.reasons) if (reason.fields !== undefined) problems.push(...checkForm(reason).problems);
  const fallback = index.get(defaultReason);
  if (fallback && fieldsOf(fallback).some((field) => field.required)) problems.push({ field: 'default-reason', kind: 'default-fields', got: defaultReason });
  if (maxTags != null && validMaxTags(maxTags) === undefined) problems.push({ field: 'max-tags', kind: 'positive', got: maxTags });
  problems.push(...checkTags(tags).problems);
  return problems;
}
