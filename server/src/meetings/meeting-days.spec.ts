import { checkInDay, meetingDays } from './meeting-days';

describe('meetingDays', () => {
  it.each([
    ['one afternoon', '2026-12-01T15:00:00Z', '2026-12-01T17:00:00Z', 'Europe/Sofia', ['2026-12-01']],
    ['the twinning meeting: four days', '2019-02-18T08:00:00Z', '2019-02-21T15:00:00Z', 'Europe/Sofia', ['2019-02-18', '2019-02-19', '2019-02-20', '2019-02-21']],
    ['an evening that is the next day in UTC+2', '2026-12-01T22:30:00Z', '2026-12-01T23:30:00Z', 'Europe/Sofia', ['2026-12-02']],
    ['the same evening in UTC', '2026-12-01T22:30:00Z', '2026-12-01T23:30:00Z', 'UTC', ['2026-12-01']],
    ['ending exactly at local midnight', '2026-12-01T16:00:00Z', '2026-12-01T22:00:00Z', 'Europe/Sofia', ['2026-12-01']],
    ['one millisecond past midnight', '2026-12-01T16:00:00Z', '2026-12-01T22:00:00.001Z', 'Europe/Sofia', ['2026-12-01', '2026-12-02']],
    ['over the switch to summer time', '2026-03-28T08:00:00Z', '2026-03-30T08:00:00Z', 'Europe/Skopje', ['2026-03-28', '2026-03-29', '2026-03-30']],
    ['over a leap day', '2028-02-28T08:00:00Z', '2028-03-01T08:00:00Z', 'Europe/Sofia', ['2028-02-28', '2028-02-29', '2028-03-01']],
    ['with no length', '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z', 'Europe/Sofia', ['2026-12-01']],
  ])('%s', (_name, start, end, tz, expected) => {
    expect(meetingDays(new Date(start), new Date(end), tz)).toEqual(expected);
  });
});

describe('checkInDay', () => {
  const days = ['2019-02-18', '2019-02-19', '2019-02-20', '2019-02-21'];
  it.each([
    ['today, in the municipality', new Date('2019-02-19T09:00:00Z'), undefined, { day: '2019-02-19', outside: false }],
    ['just after local midnight (still the 19th in UTC)', new Date('2019-02-19T22:30:00Z'), undefined, { day: '2019-02-20', outside: false }],
    ['a day asked for', new Date('2019-03-01T09:00:00Z'), '2019-02-21', { day: '2019-02-21', outside: false }],
    ['before the meeting: its first day', new Date('2019-02-17T09:00:00Z'), undefined, { day: '2019-02-18', outside: true }],
    ['after the meeting: its last day', new Date('2019-03-01T09:00:00Z'), undefined, { day: '2019-02-21', outside: true }],
    ['a day asked for that is not the meeting’s', new Date('2019-02-19T09:00:00Z'), '2019-02-22', null],
  ])('%s', (_name, now, requested, expected) => {
    expect(checkInDay(days, now, 'Europe/Sofia', requested)).toEqual(expected);
  });
});
