/**
 * Dates and numbers through Intl, in the interface language (country names: country-name.ts).
 *
 * Chrome ships no Macedonian locale data (Intl silently answers in English there), so for
 * Macedonian these helpers check what the browser has and, lacking it, spell dates and units
 * out themselves; Firefox and Node have the data and use it.
 */

/**
 * The Intl locale for an interface language. English is written the British way ("14 April
 * 2026"), as in the rest of Europe's public services.
 */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

let macedonian: boolean | undefined;

/** True when this browser's Intl knows Macedonian (Firefox, Node); false in Chrome. */
export function hasMacedonianIntl(): boolean {
  if (macedonian === undefined) {
    try {
      macedonian = Intl.DateTimeFormat.supportedLocalesOf(['mk']).length > 0;
    } catch {
      macedonian = false;
    }
  }
  return macedonian;
}

/** Test helper: ask the browser again. */
export function resetIntlSupportForTests(): void {
  macedonian = undefined;
}

const spelledOut = (language: string) => language === 'mk' && !hasMacedonianIntl();
/** Numbers are grouped the same way in Macedonian and Serbian: "10.000". */
const numberLocale = (language: string) => (spelledOut(language) ? 'sr' : intlLocale(language));

const MK_MONTHS = ['јануари', 'февруари', 'март', 'април', 'мај', 'јуни', 'јули', 'август', 'септември', 'октомври', 'ноември', 'декември'];
const MK_WEEKDAYS = ['недела', 'понеделник', 'вторник', 'среда', 'четврток', 'петок', 'сабота'];

interface Parts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

/** The calendar parts of a moment in a time zone (the browser's own when none is given). */
function partsOf(date: Date, timeZone?: string): Parts {
  const values = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })
      .formatToParts(date)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
  const weekday = new Date(Date.UTC(values.year, values.month - 1, values.day)).getUTCDay();
  return { year: values.year, month: values.month, day: values.day, weekday, hour: values.hour, minute: values.minute };
}

/** "14 април 2026 г." or "вторник, 14 април 2026 г.", as Macedonian writes dates. */
function macedonianDay(p: Parts, weekday: boolean): string {
  const date = `${p.day} ${MK_MONTHS[p.month - 1]} ${p.year} г.`;
  return weekday ? `${MK_WEEKDAYS[p.weekday]}, ${date}` : date;
}

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (spelledOut(language)) return macedonianDay(partsOf(date), false);
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long' }).format(date);
}

/** A moment with its time of day: "2 март 2026 г., 14:05"; in `timeZone` when given. */
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (spelledOut(language)) {
    const p = partsOf(date, timeZone);
    return `${macedonianDay(p, false)}, во ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  }
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/**
 * A calendar day (`YYYY-MM-DD`, no time zone of its own) as words: "вторник, 14 април 2026 г."
 * with the weekday, "14 април 2026 г." without.
 */
export function formatDay(day: string, language: string, { weekday = false }: { weekday?: boolean } = {}): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (spelledOut(language)) return macedonianDay(partsOf(date, 'UTC'), weekday);
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: weekday ? 'full' : 'long', timeZone: 'UTC' }).format(date);
}

/** A calendar day without its year: "10 април". */
export function formatDayMonth(day: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  if (spelledOut(language)) return `${Number(match[3])} ${MK_MONTHS[Number(match[2]) - 1]}`;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** "a, b и c" / "a, b and c". */
export function formatList(items: string[], language: string): string {
  if (spelledOut(language)) return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} и ${items.at(-1)}`;
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(items);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(numberLocale(language)).format(value);
}

/** "45 %" / "45%" for a share from 0 to 1. */
export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(numberLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A file size in the largest fitting unit: "350 kB", "2,4 MB". */
export function formatFileSize(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(numberLocale(language), { style: 'unit', unit: units[unit], unitDisplay: unit === 0 && !spelledOut(language) ? 'long' : 'short', maximumFractionDigits: unit < 2 ? 0 : 1 }).format(value);
}

export interface TimeLeft {
  /** the amount in whole units (at least 1) */
  count: number;
  /** "12 дни", "5 часа", "40 минути", through Intl in the interface language */
  text: string;
}

/**
 * How long until `until`, in days while a day or more is left, then in hours, then minutes;
 * undefined once it has passed.
 */
export function timeLeft(until: string, language: string, now: Date = new Date()): TimeLeft | undefined {
  const ms = new Date(until).getTime() - now.getTime();
  if (!(ms > 0)) return undefined;
  const steps = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
  ] as const;
  const [unit, size] = steps.find(([, size]) => ms >= size) ?? steps[2];
  const count = Math.max(1, Math.floor(ms / size));
  if (spelledOut(language)) return { count, text: `${formatNumber(count, language)} ${MK_UNITS[unit][count === 1 ? 0 : 1]}` };
  return { count, text: new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit, unitDisplay: 'long' }).format(count) };
}

const MK_UNITS = { day: ['ден', 'дена'], hour: ['час', 'часа'], minute: ['минута', 'минути'] } as const;

/** "след 3 дни", "in 3 days", "за 3 дена" (or "утре", "tomorrow") through Intl.RelativeTimeFormat. */
export function formatRelativeDays(until: string, language: string, now: Date = new Date()): string {
  const days = Math.round((new Date(until).getTime() - now.getTime()) / 86_400_000);
  if (spelledOut(language)) {
    const named: Record<string, string> = { '-1': 'вчера', '0': 'денес', '1': 'утре' };
    if (named[days]) return named[days];
    return days > 0 ? `за ${days} дена` : `пред ${-days} дена`;
  }
  return new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' }).format(days, 'day');
}

/** Today's date (`YYYY-MM-DD`) in a time zone: the municipality's, for legal dates. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return isoDay(now);
  }
}


/** The date part of "now" as YYYY-MM-DD, for file names. */
export function isoDay(date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
