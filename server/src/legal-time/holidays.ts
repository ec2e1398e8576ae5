/**
 * Public holidays and working days of the countries Sabor serves, as the law defines them.
 *
 * - Bulgaria (`BG`): Labour Code (Кодекс на труда) чл. 154(1) lists the official holidays;
 *   чл. 154(2): when one of them, except the Easter days, falls on a Saturday or a Sunday, the
 *   first working day after it is a non-working day (неприсъствен ден). For the consecutive
 *   Christmas days as many working days move as were lost (2021: 25 Sat, 26 Sun → 27 and 28 Dec).
 * - North Macedonia (`MK`): Law on holidays (Закон за празниците) — the holidays that are
 *   non-working days for all citizens; a holiday that falls on a Sunday makes the following
 *   Monday a non-working day (the Government's annual programme of non-working days).
 *
 * Days the Government declares ad hoc (an extra non-working day, a Saturday declared a working
 * day) are not in these tables: the caller passes them as {@link CalendarAdjustments}.
 *
 * Everything here is pure: no clock is read, every input is an argument.
 *
 * @module
 */
import { type LocalDate, addDays, dayOfWeek, isLocalDate, parseLocalDate } from './zoned-time';

/** Countries with a rule set. */
export type CountryCode = 'BG' | 'MK';

/** All supported country codes. */
export const COUNTRY_CODES: readonly CountryCode[] = Object.freeze(['BG', 'MK'] as const);

/** A text in the three interface languages: Bulgarian, English, Macedonian. */
export interface LocalizedText {
  readonly bg: string;
  readonly en: string;
  readonly mk: string;
}

/** A public holiday, or a working day made non-working because a holiday fell on a weekend. */
export interface Holiday {
  /** The non-working day. */
  readonly date: LocalDate;
  /** The holiday's name (for a moved day: the name of the holiday it replaces). */
  readonly name: LocalizedText;
  /** Only on a moved day: the weekend date of the holiday it replaces. */
  readonly movedFrom?: LocalDate;
  /** Only on a date taken from a calculated (not yet officially announced) lunar table. */
  readonly estimated?: true;
}

/**
 * Days declared by the Government for one year (or by an administrator on its behalf).
 * A declared non-working day wins over everything; a declared working day only turns a Saturday
 * or Sunday into a working day — it never cancels a holiday.
 */
export interface CalendarAdjustments {
  /** Extra non-working days (e.g. Bulgaria, РМС № 808/2025: 31.12.2025 and 02.01.2026). */
  readonly extraNonWorkingDays?: ReadonlyArray<{ readonly date: LocalDate; readonly name?: LocalizedText }>;
  /** Saturdays or Sundays declared working days (отработване). */
  readonly extraWorkingDays?: readonly LocalDate[];
}

/** Why a day is not a working day. */
export interface NonWorkingReason {
  /** `weekend`: Saturday or Sunday; `holiday`: official or moved holiday; `declared`: an adjustment. */
  readonly kind: 'weekend' | 'holiday' | 'declared';
  /** Human-readable reason (the weekday's name for a weekend; names joined with "; " if several). */
  readonly name: LocalizedText;
  /** For a moved holiday: the weekend date of the holiday it replaces. */
  readonly movedFrom?: LocalDate;
}

/** First and last year {@link holidaysOf} accepts. */
export const MIN_YEAR = 1583;
export const MAX_YEAR = 9998;

function text(bg: string, en: string, mk: string): LocalizedText {
  return Object.freeze({ bg, en, mk });
}

// ---------------------------------------------------------------------------------------------
// Orthodox Easter
// ---------------------------------------------------------------------------------------------

/**
 * The Orthodox Easter Sunday of `year`, on the Gregorian calendar.
 *
 * Computed, not looked up: the Julian computus (Meeus, "Astronomical Algorithms", ch. 8) gives
 * the date on the Julian calendar, which is then shifted by the Julian–Gregorian difference for
 * that year (13 days in 1900–2099, 14 in 2100–2199, …). Valid for any year 1583–9998.
 *
 * @example orthodoxEaster(2026) === '2026-04-12'
 * @throws RangeError for a non-integer year or a year outside 1583–9998.
 */
