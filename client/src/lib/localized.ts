/** Multilingual content (`{bg, en, mk}`) shown in the wanted language or the best fallback. */

export interface LocalizedValue {
  text: string;
  /** The language the text is really in; mark it with `lang` when it differs from the page. */
  lang: string;
}

export function pickLocalized(
  text: Partial<Record<string, string>> | null | undefined,
  language: string,
  fallback = 'bg',
): LocalizedValue {
  if (!text) return { text: '', lang: language };
  for (const lng of [language, fallback]) {
    const value = text[lng];
    if (value) return { text: value, lang: lng };
  }
  const [lng, value] = Object.entries(text).find(([, v]) => v) ?? [language, ''];
  return { text: value ?? '', lang: lng };
}
