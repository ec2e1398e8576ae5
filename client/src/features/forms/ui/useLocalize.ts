import { useCallback } from 'react';
import { useTranslation } from '../../../i18n/react';
import type { Text } from '../../../api/forms';
import { pickLocalized } from '../../../lib/localized';

export interface Shown {
  text: string;
  /** set when the text is in another language than the page: put it on the element as `lang` */
  lang: string | undefined;
}

/** Multilingual content in the page language, or the best other one, marked with its language. */
export function useLocalize(): (value: Text | null | undefined, fallback?: string) => Shown {
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