export function orthodoxEaster(year: number): LocalDate {
  assertYear(year);
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31); // 3 = March, 4 = April (Julian calendar)
  const day = ((d + e + 114) % 31) + 1;
  // Easter (Julian March 22 – April 25) is always after the Julian leap day, so the difference
  // for the whole of March–April is the one valid from the year's Julian 29 February on.
  const julianToGregorian = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  const julianLabel = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return addDays(julianLabel, julianToGregorian);
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Unsupported year ${year}: expected an integer ${MIN_YEAR}–${MAX_YEAR}`);
  }
}

// ---------------------------------------------------------------------------------------------
// North Macedonia: Ramazan Bajram (Eid al-Fitr)
// ---------------------------------------------------------------------------------------------

/**
 * First day of Ramazan Bajram (Eid al-Fitr, 1 Shawwal) as a non-working day in North Macedonia.
 *
 * The date follows the lunar Hijri calendar and is fixed each year by the Islamic Religious
 * Community; the Government's "Програма на неработни денови" for the year is authoritative.
 * - 2019–2025: the dates of the Government's programmes (as cross-checked by the python
 *   `holidays` project against mtsp.gov.mk).
 * - 2026–2035: ESTIMATED — the Umm al-Qura calendar, checked against the new-moon times for
 *   the criterion the Community has followed (first day after a conjunction before about noon
 *   UTC; 2033-01-02 is where Umm al-Qura would say 01-03). Replace each estimate with the date of
 *   the year's programme once it is published (usually in the autumn before).
 *
 * LATER YEARS MUST BE ADDED HERE (a year can have two dates, as 2033: the lunar year is 11 days
 * shorter than the solar one). Until a year is added, {@link holidaysOf} has no Ramazan Bajram
 * for it and {@link holidayDataCovers} returns `false`; an administrator can meanwhile enter the
 * day as an extra non-working day ({@link CalendarAdjustments}).
 */
export const RAMAZAN_BAJRAM: ReadonlyArray<{ readonly date: LocalDate; readonly estimated: boolean }> = Object.freeze(
  [
    ['2019-06-04', false],
    ['2020-05-24', false], // a Sunday, together with 24 May: Monday 25 May non-working
    ['2021-05-13', false],
    ['2022-05-02', false], // a Monday, also the moved day of 1 May (Sunday)
    ['2023-04-21', false],
    ['2024-04-10', false],
    ['2025-03-30', false], // a Sunday: Monday 31 March non-working
    ['2026-03-20', true],
    ['2027-03-09', true],
    ['2028-02-26', true],
    ['2029-02-14', true],
    ['2030-02-04', true],
    ['2031-01-24', true],
    ['2032-01-14', true],
    ['2033-01-02', true],
    ['2033-12-23', true],
    ['2034-12-12', true],
    ['2035-12-01', true],
  ].map(([date, estimated]) => Object.freeze({ date: date as LocalDate, estimated: estimated as boolean })),
);

/** First and last year covered by {@link RAMAZAN_BAJRAM}. */
export const RAMAZAN_BAJRAM_YEARS = Object.freeze({ first: 2019, last: 2035 });

/**
 * `true` when the built-in tables know every holiday of `country` in `year` (always for Bulgaria;
 * for North Macedonia only for the years of the Ramazan Bajram table). When `false`, show a
 * warning to the officer and ask an administrator to enter the missing day as an adjustment.
 */
export function holidayDataCovers(country: CountryCode, year: number): boolean {
  assertCountry(country);
  assertYear(year);
  return country === 'BG' || (year >= RAMAZAN_BAJRAM_YEARS.first && year <= RAMAZAN_BAJRAM_YEARS.last);
}

// ---------------------------------------------------------------------------------------------
// Holiday tables
// ---------------------------------------------------------------------------------------------

interface Official {
  date: LocalDate;
  name: LocalizedText;
  /** May move to a working day when it falls on a weekend (Bulgaria: not the Easter days). */
  movable: boolean;
  estimated?: true;
}

const BG_NAMES = {
  newYear: text('Нова година', "New Year's Day", 'Нова година'),
  liberation: text(
    'Ден на Освобождението на България от османско иго – национален празник',
    "Liberation Day – Bulgaria's national day",
    'Ден на ослободувањето на Бугарија од османлиското ропство – национален празник',
  ),
  labour: text(
    'Ден на труда и на международната работническа солидарност',
    'Labour Day and Day of International Workers’ Solidarity',
    'Ден на трудот и на меѓународната работничка солидарност',
  ),
  stGeorge: text(
    'Гергьовден, Ден на храбростта и Българската армия',
    "St George's Day, Day of Bravery and of the Bulgarian Army",
    'Ѓурѓовден, Ден на храброста и на Бугарската армија',
  ),
  cyrilMethodius: text(
    'Ден на светите братя Кирил и Методий, на българската азбука, просвета и култура и на славянската книжовност',
    'Day of the Holy Brothers Cyril and Methodius, of the Bulgarian Alphabet, Education and Culture and of Slavonic Literature',
    'Ден на светите браќа Кирил и Методиј, на бугарската азбука, просвета и култура и на словенската книжевност',
  ),
  unification: text('Ден на Съединението', 'Unification Day', 'Ден на Соединувањето'),
  independence: text('Ден на Независимостта на България', 'Independence Day of Bulgaria', 'Ден на независноста на Бугарија'),
  christmasEve: text('Бъдни вечер', 'Christmas Eve', 'Бадник'),
  christmas1: text('Рождество Христово', 'Christmas Day', 'Божиќ'),
  christmas2: text('Рождество Христово (втори ден)', 'Christmas (second day)', 'Божиќ (втор ден)'),
  // The Labour Code says "Велики петък"; the day is also called "Разпети петък".
  goodFriday: text('Велики петък', 'Good Friday (Orthodox)', 'Велики петок'),
  holySaturday: text('Велика събота', 'Holy Saturday (Orthodox)', 'Велика сабота'),
  easter: text('Великден', 'Easter Sunday (Orthodox)', 'Велигден'),
  easterMonday: text('Великден (втори ден)', 'Easter Monday (Orthodox)', 'Велигден (втор ден)'),
} as const;

const MK_NAMES = {
  newYear: text('Нова година', "New Year's Day", 'Нова година'),
  christmas: text('Рождество Христово (православно)', 'Orthodox Christmas Day', 'Божиќ'),
  easterMonday: text('Великден (втори ден, православен)', 'Orthodox Easter Monday', 'Велигден (втор ден)'),
  labour: text('Ден на труда', 'Labour Day', 'Ден на трудот'),
  cyrilMethodius: text(
    'Свети Кирил и Методий – Ден на всеславянските просветители',
    'Saints Cyril and Methodius – Day of the All-Slavic Enlighteners',
    'Св. Кирил и Методиј – Ден на сесловенските просветители',
  ),
  republic: text('Илинден – Ден на Републиката', 'Ilinden – Republic Day', 'Илинден – Ден на Републиката'),
  independence: text('Ден на независимостта', 'Independence Day', 'Ден на независноста'),
  uprising: text('Ден на народното въстание', 'National Uprising Day', 'Ден на народното востание'),
  struggle: text(
    'Ден на македонската революционна борба',
    'Day of the Macedonian Revolutionary Struggle',
    'Ден на македонската револуционерна борба',
  ),
  clement: text('Свети Климент Охридски', 'Saint Clement of Ohrid Day', 'Св. Климент Охридски'),
  bajram: text('Рамазан Байрам (първи ден)', 'Eid al-Fitr (first day)', 'Рамазан Бајрам (прв ден)'),
} as const;

function on(year: number, monthDay: string): LocalDate {
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

function bulgarianOfficial(year: number): Official[] {
  const easter = orthodoxEaster(year);
  const fixed = (monthDay: string, name: LocalizedText): Official => ({ date: on(year, monthDay), name, movable: true });
  const paschal = (offset: number, name: LocalizedText): Official => ({ date: addDays(easter, offset), name, movable: false });
  return [
    fixed('01-01', BG_NAMES.newYear),
    fixed('03-03', BG_NAMES.liberation),
    paschal(-2, BG_NAMES.goodFriday),
    paschal(-1, BG_NAMES.holySaturday),
    paschal(0, BG_NAMES.easter),
    paschal(1, BG_NAMES.easterMonday),
    fixed('05-01', BG_NAMES.labour),
    fixed('05-06', BG_NAMES.stGeorge),
    fixed('05-24', BG_NAMES.cyrilMethodius),
    fixed('09-06', BG_NAMES.unification),
    fixed('09-22', BG_NAMES.independence),
    fixed('12-24', BG_NAMES.christmasEve),
    fixed('12-25', BG_NAMES.christmas1),
    fixed('12-26', BG_NAMES.christmas2),
  ];
}

function macedonianOfficial(year: number): Official[] {
  const fixed = (monthDay: string, name: LocalizedText): Official => ({ date: on(year, monthDay), name, movable: true });
  const list: Official[] = [
    fixed('01-01', MK_NAMES.newYear),
    fixed('01-07', MK_NAMES.christmas),
    { date: addDays(orthodoxEaster(year), 1), name: MK_NAMES.easterMonday, movable: true },
    fixed('05-01', MK_NAMES.labour),
    fixed('05-24', MK_NAMES.cyrilMethodius),
    fixed('08-02', MK_NAMES.republic),
    fixed('09-08', MK_NAMES.independence),
    fixed('10-11', MK_NAMES.uprising),
    fixed('10-23', MK_NAMES.struggle),
    fixed('12-08', MK_NAMES.clement),
  ];
  for (const b of RAMAZAN_BAJRAM) {
    if (b.date.startsWith(`${String(year).padStart(4, '0')}-`)) {
      list.push({ date: b.date, name: MK_NAMES.bajram, movable: true, ...(b.estimated ? { estimated: true as const } : {}) });
    }
  }
  return list;
}

const isWeekend = (date: LocalDate): boolean => {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
};

/**
 * Bulgaria, чл. 154(2) КТ: each movable holiday on a Saturday or Sunday, in date order, makes the
 * first following weekday that is neither a holiday nor already taken by an earlier moved holiday
 * a non-working day. This yields 27 + 28 Dec for both 2021 (25 Sat, 26 Sun) and 2022
 * (24 Sat, 25 Sun, 26 Mon).
 */
function bulgarianMoved(official: Official[]): Holiday[] {
  const taken = new Set(official.map((h) => h.date));
  const moved: Holiday[] = [];
  for (const h of official) {
    if (!h.movable || !isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    moved.push({ date: d, name: h.name, movedFrom: h.date });
  }
  return moved;
}

/**
 * North Macedonia: a holiday on a Sunday makes the following Monday non-working. The Government's
 * programmes do not cascade: two holidays on one Sunday (24 May 2020: Cyril and Methodius and
 * Ramazan Bajram) give one Monday, and a Monday that is a holiday anyway (2 May 2022) gives no
 * extra Tuesday.
 */
function macedonianMoved(official: Official[]): Holiday[] {
  return official
    .filter((h) => h.movable && dayOfWeek(h.date) === 0)
    .map((h) => ({ date: addDays(h.date, 1), name: h.name, movedFrom: h.date, ...(h.estimated ? { estimated: true as const } : {}) }));
}

const cache = new Map<string, readonly Holiday[]>();

/**
 * Every holiday of `country` in `year` — the official days and the working days made
 * non-working because a holiday fell on a weekend — sorted by date (several entries may share a
 * date, e.g. 1 May 2021 was Labour Day and Holy Saturday).
 *
 * The current law is applied to every year; it does not reproduce older versions of the lists.
 *
 * @example holidaysOf('BG', 2022).filter(h => h.movedFrom).map(h => h.date)
 *   // ['2022-01-03', '2022-05-02', '2022-12-27', '2022-12-28']
 * @throws RangeError for an unknown country or a year outside 1583–9998.
 */
export function holidaysOf(country: CountryCode, year: number): Holiday[] {
  assertCountry(country);
  assertYear(year);
  const key = `${country}:${year}`;
  let list = cache.get(key);
  if (!list) {
    const prefix = `${String(year).padStart(4, '0')}-`;
    // A holiday late in December could move into January: take those from the year before.
    const sources = year > MIN_YEAR ? [...holidaysGeneratedBy(country, year - 1), ...holidaysGeneratedBy(country, year)] : holidaysGeneratedBy(country, year);
    // Stable sort: same-date entries keep the order of the law's list, official before moved.
    list = Object.freeze(
      sources
        .filter((h) => h.date.startsWith(prefix))
        .map((h) => Object.freeze(h))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    );
    cache.set(key, list);
  }
  return [...list];
}

/** The official holidays of `year` and the days they move to (possibly in the next year). */
function holidaysGeneratedBy(country: CountryCode, year: number): Holiday[] {
  const official = country === 'BG' ? bulgarianOfficial(year) : macedonianOfficial(year);
  const moved = country === 'BG' ? bulgarianMoved(official) : macedonianMoved(official);
  return [...official.map((h) => ({ date: h.date, name: h.name, ...(h.estimated ? { estimated: h.estimated } : {}) })), ...moved];
}

function assertCountry(country: CountryCode): void {
  if (!COUNTRY_CODES.includes(country)) throw new RangeError(`Unknown country ${JSON.stringify(country)}: expected BG or MK`);
}

const WEEKDAY_NAMES: Record<number, LocalizedText> = {
  0: text('Неделя', 'Sunday', 'Недела'),
  6: text('Събота', 'Saturday', 'Сабота'),
};

const DECLARED_NAME = text('Неприсъствен ден, обявен от правителството', 'Non-working day declared by the government', 'Неработен ден прогласен од Владата');

function joinNames(names: LocalizedText[]): LocalizedText {
  if (names.length === 1) return names[0]!;
  return text(names.map((n) => n.bg).join('; '), names.map((n) => n.en).join('; '), names.map((n) => n.mk).join('; '));
}

/**
 * A checker for one country and one set of adjustments, validated once.
 * @throws RangeError for an unknown country or a malformed adjustment date.
 */
export function workingDayCalendar(
  country: CountryCode,
  adjustments: CalendarAdjustments = {},
): (date: LocalDate) => NonWorkingReason | null {
  assertCountry(country);
  const declared = new Map<LocalDate, LocalizedText>();
  for (const d of adjustments.extraNonWorkingDays ?? []) {
    assertDate(d?.date, 'extraNonWorkingDays');
    declared.set(d.date, d.name ?? DECLARED_NAME);
  }
  const working = new Set<LocalDate>();
  for (const d of adjustments.extraWorkingDays ?? []) {
    assertDate(d, 'extraWorkingDays');
    working.add(d);
  }
  return (date) => {
    const { year } = parseLocalDate(date);
    const hits = holidaysOf(country, year).filter((h) => h.date === date);
    if (hits.length > 0) {
      const movedFrom = hits.find((h) => h.movedFrom)?.movedFrom;
      return { kind: 'holiday', name: joinNames(hits.map((h) => h.name)), ...(movedFrom ? { movedFrom } : {}) };
    }
    const declaredName = declared.get(date);
    if (declaredName) return { kind: 'declared', name: declaredName };
    const dow = dayOfWeek(date);
    if ((dow === 0 || dow === 6) && !working.has(date)) return { kind: 'weekend', name: WEEKDAY_NAMES[dow]! };
    return null;
  };
}

function assertDate(value: unknown, field: string): asserts value is LocalDate {
  if (!isLocalDate(value)) throw new RangeError(`Invalid date in ${field}: ${JSON.stringify(value)}`);
}

/**
 * Why `date` is not a working day in `country`, or `null` when it is a working day.
 *
 * Precedence: an official or moved holiday (`holiday`) — a declared non-working day
 * (`declared`) — Saturday/Sunday (`weekend`) unless declared a working day.
 *
 * @example nonWorkingReason('BG', '2024-03-04') // { kind: 'holiday', name: {…Освобождението…}, movedFrom: '2024-03-03' }
 * @example nonWorkingReason('BG', '2026-03-02') // null
 * @throws RangeError for an unknown country or an invalid date.
 */
export function nonWorkingReason(
  country: CountryCode,
  date: LocalDate,
  adjustments?: CalendarAdjustments,
): NonWorkingReason | null {
  assertDate(date, 'date');
  return workingDayCalendar(country, adjustments)(date);
}
