// Every expected value below was worked out by hand: nominal last day = publishOn + N calendar
// days, weekdays read off a calendar, holidays from the Labour Code / the Macedonian law, and the
// UTC instant from the zone's offset on that day (Sofia +2 winter / +3 summer, Skopje +1 / +2;
// summer time 29.03–25.10.2026, 30.03–26.10.2025, 31.03–27.10.2024). None is computed by the code
// under test.
import { type CalendarAdjustments, type CountryCode, PERIOD_RULES, addDays, checkPeriod, computeDeadline, localDateOf, minimumPeriod } from './deadline';

const SOFIA = 'Europe/Sofia';
const SKOPJE = 'Europe/Skopje';

interface Case {
  publishOn: string;
  days: number;
  country: CountryCode;
  tz: string;
  nominal: string;
  last: string;
  closesAt: string;
  opensAt?: string;
  adjustments?: CalendarAdjustments;
}

/** Runs one case and checks every field of the result. */
function check(c: Case): void {
  const d = computeDeadline({ publishOn: c.publishOn, periodDays: c.days, country: c.country, timeZone: c.tz, adjustments: c.adjustments });
  expect(d.nominalLastDay).toBe(c.nominal);
  expect(d.lastDay).toBe(c.last);
  expect(d.closesAt.toISOString()).toBe(c.closesAt);
  if (c.opensAt) expect(d.opensAt.toISOString()).toBe(c.opensAt);
  expect(d.firstDay).toBe(addDays(c.publishOn, 1));
  if (c.last === c.nominal) {
    expect(d.movedFrom).toBeUndefined();
    expect(d.reasons).toEqual([]);
  } else {
    expect(d.movedFrom).toBe(c.nominal);
    expect(d.reasons[0]?.date).toBe(c.nominal);
    expect(d.reasons.at(-1)?.date).toBe(addDays(c.last, -1)); // every day in between was skipped
  }
  // The instants really are the first millisecond of the publication day and the last of the last day.
  expect(localDateOf(d.opensAt, c.tz)).toBe(c.publishOn);
  expect(localDateOf(new Date(d.opensAt.getTime() - 1), c.tz)).toBe(addDays(c.publishOn, -1));
  expect(localDateOf(d.closesAt, c.tz)).toBe(c.last);
  expect(localDateOf(new Date(d.closesAt.getTime() + 1), c.tz)).toBe(addDays(c.last, 1));
}

const title = '$publishOn + $days $country → nominal $nominal, last $last, closes $closesAt';

describe('computeDeadline — the example from the brief (Haskovo)', () => {
  test('30 days from 30 Jan 2026: Sunday 1 March → Monday 2 March (3 March is the holiday)', () => {
    const d = computeDeadline({ publishOn: '2026-01-30', periodDays: 30, country: 'BG', timeZone: SOFIA });
    expect(d).toEqual({
      opensAt: new Date('2026-01-29T22:00:00.000Z'),
      closesAt: new Date('2026-03-02T21:59:59.999Z'),
      firstDay: '2026-01-31',
      lastDay: '2026-03-02',
      nominalLastDay: '2026-03-01',
      movedFrom: '2026-03-01',
      reasons: [{ date: '2026-03-01', kind: 'weekend', name: { bg: 'Неделя', en: 'Sunday', mk: 'Недела' } }],
      calendarComplete: true,
    });
  });
});

