/** The interface languages: Bulgarian (default), English, Macedonian. */
export const LANGUAGES = ['bg', 'en', 'mk'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'bg';

/** Each language named in itself, so people find their own whatever the page language is. */
export const AUTONYMS: Record<Language, string> = { bg: 'Български', en: 'English', mk: 'Македонски' };

const STORAGE_KEY = 'sabor.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language a person chose earlier in this browser, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage blocked (private mode, policy): fall back to the default
  }
}

function remember(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not fatal: the choice lasts for this visit only
  }
}

/**
 * Messages of one namespace in every language. The Bulgarian text is the reference: English and
 * Macedonian must have exactly the same keys, which the compiler checks.
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export function defineMessages<T extends object>(messages: { bg: T; en: Messages<T>; mk: Messages<T> }) {
  return messages;
}

/** Reads one namespace's messages in one language (a page's chunk, see loader.ts). */
export type LoadMessages = (language: Language, namespace: string) => Promise<object>;

/** Values put into a message's `{{name}}` places; `count` also picks the plural form. */
export type TranslateOptions = Record<string, unknown> & { count?: number };

/** A message of one namespace (or of another with a `ns:` prefix) in the interface language. */
export type Translate = (key: string, options?: TranslateOptions) => string;

/**
 * The interface language and its messages: a small translator in place of i18next (issue 9: 15 kB
 * of the 150 kB first load), doing what the client uses of it and doing it the same way:
 * - `t('a.b')` reads nested keys, `t('common:a.b')` another namespace;
 * - `{{name}}` is replaced by the option `name` (left as it is when not given, empty for
 *   null), `{{count, number}}` formats it for the language; React escapes, so nothing is escaped;
 * - with a numeric `count`, `key_zero` (for 0), then the language's plural form (`key_one`,
 *   `key_few`, … by `Intl.PluralRules`), then `key`, then `key_other` are tried;
 * - a key missing in the interface language is looked up in Bulgarian, a missing key reads as
 *   itself.
 * Namespaces come bundled (`common`, and all of them in the component tests) or are loaded on
 * demand in the interface language only: the compiler keeps the same keys in every language, so
 * English and Macedonian visitors download no Bulgarian copy.
 */
