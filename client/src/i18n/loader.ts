import type { BackendModule, ResourceKey } from 'i18next';
import { activeI18n, type Language } from './index';

type Load = () => Promise<object>;
const sources = new Map<string, Partial<Record<Language, Load>>>();

/** Where each namespace's texts come from, one import per language (app/pages.tsx). */
export function registerNamespaces(list: Record<string, Partial<Record<Language, Load>>>): void {
  for (const [ns, loaders] of Object.entries(list)) sources.set(ns, loaders);
}

/**
 * The app starts with `common` only; a page's chunk asks for its feature's namespaces, and i18next
 * reads them through this backend in the interface language (and Bulgarian, the fallback). A
 * change of language loads every namespace in use in the new language before switching, so no key
 * ever shows. A namespace nobody registered reads as empty.
 */
export const lazyMessages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = sources.get(namespace)?.[language as Language];
    if (!load) return callback(null, {});
    load().then(
      (data) => callback(null, data as ResourceKey),
      (error: unknown) => callback(error as Error, null),
    );
  },
};

/** Loads `namespaces` into the app's i18next before a page renders (instantly when already there). */
export async function loadNamespaces(namespaces: string[]): Promise<void> {
  const i18n = activeI18n();
  if (i18n) await i18n.loadNamespaces(namespaces);
}
