import { activeI18n, type Language, type LoadMessages } from './index';

type Load = () => Promise<object>;
const sources = new Map<string, Partial<Record<Language, Load>>>();

/** Where each namespace's texts come from, one import per language (app/pages.tsx). */
export function registerNamespaces(list: Record<string, Partial<Record<Language, Load>>>): void {
  for (const [ns, loaders] of Object.entries(list)) sources.set(ns, loaders);
}

/**
 * The app starts with `common` only; a page's chunk asks for its feature's namespaces, read through
 * this in the interface language (the keys are the same in every language, so no Bulgarian
 * fallback is downloaded). A change of language loads every namespace in use in the new language
 * before switching, so no key ever shows. A namespace nobody registered reads as empty.
 */
export const lazyMessages: LoadMessages = (language, namespace) => {
  const load = sources.get(namespace)?.[language];
  return load ? load() : Promise.resolve({});
};

/** Loads `namespaces` into the app's translator before a page renders (instantly when already there). */
export async function loadNamespaces(namespaces: string[]): Promise<void> {
  const i18n = activeI18n();
  if (i18n) await i18n.loadNamespaces(namespaces);
}
