import { countryName, findKnownPlace, normalizePlace, placeKey, placeName, transliterate } from './place-names';

describe('normalizePlace', () => {
  it.each([
    ['Дупница', 'дупница'],
    ['гр. Дупница', 'дупница'],
    ['гр.Дупница', 'дупница'],
    ['град Дупница', 'дупница'],
    ['с. Бистрица', 'бистрица'],
    ['село Бистрица', 'бистрица'],
    ['  Сапарева   баня ', 'сапарева баня'],
    ['Сапарева-баня', 'сапарева баня'],
    ['Крива Паланка.', 'крива паланка'],
    ['Градец', 'градец'],
    ['Sapareva Banya', 'sapareva banya'],
  ])('%j → %j', (input, expected) => {
    expect(normalizePlace(input)).toBe(expected);
  });
});

describe('findKnownPlace and placeKey', () => {
  it('knows a town by any of its names, in its country', () => {
    expect(findKnownPlace('Крива Паланка', 'MK')?.id).toBe('kriva-palanka');
    expect(findKnownPlace('крива паланка', 'mk')?.id).toBe('kriva-palanka');
    expect(findKnownPlace('Kriva Palanka', 'MK')?.id).toBe('kriva-palanka');
    expect(findKnownPlace('гр. София', 'BG')?.id).toBe('sofia');
    expect(findKnownPlace('Софија', 'BG')?.id).toBe('sofia');
    expect(findKnownPlace('Sofiya', 'BG')?.id).toBe('sofia');
  });

  it('does not find a town in another country', () => {
    expect(findKnownPlace('София', 'MK')).toBeUndefined();
    expect(findKnownPlace('Крива Паланка', 'BG')).toBeUndefined();
  });

  it('groups the spellings of one town and keeps unknown places apart', () => {
    expect(placeKey('гр. Дупница', 'BG')).toBe(placeKey('Dupnitsa', 'BG'));
    expect(placeKey('Бистрица', 'BG')).toBe(placeKey('с. Бистрица', 'BG'));
    expect(placeKey('Бистрица', 'BG')).not.toBe(placeKey('Бистрица', 'MK'));
    expect(placeKey('Бистрица', 'BG')).not.toBe(placeKey('Дупница', 'BG'));
  });
});

describe('transliterate', () => {
  it.each([
    ['София', 'BG', 'Sofia'],
    ['Лозия', 'BG', 'Lozia'],
    ['Стара Загора', 'BG', 'Stara Zagora'],
    ['Ямбол', 'BG', 'Yambol'],
    ['Щит', 'BG', 'Shtit'],
    ['Бистрица', 'BG', 'Bistritsa'],
    ['Сапарева баня', 'BG', 'Sapareva banya'],
    ['Търговище', 'BG', 'Targovishte'],
    ['Жеравна', 'BG', 'Zheravna'],
    ['Юндола', 'BG', 'Yundola'],
    ['Ия', 'BG', 'Ia'],
    ['Ияново', 'BG', 'Iyanovo'],
    ['Крива Паланка', 'MK', 'Kriva Palanka'],
    ['Ѓорче Петров', 'MK', 'Gjorche Petrov'],
    ['Кичево', 'MK', 'Kichevo'],
    ['Струмица', 'MK', 'Strumica'],
    ['Џепчиште', 'MK', 'Dzhepchishte'],
    ['Љубојно', 'MK', 'Ljubojno'],
    ['Latin stays', 'BG', 'Latin stays'],
  ])('%s (%s) → %s', (text, country, expected) => {
    expect(transliterate(text, country)).toBe(expected);
  });
});

describe('placeName', () => {
  it('names a known town in each language', () => {
    expect(placeName('Крива Паланка', 'MK', 'bg')).toBe('Крива паланка');
    expect(placeName('Крива Паланка', 'MK', 'en')).toBe('Kriva Palanka');
    expect(placeName('Крива паланка', 'MK', 'mk')).toBe('Крива Паланка');
    expect(placeName('гр. Сапарева баня', 'BG', 'mk')).toBe('Сапарева Бања');
    expect(placeName('София', 'BG', 'en')).toBe('Sofia');
  });

  it('keeps an unknown place as typed, in Latin letters for English readers', () => {
    expect(placeName('  Бистрица ', 'BG', 'bg')).toBe('Бистрица');
    expect(placeName('Бистрица', 'BG', 'mk')).toBe('Бистрица');
    expect(placeName('Бистрица', 'BG', 'en')).toBe('Bistritsa');
    expect(placeName('Thessaloniki', 'GR', 'bg')).toBe('Thessaloniki');
  });
});

describe('countryName', () => {
  it.each([
    ['MK', 'en', 'North Macedonia'],
    ['MK', 'bg', 'Северна Македония'],
    ['MK', 'mk', 'Северна Македонија'],
    ['BG', 'mk', 'Бугарија'],
    ['bg', 'en', 'Bulgaria'],
    ['RS', 'bg', 'Сърбия'],
  ] as const)('%s in %s → %s', (code, locale, expected) => {
    expect(countryName(code, locale)).toBe(expected);
  });

  it('falls back to the code', () => {
    expect(countryName('QQ', 'en')).toBe('QQ');
    expect(countryName('not a code', 'en')).toBe('not a code');
  });
});
