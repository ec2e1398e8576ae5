import type { Locale } from '../common/locale';
import { countryName, placeKey, placeName } from './place-names';

export const CATEGORIES = ['citizen', 'ngo', 'public_authority', 'business', 'academic', 'media', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, Record<Locale, string>> = {
  citizen: { bg: 'граждани', en: 'citizens', mk: 'граѓани' },
  ngo: { bg: 'неправителствени организации', en: 'NGOs', mk: 'невладини организации' },
  public_authority: { bg: 'публични институции', en: 'public authorities', mk: 'јавни институции' },
  business: { bg: 'бизнес', en: 'business', mk: 'бизнис' },
  academic: { bg: 'академични среди', en: 'academia', mk: 'академска заедница' },
  media: { bg: 'медии', en: 'media', mk: 'медиуми' },
  other: { bg: 'други', en: 'other', mk: 'други' },
};

/** One confirmed registration as the report counts it. */
export interface ParticipantRow {
  country: string;
  settlement: string;
  municipalityId: string | null;
  category: Category;
  /** the meeting days (YYYY-MM-DD) on which the person checked in; empty: did not come */
  days: string[];
}

export interface Counts {
  registered: number;
  attended: number;
}

export interface ParticipationFigures extends Counts {
  byCountry: Array<{ country: string; name: string } & Counts>;
  byPlace: Array<{ municipalityId: string | null; settlement: string; country: string } & Counts>;
  byCategory: Array<{ category: Category; label: string } & Counts>;
  byDay?: Array<{ day: string; attended: number }>;
  summary: string;
}

const byCounts = (locale: Locale) => (a: Counts & { label: string }, b: Counts & { label: string }) => b.attended - a.attended || b.registered - a.registered || a.label.localeCompare(b.label, locale);

/**
 * The participation report of a meeting from its confirmed registrations: totals, by country,
 * by place (spellings of one town grouped), by category, by day for a multi-day meeting, and
 * the summary sentence. Pure.
 */
export function participationFigures(rows: readonly ParticipantRow[], ctx: { hostCountry: string; days: readonly string[]; locale: Locale }): ParticipationFigures {
  const { locale } = ctx;
  const countries = new Map<string, Counts>();
  const places = new Map<string, Counts & { country: string; spellings: Map<string, number>; municipalities: Map<string, number> }>();
  const categories = new Map<Category, Counts>();
  const perDay = new Map<string, number>(ctx.days.map((d) => [d, 0]));
  let attended = 0;
  for (const r of rows) {
    const came = r.days.length > 0 ? 1 : 0;
    attended += came;
    const country = r.country.toUpperCase();
    const c = countries.get(country) ?? { registered: 0, attended: 0 };
    countries.set(country, { registered: c.registered + 1, attended: c.attended + came });
    const key = placeKey(r.settlement, country);
    const p = places.get(key) ?? { registered: 0, attended: 0, country, spellings: new Map(), municipalities: new Map() };
    p.registered++;
    p.attended += came;
    p.spellings.set(r.settlement.trim(), (p.spellings.get(r.settlement.trim()) ?? 0) + 1);
    if (r.municipalityId) p.municipalities.set(r.municipalityId, (p.municipalities.get(r.municipalityId) ?? 0) + 1);
    places.set(key, p);
    const g = categories.get(r.category) ?? { registered: 0, attended: 0 };
    categories.set(r.category, { registered: g.registered + 1, attended: g.attended + came });
    for (const d of new Set(r.days)) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  }
  const mostCommon = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const byPlace = [...places.values()]
    .map((p) => ({ municipalityId: mostCommon(p.municipalities), settlement: placeName(mostCommon(p.spellings)!, p.country, locale), country: p.country, registered: p.registered, attended: p.attended }))
    .map((p) => ({ ...p, label: p.settlement }))
    .sort(byCounts(locale))
    .map(({ label: _label, ...p }) => p);
  const byCountry = [...countries.entries()]
    .map(([country, c]) => ({ country, name: countryName(country, locale), ...c, label: countryName(country, locale) }))
    .sort(byCounts(locale))
    .map(({ label: _label, ...c }) => c);
  const byCategory = [...categories.entries()]
    .map(([category, c]) => ({ category, label: CATEGORY_LABELS[category][locale], ...c }))
    .sort((a, b) => b.attended - a.attended || b.registered - a.registered || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  const byDay = ctx.days.length > 1 ? [...perDay.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([day, n]) => ({ day, attended: n })) : undefined;
  const summary = summarySentence({
    registered: rows.length,
    attended,
    places: byPlace.filter((p) => p.attended > 0).map((p) => ({ name: p.settlement, country: p.country, count: p.attended })),
    hostCountry: ctx.hostCountry,
    locale,
  });
  return { registered: rows.length, attended, byCountry, byPlace, byCategory, ...(byDay ? { byDay } : {}), summary };
}

export interface SummaryFacts {
  registered: number;
  attended: number;
  /** where those who came live, with how many came from each */
  places: ReadonlyArray<{ name: string; country: string; count: number }>;
  /** the country of the host municipality: other countries are named */
  hostCountry: string;
  locale: Locale;
}

/** At most this many places are named; the rest are summed up as "N from K other places". */
export const MAX_NAMED_PLACES = 6;

const WORDS = {
  en: {
    tookPart: (n: string, one: boolean) => `${n} ${one ? 'citizen' : 'citizens'} took part`,
    ofWhom: ', of whom ',
    all: (one: boolean) => (one ? ', from ' : ', all from '),
    from: (n: string, place: string) => `${n} from ${place}`,
    others: (n: string, k: string) => `${n} from ${k} other places`,
    and: ' and ',
    none: (registered: string, any: boolean) => (any ? `No participants have been checked in yet; ${registered} registered` : 'No one has registered yet'),
  },
  bg: {
    tookPart: (n: string, one: boolean) => (one ? `В срещата участва ${n} гражданин` : `В срещата участваха ${n} граждани`),
    ofWhom: ', от които ',
    all: (one: boolean) => (one ? ' от ' : ', всички от '),
    from: (n: string, place: string) => `${n} от ${place}`,
    others: (n: string, k: string) => `${n} от ${k} други населени места`,
    and: ' и ',
    none: (registered: string, any: boolean) => (any ? `Все още няма отбелязани участници; регистрирани: ${registered}` : 'Все още няма регистрирани участници'),
  },
  mk: {
    tookPart: (n: string, one: boolean) => (one ? `На средбата учествуваше ${n} граѓанин` : `На средбата учествуваа ${n} граѓани`),
    ofWhom: ', од кои ',
    all: (one: boolean) => (one ? ' од ' : ', сите од '),
    from: (n: string, place: string) => `${n} од ${place}`,
    others: (n: string, k: string) => `${n} од ${k} други населени места`,
    and: ' и ',
    none: (registered: string, any: boolean) => (any ? `Сè уште нема евидентирани учесници; регистрирани: ${registered}` : 'Сè уште нема регистрирани учесници'),
  },
} satisfies Record<Locale, unknown>;

/**
 * The sentence a funder's report uses, in the reader's language: "271 citizens took part, of
 * whom 148 from Kriva Palanka (North Macedonia), 107 from Dupnitsa, 9 from Sofia and 7 from
 * Sapareva Banya". Places by number of people, most first; a place outside the host country
 * carries its country; "and" before the last. Pure.
 */
export function summarySentence(f: SummaryFacts): string {
  const w = WORDS[f.locale];
  const num = new Intl.NumberFormat(f.locale);
  if (f.attended === 0) return w.none(num.format(f.registered), f.registered > 0);
  const places = [...f.places].filter((p) => p.count > 0).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, f.locale));
  const label = (p: { name: string; country: string }) => (p.country.toUpperCase() === f.hostCountry.toUpperCase() ? p.name : `${p.name} (${countryName(p.country, f.locale)})`);
  const head = w.tookPart(num.format(f.attended), f.attended === 1);
  if (places.length === 0) return head;
  const known = places.reduce((n, p) => n + p.count, 0);
  if (places.length === 1 && known === f.attended) return `${head}${w.all(f.attended === 1)}${label(places[0])}`;
  const named = places.length > MAX_NAMED_PLACES ? places.slice(0, MAX_NAMED_PLACES - 1) : places;
  const parts = named.map((p) => w.from(num.format(p.count), label(p)));
  const rest = places.slice(named.length);
  if (rest.length) parts.push(w.others(num.format(rest.reduce((n, p) => n + p.count, 0)), num.format(rest.length)));
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}${w.and}${parts[parts.length - 1]}`;
  return `${head}${w.ofWhom}${list}`;
}
