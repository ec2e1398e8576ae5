/**
 * Calendar dates, wall-clock times and time zones, with nothing but `Intl`.
 *
 * A {@link LocalDate} is a day on the proleptic Gregorian calendar with no time zone
 * (`'2026-03-02'`). An instant is a JavaScript `Date` (always UTC inside). This module converts
 * between the two for an IANA time zone (`'Europe/Sofia'`, `'Europe/Skopje'`), correctly across
 * daylight-saving switches, including zones whose clocks jump at midnight.
 *
 * Everything here is pure: no clock is read, every input is an argument.
 *
 * @module
 */

/** A calendar date, `'YYYY-MM-DD'` (years 0001–9999). */
export type LocalDate = string;

/** A wall-clock time, `'HH:mm'`, `'HH:mm:ss'` or `'HH:mm:ss.SSS'` (24-hour clock). */
export type LocalTime = string;

/**
 * What to do with a wall-clock time that a time zone skips (spring forward) or repeats (fall back).
 * Same meaning as in the Temporal proposal:
 * - `'compatible'` (default): a skipped time moves forward by the length of the gap, a repeated
 *   time takes the earlier instant;
 * - `'earlier'` / `'later'`: the earlier / later of the two candidate instants;
 * - `'reject'`: throw a `RangeError`.
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?$/;

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian, no Date objects, no time zones)
// ---------------------------------------------------------------------------------------------

/** Days since 1970-01-01 of a Gregorian date (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Inverse of {@link daysFromCivil}. */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `true` when `value` is a real calendar date written `'YYYY-MM-DD'` (so not `'2026-02-29'`). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Splits a {@link LocalDate} into numbers.
 * @throws RangeError when `date` is not a real `'YYYY-MM-DD'` date.
 */
