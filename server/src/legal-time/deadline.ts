/**
 * The legal calculator for the consultation period (docs/architecture.md, "Consultations").
 *
 * Bulgaria, ЗНА чл. 26(4): the period for proposals is at least 30 days, or at least 14 days in
 * exceptional cases with the reason published. North Macedonia: at least 20 days, no shortening.
 *
 * Counting, as the courts count periods (ГПК чл. 60, applied by analogy):
 * - the period of N days starts the day AFTER publication: day 1 = publishOn + 1;
 * - its nominal last day is publishOn + N calendar days; it ends at the end of that day
 *   (23:59:59.999) in the municipality's time zone;
 * - a last day that is not a working day (Saturday, Sunday, official or moved holiday, a day
 *   declared non-working) moves to the next working day, repeatedly; a Saturday declared a working
 *   day counts as a working day.
 *
 * Opening is not counting: contributions are taken from the moment of publication. A draft
 * published during its publication day opens at that instant (`publishedAt`); one scheduled for a
 * later day opens at 00:00 local on that day. The day of publication is never day 1, so opening
 * earlier in it gives the public extra hours and never moves the legal last day.
 *
 * Pure: no clock is read (the caller passes `publishOn`; "today" comes from the app's clock via
 * {@link localDateOf}).
 *
 * @module
 */
import {
  type CalendarAdjustments,
  type CountryCode,
  COUNTRY_CODES,
  type NonWorkingReason,
  holidayDataCovers,
  workingDayCalendar,
} from './holidays';
import { type LocalDate, addDays, assertTimeZone, endOfLocalDay, localDateOf, parseLocalDate, startOfLocalDay } from './zoned-time';

export type { CalendarAdjustments, CountryCode, LocalizedText, NonWorkingReason } from './holidays';
export { type LocalDate, addDays, localDateOf } from './zoned-time';

/** A country's minimum consultation periods, in days. */
export interface PeriodRule {
  /** The normal minimum period. */
  readonly fullDays: number;
  /** The minimum when a reason for a shorter period is published; `null` = no shortening allowed. */
  readonly shortenedMinDays: number | null;
}

/** Minimum periods per country: BG 30 (14 with a published reason), MK 20. */
export const PERIOD_RULES: Readonly<Record<CountryCode, PeriodRule>> = Object.freeze({
  BG: Object.freeze({ fullDays: 30, shortenedMinDays: 14 }),
  MK: Object.freeze({ fullDays: 20, shortenedMinDays: null }),
});

/** Outcome of {@link checkPeriod}; the failure carries the API error code. */
export type PeriodCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: 'period_too_short'; readonly minimumDays: number; readonly fullDays: number };

function assertCountry(country: CountryCode): PeriodRule {
  if (!COUNTRY_CODES.includes(country)) throw new RangeError(`Unknown country ${JSON.stringify(country)}: expected BG or MK`);
  return PERIOD_RULES[country];
}

/** `true` when a shortened-period reason was actually given (not missing, not blank). */
function hasReason(reason: string | null | undefined): boolean {
  return typeof reason === 'string' && reason.trim() !== '';
}

/**
 * The shortest period allowed in `country`.
 * @example minimumPeriod('BG', false) === 30; minimumPeriod('BG', true) === 14; minimumPeriod('MK', true) === 20
 * @throws RangeError for an unknown country.
 */
export function minimumPeriod(country: CountryCode, hasShortenedReason: boolean): number {
  const rule = assertCountry(country);
  return hasShortenedReason && rule.shortenedMinDays !== null ? rule.shortenedMinDays : rule.fullDays;
}

/**
 * Checks a period length against the country's minimum. A blank `shortenedReason` counts as none.
 * @example checkPeriod('BG', 29) // { ok: false, code: 'period_too_short', minimumDays: 30, fullDays: 30 }
 * @example checkPeriod('BG', 14, 'Спешна промяна в закона') // { ok: true }
 * @throws RangeError for an unknown country or a `periodDays` that is not an integer.
 */
export function checkPeriod(country: CountryCode, periodDays: number, shortenedReason?: string | null): PeriodCheck {
  const rule = assertCountry(country);
  if (!Number.isSafeInteger(periodDays)) throw new RangeError(`Invalid period ${periodDays}: expected a whole number of days`);
  const minimumDays = minimumPeriod(country, hasReason(shortenedReason));
  return periodDays >= minimumDays ? { ok: true } : { ok: false, code: 'period_too_short', minimumDays, fullDays: rule.fullDays };
}

