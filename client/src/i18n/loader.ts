import { activeI18n, LANGUAGES, type Language } from './index';

/**
 * Namespaces that arrive with a lazily loaded page: the app starts with `common` only, and each
 * page's chunk brings the messages of its feature (every language of them), registered here
 * before the page first renders. A namespace already present (the tests start with all of them)
 * is left as it is.
 */
export function addNamespace(ns: string, messages: Record<Language, object>): void {
  const i18n = activeI18n();
  if (!i18n) return;
  for (const lng of LANGUAGES) {
    if (!i18n.hasResourceBundle(lng, ns)) i18n.addResourceBundle(lng, ns, messages[lng] as Record<string, unknown>);
  }
}
