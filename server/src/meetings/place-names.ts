import type { Locale } from '../common/locale';

/**
 * Names of places in the reader's language, for participation reports: a small gazetteer of the
 * towns the platform's municipalities work with, and transliteration for the rest. Pure.
 */
export interface KnownPlace {
  id: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  names: Record<Locale, string>;
  /** other spellings people type */
  aliases?: string[];
}

const bg = (id: string, bgName: string, en: string, mk: string, aliases: string[] = []): KnownPlace => ({ id, country: 'BG', names: { bg: bgName, en, mk }, aliases });
const mk = (id: string, bgName: string, en: string, mkName: string, aliases: string[] = []): KnownPlace => ({ id, country: 'MK', names: { bg: bgName, en, mk: mkName }, aliases });

export const KNOWN_PLACES: readonly KnownPlace[] = [
  bg('sofia', 'София', 'Sofia', 'Софија', ['Sofiya', 'Столична община']),
  bg('plovdiv', 'Пловдив', 'Plovdiv', 'Пловдив'),
  bg('varna', 'Варна', 'Varna', 'Варна'),
  bg('burgas', 'Бургас', 'Burgas', 'Бургас'),
  bg('ruse', 'Русе', 'Ruse', 'Русе', ['Rousse']),
  bg('stara-zagora', 'Стара Загора', 'Stara Zagora', 'Стара Загора'),
  bg('pleven', 'Плевен', 'Pleven', 'Плевен'),
  bg('blagoevgrad', 'Благоевград', 'Blagoevgrad', 'Благоевград'),
  bg('kyustendil', 'Кюстендил', 'Kyustendil', 'Ќустендил', ['Kustendil', 'Кустендил']),
  bg('pernik', 'Перник', 'Pernik', 'Перник'),
  bg('dupnitsa', 'Дупница', 'Dupnitsa', 'Дупница', ['Dupnica', 'Dupnitza']),
  bg('sapareva-banya', 'Сапарева баня', 'Sapareva Banya', 'Сапарева Бања', ['Sapareva Bania']),
  bg('rila', 'Рила', 'Rila', 'Рила'),
  bg('boboshevo', 'Бобошево', 'Boboshevo', 'Бобошево'),
  bg('kocherinovo', 'Кочериново', 'Kocherinovo', 'Кочериново'),
  bg('haskovo', 'Хасково', 'Haskovo', 'Хасково', ['Khaskovo']),
  bg('kardzhali', 'Кърджали', 'Kardzhali', 'Крџали', ['Kardjali', 'Kurdzhali']),
  bg('dimitrovgrad', 'Димитровград', 'Dimitrovgrad', 'Димитровград'),
  bg('harmanli', 'Харманли', 'Harmanli', 'Харманли'),
  bg('svilengrad', 'Свиленград', 'Svilengrad', 'Свиленград'),
  mk('skopje', 'Скопие', 'Skopje', 'Скопје'),
  mk('kriva-palanka', 'Крива паланка', 'Kriva Palanka', 'Крива Паланка'),
  mk('kumanovo', 'Куманово', 'Kumanovo', 'Куманово'),
  mk('kratovo', 'Кратово', 'Kratovo', 'Кратово'),
  mk('rankovce', 'Ранковце', 'Rankovce', 'Ранковце'),
  mk('shtip', 'Щип', 'Shtip', 'Штип', ['Stip']),
  mk('kochani', 'Кочани', 'Kochani', 'Кочани', ['Kocani']),
  mk('delchevo', 'Делчево', 'Delchevo', 'Делчево', ['Delcevo']),
  mk('berovo', 'Берово', 'Berovo', 'Берово'),
  mk('strumica', 'Струмица', 'Strumica', 'Струмица'),
  mk('bitola', 'Битоля', 'Bitola', 'Битола', ['Битола']),
  mk('ohrid', 'Охрид', 'Ohrid', 'Охрид'),
  mk('veles', 'Велес', 'Veles', 'Велес'),
  mk('tetovo', 'Тетово', 'Tetovo', 'Тетово'),
];

/** For comparing what people type: lower case, no "гр."/"с."/"град", single spaces. */
export function normalizePlace(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[‐-―-]/g, ' ')
    .replace(/^\s*(гр\.|град\s|с\.|село\s|gr\.|grad\s|s\.|selo\s)\s*/u, '')
    .replace(/[.,;]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const INDEX = new Map<string, KnownPlace>();
for (const p of KNOWN_PLACES) {
  for (const name of [...Object.values(p.names), ...(p.aliases ?? [])]) INDEX.set(`${p.country}:${normalizePlace(name)}`, p);
}

/** The gazetteer entry for what someone typed as their home, in that country. */
export function findKnownPlace(settlement: string, country: string): KnownPlace | undefined {
  return INDEX.get(`${country.toUpperCase()}:${normalizePlace(settlement)}`);
}

/** Groups spellings of one place: "гр. Дупница", "Дупница" and "Dupnitsa" are one. */
export function placeKey(settlement: string, country: string): string {
  const known = findKnownPlace(settlement, country);
  return known ? `${known.country}:${known.id}` : `${country.toUpperCase()}:${normalizePlace(settlement)}`;
}

// Bulgarian: the Transliteration Act (streamlined system); -ия at the end of a word is -ia.
const BG_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};
// Macedonian: the official romanisation.
const MK_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'gj', е: 'e', ж: 'zh', з: 'z', ѕ: 'dz', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n',
  њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ќ: 'kj', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', џ: 'dzh', ш: 'sh',
};

/** Cyrillic to Latin letters by the rules of the place's country (Macedonian for MK, Bulgarian otherwise). */
export function transliterate(text: string, country: string): string {
  const table = country.toUpperCase() === 'MK' ? { ...BG_LATIN, ...MK_LATIN } : { ...MK_LATIN, ...BG_LATIN };
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    let latin = table[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    if (country.toUpperCase() !== 'MK' && lower === 'и' && chars[i + 1]?.toLowerCase() === 'я' && !/\p{L}/u.test(chars[i + 2] ?? '')) {
      latin = 'ia';
      i++;
    }
    out += ch !== lower ? latin[0].toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

/** A place as the reader reads it: the gazetteer's name, else what was typed (in Latin letters for English). */
export function placeName(settlement: string, country: string, locale: Locale): string {
  const known = findKnownPlace(settlement, country);
  if (known) return known.names[locale];
  const typed = settlement.trim().replace(/\s+/g, ' ');
  return locale === 'en' && /\p{Script=Cyrillic}/u.test(typed) ? transliterate(typed, country) : typed;
}

const COUNTRY_NAMES = new Map<Locale, Intl.DisplayNames>();

/** "North Macedonia", "Северна Македония", "Северна Македонија" (ICU's names); the code when unknown. */
export function countryName(code: string, locale: Locale): string {
  let names = COUNTRY_NAMES.get(locale);
  if (!names) COUNTRY_NAMES.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })));
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
