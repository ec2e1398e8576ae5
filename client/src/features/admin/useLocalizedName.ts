import { useTranslation } from '../../i18n/react';
import type { Municipality } from '../../api/types';
import { pickLocalized, type LocalizedValue } from '../../lib/localized';

/** The municipality's name in the page language, or in its own main language as a fallback. */
export function useMunicipalityName(): (m: Municipality) => LocalizedValue & { langAttr: string | undefined } {
  const { i18n } = useTranslation();
  return (m) => {
    const value = pickLocalized(m.name, i18n.language, m.defaultLocale);
    return { ...value, langAttr: value.lang === i18n.language ? undefined : value.lang };
  };
}
