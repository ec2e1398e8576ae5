// Every expected date below was worked out by hand from a printed calendar (weekdays checked
// against an independent calendar), never produced by the code under test.
import {
  MAX_YEAR,
  MIN_YEAR,
  RAMAZAN_BAJRAM,
  holidayDataCovers,
  holidaysOf,
  nonWorkingReason,
  orthodoxEaster,
  type Holiday,
} from './holidays';

/** `'MM-DD'` or `'MM-DD<MM-DD'` (moved day < weekend holiday it replaces). */
const compact = (list: Holiday[]): string[] =>
  list.map((h) => h.date.slice(5) + (h.movedFrom ? `<${h.movedFrom.slice(5)}` : ''));

describe('orthodoxEaster', () => {
  test.each([
    [2000, '2000-04-30'],
    [2001, '2001-04-15'],
    [2002, '2002-05-05'],
    [2005, '2005-05-01'],
    [2008, '2008-04-27'],
    [2010, '2010-04-04'], // same day as Western Easter
    [2013, '2013-05-05'],
    [2016, '2016-05-01'], // on 1 May
    [2018, '2018-04-08'],
    [2019, '2019-04-28'],
    [2020, '2020-04-19'],
    [2021, '2021-05-02'],
    [2022, '2022-04-24'],
    [2023, '2023-04-16'],
    [2024, '2024-05-05'],
    [2025, '2025-04-20'],
    [2026, '2026-04-12'],
    [2027, '2027-05-02'],
    [2028, '2028-04-16'],
    [2030, '2030-04-28'],
  ])('%i → %s', (year, expected) => {
    expect(orthodoxEaster(year)).toBe(expected);
  });

  test('1900–2099: always a Sunday between 4 April and 8 May (Julian 22 March – 25 April + 13 days)', () => {
    for (let year = 1900; year <= 2099; year++) {
      const easter = orthodoxEaster(year);
      const d = new Date(`${easter}T00:00:00Z`);
      expect([year, d.getUTCDay()]).toEqual([year, 0]);
      expect(easter >= `${year}-04-04` && easter <= `${year}-05-08`).toBe(true);
    }
  });

  test.each([
    // Worked by hand with the Julian computus, then shifted by the calendar difference.
    [1900, '1900-04-22'], // Julian 9 April + 13 days
    [2100, '2100-05-02'], // Julian 18 April + 14 days (the difference grows on Julian 29 Feb 2100)
  ])('century years: %i → %s', (year, expected) => {
    expect(orthodoxEaster(year)).toBe(expected);
  });

  test.each([1582, 9999, 2026.5, Number.NaN])('rejects year %p', (year) => {
    expect(() => orthodoxEaster(year)).toThrow(RangeError);
  });

  test('supported range', () => {
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1583, 9998]);
  });
});

