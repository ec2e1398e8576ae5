import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

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

let active: I18n | null = null;

/**
 * Creates and starts the i18next instance from every namespace's messages, in the remembered
 * language or Bulgarian. Keeps `<html lang>` in step and remembers each later change.
 */
export function createI18n(namespaces: Record<string, Partial<Record<Language, object>>>, language?: Language, backend?: BackendModule): I18n {
  const resources: Resource = {};
  for (const lng of LANGUAGES) {
    resources[lng] = Object.fromEntries(Object.entries(namespaces).flatMap(([ns, messages]) => (messages[lng] ? [[ns, messages[lng] as Record<string, unknown>]] : [])));
  }
  const instance = i18next.createInstance();
  if (backend) instance.use(backend); // further namespaces and languages on demand (loader.ts)
  void instance.use(initReactI18next).init({
    partialBundledLanguages: Boolean(backend),
    resources,
    lng: language ?? storedLanguage() ?? DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = instance.language;
  instance.on('languageChanged', (lng) => {
    if (!isLanguage(lng)) return;
    document.documentElement.lang = lng;
    remember(lng);
  });
  active = instance;
  return instance;
}

/** The instance createI18n started last (the app's), if any. */
export function activeI18n(): I18n | null {
  return active;
}

/** The language of the interface now; the API layer sends it as Accept-Language. */
export function currentLanguage(): Language {
  const lng = active?.resolvedLanguage ?? active?.language;
  return isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
}
