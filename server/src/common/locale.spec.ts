import { localize, pickLocale } from './locale';

describe('pickLocale', () => {
  it.each([
    [undefined, 'bg'],
    ['', 'bg'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['mk-MK', 'mk'],
    ['de-DE,de;q=0.9,mk;q=0.8,en;q=0.5', 'mk'],
    ['fr, en;q=0', 'bg'],
    ['en;q=0.3, bg;q=0.7', 'bg'],
    ['sr, de', 'bg'],
  ])('%s → %s', (header, expected) => {
    expect(pickLocale(header)).toBe(expected);
  });
});

describe('localize', () => {
  it('falls back to Bulgarian, then to any text', () => {
    expect(localize({ bg: 'Хасково', en: 'Haskovo' }, 'en')).toBe('Haskovo');
    expect(localize({ bg: 'Хасково' }, 'mk')).toBe('Хасково');
    expect(localize({ mk: 'Крива Паланка' }, 'en')).toBe('Крива Паланка');
    expect(localize(null, 'bg')).toBe('');
  });
});