export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  if (!isLocalDate(date)) throw new RangeError(`Invalid date ${JSON.stringify(date)}: expected a real calendar date YYYY-MM-DD`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function formatLocalDate(year: number, month: number, day: number): LocalDate {
  if (year < 1 || year > 9999) throw new RangeError(`Date out of range: year ${year}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before). */
function epochDay(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return daysFromCivil(year, month, day);
}

function fromEpochDay(days: number): LocalDate {
  const { year, month, day } = civilFromDays(days);
  return formatLocalDate(year, month, day);
}

/**
 * The calendar date `n` days after `date` (before, when `n` is negative). Pure calendar
 * arithmetic: no time zone, no daylight-saving effects.
 * @example addDays('2028-02-28', 1) === '2028-02-29'
 * @throws RangeError on an invalid date, a non-integer `n`, or a result outside years 0001–9999.
 */
export function addDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Invalid number of days: ${n}`);
  return fromEpochDay(epochDay(date) + n);
}

/** Whole days from `from` to `to` (`daysBetween('2026-01-30', '2026-03-01') === 30`). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return epochDay(to) - epochDay(from);
}

/** Day of the week, `0` = Sunday … `6` = Saturday (as `Date#getUTCDay`). */
export function dayOfWeek(date: LocalDate): number {
  return (((epochDay(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

// ---------------------------------------------------------------------------------------------
// Time zones
// ---------------------------------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    if (typeof timeZone !== 'string' || timeZone.trim() === '') {
      throw new RangeError(`Invalid time zone ${JSON.stringify(timeZone)}`);
    }
    // Throws a RangeError ("Invalid time zone specified") for an unknown zone.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Checks a time zone name and returns its canonical spelling (`'europe/sofia'` → `'Europe/Sofia'`).
 * @throws RangeError for an unknown time zone.
 */
export function assertTimeZone(timeZone: string): string {
  return formatterFor(timeZone).resolvedOptions().timeZone;
}

function assertInstant(instant: Date): number {
  const t = instant instanceof Date ? instant.getTime() : NaN;
  if (!Number.isFinite(t)) throw new RangeError('Invalid instant: expected a valid Date');
  return t;
}

/**
 * The wall clock in `timeZone` at `epochMs`, as milliseconds of a fictional UTC clock
 * (so `wallClock(t) - t` is the zone's UTC offset at `t`).
 */
function wallClock(epochMs: number, timeZone: string): number {
  const ms = ((epochMs % 1000) + 1000) % 1000;
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs - ms));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        year = Number(p.value);
        break;
      case 'month':
        month = Number(p.value);
        break;
      case 'day':
        day = Number(p.value);
        break;
      case 'hour':
        hour = Number(p.value) % 24; // some engines print midnight as 24
        break;
      case 'minute':
        minute = Number(p.value);
        break;
      case 'second':
        second = Number(p.value);
        break;
      case 'era':
        bc = p.value.startsWith('B');
        break;
    }
  }
  if (bc) year = 1 - year;
  return daysFromCivil(year, month, day) * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
}

function offsetAt(epochMs: number, timeZone: string): number {
  return wallClock(epochMs, timeZone) - epochMs;
}

function parseLocalTime(time: LocalTime): number {
  const m = typeof time === 'string' ? TIME_RE.exec(time) : null;
  const hour = m ? Number(m[1]) : NaN;
  const minute = m ? Number(m[2]) : NaN;
  const second = m?.[3] ? Number(m[3]) : 0;
  const milli = m?.[4] ? Number(m[4]) : 0;
  if (!m || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Invalid time ${JSON.stringify(time)}: expected HH:mm, HH:mm:ss or HH:mm:ss.SSS`);
  }
  return hour * 3_600_000 + minute * 60_000 + second * 1000 + milli;
}

/**
 * The UTC instant at which the wall clock in `timeZone` shows `date` `time`.
 *
 * Correct across daylight-saving switches: the offset is looked up for the instant itself, not
 * for "now" or for noon. A wall time that does not exist or exists twice is resolved by
 * `disambiguation` (see {@link Disambiguation}).
 *
 * @example zonedToUtc('2026-03-02', '23:59:59.999', 'Europe/Sofia') // 2026-03-02T21:59:59.999Z
 * @example zonedToUtc('2026-03-30', '23:59:59.999', 'Europe/Sofia') // 2026-03-30T20:59:59.999Z
 * @throws RangeError on an invalid date, time or time zone, or a skipped/repeated time with `'reject'`.
 */
export function zonedToUtc(
  date: LocalDate,
  time: LocalTime,
  timeZone: string,
  disambiguation: Disambiguation = 'compatible',
): Date {
  const wall = epochDay(date) * MS_PER_DAY + parseLocalTime(time);
  formatterFor(timeZone); // validate the zone before any arithmetic
  const before = offsetAt(wall - MS_PER_DAY, timeZone);
  const after = offsetAt(wall + MS_PER_DAY, timeZone);
  // Every instant showing `wall` has one of the offsets in force around it.
  const offsets = new Set([before, after, offsetAt(wall, timeZone), offsetAt(wall - before, timeZone)]);
  const candidates = [...offsets]
    .map((offset) => wall - offset)
    .filter((t) => wallClock(t, timeZone) === wall)
    .sort((a, b) => a - b);
  const unique = candidates.filter((t, i) => i === 0 || t !== candidates[i - 1]);

  if (unique.length === 1) return new Date(unique[0]!);
  if (unique.length > 1) {
    if (disambiguation === 'reject') {
      throw new RangeError(`${date} ${time} occurs twice in ${timeZone} (clocks go back)`);
    }
    return new Date(disambiguation === 'later' ? unique[unique.length - 1]! : unique[0]!);
  }
  // A gap: the clocks jumped over `wall`.
  switch (disambiguation) {
    case 'reject':
      throw new RangeError(`${date} ${time} does not exist in ${timeZone} (clocks go forward)`);
    case 'earlier':
      return new Date(wall - after);
    default:
      return new Date(wall - before); // shifted forward by the length of the gap
  }
}

/**
 * The wall-clock date and time in `timeZone` at `instant` — the inverse of {@link zonedToUtc}.
 * @example utcToZoned(new Date('2026-03-02T21:59:59.999Z'), 'Europe/Sofia')
 *   // { date: '2026-03-02', time: '23:59:59.999' }
 * @throws RangeError on an invalid `Date` or time zone.
 */
export function utcToZoned(instant: Date, timeZone: string): { date: LocalDate; time: LocalTime } {
  const t = assertInstant(instant);
  const wall = wallClock(t, timeZone);
  const days = Math.floor(wall / MS_PER_DAY);
  let rest = wall - days * MS_PER_DAY;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  const pad = (v: number, n = 2) => String(v).padStart(n, '0');
  return { date: fromEpochDay(days), time: `${pad(hour)}:${pad(minute)}:${pad(second)}.${pad(milli, 3)}` };
}

/**
 * The calendar date in `timeZone` at `instant` (for example "today" in the municipality, given the
 * app clock's current instant).
 * @throws RangeError on an invalid `Date` or time zone.
 */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return utcToZoned(instant, timeZone).date;
}

/**
 * The first instant of `date` in `timeZone` — normally 00:00:00.000 local; where the clocks skip
 * midnight, the first time that exists that day (e.g. 01:00).
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return zonedToUtc(date, '00:00:00.000', timeZone, 'compatible');
}

/**
 * The last millisecond of `date` in `timeZone`: one millisecond before the next day begins.
 * Normally 23:59:59.999 local; on a day whose last hour is repeated (clocks go back at midnight)
 * it is the *later* 23:59:59.999, so nobody loses the repeated hour.
 */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  return new Date(startOfLocalDay(addDays(date, 1), timeZone).getTime() - 1);
}