describe('holidaysOf BG — Labour Code чл. 154', () => {
  test('2026: the full list, with 24 May, 6 Sep and 26 Dec (weekend days) moved', () => {
    expect(compact(holidaysOf('BG', 2026))).toEqual([
      '01-01',
      '03-03',
      '04-10', // Good Friday
      '04-11', // Holy Saturday
      '04-12', // Easter Sunday
      '04-13', // Easter Monday
      '05-01',
      '05-06',
      '05-24', // Sunday
      '05-25<05-24',
      '09-06', // Sunday
      '09-07<09-06',
      '09-22',
      '12-24',
      '12-25',
      '12-26', // Saturday
      '12-28<12-26',
    ]);
  });

  test.each([
    // year, moved days (weekend holiday → first free working day after it)
    [2016, ['05-03<05-01', '12-27<12-24', '12-28<12-25']], // 1 May = Easter Sunday; 24 Sat, 25 Sun, 26 Mon
    [2021, ['05-04<05-01', '12-27<12-25', '12-28<12-26']], // 1 May Sat (also Holy Saturday); 24 Fri, 25 Sat, 26 Sun
    [2022, ['01-03<01-01', '05-02<05-01', '12-27<12-24', '12-28<12-25']], // 24 Sat, 25 Sun, 26 Mon
    [2023, ['01-02<01-01', '05-08<05-06', '12-27<12-24']], // 24 Sun, 25 Mon, 26 Tue → 27 Wed
    [2024, ['03-04<03-03', '09-23<09-22']], // 6 May = Easter Monday: no move
    [2025, ['05-26<05-24', '09-08<09-06']],
    [2026, ['05-25<05-24', '09-07<09-06', '12-28<12-26']],
    [2027, ['05-04<05-01', '12-27<12-25', '12-28<12-26']], // 1 May = Holy Saturday again
    [2028, ['01-03<01-01', '05-08<05-06', '12-27<12-24']],
  ])('%i moved days: %j', (year, moved) => {
    expect(compact(holidaysOf('BG', year).filter((h) => h.movedFrom))).toEqual(moved);
  });

  test.each([
    [2019, ['04-26', '04-27', '04-28', '04-29']],
    [2024, ['05-03', '05-04', '05-05', '05-06']],
    [2025, ['04-18', '04-19', '04-20', '04-21']],
    [2027, ['04-30', '05-01', '05-02', '05-03']],
  ])('%i Easter days Fri–Mon are holidays and never move', (year, days) => {
    const dates = holidaysOf('BG', year).map((h) => h.date.slice(5));
    for (const d of days) expect(dates).toContain(d);
  });

  test('1 May 2021: Labour Day and Holy Saturday share the date; only Labour Day moves', () => {
    const may1 = holidaysOf('BG', 2021).filter((h) => h.date === '2021-05-01');
    expect(may1.map((h) => h.name.en)).toEqual(['Holy Saturday (Orthodox)', 'Labour Day and Day of International Workers’ Solidarity']);
    const may4 = holidaysOf('BG', 2021).find((h) => h.date === '2021-05-04');
    expect(may4?.name.bg).toBe('Ден на труда и на международната работническа солидарност');
  });

  test('a moved day carries the name of the holiday it replaces, in all three languages', () => {
    const h = holidaysOf('BG', 2024).find((x) => x.date === '2024-03-04');
    expect(h).toEqual({
      date: '2024-03-04',
      movedFrom: '2024-03-03',
      name: {
        bg: 'Ден на Освобождението на България от османско иго – национален празник',
        en: "Liberation Day – Bulgaria's national day",
        mk: 'Ден на ослободувањето на Бугарија од османлиското ропство – национален празник',
      },
    });
  });

  test('1 November (Ден на народните будители) is not a non-working day', () => {
    expect(holidaysOf('BG', 2026).map((h) => h.date)).not.toContain('2026-11-01');
  });
});

describe('holidaysOf MK — Law on holidays, Sunday → Monday', () => {
  test('2025: the full list; only Ramazan Bajram (Sunday 30 March) moves — Saturdays do not', () => {
    expect(compact(holidaysOf('MK', 2025))).toEqual([
      '01-01',
      '01-07',
      '03-30',
      '03-31<03-30',
      '04-21', // Easter Monday
      '05-01',
      '05-24', // Saturday: no move
      '08-02', // Saturday: no move
      '09-08',
      '10-11', // Saturday: no move
      '10-23',
      '12-08',
    ]);
  });

  test('2020: 24 May is both Cyril and Methodius and Ramazan Bajram (Sunday) → one Monday, 25 May', () => {
    expect(compact(holidaysOf('MK', 2020))).toEqual([
      '01-01',
      '01-07',
      '04-20',
      '05-01',
      '05-24',
      '05-24',
      '05-25<05-24',
      '05-25<05-24',
      '08-02',
      '08-03<08-02',
      '09-08',
      '10-11',
      '10-12<10-11',
      '10-23',
      '12-08',
    ]);
  });

  test('2022: 1 May (Sunday) moves to Monday 2 May, which is Ramazan Bajram anyway — no extra Tuesday', () => {
    const dates = compact(holidaysOf('MK', 2022));
    expect(dates).toEqual(['01-01', '01-07', '04-25', '05-01', '05-02', '05-02<05-01', '05-24', '08-02', '09-08', '10-11', '10-23', '10-24<10-23', '12-08']);
    expect(dates).not.toContain('05-03');
  });

  test('2024: 7 January (Sunday) → 8 January; 8 Sep → 9 Sep; 8 Dec → 9 Dec', () => {
    expect(compact(holidaysOf('MK', 2024).filter((h) => h.movedFrom))).toEqual(['01-08<01-07', '09-09<09-08', '12-09<12-08']);
  });

  test('Orthodox Good Friday, Easter Sunday and 25 Dec are not non-working days for all citizens', () => {
    const dates = holidaysOf('MK', 2026).map((h) => h.date);
    expect(dates).toContain('2026-04-13');
    expect(dates).not.toContain('2026-04-10');
    expect(dates).not.toContain('2026-04-12');
    expect(dates).not.toContain('2026-12-25');
  });

  test('Ramazan Bajram: confirmed 2019–2025, estimated later, two in 2033', () => {
    expect(RAMAZAN_BAJRAM.map((b) => `${b.date}${b.estimated ? '?' : ''}`)).toEqual([
      '2019-06-04',
      '2020-05-24',
      '2021-05-13',
      '2022-05-02',
      '2023-04-21',
      '2024-04-10',
      '2025-03-30',
      '2026-03-20?',
      '2027-03-09?',
      '2028-02-26?',
      '2029-02-14?',
      '2030-02-04?',
      '2031-01-24?',
      '2032-01-14?',
      '2033-01-02?',
      '2033-12-23?',
      '2034-12-12?',
      '2035-12-01?',
    ]);
    const bajram2033 = holidaysOf('MK', 2033).filter((h) => h.name.en.startsWith('Eid al-Fitr'));
    expect(compact(bajram2033)).toEqual(['01-02', '01-03<01-02', '12-23']); // 2 Jan 2033 is a Sunday
    expect(bajram2033.every((h) => h.estimated)).toBe(true);
    expect(holidaysOf('MK', 2025).some((h) => h.estimated)).toBe(false);
  });

  test('2026 estimate: 20 March (a Friday), named in three languages', () => {
    expect(holidaysOf('MK', 2026).find((h) => h.date === '2026-03-20')).toEqual({
      date: '2026-03-20',
      estimated: true,
      name: { bg: 'Рамазан Байрам (първи ден)', en: 'Eid al-Fitr (first day)', mk: 'Рамазан Бајрам (прв ден)' },
    });
  });

  test('beyond the Ramazan Bajram table: the other ten holidays, and holidayDataCovers says so', () => {
    expect(holidaysOf('MK', 2036).filter((h) => !h.movedFrom)).toHaveLength(10);
    expect(holidayDataCovers('MK', 2036)).toBe(false);
    expect(holidayDataCovers('MK', 2018)).toBe(false);
    expect(holidayDataCovers('MK', 2035)).toBe(true);
    expect(holidayDataCovers('MK', 2019)).toBe(true);
    expect(holidayDataCovers('BG', 2036)).toBe(true);
  });
});

