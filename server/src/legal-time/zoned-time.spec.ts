// Expected instants worked out by hand from the zones' rules:
// Europe/Sofia  EET +02:00 / EEST +03:00, Europe/Skopje CET +01:00 / CEST +02:00; both switch at
// 01:00 UTC on the last Sunday of March (2025-03-30, 2026-03-29, 2027-03-28) and of October
// (2025-10-26, 2026-10-25, 2027-10-31). Asia/Beirut and America/Sao_Paulo switch at midnight.
import {
  addDays,
  assertTimeZone,
  dayOfWeek,
  daysBetween,
  endOfLocalDay,
  isLocalDate,
  localDateOf,
  startOfLocalDay,
  utcToZoned,
  zonedToUtc,
  type Disambiguation,
} from './zoned-time';

const SOFIA = 'Europe/Sofia';
const SKOPJE = 'Europe/Skopje';

describe('zonedToUtc', () => {
  test.each([
    ['2026-03-02', '23:59:59.999', SOFIA, '2026-03-02T21:59:59.999Z'], // winter, +2
    ['2026-03-27', '23:59:59.999', SOFIA, '2026-03-27T21:59:59.999Z'], // last Friday before the switch
    ['2026-03-29', '00:00:00.000', SOFIA, '2026-03-28T22:00:00.000Z'], // switch day starts in winter time
    ['2026-03-29', '02:59:59.999', SOFIA, '2026-03-29T00:59:59.999Z'], // last winter-time moment
    ['2026-03-29', '04:00:00.000', SOFIA, '2026-03-29T01:00:00.000Z'], // first summer-time moment
    ['2026-03-29', '23:59:59.999', SOFIA, '2026-03-29T20:59:59.999Z'], // switch day ends in summer time
    ['2026-03-30', '23:59:59.999', SOFIA, '2026-03-30T20:59:59.999Z'], // summer, +3
    ['2026-07-15', '12:00', SOFIA, '2026-07-15T09:00:00.000Z'],
    ['2026-10-25', '00:00:00.000', SOFIA, '2026-10-24T21:00:00.000Z'], // back-switch day starts in summer time
    ['2026-10-25', '23:59:59.999', SOFIA, '2026-10-25T21:59:59.999Z'], // …and ends in winter time
    ['2025-03-28', '23:59:59.999', SOFIA, '2025-03-28T21:59:59.999Z'],
    ['2025-03-31', '23:59:59.999', SOFIA, '2025-03-31T20:59:59.999Z'],
    ['2027-10-30', '23:59:59.999', SOFIA, '2027-10-30T20:59:59.999Z'],
    ['2027-10-31', '23:59:59.999', SOFIA, '2027-10-31T21:59:59.999Z'],
    ['2026-01-15', '09:30', SOFIA, '2026-01-15T07:30:00.000Z'],
    ['2026-01-01', '00:00:00', SOFIA, '2025-12-31T22:00:00.000Z'], // crosses the year in UTC
    ['2026-03-02', '23:59:59.999', SKOPJE, '2026-03-02T22:59:59.999Z'], // winter, +1
    ['2026-03-28', '23:59:59.999', SKOPJE, '2026-03-28T22:59:59.999Z'],
    ['2026-03-29', '01:59:59.999', SKOPJE, '2026-03-29T00:59:59.999Z'],
    ['2026-03-29', '03:00:00.000', SKOPJE, '2026-03-29T01:00:00.000Z'],
    ['2026-03-30', '23:59:59.999', SKOPJE, '2026-03-30T21:59:59.999Z'], // summer, +2
    ['2026-10-24', '23:59:59.999', SKOPJE, '2026-10-24T21:59:59.999Z'],
    ['2026-10-26', '00:00:00.000', SKOPJE, '2026-10-25T23:00:00.000Z'],
    ['2028-02-29', '12:00:00.000', 'UTC', '2028-02-29T12:00:00.000Z'],
    ['2028-02-29', '23:59:59.999', SOFIA, '2028-02-29T21:59:59.999Z'],
  ])('%s %s %s → %s', (date, time, tz, expected) => {
    expect(zonedToUtc(date, time, tz).toISOString()).toBe(expected);
  });

  describe('wall times the clocks skip (spring forward)', () => {
    test.each<[string, string, string, Disambiguation, string]>([
      // Sofia 2026-03-29: 03:00 EET → 04:00 EEST, so 03:30 does not exist
      ['2026-03-29', '03:30', SOFIA, 'compatible', '2026-03-29T01:30:00.000Z'], // = 04:30 EEST
      ['2026-03-29', '03:30', SOFIA, 'later', '2026-03-29T01:30:00.000Z'],
      ['2026-03-29', '03:30', SOFIA, 'earlier', '2026-03-29T00:30:00.000Z'], // = 02:30 EET
      // Skopje 2026-03-29: 02:00 CET → 03:00 CEST
      ['2026-03-29', '02:30', SKOPJE, 'compatible', '2026-03-29T01:30:00.000Z'], // = 03:30 CEST
      ['2026-03-29', '02:30', SKOPJE, 'earlier', '2026-03-29T00:30:00.000Z'], // = 01:30 CET
    ])('%s %s %s %s → %s', (date, time, tz, how, expected) => {
      expect(zonedToUtc(date, time, tz, how).toISOString()).toBe(expected);
    });

    test('reject', () => {
      expect(() => zonedToUtc('2026-03-29', '03:30', SOFIA, 'reject')).toThrow(RangeError);
    });
  });

  describe('wall times that happen twice (fall back)', () => {
    test.each<[string, string, string, Disambiguation, string]>([
      // Sofia 2026-10-25: 04:00 EEST → 03:00 EET, so 03:30 happens twice
      ['2026-10-25', '03:30', SOFIA, 'compatible', '2026-10-25T00:30:00.000Z'], // EEST
      ['2026-10-25', '03:30', SOFIA, 'earlier', '2026-10-25T00:30:00.000Z'],
      ['2026-10-25', '03:30', SOFIA, 'later', '2026-10-25T01:30:00.000Z'], // EET
      // Skopje 2026-10-25: 03:00 CEST → 02:00 CET
      ['2026-10-25', '02:30', SKOPJE, 'compatible', '2026-10-25T00:30:00.000Z'],
      ['2026-10-25', '02:30', SKOPJE, 'later', '2026-10-25T01:30:00.000Z'],
    ])('%s %s %s %s → %s', (date, time, tz, how, expected) => {
      expect(zonedToUtc(date, time, tz, how).toISOString()).toBe(expected);
    });

    test('reject', () => {
      expect(() => zonedToUtc('2026-10-25', '03:30', SOFIA, 'reject')).toThrow(RangeError);
    });
  });

  test('every existing minute of both switch days in Sofia round-trips', () => {
    for (const date of ['2026-03-29', '2026-10-25']) {
      for (let m = 0; m < 24 * 60; m++) {
        const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00.000`;
        if (date === '2026-03-29' && time.startsWith('03:')) continue; // skipped hour
        expect(utcToZoned(zonedToUtc(date, time, SOFIA), SOFIA)).toEqual({ date, time });
      }
    }
  });

  test.each([
    ['2026-02-29', '12:00', SOFIA], // no such day
    ['2026-13-01', '12:00', SOFIA],
    ['26-03-01', '12:00', SOFIA],
    ['2026-03-01', '24:00', SOFIA],
    ['2026-03-01', '12:60', SOFIA],
    ['2026-03-01', '7:00', SOFIA],
    ['2026-03-01', '12:00', 'Europe/Haskovo'],
    ['2026-03-01', '12:00', 'Mars/Olympus'],
    ['2026-03-01', '12:00', ''],
  ])('rejects %p %p %p', (date, time, tz) => {
    expect(() => zonedToUtc(date, time, tz)).toThrow(RangeError);
  });
});

describe('utcToZoned / localDateOf', () => {
  test.each([
    ['2026-03-02T21:59:59.999Z', SOFIA, '2026-03-02', '23:59:59.999'],
    ['2026-03-02T22:00:00.000Z', SOFIA, '2026-03-03', '00:00:00.000'],
    ['2026-03-29T00:59:59.999Z', SOFIA, '2026-03-29', '02:59:59.999'],
    ['2026-03-29T01:00:00.000Z', SOFIA, '2026-03-29', '04:00:00.000'],
    ['2026-10-25T00:30:00.000Z', SOFIA, '2026-10-25', '03:30:00.000'],
    ['2026-10-25T01:30:00.000Z', SOFIA, '2026-10-25', '03:30:00.000'],
    ['2026-12-31T22:30:00.000Z', SOFIA, '2027-01-01', '00:30:00.000'],
    ['2026-12-31T22:30:00.000Z', SKOPJE, '2026-12-31', '23:30:00.000'],
    ['2028-02-28T22:00:00.000Z', SOFIA, '2028-02-29', '00:00:00.000'],
  ])('%s in %s → %s %s', (iso, tz, date, time) => {
    expect(utcToZoned(new Date(iso), tz)).toEqual({ date, time });
    expect(localDateOf(new Date(iso), tz)).toBe(date);
  });

  test('the same instant is a different day in Sofia and Skopje', () => {
    const instant = new Date('2026-06-30T21:30:00.000Z');
    expect(localDateOf(instant, SOFIA)).toBe('2026-07-01'); // 00:30 EEST
    expect(localDateOf(instant, SKOPJE)).toBe('2026-06-30'); // 23:30 CEST
  });

  test('rejects an invalid Date and an unknown zone', () => {
    expect(() => localDateOf(new Date('nope'), SOFIA)).toThrow(RangeError);
    expect(() => localDateOf(new Date('2026-03-02T00:00:00Z'), 'Nowhere/City')).toThrow(RangeError);
  });
});

describe('startOfLocalDay / endOfLocalDay', () => {
  test.each([
    // date, zone, first instant, last instant, comment
    ['2026-03-02', SOFIA, '2026-03-01T22:00:00.000Z', '2026-03-02T21:59:59.999Z'], // 24 h
    ['2026-03-29', SOFIA, '2026-03-28T22:00:00.000Z', '2026-03-29T20:59:59.999Z'], // 23 h
    ['2026-10-25', SOFIA, '2026-10-24T21:00:00.000Z', '2026-10-25T21:59:59.999Z'], // 25 h
    ['2026-03-29', SKOPJE, '2026-03-28T23:00:00.000Z', '2026-03-29T21:59:59.999Z'],
    ['2026-10-25', SKOPJE, '2026-10-24T22:00:00.000Z', '2026-10-25T22:59:59.999Z'],
    // Beirut skips midnight on 2026-03-29 (00:00 → 01:00): the day starts at 01:00 +03
    ['2026-03-29', 'Asia/Beirut', '2026-03-28T22:00:00.000Z', '2026-03-29T20:59:59.999Z'],
    // Beirut repeats 23:00–23:59 on 2026-10-24 (00:00 +03 → 23:00 +02): the day ends at the later 23:59:59.999
    ['2026-10-24', 'Asia/Beirut', '2026-10-23T21:00:00.000Z', '2026-10-24T21:59:59.999Z'],
    // São Paulo skipped midnight on 2018-11-04 (00:00 -03 → 01:00 -02)
    ['2018-11-04', 'America/Sao_Paulo', '2018-11-04T03:00:00.000Z', '2018-11-05T01:59:59.999Z'],
  ])('%s %s: %s … %s', (date, tz, start, end) => {
    expect(startOfLocalDay(date, tz).toISOString()).toBe(start);
    expect(endOfLocalDay(date, tz).toISOString()).toBe(end);
  });

  test('end of day is not "23:59:59.999, earlier" where the last hour repeats', () => {
    expect(zonedToUtc('2026-10-24', '23:59:59.999', 'Asia/Beirut').toISOString()).toBe('2026-10-24T20:59:59.999Z');
    expect(endOfLocalDay('2026-10-24', 'Asia/Beirut').toISOString()).toBe('2026-10-24T21:59:59.999Z');
  });
});

describe('calendar arithmetic', () => {
  test.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2100-02-28', 1, '2100-03-01'], // not a leap year
    ['2000-02-28', 1, '2000-02-29'], // a leap year
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-30', 30, '2026-03-01'],
    ['2028-01-30', 30, '2028-02-29'],
    ['2026-03-29', 1, '2026-03-30'], // DST does not matter to dates
    ['2026-03-02', 0, '2026-03-02'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  test.each([
    ['1970-01-01', 4],
    ['2000-01-01', 6],
    ['2026-03-01', 0],
    ['2026-03-02', 1],
    ['2028-02-29', 2],
    ['2026-12-26', 6],
  ])('dayOfWeek(%s) = %i', (date, dow) => {
    expect(dayOfWeek(date)).toBe(dow);
  });

  test('daysBetween', () => {
    expect(daysBetween('2026-01-30', '2026-03-01')).toBe(30);
    expect(daysBetween('2028-01-30', '2028-03-01')).toBe(31);
    expect(daysBetween('2026-03-01', '2026-01-30')).toBe(-30);
  });

  test.each([
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-1-10', false],
    [' 2026-01-10', false],
    ['0000-01-01', false],
    [20260110, false],
  ])('isLocalDate(%p) = %p', (value, ok) => {
    expect(isLocalDate(value)).toBe(ok);
  });

  test('addDays rejects a bad date or a fractional count', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-01', 1.5)).toThrow(RangeError);
  });

  test('assertTimeZone canonicalises', () => {
    expect(assertTimeZone('europe/sofia')).toBe('Europe/Sofia');
    expect(() => assertTimeZone('Europe/Haskovo')).toThrow(RangeError);
  });
});
