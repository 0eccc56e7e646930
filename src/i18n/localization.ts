/**
 * Which language the elements speak.
 *
 * Messages are written with `@lit/localize`'s `msg()` and `str` (so `lit-localize` extracts
 * them into XLIFF and builds each translation as a module of templates); this module is the
 * run time that picks them: it installs `msg()`'s implementation, loads a locale's module when
 * it is first used, and re-renders the elements that {@link followLocale}. Smaller than
 * `@lit/localize`'s own runtime, which also hashes ids, renders `html` messages and fires
 * status events, none of which the elements use. Built files carry their own copy of it, so a
 * host page that configures `@lit/localize` for its own strings keeps working beside us.
 *
 * The locale follows `<html lang>`, including later changes, until the host calls
 * {@link setLocale}.
 */
import type { ReactiveControllerHost } from 'lit';
import { joinStringsAndValues as join, type LocaleModule, type StrResult } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { WrapupMessages } from '../generated/messages.js';
import type { HostMessages } from './hosted-locale.js';
import { warn } from '../input/problem-report.js';

export type { HostMessages };

/** A locale the elements are translated into. */
export type SupportedLocale = typeof sourceLocale | (typeof targetLocales)[number];


/** The languages the host registered, by lower-case tag. */
const hosted = new Map<string, HostMessages<Partial<WrapupMessages>>>();

/**
 * Where each translation comes from: each is a lazily loaded chunk, so a desktop downloads only
 * its own language; elements hold their first render until it has arrived (see
 * `localeReady`), so nobody sees English flash first. Internal: tests replace a loader.
 * @internal
 */
export const localeLoaders: Record<string, () => Promise<LocaleModule>> = {
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  hr: () => import('../generated/locales/hr.js'),
  it: () => import('../generated/locales/it.js'),
  sl: () => import('../generated/locales/sl.js'),
};

/** The locale rendered, its templates (none for English, the source) and its direction. */
let active: string = sourceLocale;
let templates: LocaleModule['templates'] | undefined;
let rtl = false;
/** The latest switch; an older one that finishes later is dropped. */
let switching = 0;
const elements = new Set<ReactiveControllerHost>();

// A message of the active locale, or the source's when the locale has no such id (as an
// untranslated message should). A translation's values are indexes into the source's: it may
// put them in another order.
_installMsgImplementation(((template: string | StrResult, { id }: { id: string }) => {
  const localized = templates?.[id] as string | StrResult | undefined;
  if (typeof localized === 'string') return localized;
  if (typeof template === 'string') return template;
  return localized
    ? join(localized.strings, template.values, localized.values as number[])
    : join(template.strings, template.values);
}) as Parameters<typeof _installMsgImplementation>[0]);

/** Re-renders `host` whenever the locale changes, while it is connected. */
export function followLocale(host: ReactiveControllerHost): void {
  host.addController({ hostConnected: () => elements.add(host), hostDisconnected: () => elements.delete(host) });
}

/** A locale's templates: built in, registered by the host (compiled lazily), or both. */
function load(locale: string): Promise<LocaleModule & { rtl?: boolean }> | undefined {
  const builtIn = localeLoaders[locale];
  const messages = hosted.get(locale);
  return messages ? import('./hosted-locale.js').then(({ compile }) => compile(locale, messages, builtIn)) : builtIn?.();
}

/** Renders every element in `locale` (a supported one) once its templates are loaded. */
async function switchTo(locale: string): Promise<void> {
  const request = ++switching;
  const module = await load(locale);
  if (request !== switching) return;
  [active, templates, rtl] = [locale, module?.templates, !!module?.rtl];
  for (const element of elements) element.requestUpdate();
}

/**
 * `rtl` when the elements' language is written right to left and the page did not say
 * otherwise (`<html dir>` wins); undefined to follow the page.
 */
export const textDirection = (): 'rtl' | undefined => (rtl && !document.documentElement.dir ? 'rtl' : undefined);

