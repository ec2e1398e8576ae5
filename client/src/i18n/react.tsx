import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
// types only: the typed keys (app/i18next.d.ts) check every t('…') at compile time; no i18next code is bundled
import type { FlatNamespace, Namespace, TFunction } from 'i18next';
import { activeI18n, type I18n } from './index';

const I18nContext = createContext<I18n | null>(null);

/** Gives the components below the app's translator (App.tsx). */
export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

type NamespaceList = readonly [FlatNamespace?, ...FlatNamespace[]];
type FallbackNs<N> = N extends undefined ? 'common' : N extends Namespace ? N : 'common';

/** Namespaces whose loading failed, per translator: the next render throws to the error element. */
const failures = new WeakMap<I18n, Map<string, unknown>>();

/**
 * `t` for the first of `namespaces` (`common` when none; another's keys take its prefix,
 * `t('common:save')`) and the translator itself. The component renders again when the language
 * changes. Namespaces not loaded yet suspend it (the nearest Suspense shows its placeholder) until
 * they are; one that fails to load throws to the route's error element.
 */
export function useTranslation<const N extends FlatNamespace | NamespaceList | undefined = undefined>(namespaces?: N): { t: TFunction<FallbackNs<N>>; i18n: I18n } {
  const i18n = useContext(I18nContext) ?? activeI18n();
  if (!i18n) throw new Error('useTranslation needs an I18nProvider');
  useSyncExternalStore(i18n.subscribe, () => i18n.language);
  const list = (namespaces === undefined ? ['common'] : typeof namespaces === 'string' ? [namespaces] : namespaces) as string[];
  const missing = list.filter((ns) => !i18n.hasLoadedNamespace(ns));
  if (missing.length) {
    const failed = failures.get(i18n);
    const error = missing.map((ns) => failed?.get(ns)).find((e) => e !== undefined);
    if (error !== undefined) {
      for (const ns of missing) failed!.delete(ns); // opened again, it is tried again
      throw error;
    }
    throw i18n.loadNamespaces(missing).catch((e: unknown) => {
      if (!failures.has(i18n)) failures.set(i18n, new Map());
      for (const ns of missing) failures.get(i18n)!.set(ns, e);
    });
  }
  return { t: i18n.getFixedT(list[0]) as unknown as TFunction<FallbackNs<N>>, i18n };
}