export interface I18n {
  /** The interface language now. */
  readonly language: Language;
  /** The same (kept for the places that read i18next's name for it). */
  readonly resolvedLanguage: Language;
  /** Loads the namespaces in use in `language`, then switches; the last call wins. */
  changeLanguage(language: Language): Promise<void>;
  /** Loads namespaces in the interface language (at once when they are there). */
  loadNamespaces(namespaces: string | string[]): Promise<void>;
  /** Whether `namespace` is there in the interface language. */
  hasLoadedNamespace(namespace: string): boolean;
  /** A translator for a namespace in the interface language now (the same function each time). */
  getFixedT(namespace: string): Translate;
  /** Calls `listener` after each change of language; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

type Bundle = Record<string, unknown>;

function lookup(bundle: unknown, key: string): unknown {
  let value = bundle;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Bundle)[part];
  }
  return value;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function interpolate(text: string, values: TranslateOptions | undefined, language: Language): string {
  if (!text.includes('{{')) return text;
  const data = values ?? {};
  return text.replace(/\{\{(.+?)\}\}/g, (place, inner: string) => {
    const [name, ...format] = inner.split(',');
    const key = name.trim();
    const value = data[key];
    if (value === undefined) return Object.hasOwn(data, key) ? '' : place;
    if (value === null) return '';
    if (format.join(',').trim() === 'number' && typeof value === 'number') {
      let formatter = numberFormats.get(language);
      if (!formatter) numberFormats.set(language, (formatter = new Intl.NumberFormat(language)));
      return formatter.format(value);
    }
    return String(value);
  });
}

/** The keys tried for `key`, the first found wins (i18next's order). */
function candidates(key: string, language: Language, count: unknown): string[] {
  if (typeof count !== 'number') return [key];
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const form = `${key}_${rules.select(count)}`;
  const keys = count === 0 ? [`${key}_zero`, form, key] : [form, key];
  if (form !== `${key}_other`) keys.push(`${key}_other`);
  return keys;
}

let active: I18n | null = null;

/**
 * Creates the translator from every bundled namespace's messages, in the remembered language or
 * Bulgarian; `load` brings the others when asked for. Keeps `<html lang>` in step and remembers
 * each later change.
 */
export function createI18n(namespaces: Record<string, Partial<Record<Language, object>>>, language?: Language, load?: LoadMessages): I18n {
  const resources: Record<Language, Record<string, object>> = { bg: {}, en: {}, mk: {} };
  for (const [ns, messages] of Object.entries(namespaces)) {
    for (const lng of LANGUAGES) if (messages[lng]) resources[lng][ns] = messages[lng];
  }
  /** Namespaces asked for so far: a change of language brings them all in the new language. */
  const inUse = new Set(Object.keys(namespaces));
  const pending = new Map<string, Promise<void>>();
  const listeners = new Set<() => void>();
  const fixed = new Map<string, Translate>();
  let current: Language = language ?? storedLanguage() ?? DEFAULT_LANGUAGE;
  let changingTo: Language | null = null;

  const loadOne = (lng: Language, ns: string): Promise<void> => {
    if (resources[lng][ns]) return Promise.resolve();
    const key = `${lng}|${ns}`;
    let promise = pending.get(key);
    if (!promise) {
      promise = (load ? load(lng, ns) : Promise.resolve({})).then(
        (messages) => {
          resources[lng][ns] = messages;
          pending.delete(key);
        },
        (error: unknown) => {
          pending.delete(key); // asked again, it is tried again
          throw error;
        },
      );
      pending.set(key, promise);
    }
    return promise;
  };
  const loadAll = (lng: Language, list: Iterable<string>) => Promise.all([...list].map((ns) => loadOne(lng, ns))).then(() => undefined);

  const translate = (lng: Language, namespace: string, key: string, options?: TranslateOptions): string => {
    let ns = namespace;
    const colon = key.indexOf(':');
    if (colon > 0) {
      ns = key.slice(0, colon);
      key = key.slice(colon + 1);
    }
    for (const code of lng === DEFAULT_LANGUAGE ? [lng] : [lng, DEFAULT_LANGUAGE]) {
      for (const candidate of candidates(key, code, options?.count)) {
        const found = lookup(resources[code][ns], candidate);
        if (typeof found === 'string') return interpolate(found, options, lng);
        if (found !== undefined && found !== null) return key; // a group of messages, not one
      }
    }
    return key;
  };

  const instance: I18n = {
    get language() {
      return current;
    },
    get resolvedLanguage() {
      return current;
    },
    async changeLanguage(lng) {
      changingTo = lng;
      // a namespace that does not load shows its keys rather than keep the old language
      await loadAll(lng, inUse).catch(() => undefined);
      if (changingTo !== lng) return; // a later choice came first
      changingTo = null;
      current = lng;
      document.documentElement.lang = lng;
      remember(lng);
      for (const listener of [...listeners]) listener();
    },
    loadNamespaces(list) {
      const names = typeof list === 'string' ? [list] : list;
      for (const ns of names) inUse.add(ns);
      return loadAll(current, names);
    },
    hasLoadedNamespace(ns) {
      return Boolean(resources[current][ns]);
    },
    getFixedT(ns) {
      const lng = current;
      const key = `${lng}|${ns}`;
      let t = fixed.get(key);
      if (!t) fixed.set(key, (t = (k, options) => translate(lng, ns, k, options)));
      return t;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  document.documentElement.lang = current;
  active = instance;
  return instance;
}

/** The instance createI18n started last (the app's), if any. */
export function activeI18n(): I18n | null {
  return active;
}

/** The language of the interface now; the API layer sends it as Accept-Language. */
export function currentLanguage(): Language {
  return active?.language ?? DEFAULT_LANGUAGE;
}
