import { MACEDONIAN_COUNTRY_NAMES } from './country-names-mk';
import { hasMacedonianIntl, intlLocale } from './format';

// Apart from format.ts, so that the Macedonian table (2.5 kB) comes only with the pages that name a
// country, not with the first load of every page (docs/performance.md).

/** "България", "Bulgaria", "Бугарија" for BG; the code itself when Intl does not know it. */
export function countryName(code: string, language: string): string {
  if (language === 'mk' && !hasMacedonianIntl() && MACEDONIAN_COUNTRY_NAMES[code]) return MACEDONIAN_COUNTRY_NAMES[code];
  try {
    return new Intl.DisplayNames([intlLocale(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