describe('holidaysOf — shape', () => {
  test('sorted by date, within the year, every name in bg, en and mk', () => {
    for (const country of ['BG', 'MK'] as const) {
      for (let year = 2019; year <= 2036; year++) {
        const list = holidaysOf(country, year);
        const dates = list.map((h) => h.date);
        expect(dates).toEqual([...dates].sort());
        for (const h of list) {
          expect(h.date.startsWith(`${year}-`)).toBe(true);
          expect(h.name.bg && h.name.en && h.name.mk).toBeTruthy();
        }
      }
    }
  });

  test('returns a fresh array each time (callers cannot corrupt the cache)', () => {
    const a = holidaysOf('BG', 2026);
    a.length = 0;
    expect(holidaysOf('BG', 2026)).toHaveLength(17);
  });

  test.each([
    ['RS', 2026],
    ['BG', 1500],
    ['BG', 2026.5],
  ])('rejects %p %p', (country, year) => {
    expect(() => holidaysOf(country as 'BG', year)).toThrow(RangeError);
  });
});

describe('nonWorkingReason', () => {
  test.each([
    // country, date, expected kind (null = working day), expected English name, movedFrom
    ['BG', '2026-03-02', null, undefined, undefined], // Monday
    ['BG', '2026-03-03', 'holiday', "Liberation Day – Bulgaria's national day", undefined],
    ['BG', '2026-02-28', 'weekend', 'Saturday', undefined],
    ['BG', '2026-03-01', 'weekend', 'Sunday', undefined],
    ['BG', '2024-03-03', 'holiday', "Liberation Day – Bulgaria's national day", undefined], // Sunday: the holiday wins
    ['BG', '2024-03-04', 'holiday', "Liberation Day – Bulgaria's national day", '2024-03-03'],
    ['BG', '2023-05-08', 'holiday', "St George's Day, Day of Bravery and of the Bulgarian Army", '2023-05-06'],
    ['BG', '2025-05-26', 'holiday', 'Day of the Holy Brothers Cyril and Methodius, of the Bulgarian Alphabet, Education and Culture and of Slavonic Literature', '2025-05-24'],
    ['BG', '2024-09-23', 'holiday', 'Independence Day of Bulgaria', '2024-09-22'],
    ['BG', '2022-12-27', 'holiday', 'Christmas Eve', '2022-12-24'],
    ['BG', '2022-12-28', 'holiday', 'Christmas Day', '2022-12-25'],
    ['BG', '2022-12-29', null, undefined, undefined],
    ['BG', '2026-04-10', 'holiday', 'Good Friday (Orthodox)', undefined],
    ['BG', '2026-04-14', null, undefined, undefined], // Tuesday after Easter Monday
    ['BG', '2026-01-07', null, undefined, undefined], // Orthodox Christmas is a Macedonian holiday only
    ['BG', '2028-02-29', null, undefined, undefined], // leap day, a Tuesday
    ['MK', '2026-01-07', 'holiday', 'Orthodox Christmas Day', undefined],
    ['MK', '2024-01-08', 'holiday', 'Orthodox Christmas Day', '2024-01-07'],
    ['MK', '2025-03-31', 'holiday', 'Eid al-Fitr (first day)', '2025-03-30'],
    ['MK', '2026-03-20', 'holiday', 'Eid al-Fitr (first day)', undefined],
    ['MK', '2026-04-10', null, undefined, undefined], // Good Friday: working day in MK
    ['MK', '2026-08-03', 'holiday', 'Ilinden – Republic Day', '2026-08-02'],
    ['MK', '2025-10-13', null, undefined, undefined], // 11 Oct 2025 was a Saturday: nothing moves
    ['MK', '2026-03-03', null, undefined, undefined], // Bulgarian holiday only
  ])('%s %s → %p %p', (country, date, kind, en, movedFrom) => {
    const r = nonWorkingReason(country as 'BG' | 'MK', date);
    if (kind === null) {
      expect(r).toBeNull();
    } else {
      expect(r?.kind).toBe(kind);
      expect(r?.name.en).toBe(en);
      expect(r?.movedFrom).toBe(movedFrom);
    }
  });

  test('two holidays on one date: both names, joined', () => {
    expect(nonWorkingReason('BG', '2021-05-01')?.name.bg).toBe(
      'Велика събота; Ден на труда и на международната работническа солидарност',
    );
  });

  test('weekend names are localised', () => {
    expect(nonWorkingReason('MK', '2026-02-28')).toEqual({ kind: 'weekend', name: { bg: 'Събота', en: 'Saturday', mk: 'Сабота' } });
  });

  describe('adjustments declared by the government', () => {
    const adj = {
      extraNonWorkingDays: [
        { date: '2025-12-31' }, // РМС № 808/2025
        { date: '2026-01-02', name: { bg: 'Неприсъствен ден (РМС № 808/2025)', en: 'Non-working day (Decision 808/2025)', mk: 'Неработен ден (Одлука 808/2025)' } },
        { date: '2026-03-07' }, // a Saturday declared non-working: the declaration is the more specific reason
      ],
      extraWorkingDays: ['2026-02-28', '2026-03-07', '2026-12-26'],
    };

    test.each([
      ['2025-12-31', 'declared', 'Non-working day declared by the government'],
      ['2026-01-02', 'declared', 'Non-working day (Decision 808/2025)'],
      ['2026-01-01', 'holiday', "New Year's Day"], // a holiday stays a holiday
      ['2026-02-28', null, undefined], // Saturday declared a working day
      ['2026-03-01', 'weekend', 'Sunday'], // the Sunday after it is still a weekend day
      ['2026-03-07', 'declared', 'Non-working day declared by the government'], // in both lists: non-working wins
      ['2026-12-26', 'holiday', 'Christmas (second day)'], // a working-day declaration never cancels a holiday
    ])('%s → %p', (date, kind, en) => {
      const r = nonWorkingReason('BG', date, adj);
      if (kind === null) expect(r).toBeNull();
      else expect([r?.kind, r?.name.en]).toEqual([kind, en]);
    });

    test('without adjustments the same days are ordinary', () => {
      expect(nonWorkingReason('BG', '2025-12-31')).toBeNull();
      expect(nonWorkingReason('BG', '2026-01-02')).toBeNull();
      expect(nonWorkingReason('BG', '2026-02-28')?.kind).toBe('weekend');
    });
  });

  test.each([
    ['BG', '2026-02-29'],
    ['BG', '2026-3-1'],
    ['BG', ''],
    ['XX', '2026-03-02'],
  ])('rejects %p %p', (country, date) => {
    expect(() => nonWorkingReason(country as 'BG', date)).toThrow(RangeError);
  });

  test('rejects a malformed adjustment date', () => {
    expect(() => nonWorkingReason('BG', '2026-03-02', { extraWorkingDays: ['2026-02-30'] })).toThrow(RangeError);
    expect(() => nonWorkingReason('BG', '2026-03-02', { extraNonWorkingDays: [{ date: '02.03.2026' }] })).toThrow(RangeError);
  });
});
