/**
 * Typed dictionaries of the portal's own words, one module per part of the
 * site under src/i18n/messages/, each holding every language.
 *
 * - English is the source: its object fixes the keys and, for each key,
 *   whether it is a string or a function of its arguments (plural forms,
 *   numbers, dates: a function formats them with Intl for its language).
 * - `defineMessages` is for the interface (navigation, headings, buttons,
 *   labels, notices, error messages): every language must have every key. A
 *   missing key is a type error (`astro check`), a test failure
 *   (src/i18n/messages.test.ts) and, if it got that far, a build error.
 * - `defineProse` is for longer texts: English and Spanish are complete, the
 *   other languages may come later. A page that shows English prose in
 *   another language says so with the "not yet translated" notice
 *   (`prose()` returns `translated: false`).
 *
 * Each translation records the date it was made and the fingerprint of the
 * English it was made from (`npm run i18n:check` flags a translation whose
 * English has changed since; src/i18n/fingerprint.ts).
 */
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

// Message functions take the arguments their English version declares.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MessageFn = (...args: any[]) => string;
export type Message = string | MessageFn;
export type Messages = Record<string, Message>;

/** A translation has every key of the English, each of the same kind (string or same-signature function). */
export type Translation<T extends Messages> = {
  [K in keyof T]: T[K] extends string ? string : T[K];
};

export type OtherLocale = Exclude<Locale, 'en'>;

/** When a translation was made and from which English (fingerprint from src/i18n/fingerprint.ts). */
export interface TranslationRecord {
  /** YYYY-MM-DD */
  date: string;
  /** Fingerprint of the English messages the translation was made from. */
  from: string;
}

export interface Dictionary<T extends Messages> {
  /** Name of the module under src/i18n/messages/ (for messages and checks). */
  namespace: string;
  kind: 'interface' | 'prose';
  messages: { en: T } & Partial<Record<OtherLocale, Translation<T>>>;
  translated: Partial<Record<OtherLocale, TranslationRecord>>;
}

/** Interface words: every language has every key. */
export function defineMessages<T extends Messages>(
  namespace: string,
  messages: { en: T } & Record<OtherLocale, Translation<T>>,
  translated: Record<OtherLocale, TranslationRecord>,
): Dictionary<T> {
  return { namespace, kind: 'interface', messages, translated };
}

/** Longer texts: English and Spanish complete, the other languages when translated. */
export function defineProse<T extends Messages>(
  namespace: string,
  messages: { en: T; es: Translation<T> } & Partial<Record<OtherLocale, Translation<T>>>,
  translated: { es: TranslationRecord } & Partial<Record<OtherLocale, TranslationRecord>>,
): Dictionary<T> {
  return { namespace, kind: 'prose', messages, translated };
}

/** The interface words of a dictionary in a language. Throws (a build error) when the language lacks them. */
export function t<T extends Messages>(dict: Dictionary<T>, locale: Locale): Translation<T> {
  const m = dict.messages[locale] as Translation<T> | undefined;
  if (!m) {
    throw new Error(
      `src/i18n/messages/${dict.namespace}.ts has no "${locale}" messages. Fix: add them (every interface dictionary has every language).`,
    );
  }
  return m;
}

/**
 * Longer texts of a dictionary in a language, or the English ones with
 * `translated: false` (the page then shows the "not yet translated" notice).
 */
export function prose<T extends Messages>(
  dict: Dictionary<T>,
  locale: Locale,
): { m: Translation<T>; translated: boolean; lang: Locale } {
  const m = dict.messages[locale] as Translation<T> | undefined;
  if (m) return { m, translated: true, lang: locale };
  return {
    m: dict.messages[DEFAULT_LOCALE] as Translation<T>,
    translated: false,
    lang: DEFAULT_LOCALE,
  };
}