/** Input of {@link computeDeadline}. */
export interface DeadlineInput {
  /** The day the draft is published (a calendar date in the municipality's time zone). */
  readonly publishOn: LocalDate;
  /** The period in days (≥ 1; check the legal minimum separately with {@link checkPeriod}). */
  readonly periodDays: number;
  /** Whose holidays and rules apply. */
  readonly country: CountryCode;
  /** The municipality's IANA time zone, e.g. `'Europe/Sofia'`, `'Europe/Skopje'`. */
  readonly timeZone: string;
  /** Days the government declared non-working or working. */
  readonly adjustments?: CalendarAdjustments;
  /**
   * The instant of publication, when it is already known to fall on `publishOn` (publishing
   * now): the period opens then. Absent: it opens at 00:00 local on `publishOn`.
   */
  readonly publishedAt?: Date;
}

/** A skipped non-working day at the end of the period. */
export interface SkippedDay extends NonWorkingReason {
  readonly date: LocalDate;
}

/** The computed period. */
export interface Deadline {
  /**
   * When contributions are first taken: `publishedAt` if given, else 00:00:00.000 local on
   * `publishOn` — the day of publication, before day 1 of the counted period.
   */
  readonly opensAt: Date;
  /** End of the period: 23:59:59.999 local on `lastDay` (the last millisecond of it), as a UTC instant. */
  readonly closesAt: Date;
  /** Day 1 of the counted period: publishOn + 1 (the law does not count the day of publication). */
  readonly firstDay: LocalDate;
  /** The last day, after moving off non-working days. */
  readonly lastDay: LocalDate;
  /** publishOn + periodDays, before any move. */
  readonly nominalLastDay: LocalDate;
  /** Present only when the last day moved: equal to `nominalLastDay`. */
  readonly movedFrom?: LocalDate;
  /** The non-working days skipped, in order, with why (empty when the last day did not move). */
  readonly reasons: readonly SkippedDay[];
  /**
   * `false` when the built-in holiday tables do not cover the years around the last day (North
   * Macedonia beyond the Ramazan Bajram table): show the officer a warning and ask an
   * administrator to enter the missing holiday as an adjustment.
   */
  readonly calendarComplete: boolean;
}

/** More consecutive non-working days than this means broken adjustments, not a calendar. */
const MAX_CONSECUTIVE_NON_WORKING = 60;

/**
 * Computes when a consultation opens and closes.
 *
 * @example
 * computeDeadline({ publishOn: '2026-01-30', periodDays: 30, country: 'BG', timeZone: 'Europe/Sofia' })
 * // nominalLastDay '2026-03-01' (Sunday) → lastDay '2026-03-02' (Monday, a working day; 3 March is the holiday),
 * // opensAt 2026-01-29T22:00:00.000Z (00:00 on 30 January in Sofia), closesAt 2026-03-02T21:59:59.999Z
 * @throws RangeError on an invalid `publishOn`, a `periodDays` that is not a positive integer, an unknown
 *   country or time zone, a malformed adjustment, or a `publishedAt` outside `publishOn` in `timeZone`.
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  const { publishOn, periodDays, country, timeZone, adjustments, publishedAt } = input;
  parseLocalDate(publishOn);
  if (!Number.isSafeInteger(periodDays) || periodDays < 1) {
    throw new RangeError(`Invalid period ${periodDays}: expected a positive whole number of days`);
  }
  assertCountry(country);
  assertTimeZone(timeZone);
  if (publishedAt !== undefined && (!(publishedAt instanceof Date) || Number.isNaN(publishedAt.getTime()) || localDateOf(publishedAt, timeZone) !== publishOn)) {
    throw new RangeError(`Invalid publishedAt ${String(publishedAt)}: expected an instant on ${publishOn} in ${timeZone}`);
  }
  const isNonWorking = workingDayCalendar(country, adjustments);

  const firstDay = addDays(publishOn, 1);
  const nominalLastDay = addDays(publishOn, periodDays);
  const reasons: SkippedDay[] = [];
  let lastDay = nominalLastDay;
  for (let reason = isNonWorking(lastDay); reason; reason = isNonWorking(lastDay)) {
    reasons.push({ date: lastDay, ...reason });
    if (reasons.length > MAX_CONSECUTIVE_NON_WORKING) {
      throw new RangeError(`More than ${MAX_CONSECUTIVE_NON_WORKING} consecutive non-working days from ${nominalLastDay}: check the adjustments`);
    }
    lastDay = addDays(lastDay, 1);
  }

  return {
    opensAt: publishedAt ?? startOfLocalDay(publishOn, timeZone),
    closesAt: endOfLocalDay(lastDay, timeZone),
    firstDay,
    lastDay,
    nominalLastDay,
    ...(lastDay !== nominalLastDay ? { movedFrom: nominalLastDay } : {}),
    reasons,
    calendarComplete: [nominalLastDay, lastDay].every((d) => holidayDataCovers(country, parseLocalDate(d).year)),
  };
}
