import { daysBetween, formatTimes, formatWhen, wallClock, zonedToIso } from './zoned';

test('a wall-clock time in Sofia or Skopje is the right UTC moment, summer and winter', () => {
  expect(zonedToIso('2026-12-08', '10:00', 'Europe/Sofia')).toBe('2026-12-08T08:00:00.000Z');
  expect(zonedToIso('2026-07-01', '10:00', 'Europe/Sofia')).toBe('2026-07-01T07:00:00.000Z');
  expect(zonedToIso('2019-02-18', '10:00', 'Europe/Skopje')).toBe('2019-02-18T09:00:00.000Z');
  // the night the clocks go forward: 03:30 does not exist in Sofia and reads as 04:30
  expect(zonedToIso('2026-03-29', '03:30', 'Europe/Sofia')).toBe('2026-03-29T01:30:00.000Z');
  // the night they go back: 03:30 happens twice; the first one is taken
  expect(wallClock(zonedToIso('2026-10-25', '03:30', 'Europe/Sofia')!, 'Europe/Sofia')).toEqual({ date: '2026-10-25', time: '03:30' });
  expect(zonedToIso('2026-12-8', '10:00', 'Europe/Sofia')).toBeNull();
  expect(zonedToIso('2026-12-08', '', 'Europe/Sofia')).toBeNull();
});

test('and back: the date and time an officer sees in the form', () => {
  expect(wallClock('2026-12-08T22:30:00.000Z', 'Europe/Sofia')).toEqual({ date: '2026-12-09', time: '00:30' });
  expect(wallClock('2026-12-08T22:30:00.000Z', 'Europe/Skopje')).toEqual({ date: '2026-12-08', time: '23:30' });
});

test('days of a meeting, and when it is in words', () => {
  expect(daysBetween('2019-02-18', '2019-02-21')).toEqual(['2019-02-18', '2019-02-19', '2019-02-20', '2019-02-21']);
  expect(daysBetween('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  expect(daysBetween('2019-02-21', '2019-02-18')).toEqual([]);
  expect(formatWhen('2026-12-08T08:00:00.000Z', '2026-12-08T11:00:00.000Z', 'bg', 'Europe/Sofia')).toBe('вторник, 8 декември 2026 г., 10:00–13:00');
  expect(formatWhen('2019-02-18T08:00:00.000Z', '2019-02-21T15:00:00.000Z', 'en', 'Europe/Sofia')).toBe('18 February 2019, 10:00 – 21 February 2019, 17:00');
  expect(formatTimes('2026-12-08T08:30:00.000Z', null, 'Europe/Sofia')).toBe('10:30');
});