describe('computeDeadline BG — every holiday of 2026 as the nominal last day (30 days)', () => {
  test.each<Case>([
    { publishOn: '2025-12-02', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-01-01', last: '2026-01-02', closesAt: '2026-01-02T21:59:59.999Z' },
    { publishOn: '2026-02-01', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-03-03', last: '2026-03-04', closesAt: '2026-03-04T21:59:59.999Z' },
    // Easter: Good Friday 10 April … Easter Monday 13 April → Tuesday 14 April (summer time)
    { publishOn: '2026-03-11', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-04-10', last: '2026-04-14', closesAt: '2026-04-14T20:59:59.999Z' },
    { publishOn: '2026-03-12', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-04-11', last: '2026-04-14', closesAt: '2026-04-14T20:59:59.999Z' },
    { publishOn: '2026-03-13', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-04-12', last: '2026-04-14', closesAt: '2026-04-14T20:59:59.999Z' },
    { publishOn: '2026-03-14', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-04-13', last: '2026-04-14', closesAt: '2026-04-14T20:59:59.999Z' },
    // 1 May Friday → Sat, Sun → Monday 4 May
    { publishOn: '2026-04-01', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-05-01', last: '2026-05-04', closesAt: '2026-05-04T20:59:59.999Z' },
    { publishOn: '2026-04-06', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-05-06', last: '2026-05-07', closesAt: '2026-05-07T20:59:59.999Z' },
    // 24 May Sunday → 25 May moved holiday → Tuesday 26 May
    { publishOn: '2026-04-24', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-05-24', last: '2026-05-26', closesAt: '2026-05-26T20:59:59.999Z' },
    { publishOn: '2026-04-25', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-05-25', last: '2026-05-26', closesAt: '2026-05-26T20:59:59.999Z' },
    // 6 Sep Sunday → 7 Sep moved → Tuesday 8 Sep
    { publishOn: '2026-08-07', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-09-06', last: '2026-09-08', closesAt: '2026-09-08T20:59:59.999Z' },
    { publishOn: '2026-08-23', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-09-22', last: '2026-09-23', closesAt: '2026-09-23T20:59:59.999Z' },
    // 24 Thu, 25 Fri, 26 Sat, 27 Sun, 28 Mon (moved from 26) → Tuesday 29 Dec
    { publishOn: '2026-11-24', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-12-24', last: '2026-12-29', closesAt: '2026-12-29T21:59:59.999Z' },
    { publishOn: '2026-11-25', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-12-25', last: '2026-12-29', closesAt: '2026-12-29T21:59:59.999Z' },
    { publishOn: '2026-11-26', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-12-26', last: '2026-12-29', closesAt: '2026-12-29T21:59:59.999Z' },
  ])(title, check);
});

describe('computeDeadline BG — holidays on a weekend (чл. 154(2) КТ)', () => {
  test.each<Case>([
    // 2021: 24 Fri, 25 Sat, 26 Sun → 27 Mon and 28 Tue non-working → Wednesday 29 Dec
    { publishOn: '2021-11-24', days: 30, country: 'BG', tz: SOFIA, nominal: '2021-12-24', last: '2021-12-29', closesAt: '2021-12-29T21:59:59.999Z' },
    // 2022: 24 Sat, 25 Sun, 26 Mon → 27 Tue and 28 Wed non-working → Thursday 29 Dec
    { publishOn: '2022-11-24', days: 30, country: 'BG', tz: SOFIA, nominal: '2022-12-24', last: '2022-12-29', closesAt: '2022-12-29T21:59:59.999Z' },
    // 2016: as 2022 → Thursday 29 Dec; and Friday 23 Dec 2016 was a plain working day
    { publishOn: '2016-11-24', days: 30, country: 'BG', tz: SOFIA, nominal: '2016-12-24', last: '2016-12-29', closesAt: '2016-12-29T21:59:59.999Z' },
    { publishOn: '2016-11-23', days: 30, country: 'BG', tz: SOFIA, nominal: '2016-12-23', last: '2016-12-23', closesAt: '2016-12-23T21:59:59.999Z' },
    // 2023: 24 Sun, 25 Mon, 26 Tue, 27 Wed (moved from 24) → Thursday 28 Dec
    { publishOn: '2023-11-24', days: 30, country: 'BG', tz: SOFIA, nominal: '2023-12-24', last: '2023-12-28', closesAt: '2023-12-28T21:59:59.999Z' },
    // 3 March 2024 Sunday → 4 March non-working → Tuesday 5 March (leap February counted)
    { publishOn: '2024-02-02', days: 30, country: 'BG', tz: SOFIA, nominal: '2024-03-03', last: '2024-03-05', closesAt: '2024-03-05T21:59:59.999Z' },
    // 6 May 2023 Saturday → 8 May non-working → Tuesday 9 May
    { publishOn: '2023-04-06', days: 30, country: 'BG', tz: SOFIA, nominal: '2023-05-06', last: '2023-05-09', closesAt: '2023-05-09T20:59:59.999Z' },
    // 24 May 2025 Saturday → 26 May non-working → Tuesday 27 May
    { publishOn: '2025-04-24', days: 30, country: 'BG', tz: SOFIA, nominal: '2025-05-24', last: '2025-05-27', closesAt: '2025-05-27T20:59:59.999Z' },
    // 22 Sep 2024 Sunday → 23 Sep non-working → Tuesday 24 Sep
    { publishOn: '2024-08-23', days: 30, country: 'BG', tz: SOFIA, nominal: '2024-09-22', last: '2024-09-24', closesAt: '2024-09-24T20:59:59.999Z' },
    // 3 March 2028 Friday → Sat 4, Sun 5 → Monday 6 March
    { publishOn: '2028-02-02', days: 30, country: 'BG', tz: SOFIA, nominal: '2028-03-03', last: '2028-03-06', closesAt: '2028-03-06T21:59:59.999Z' },
  ])(title, check);
});

describe('computeDeadline BG — Easter weekends (last day on Good Friday)', () => {
  test.each<Case>([
    // 2024: 3 Fri, 4 Sat, 5 Easter, 6 Easter Monday (and St George's Day) → Tuesday 7 May
    { publishOn: '2024-04-03', days: 30, country: 'BG', tz: SOFIA, nominal: '2024-05-03', last: '2024-05-07', closesAt: '2024-05-07T20:59:59.999Z' },
    // 2025: 18 Fri … 21 Mon → Tuesday 22 April
    { publishOn: '2025-03-19', days: 30, country: 'BG', tz: SOFIA, nominal: '2025-04-18', last: '2025-04-22', closesAt: '2025-04-22T20:59:59.999Z' },
    // 2021: 30 Apr Fri, 1 May Sat (Holy Saturday + Labour Day), 2 Easter, 3 Easter Monday, 4 May (Labour Day moved) → Wed 5 May
    { publishOn: '2021-03-31', days: 30, country: 'BG', tz: SOFIA, nominal: '2021-04-30', last: '2021-05-05', closesAt: '2021-05-05T20:59:59.999Z' },
    // 2027: the same pattern → Wednesday 5 May
    { publishOn: '2027-03-31', days: 30, country: 'BG', tz: SOFIA, nominal: '2027-04-30', last: '2027-05-05', closesAt: '2027-05-05T20:59:59.999Z' },
    // 2016: 29 Apr Fri, 30 Sat, 1 May Sun (Easter + Labour Day), 2 Easter Monday, 3 May (Labour Day moved) → Wed 4 May
    { publishOn: '2016-03-30', days: 30, country: 'BG', tz: SOFIA, nominal: '2016-04-29', last: '2016-05-04', closesAt: '2016-05-04T20:59:59.999Z' },
  ])(title, check);
});

describe('computeDeadline — leap years', () => {
  test.each<Case>([
    // 29 Feb 2028 (Tuesday) is the last day itself
    { publishOn: '2028-01-30', days: 30, country: 'BG', tz: SOFIA, nominal: '2028-02-29', last: '2028-02-29', closesAt: '2028-02-29T21:59:59.999Z', opensAt: '2028-01-29T22:00:00.000Z' },
    { publishOn: '2028-01-30', days: 31, country: 'BG', tz: SOFIA, nominal: '2028-03-01', last: '2028-03-01', closesAt: '2028-03-01T21:59:59.999Z' },
    // a period crossing 29 Feb: one day earlier in the calendar than in 2027
    { publishOn: '2028-02-15', days: 30, country: 'BG', tz: SOFIA, nominal: '2028-03-16', last: '2028-03-16', closesAt: '2028-03-16T21:59:59.999Z' },
    { publishOn: '2027-02-15', days: 30, country: 'BG', tz: SOFIA, nominal: '2027-03-17', last: '2027-03-17', closesAt: '2027-03-17T21:59:59.999Z' },
  ])(title, check);
});

describe('computeDeadline — daylight-saving switches', () => {
  test.each<Case>([
    // Sofia, spring: Friday 27 March still winter time (+2)
    { publishOn: '2026-02-25', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-03-27', last: '2026-03-27', closesAt: '2026-03-27T21:59:59.999Z' },
    // Sat 28, Sun 29 (switch day) → Monday 30 March in summer time (+3); opens in winter time
    { publishOn: '2026-02-26', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-03-28', last: '2026-03-30', closesAt: '2026-03-30T20:59:59.999Z', opensAt: '2026-02-25T22:00:00.000Z' },
    // Sofia, autumn: Friday 23 October still summer time
    { publishOn: '2026-09-23', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-10-23', last: '2026-10-23', closesAt: '2026-10-23T20:59:59.999Z' },
    // Sat 24, Sun 25 (switch day) → Monday 26 October in winter time; opens in summer time
    { publishOn: '2026-09-24', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-10-24', last: '2026-10-26', closesAt: '2026-10-26T21:59:59.999Z', opensAt: '2026-09-23T21:00:00.000Z' },
    // Skopje, spring and autumn (20 days)
    { publishOn: '2026-03-08', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-03-28', last: '2026-03-30', closesAt: '2026-03-30T21:59:59.999Z', opensAt: '2026-03-07T23:00:00.000Z' },
    { publishOn: '2026-10-04', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-10-24', last: '2026-10-26', closesAt: '2026-10-26T22:59:59.999Z', opensAt: '2026-10-03T22:00:00.000Z' },
  ])(title, check);
});

describe('computeDeadline MK — 20 days, Sunday holiday → Monday', () => {
  test.each<Case>([
    // an ordinary Sunday → Monday
    { publishOn: '2026-02-02', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-02-22', last: '2026-02-23', closesAt: '2026-02-23T22:59:59.999Z', opensAt: '2026-02-01T23:00:00.000Z' },
    // 1 January (Thursday) → Friday 2 January, a working day in North Macedonia
    { publishOn: '2025-12-12', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-01-01', last: '2026-01-02', closesAt: '2026-01-02T22:59:59.999Z' },
    // 7 January (Orthodox Christmas, Wednesday) → Thursday 8 January
    { publishOn: '2025-12-18', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-01-07', last: '2026-01-08', closesAt: '2026-01-08T22:59:59.999Z' },
    // 7 January 2024 was a Sunday → Monday 8 non-working → Tuesday 9 January
    { publishOn: '2023-12-18', days: 20, country: 'MK', tz: SKOPJE, nominal: '2024-01-07', last: '2024-01-09', closesAt: '2024-01-09T22:59:59.999Z' },
    // Good Friday is a working day in MK …
    { publishOn: '2026-03-21', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-04-10', last: '2026-04-10', closesAt: '2026-04-10T21:59:59.999Z' },
    // … Easter Monday is not → Tuesday 14 April
    { publishOn: '2026-03-24', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-04-13', last: '2026-04-14', closesAt: '2026-04-14T21:59:59.999Z' },
    // 1 May 2026 Friday → Monday 4 May
    { publishOn: '2026-04-11', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-05-01', last: '2026-05-04', closesAt: '2026-05-04T21:59:59.999Z' },
    // 24 May 2026 Sunday → 25 May non-working → Tuesday 26 May
    { publishOn: '2026-05-04', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-05-24', last: '2026-05-26', closesAt: '2026-05-26T21:59:59.999Z' },
    // Ilinden, 2 Aug 2026 Sunday → 3 Aug non-working → Tuesday 4 Aug
    { publishOn: '2026-07-13', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-08-02', last: '2026-08-04', closesAt: '2026-08-04T21:59:59.999Z' },
    // 8 September 2026 Tuesday → Wednesday 9 September
    { publishOn: '2026-08-19', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-09-08', last: '2026-09-09', closesAt: '2026-09-09T21:59:59.999Z' },
    // 11 October 2026 Sunday → 12 Oct non-working → Tuesday 13 Oct
    { publishOn: '2026-09-21', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-10-11', last: '2026-10-13', closesAt: '2026-10-13T21:59:59.999Z' },
    // 11 October 2025 Saturday: Saturdays do not move → Monday 13 Oct is a working day
    { publishOn: '2025-09-21', days: 20, country: 'MK', tz: SKOPJE, nominal: '2025-10-11', last: '2025-10-13', closesAt: '2025-10-13T21:59:59.999Z' },
    // 23 October 2026 Friday → Sat, Sun (switch day) → Monday 26 Oct, winter time
    { publishOn: '2026-10-03', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-10-23', last: '2026-10-26', closesAt: '2026-10-26T22:59:59.999Z' },
    // 8 December 2026 Tuesday → Wednesday 9 December
    { publishOn: '2026-11-18', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-12-08', last: '2026-12-09', closesAt: '2026-12-09T22:59:59.999Z' },
  ])(title, check);
});

describe('computeDeadline MK — Ramazan Bajram', () => {
  test.each<Case>([
    // 30 March 2025 Sunday (and the DST switch) → 31 March non-working → Tuesday 1 April, summer time
    { publishOn: '2025-03-10', days: 20, country: 'MK', tz: SKOPJE, nominal: '2025-03-30', last: '2025-04-01', closesAt: '2025-04-01T21:59:59.999Z' },
    // 10 April 2024 Wednesday → Thursday 11 April
    { publishOn: '2024-03-21', days: 20, country: 'MK', tz: SKOPJE, nominal: '2024-04-10', last: '2024-04-11', closesAt: '2024-04-11T21:59:59.999Z' },
    // 20 March 2026 Friday (estimate) → Sat, Sun → Monday 23 March, still winter time
    { publishOn: '2026-02-28', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-03-20', last: '2026-03-23', closesAt: '2026-03-23T22:59:59.999Z' },
    // 2022: 1 May Sunday → Monday 2 May (Bajram and moved Labour Day) → Tuesday 3 May
    { publishOn: '2022-04-11', days: 20, country: 'MK', tz: SKOPJE, nominal: '2022-05-01', last: '2022-05-03', closesAt: '2022-05-03T21:59:59.999Z' },
    // 2020: 24 May Sunday (Cyril and Methodius and Bajram) → 25 May → Tuesday 26 May
    { publishOn: '2020-05-04', days: 20, country: 'MK', tz: SKOPJE, nominal: '2020-05-24', last: '2020-05-26', closesAt: '2020-05-26T21:59:59.999Z' },
  ])(title, check);
});

describe('computeDeadline — one date, two countries', () => {
  test.each<Case>([
    // 7 January: a holiday in North Macedonia only
    { publishOn: '2025-12-08', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-01-07', last: '2026-01-07', closesAt: '2026-01-07T21:59:59.999Z' },
    // 3 March: a holiday in Bulgaria only
    { publishOn: '2026-02-11', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-03-03', last: '2026-03-03', closesAt: '2026-03-03T22:59:59.999Z' },
    // Good Friday: a holiday in Bulgaria only
    { publishOn: '2026-03-11', days: 30, country: 'MK', tz: SKOPJE, nominal: '2026-04-10', last: '2026-04-10', closesAt: '2026-04-10T21:59:59.999Z' },
  ])(title, check);
});

describe('computeDeadline — declared days (adjustments)', () => {
  const decision808: CalendarAdjustments = { extraNonWorkingDays: [{ date: '2025-12-31' }, { date: '2026-01-02' }] };

  test.each<Case>([
    // 31 Dec declared, 1 Jan holiday, 2 Jan declared, 3–4 Jan weekend → Monday 5 January
    { publishOn: '2025-12-01', days: 30, country: 'BG', tz: SOFIA, nominal: '2025-12-31', last: '2026-01-05', closesAt: '2026-01-05T21:59:59.999Z', adjustments: decision808 },
    // without the declaration, Wednesday 31 December is the last day
    { publishOn: '2025-12-01', days: 30, country: 'BG', tz: SOFIA, nominal: '2025-12-31', last: '2025-12-31', closesAt: '2025-12-31T21:59:59.999Z' },
    // 1 January 2026 → Friday 2 January is declared non-working → Monday 5 January
    { publishOn: '2025-12-02', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-01-01', last: '2026-01-05', closesAt: '2026-01-05T21:59:59.999Z', adjustments: decision808 },
    // a Saturday declared a working day counts
    { publishOn: '2026-01-29', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-02-28', last: '2026-02-28', closesAt: '2026-02-28T21:59:59.999Z', adjustments: { extraWorkingDays: ['2026-02-28'] } },
    { publishOn: '2026-01-29', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-02-28', last: '2026-03-02', closesAt: '2026-03-02T21:59:59.999Z' },
    // the Sunday declared a working day: Saturday 28 Feb skipped, Sunday 1 March is the last day
    { publishOn: '2026-01-29', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-02-28', last: '2026-03-01', closesAt: '2026-03-01T21:59:59.999Z', adjustments: { extraWorkingDays: ['2026-03-01'] } },
    // Monday 2 March declared non-working: Sun 1, Mon 2 (declared), Tue 3 (holiday) → Wednesday 4 March
    { publishOn: '2026-01-30', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-03-01', last: '2026-03-04', closesAt: '2026-03-04T21:59:59.999Z', adjustments: { extraNonWorkingDays: [{ date: '2026-03-02' }] } },
    // a "working" declaration on a holiday (Sat 26 Dec 2026) is ignored → Tuesday 29 December
    { publishOn: '2026-11-26', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-12-26', last: '2026-12-29', closesAt: '2026-12-29T21:59:59.999Z', adjustments: { extraWorkingDays: ['2026-12-26'] } },
    // North Macedonia: Sunday 22 Feb → Monday 23 Feb declared → Tuesday 24 Feb
    { publishOn: '2026-02-02', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-02-22', last: '2026-02-24', closesAt: '2026-02-24T22:59:59.999Z', adjustments: { extraNonWorkingDays: [{ date: '2026-02-23' }] } },
  ])(title, check);

  test('the reasons say why each day was skipped', () => {
    const d = computeDeadline({ publishOn: '2025-12-01', periodDays: 30, country: 'BG', timeZone: SOFIA, adjustments: decision808 });
    expect(d.reasons.map((r) => [r.date, r.kind, r.name.en])).toEqual([
      ['2025-12-31', 'declared', 'Non-working day declared by the government'],
      ['2026-01-01', 'holiday', "New Year's Day"],
      ['2026-01-02', 'declared', 'Non-working day declared by the government'],
      ['2026-01-03', 'weekend', 'Saturday'],
      ['2026-01-04', 'weekend', 'Sunday'],
    ]);
  });

  test('a moved holiday reports the weekend date it comes from', () => {
    const d = computeDeadline({ publishOn: '2026-04-24', periodDays: 30, country: 'BG', timeZone: SOFIA });
    expect(d.reasons.map((r) => [r.date, r.kind, r.movedFrom])).toEqual([
      ['2026-05-24', 'holiday', undefined],
      ['2026-05-25', 'holiday', '2026-05-24'],
    ]);
  });

  test('absurd adjustments (60+ non-working days in a row) are refused, not looped over', () => {
    const extraNonWorkingDays = Array.from({ length: 90 }, (_, i) => ({ date: addDays('2026-03-02', i) }));
    expect(() => computeDeadline({ publishOn: '2026-01-30', periodDays: 30, country: 'BG', timeZone: SOFIA, adjustments: { extraNonWorkingDays } })).toThrow(RangeError);
  });
});

describe('computeDeadline — other periods and publication days', () => {
  test.each<Case>([
    // 1 day: the period is the day after publication (a holiday here) → Wednesday 4 March
    { publishOn: '2026-03-02', days: 1, country: 'BG', tz: SOFIA, nominal: '2026-03-03', last: '2026-03-04', closesAt: '2026-03-04T21:59:59.999Z', opensAt: '2026-03-01T22:00:00.000Z' },
    // 14 days (shortened period) from 1 April → Wednesday 15 April
    { publishOn: '2026-04-01', days: 14, country: 'BG', tz: SOFIA, nominal: '2026-04-15', last: '2026-04-15', closesAt: '2026-04-15T20:59:59.999Z', opensAt: '2026-03-31T21:00:00.000Z' },
    // published on a holiday: counting still starts the next day; Sat 31 Jan → Monday 2 Feb
    { publishOn: '2026-01-01', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-01-31', last: '2026-02-02', closesAt: '2026-02-02T21:59:59.999Z', opensAt: '2025-12-31T22:00:00.000Z' },
    // 60 days, across the spring switch → Tuesday 31 March, summer time
    { publishOn: '2026-01-30', days: 60, country: 'BG', tz: SOFIA, nominal: '2026-03-31', last: '2026-03-31', closesAt: '2026-03-31T20:59:59.999Z', opensAt: '2026-01-29T22:00:00.000Z' },
    // the time zone is the municipality's, independent of the country's rules
    { publishOn: '2026-01-30', days: 30, country: 'BG', tz: 'UTC', nominal: '2026-03-01', last: '2026-03-02', closesAt: '2026-03-02T23:59:59.999Z', opensAt: '2026-01-30T00:00:00.000Z' },
  ])(title, check);
});

/** A publication at a given instant: opens then; the last day and the close are the scheduled ones. */
interface InstantCase {
  label: string;
  publishOn: string;
  publishedAt: string;
  days: number;
  country: CountryCode;
  tz: string;
  last: string;
  closesAt: string;
  /** 00:00 local on publishOn: where a scheduled publication of the same day would open. */
  startOfDay: string;
}

describe('computeDeadline — opens at the publication instant, the end does not move', () => {
  test.each<InstantCase>([
    // Monday 2 March 2026, 23:59 in Sofia (+2); + 30 = Wednesday 1 April (summer time, +3)
    { label: 'BG, 23:59 local', publishOn: '2026-03-02', publishedAt: '2026-03-02T21:59:00.000Z', days: 30, country: 'BG', tz: SOFIA, last: '2026-04-01', closesAt: '2026-04-01T20:59:59.999Z', startOfDay: '2026-03-01T22:00:00.000Z' },
    // the first minute of the day: opens at once, the same day counts as day 0
    { label: 'BG, 00:00 local', publishOn: '2026-03-02', publishedAt: '2026-03-01T22:00:00.000Z', days: 30, country: 'BG', tz: SOFIA, last: '2026-04-01', closesAt: '2026-04-01T20:59:59.999Z', startOfDay: '2026-03-01T22:00:00.000Z' },
    // Sunday 29 March 2026, the 23-hour day in Sofia: 00:00 is +2, 23:59 is +3; + 30 = Tuesday 28 April
    { label: 'BG, last minute of the spring DST day', publishOn: '2026-03-29', publishedAt: '2026-03-29T20:59:00.000Z', days: 30, country: 'BG', tz: SOFIA, last: '2026-04-28', closesAt: '2026-04-28T20:59:59.999Z', startOfDay: '2026-03-28T22:00:00.000Z' },
    // Sunday 25 October 2026, the 25-hour day in Sofia: 00:00 is +3, 23:59 is +2; + 30 = Tuesday 24 November
    { label: 'BG, last minute of the autumn DST day', publishOn: '2026-10-25', publishedAt: '2026-10-25T21:59:00.000Z', days: 30, country: 'BG', tz: SOFIA, last: '2026-11-24', closesAt: '2026-11-24T21:59:59.999Z', startOfDay: '2026-10-24T21:00:00.000Z' },
    // Monday 2 February 2026, 23:59 in Skopje (+1); + 20 = Sunday 22 February → Monday 23
    { label: 'MK, 23:59 local', publishOn: '2026-02-02', publishedAt: '2026-02-02T22:59:00.000Z', days: 20, country: 'MK', tz: SKOPJE, last: '2026-02-23', closesAt: '2026-02-23T22:59:59.999Z', startOfDay: '2026-02-01T23:00:00.000Z' },
    // Sunday 29 March 2026 in Skopje, 23:59 (+2); + 20 = Saturday 18 April → Monday 20 April
    { label: 'MK, last minute of the spring DST day', publishOn: '2026-03-29', publishedAt: '2026-03-29T21:59:00.000Z', days: 20, country: 'MK', tz: SKOPJE, last: '2026-04-20', closesAt: '2026-04-20T21:59:59.999Z', startOfDay: '2026-03-28T23:00:00.000Z' },
    // Sunday 25 October 2026 in Skopje, 23:59 (+1); + 20 = Saturday 14 November → Monday 16
    { label: 'MK, last minute of the autumn DST day', publishOn: '2026-10-25', publishedAt: '2026-10-25T22:59:00.000Z', days: 20, country: 'MK', tz: SKOPJE, last: '2026-11-16', closesAt: '2026-11-16T22:59:59.999Z', startOfDay: '2026-10-24T22:00:00.000Z' },
  ])('$label: opens $publishedAt, last day $last', (c) => {
    const input = { publishOn: c.publishOn, periodDays: c.days, country: c.country, timeZone: c.tz };
    const now = computeDeadline({ ...input, publishedAt: new Date(c.publishedAt) });
    expect(now.opensAt.toISOString()).toBe(c.publishedAt);
    expect(now.lastDay).toBe(c.last);
    expect(now.closesAt.toISOString()).toBe(c.closesAt);
    expect(now.firstDay).toBe(addDays(c.publishOn, 1));
    // the same day scheduled ahead: opens at its 00:00, ends at exactly the same moment
    const scheduled = computeDeadline(input);
    expect(scheduled.opensAt.toISOString()).toBe(c.startOfDay);
    expect({ ...now, opensAt: null }).toEqual({ ...scheduled, opensAt: null });
  });

  test.each<Case>([
    // scheduled for Liberation Day (Tuesday 3 March 2026): opens at its 00:00, counting starts on the 4th → Thursday 2 April
    { publishOn: '2026-03-03', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-04-02', last: '2026-04-02', closesAt: '2026-04-02T20:59:59.999Z', opensAt: '2026-03-02T22:00:00.000Z' },
    // scheduled for Saturday 7 March 2026: opens on the weekend, + 30 = Monday 6 April
    { publishOn: '2026-03-07', days: 30, country: 'BG', tz: SOFIA, nominal: '2026-04-06', last: '2026-04-06', closesAt: '2026-04-06T20:59:59.999Z', opensAt: '2026-03-06T22:00:00.000Z' },
    // scheduled for Orthodox Christmas in North Macedonia (Wednesday 7 January 2026): + 20 = Tuesday 27 January
    { publishOn: '2026-01-07', days: 20, country: 'MK', tz: SKOPJE, nominal: '2026-01-27', last: '2026-01-27', closesAt: '2026-01-27T22:59:59.999Z', opensAt: '2026-01-06T23:00:00.000Z' },
  ])('scheduled for a non-working day: $publishOn opens $opensAt, last $last', check);

  test.each([
    ['the day before', '2026-03-01T21:59:59.999Z'],
    ['the day after', '2026-03-02T22:00:00.000Z'],
    ['an invalid date', 'not a date'],
  ])('a publishedAt outside publishOn in the zone (%s) → RangeError', (_label, at) => {
    expect(() => computeDeadline({ publishOn: '2026-03-02', periodDays: 30, country: 'BG', timeZone: SOFIA, publishedAt: new Date(at) })).toThrow(RangeError);
  });
});

describe('computeDeadline — years the holiday tables do not cover', () => {
  test.each<[Case, boolean]>([
    // 21 June 2036 Saturday → Monday 23 June; no Ramazan Bajram date for 2036 yet
    [{ publishOn: '2036-06-01', days: 20, country: 'MK', tz: SKOPJE, nominal: '2036-06-21', last: '2036-06-23', closesAt: '2036-06-23T21:59:59.999Z' }, false],
    // 30 December 2035 Sunday → Monday 31 December, still inside the table
    [{ publishOn: '2035-12-10', days: 20, country: 'MK', tz: SKOPJE, nominal: '2035-12-30', last: '2035-12-31', closesAt: '2035-12-31T22:59:59.999Z' }, true],
    // 1 January 2036 Tuesday → Wednesday 2 January, outside the table
    [{ publishOn: '2035-12-12', days: 20, country: 'MK', tz: SKOPJE, nominal: '2036-01-01', last: '2036-01-02', closesAt: '2036-01-02T22:59:59.999Z' }, false],
    // Bulgaria needs no table: its holidays are all computed
    [{ publishOn: '2036-06-01', days: 30, country: 'BG', tz: SOFIA, nominal: '2036-07-01', last: '2036-07-01', closesAt: '2036-07-01T20:59:59.999Z' }, true],
  ])('%j → calendarComplete %p', (c, complete) => {
    check(c);
    expect(computeDeadline({ publishOn: c.publishOn, periodDays: c.days, country: c.country, timeZone: c.tz }).calendarComplete).toBe(complete);
  });
});

describe('computeDeadline — invalid input', () => {
  const ok = { publishOn: '2026-01-30', periodDays: 30, country: 'BG' as CountryCode, timeZone: SOFIA };

  test.each([
    ['publishOn 29 Feb of a common year', { publishOn: '2026-02-29' }],
    ['publishOn not zero-padded', { publishOn: '2026-1-30' }],
    ['publishOn in another format', { publishOn: '30.01.2026' }],
    ['publishOn empty', { publishOn: '' }],
    ['publishOn with a time', { publishOn: '2026-01-30T00:00:00Z' }],
    ['period 0', { periodDays: 0 }],
    ['period negative', { periodDays: -30 }],
    ['period fractional', { periodDays: 29.5 }],
    ['period NaN', { periodDays: Number.NaN }],
    ['period Infinity', { periodDays: Number.POSITIVE_INFINITY }],
    ['unknown time zone', { timeZone: 'Europe/Haskovo' }],
    ['empty time zone', { timeZone: '' }],
    ['unknown country', { country: 'RS' as CountryCode }],
    ['malformed adjustment', { adjustments: { extraWorkingDays: ['2026-02-31'] } }],
  ])('%s → RangeError', (_label, patch) => {
    expect(() => computeDeadline({ ...ok, ...patch })).toThrow(RangeError);
  });
});

describe('minimum periods (ЗНА чл. 26(4); North Macedonia 20 days)', () => {
  test('the rule table', () => {
    expect(PERIOD_RULES).toEqual({ BG: { fullDays: 30, shortenedMinDays: 14 }, MK: { fullDays: 20, shortenedMinDays: null } });
  });

  test.each([
    ['BG', false, 30],
    ['BG', true, 14],
    ['MK', false, 20],
    ['MK', true, 20],
  ])('minimumPeriod(%s, reason: %p) = %i', (country, reason, days) => {
    expect(minimumPeriod(country as CountryCode, reason)).toBe(days);
  });

  const REASON = 'Спешна промяна, наложена от изменение на закона';
  test.each<[CountryCode, number, string | null | undefined, { ok: true } | { ok: false; code: 'period_too_short'; minimumDays: number; fullDays: number }]>([
    ['BG', 30, undefined, { ok: true }],
    ['BG', 45, null, { ok: true }],
    ['BG', 29, undefined, { ok: false, code: 'period_too_short', minimumDays: 30, fullDays: 30 }],
    ['BG', 14, undefined, { ok: false, code: 'period_too_short', minimumDays: 30, fullDays: 30 }],
    ['BG', 14, REASON, { ok: true }],
    ['BG', 29, REASON, { ok: true }],
    ['BG', 13, REASON, { ok: false, code: 'period_too_short', minimumDays: 14, fullDays: 30 }],
    ['BG', 14, '   ', { ok: false, code: 'period_too_short', minimumDays: 30, fullDays: 30 }], // a blank reason is no reason
    ['BG', 14, '', { ok: false, code: 'period_too_short', minimumDays: 30, fullDays: 30 }],
    ['BG', 0, REASON, { ok: false, code: 'period_too_short', minimumDays: 14, fullDays: 30 }],
    ['MK', 20, undefined, { ok: true }],
    ['MK', 19, undefined, { ok: false, code: 'period_too_short', minimumDays: 20, fullDays: 20 }],
    ['MK', 19, REASON, { ok: false, code: 'period_too_short', minimumDays: 20, fullDays: 20 }],
    ['MK', 14, REASON, { ok: false, code: 'period_too_short', minimumDays: 20, fullDays: 20 }],
  ])('checkPeriod(%s, %i, %p)', (country, days, reason, expected) => {
    expect(checkPeriod(country, days, reason)).toEqual(expected);
  });

  test('rejects a non-integer period and an unknown country', () => {
    expect(() => checkPeriod('BG', 29.9)).toThrow(RangeError);
    expect(() => checkPeriod('BG', Number.NaN)).toThrow(RangeError);
    expect(() => checkPeriod('XX' as CountryCode, 30)).toThrow(RangeError);
    expect(() => minimumPeriod('XX' as CountryCode, false)).toThrow(RangeError);
  });
});
