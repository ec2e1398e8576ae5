export const LOCALES = ['bg', 'en', 'mk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'bg';

/** Picks bg, en or mk from an Accept-Language header; Bulgarian when nothing fits. */
export function pickLocale(acceptLanguage: string | string[] | undefined): Locale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((x) => x.lang && !Number.isNaN(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) {
    if ((LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  }
  return DEFAULT_LOCALE;
}

export type LocalizedText = Partial<Record<Locale, string>>;

/** The text in the wanted locale, else the fallback locale, else any. */
export function localize(text: LocalizedText | null | undefined, locale: Locale, fallback: Locale = DEFAULT_LOCALE): string {
  if (!text) return '';
  return text[locale] ?? text[fallback] ?? Object.values(text).find((v) => v) ?? '';
}
