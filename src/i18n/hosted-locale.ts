/**
 * A language the host registered (`registerLocale`), turned into templates like those
 * `lit-localize build` makes for the built-in ones. Loaded the first time such a language is
 * used, so hosts that register none do not download it.
 *
 * A host's string names its placeholders (`{count}`), in any order; a template lists the
 * source's values by index, so `"{name}: {count}"` becomes parts `['', ': ', '']` with values
 * `[1, 0]` when the source has `count` first. A form of a number (`{ one, few, other }`) fills
 * the ids of each plural category the elements ask for (`matches.few`), `other` where the
 * host gave no such form.
 */
import type { LocaleModule } from '@lit/localize';
import { sourceLocale } from '../generated/locale-codes.js';
import { catalog, type PluralForms, type WrapupMessages } from '../generated/messages.js';

/** A language's strings as a host gives them: by message id (see `messages.json`). */
export type HostMessages<M = WrapupMessages> = M | (() => Promise<M>);

type Templates = LocaleModule['templates'];

/** The categories the elements have an id for. */
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
/** Languages written right to left, for browsers without `Intl.Locale`'s text info. */
const RTL_LANGUAGES = ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi'];

/** Each messages loader's result, so that it is called once. */
const loaded = new Map<unknown, Promise<unknown>>();

/** Whether `locale` is written right to left. */
export function isRightToLeft(locale: string): boolean {
  try {
    const info = (new Intl.Locale(locale) as Intl.Locale & { getTextInfo?(): { direction: string }; textInfo?: { direction: string } });
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction) return direction === 'rtl';
  } catch {
    // not a well-formed tag: the list decides
  }
  return RTL_LANGUAGES.includes(locale.split(/[-_]/)[0]!.toLowerCase());
}

/**
 * A template for `id` from the host's `text`, or a reason why not (an unknown placeholder, or
 * not a string).
 */
function template(id: string, text: unknown, names: readonly string[]): Templates[string] | string[] {
  if (typeof text !== 'string') return [`"${id}" is not a string`];
  const parts = text.split(/\{(\w+)\}/);
  if (parts.length === 1) return text;
  const strings: string[] = [];
  const values: number[] = [];
  const unknown: string[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) strings.push(part);
    else if (names.includes(part)) values.push(names.indexOf(part));
    else unknown.push(`"${id}" has an unknown placeholder {${part}}${names.length ? ` (it has ${names.map((name) => `{${name}}`).join(', ')})` : ''}`);
  });
  if (unknown.length) return unknown;
  // The same shape `str` gives, with indexes for values (as lit-localize build writes them).
  return { strTag: true, strings: Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, values } as unknown as Templates[string];
}

/**
 * The templates of `locale` from the host's `messages` (awaited when it is a loader), on top of
 * the built-in ones when the language has them. Warns once about what cannot be used and, for a
 * language of the host's own, about the ids it lacks (they show in English).
 */
export async function compile(
  locale: string,
  messages: HostMessages<object>,
  builtIn: (() => Promise<LocaleModule>) | undefined,
): Promise<LocaleModule & { rtl: boolean }> {
  let given: unknown = messages;
  if (typeof messages === 'function') {
    if (!loaded.has(messages)) loaded.set(messages, messages());
    try {
      given = await loaded.get(messages);
    } catch (error) {
      loaded.delete(messages);
      console.warn(`wrapup-elements: the messages of locale "${locale}" could not be loaded; using ${builtIn ? 'the built-in ones' : 'English'}.`, error);
      given = {};
    }
  }
  const templates: Templates = { ...(await builtIn?.())?.templates };
  const malformed: string[] = [];
  const entries = typeof given === 'object' && given !== null ? Object.entries(given) : [];
  if (typeof given !== 'object' || given === null) malformed.push('messages must be an object of message id → string');
  for (const [id, text] of entries) {
    const entry = catalog[id];
    if (!entry) {
      malformed.push(`"${id}" is not a message id`);
      continue;
    }
    const forms = entry.plural && typeof text === 'object' && text !== null ? (text as PluralForms) : undefined;
    if (forms && typeof forms.other !== 'string') {
      malformed.push(`"${id}" has no "other" form`);
      continue;
    }
    // Each plural category the elements ask for gets its form, or "other".
    const targets = entry.plural ? CATEGORIES.map((category) => [`${id}.${category}`, forms ? (forms[category] ?? forms.other) : text] as const) : [[id, text] as const];
    const made = targets.map(([target, form]) => [target, template(id, form, entry.placeholders)] as const);
    const problems = made.flatMap(([, result]) => (Array.isArray(result) ? result : []));
    if (problems.length) malformed.push(...new Set(problems));
    else for (const [target, result] of made) templates[target] = result as Templates[string];
  }
  if (malformed.length) console.warn(`wrapup-elements: locale "${locale}": ${malformed.join('; ')}; those strings show in English.`);
  if (!builtIn && locale !== sourceLocale) {
    const missing = Object.keys(catalog).filter((id) => !(id in (given as object)));
    if (missing.length) console.warn(`wrapup-elements: locale "${locale}" has no ${missing.map((id) => `"${id}"`).join(', ')}; those strings show in English.`);
  }
  return { templates, rtl: isRightToLeft(locale) };
}
