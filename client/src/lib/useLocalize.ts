import { useCallback } from 'react';
import { useTranslation } from '../i18n/react';
import { pickLocalized } from './localized';

export interface Shown {
  text: string;
  /** set when the text is in another language than the page: put it on the element as `lang` */
  lang: string | undefined;
}

type Localized = Partial<Record<string, string>>;

/**
 * Multilingual content in the page language, or the best other one, marked with its language.
 * Accepts a plain string too (some texts may be stored either way).
 */
export function useLocalize(): (value: Localized | string | null | undefined, fallback?: string) => Shown {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (value, fallback = 'bg') => {
      if (typeof value === 'string') return { text: value, lang: undefined };
      const picked = pickLocalized(value, language, fallback);
      return { text: picked.text, lang: picked.lang === language ? undefined : picked.lang };
    },
    [language],
  );
}
