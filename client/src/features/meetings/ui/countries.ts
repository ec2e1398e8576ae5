import { intlLocale } from '../../../lib/format';
import { MACEDONIAN_COUNTRY_NAMES } from '../../../lib/country-names-mk';

/** Every officially assigned ISO 3166-1 alpha-2 code: 249 countries and territories. */
export const ISO_COUNTRY_CODES: readonly string[] = `
  AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
  BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
  CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
  DE DJ DK DM DO DZ
  EC EE EG EH ER ES ET
  FI FJ FK FM FO FR
  GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
  HK HM HN HR HT HU
  ID IE IL IM IN IO IQ IR IS IT
  JE JM JO JP
  KE KG KH KI KM KN KP KR KW KY KZ
  LA LB LC LI LK LR LS LT LU LV LY
  MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
  NA NC NE NF NG NI NL NO NP NR NU NZ
  OM
  PA PE PF PG PH PK PL PM PN PR PS PT PW PY
  QA
  RE RO RS RU RW
  SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
  TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
  UA UG UM US UY UZ
  VA VC VE VG VI VN VU
  WF WS
  YE YT
  ZA ZM ZW
`
  .trim()
  .split(/\s+/);

/** The platform's two countries, offered first. */
const FIRST = ['BG', 'MK'];
/** Kosovo: not in ISO 3166-1, but its user-assigned XK is what Europe (and Intl) use; offered since the start. */
const ALSO = ['XK'];

/** Does this browser's Intl name regions in Macedonian? Node and Firefox do; Chrome answers in English. */
function hasMacedonianRegionNames(): boolean {
  try {
    return Intl.DisplayNames.supportedLocalesOf(['mk']).length > 0;
  } catch {
    return false;
  }
}

/** The name of a country in the interface language, from Intl; Macedonian from CLDR's own list when Intl lacks it. */
function countryNamer(language: string): (code: string) => string {
  if (language === 'mk' && !hasMacedonianRegionNames()) return (code) => MACEDONIAN_COUNTRY_NAMES[code] ?? code;
  try {
    const names = new Intl.DisplayNames([intlLocale(language)], { type: 'region' });
    return (code) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code; // not a well-formed region code
      }
    };
  } catch {
    return (code) => code;
  }
}

/**
 * The countries offered for "where do you live": Bulgaria and North Macedonia first, then every
 * other country, each named in the page language and sorted the way that language sorts.
 * `extra`: a code the form already holds (a profile's, say) that the list would otherwise lack.
 */
export function countryOptions(language: string, extra?: string): { code: string; name: string }[] {
  const name = countryNamer(language);
  // Chrome has no Macedonian collation either; Bulgarian orders Cyrillic the same way
  const collator = new Intl.Collator(language === 'mk' ? ['mk', 'bg'] : [intlLocale(language)]);
  const codes = new Set([...ISO_COUNTRY_CODES, ...ALSO, ...(extra ? [extra] : [])]);
  for (const code of FIRST) codes.delete(code);
  const rest = [...codes].map((code) => ({ code, name: name(code) })).sort((a, b) => collator.compare(a.name, b.name));
  return [...FIRST.map((code) => ({ code, name: name(code) })), ...rest];
}
