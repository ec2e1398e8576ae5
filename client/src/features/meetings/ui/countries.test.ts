import { countryOptions, ISO_COUNTRY_CODES } from './countries';
import { MACEDONIAN_COUNTRY_NAMES } from '../../../lib/country-names-mk';

afterEach(() => jest.restoreAllMocks());

const sortedIn = (locale: string | string[], names: string[]) => [...names].sort(new Intl.Collator(locale).compare);

test('every ISO 3166-1 country is offered, Bulgaria and North Macedonia first, the rest in the order of the language', () => {
  expect(ISO_COUNTRY_CODES).toHaveLength(249);
  expect(new Set(ISO_COUNTRY_CODES).size).toBe(249);
  for (const [language, first, germany, locale] of [
    ['bg', ['България', 'Северна Македония'], 'Германия', 'bg'],
    ['en', ['Bulgaria', 'North Macedonia'], 'Germany', 'en-GB'],
    ['mk', ['Бугарија', 'Северна Македонија'], 'Германија', 'mk'],
  ] as const) {
    const options = countryOptions(language);
    expect(options.map((o) => o.code)).toEqual(expect.arrayContaining([...ISO_COUNTRY_CODES, 'XK']));
    expect(options).toHaveLength(250);
    expect(options.slice(0, 2)).toEqual([
      { code: 'BG', name: first[0] },
      { code: 'MK', name: first[1] },
    ]);
    expect(options).toContainEqual({ code: 'DE', name: germany });
    const rest = options.slice(2).map((o) => o.name);
    expect(rest).toEqual(sortedIn(locale, rest));
    // every code has a real name, not the code itself
    expect(options.filter((o) => o.name === o.code)).toEqual([]);
  }
});

test('a code the form already holds stays choosable, once', () => {
  expect(countryOptions('en', 'MK').filter((o) => o.code === 'MK')).toHaveLength(1);
  expect(countryOptions('en', 'ZZ').map((o) => o.code)).toContain('ZZ');
});

test('where the browser has no Macedonian (Chrome), the countries are still named in Macedonian, in Cyrillic order', () => {
  jest.spyOn(Intl.DisplayNames, 'supportedLocalesOf').mockImplementation((locales) => (Array.isArray(locales) ? locales : [locales]).map(String).filter((l) => l !== 'mk'));
  const ofSpy = jest.spyOn(Intl.DisplayNames.prototype, 'of');

  const options = countryOptions('mk');
  expect(ofSpy).not.toHaveBeenCalled();
  expect(options.slice(0, 2).map((o) => o.name)).toEqual(['Бугарија', 'Северна Македонија']);
  expect(options).toContainEqual({ code: 'DE', name: 'Германија' });
  // none left in English
  expect(options.filter((o) => /[A-Za-z]/.test(o.name))).toEqual([]);
  const rest = options.slice(2).map((o) => o.name);
  expect(rest).toEqual(sortedIn('mk', rest));
});

test('the Macedonian fallback names every country, as Intl names them where it knows Macedonian', () => {
  const intl = new Intl.DisplayNames(['mk'], { type: 'region' });
  for (const code of [...ISO_COUNTRY_CODES, 'XK']) expect([code, MACEDONIAN_COUNTRY_NAMES[code]]).toEqual([code, intl.of(code)]);
  expect(Object.keys(MACEDONIAN_COUNTRY_NAMES)).toHaveLength(250);
});