/**
 * Adds a language, or replaces strings of one (a built-in one too), at run time: `messages` maps
 * message ids (`wrapup-elements/messages.json` lists them, with their English text) to strings,
 * with `{name}` placeholders, or to `{ one, few, other, … }` forms (`Intl.PluralRules`
 * categories) for strings that depend on a number; or it is a function that loads them, called
 * the first time the language is used. The elements switch to it when the page is in that
 * language (`<html lang>`) or the host calls {@link setLocale} with it. A missing id falls back
 * to English with one warning; a malformed entry is reported once and never shown.
 */
export function registerLocale(tag: SupportedLocale, messages: HostMessages<Partial<WrapupMessages>>): void;
export function registerLocale(tag: string, messages: HostMessages): void;
export function registerLocale(tag: string, messages: HostMessages<Partial<WrapupMessages>>): void {
  hosted.set(tag.toLowerCase(), messages);
  if (!hostChoseLocale || chosen.toLowerCase() === tag.toLowerCase()) void applyLocale(hostChoseLocale ? chosen : document.documentElement.lang);
}

/**
 * How long elements wait for a language's chunk before they render in English; they switch
 * when it arrives. A stalled CDN must not leave an agent without a wrap-up dialog.
 */
export const LOCALE_WAIT_MS = 2000;

let pending: Promise<void> = Promise.resolve();

/**
 * Settles once the locale being switched to (if any) is loaded, or after
 * {@link LOCALE_WAIT_MS}. Elements await it to render.
 */
export const localeReady = (): Promise<void> => pending;

const builtIn: readonly string[] = [sourceLocale, ...targetLocales];
const warned = new Set<string>();
let hostChoseLocale = false;
/** The tag the host last passed to {@link setLocale}. */
let chosen = '';

/**
 * The supported locale for a BCP 47 tag: `sl-SI` → `sl`; anything unknown → English, with one
 * console warning per tag.
 */
export function resolveLocale(tag: string | null | undefined): string {
  const normalized = (tag ?? '').trim().toLowerCase();
  if (normalized === '') return sourceLocale;
  const language = normalized.split(/[-_]/)[0] ?? '';
  const supported = [...builtIn, ...hosted.keys()];
  if (supported.includes(normalized)) return normalized;
  if (supported.includes(language)) return language;
  if (!warned.has(normalized)) {
    warned.add(normalized);
    warn({ kind: 'no-locale', tag, supported });
  }
  return sourceLocale;
}

/** The locale the elements currently render in. */
export function getLocale(): string {
  return active;
}

/**
 * Switches every wrap-up element on the page to `locale` (a BCP 47 tag such as `sl` or
 * `sl-SI`; unknown tags fall back to English). From then on `<html lang>` is no longer
 * followed; pass `null` to follow it again.
 *
 * @returns a promise that settles once the elements have the new strings.
 */
export function setLocale(locale: string | null): Promise<void> {
  hostChoseLocale = locale !== null;
  chosen = locale ?? '';
  return applyLocale(locale ?? document.documentElement.lang);
}

function applyLocale(tag: string): Promise<void> {
  const switched = switchTo(resolveLocale(tag)).catch((error: unknown) => {
    // A failed switch (the chunk did not load) leaves the previous language in place; it must
    // not reach the host.
    warn({ kind: 'locale-failed', error });
  });
  // The wait ends when the chunk arrives, so an idle page has no timer left behind.
  let timeout: ReturnType<typeof setTimeout> | undefined;
  pending = Promise.race([switched, new Promise<void>((resolve) => (timeout = setTimeout(resolve, LOCALE_WAIT_MS)))]);
  void switched.then(() => clearTimeout(timeout));
  return switched;
}

function followDocumentLanguage(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  void applyLocale(root.lang);
  new MutationObserver(() => {
    if (!hostChoseLocale) void applyLocale(root.lang);
  }).observe(root, { attributes: true, attributeFilter: ['lang'] });
}

followDocumentLanguage();
