import { formatDateTime, formatDay, formatList, formatNumber, formatRelativeDays, resetIntlSupportForTests, timeLeft } from './format';
import { countryName } from './country-name';

afterEach(() => {
  jest.restoreAllMocks();
  resetIntlSupportForTests();
});

const now = new Date('2026-12-01T10:00:00Z');
const in12Days = new Date(now.getTime() + 12.5 * 86_400_000).toISOString();

test('dates and durations in Bulgarian and British English come from Intl', () => {
  expect(formatDay('2026-04-14', 'bg', { weekday: true })).toBe('вторник, 14 април 2026 г.');
  expect(formatDay('2026-04-14', 'en', { weekday: true })).toMatch(/^Tuesday,? 14 April 2026$/);
  expect(timeLeft(in12Days, 'bg', now)).toEqual({ count: 12, text: '12 дни' });
  expect(timeLeft(new Date(now.getTime() + 5.5 * 3_600_000).toISOString(), 'en', now)).toEqual({ count: 5, text: '5 hours' });
  expect(timeLeft(new Date(now.getTime() - 1000).toISOString(), 'bg', now)).toBeUndefined();
});

test('where the browser has no Macedonian (Chrome), Macedonian dates and units are spelled out, not left in English', () => {
  jest.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockImplementation((locales) => (Array.isArray(locales) ? locales : [locales]).map(String).filter((l) => l !== 'mk'));
  resetIntlSupportForTests();

  expect(formatDay('2026-04-14', 'mk', { weekday: true })).toBe('вторник, 14 април 2026 г.');
  expect(formatDay('2026-05-03', 'mk', { weekday: true })).toBe('недела, 3 мај 2026 г.');
  expect(formatDateTime('2026-11-20T09:30:00Z', 'mk', 'Europe/Skopje')).toBe('20 ноември 2026 г., во 10:30');
  expect(timeLeft(in12Days, 'mk', now)).toEqual({ count: 12, text: '12 дена' });
  expect(timeLeft(new Date(now.getTime() + 86_400_000 + 60_000).toISOString(), 'mk', now)).toEqual({ count: 1, text: '1 ден' });
  expect(formatRelativeDays(new Date(now.getTime() + 3 * 86_400_000).toISOString(), 'mk', now)).toBe('за 3 дена');
  expect(formatRelativeDays(new Date(now.getTime() + 86_400_000).toISOString(), 'mk', now)).toBe('утре');
  expect(formatList(['10 април – Велики петок', '11 април – сабота', '12 април – Велигден'], 'mk')).toBe('10 април – Велики петок, 11 април – сабота и 12 април – Велигден');
  expect(formatNumber(10000, 'mk')).toBe('10.000');
  expect(countryName('BG', 'mk')).toBe('Бугарија');
  // any country a registrant may choose, not only the neighbours
  expect(countryName('DE', 'mk')).toBe('Германија');
  expect(countryName('JP', 'mk')).toBe('Јапонија');
});
