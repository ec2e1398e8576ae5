import { ParticipantRow, participationFigures, summarySentence } from './participation';

const twinning = (locale: 'bg' | 'en' | 'mk') =>
  summarySentence({
    registered: 271,
    attended: 271,
    places: [
      { name: { bg: 'Дупница', en: 'Dupnitsa', mk: 'Дупница' }[locale], country: 'BG', count: 107 },
      { name: { bg: 'София', en: 'Sofia', mk: 'Софија' }[locale], country: 'BG', count: 9 },
      { name: { bg: 'Крива паланка', en: 'Kriva Palanka', mk: 'Крива Паланка' }[locale], country: 'MK', count: 148 },
      { name: { bg: 'Сапарева баня', en: 'Sapareva Banya', mk: 'Сапарева Бања' }[locale], country: 'BG', count: 7 },
    ],
    hostCountry: 'BG',
    locale,
  });

describe('summarySentence', () => {
  it('says it as the funder’s report does, in English', () => {
    expect(twinning('en')).toBe('271 citizens took part, of whom 148 from Kriva Palanka (North Macedonia), 107 from Dupnitsa, 9 from Sofia and 7 from Sapareva Banya');
  });

  it('in Bulgarian', () => {
    expect(twinning('bg')).toBe('В срещата участваха 271 граждани, от които 148 от Крива паланка (Северна Македония), 107 от Дупница, 9 от София и 7 от Сапарева баня');
  });

  it('in Macedonian', () => {
    expect(twinning('mk')).toBe('На средбата учествуваа 271 граѓани, од кои 148 од Крива Паланка (Северна Македонија), 107 од Дупница, 9 од Софија и 7 од Сапарева Бања');
  });

  const facts = (places: Array<[string, string, number]>, extra: Partial<Parameters<typeof summarySentence>[0]> = {}) => {
    const attended = places.reduce((n, p) => n + p[2], 0);
    return { registered: attended, attended, places: places.map(([name, country, count]) => ({ name, country, count })), hostCountry: 'BG', locale: 'en' as const, ...extra };
  };

  it('names the country of places outside the host country, whichever that is', () => {
    expect(summarySentence(facts([['Kriva Palanka', 'MK', 5], ['Dupnitsa', 'BG', 3]], { hostCountry: 'MK' }))).toBe('8 citizens took part, of whom 5 from Kriva Palanka and 3 from Dupnitsa (Bulgaria)');
    expect(summarySentence(facts([['Kriva Palanka', 'MK', 5], ['Dupnitsa', 'BG', 3]], { hostCountry: 'MK', locale: 'mk' }))).toBe('На средбата учествуваа 8 граѓани, од кои 5 од Kriva Palanka и 3 од Dupnitsa (Бугарија)');
  });

  it('puts "and" only before the last of two', () => {
    expect(summarySentence(facts([['Haskovo', 'BG', 2], ['Dimitrovgrad', 'BG', 1]]))).toBe('3 citizens took part, of whom 2 from Haskovo and 1 from Dimitrovgrad');
    expect(summarySentence(facts([['Хасково', 'BG', 2], ['Димитровград', 'BG', 1]], { locale: 'bg' }))).toBe('В срещата участваха 3 граждани, от които 2 от Хасково и 1 от Димитровград');
  });

  it('says "all from" when everyone came from one place', () => {
    expect(summarySentence(facts([['Haskovo', 'BG', 12]]))).toBe('12 citizens took part, all from Haskovo');
    expect(summarySentence(facts([['Хасково', 'BG', 12]], { locale: 'bg' }))).toBe('В срещата участваха 12 граждани, всички от Хасково');
    expect(summarySentence(facts([['Хасково', 'BG', 12]], { locale: 'mk' }))).toBe('На средбата учествуваа 12 граѓани, сите од Хасково');
  });

  it('uses the singular for one person', () => {
    expect(summarySentence(facts([['Haskovo', 'BG', 1]]))).toBe('1 citizen took part, from Haskovo');
    expect(summarySentence(facts([['Хасково', 'BG', 1]], { locale: 'bg' }))).toBe('В срещата участва 1 гражданин от Хасково');
    expect(summarySentence(facts([['Хасково', 'BG', 1]], { locale: 'mk' }))).toBe('На средбата учествуваше 1 граѓанин од Хасково');
  });

  it('orders by the number of people, then by name', () => {
    expect(summarySentence(facts([['Rila', 'BG', 2], ['Dupnitsa', 'BG', 9], ['Boboshevo', 'BG', 2]]))).toBe('13 citizens took part, of whom 9 from Dupnitsa, 2 from Boboshevo and 2 from Rila');
  });

  it('leaves out places nobody came from', () => {
    expect(summarySentence(facts([['Rila', 'BG', 0], ['Dupnitsa', 'BG', 9]]))).toBe('9 citizens took part, all from Dupnitsa');
  });

  it('sums up a long tail as "other places"', () => {
    const places: Array<[string, string, number]> = [['A', 'BG', 50], ['B', 'BG', 40], ['C', 'BG', 30], ['D', 'BG', 20], ['E', 'BG', 10], ['F', 'BG', 3], ['G', 'BG', 2]];
    expect(summarySentence(facts(places))).toBe('155 citizens took part, of whom 50 from A, 40 from B, 30 from C, 20 from D, 10 from E and 5 from 2 other places');
    expect(summarySentence(facts(places, { locale: 'bg' }))).toBe('В срещата участваха 155 граждани, от които 50 от A, 40 от B, 30 от C, 20 от D, 10 от E и 5 от 2 други населени места');
    // six places are all named
    expect(summarySentence(facts(places.slice(0, 6)))).toBe('153 citizens took part, of whom 50 from A, 40 from B, 30 from C, 20 from D, 10 from E and 3 from F');
  });

  it('writes large numbers as the language does', () => {
    expect(summarySentence(facts([['Sofia', 'BG', 12345]]))).toBe('12,345 citizens took part, all from Sofia');
    expect(summarySentence(facts([['София', 'BG', 12345]], { locale: 'bg' }))).toBe('В срещата участваха 12\u00a0345 граждани, всички от София');
  });

  it('says so when nobody has come yet', () => {
    expect(summarySentence({ registered: 35, attended: 0, places: [], hostCountry: 'BG', locale: 'en' })).toBe('No participants have been checked in yet; 35 registered');
    expect(summarySentence({ registered: 35, attended: 0, places: [], hostCountry: 'BG', locale: 'bg' })).toBe('Все още няма отбелязани участници; регистрирани: 35');
    expect(summarySentence({ registered: 0, attended: 0, places: [], hostCountry: 'BG', locale: 'mk' })).toBe('Сè уште нема регистрирани учесници');
  });
});

describe('participationFigures', () => {
  const row = (settlement: string, country: string, days: string[], category: ParticipantRow['category'] = 'citizen', municipalityId: string | null = null): ParticipantRow => ({ settlement, country, days, category, municipalityId });
  const days = ['2019-02-18', '2019-02-19'];

  it('counts registered and attended by country, place, category and day', () => {
    const rows = [
      row('Крива Паланка', 'MK', ['2019-02-18', '2019-02-19'], 'citizen', 'kp'),
      row('крива паланка', 'MK', ['2019-02-19'], 'ngo'),
      row('гр. Дупница', 'BG', ['2019-02-18'], 'citizen', 'dup'),
      row('Дупница', 'BG', [], 'media', 'dup'),
      row('Бистрица', 'BG', ['2019-02-18'], 'citizen'),
    ];
    const f = participationFigures(rows, { hostCountry: 'BG', days, locale: 'en' });
    expect(f.registered).toBe(5);
    expect(f.attended).toBe(4);
    expect(f.byCountry).toEqual([
      { country: 'BG', name: 'Bulgaria', registered: 3, attended: 2 },
      { country: 'MK', name: 'North Macedonia', registered: 2, attended: 2 },
    ]);
    expect(f.byPlace).toEqual([
      { municipalityId: 'kp', settlement: 'Kriva Palanka', country: 'MK', registered: 2, attended: 2 },
      { municipalityId: 'dup', settlement: 'Dupnitsa', country: 'BG', registered: 2, attended: 1 },
      { municipalityId: null, settlement: 'Bistritsa', country: 'BG', registered: 1, attended: 1 },
    ]);
    expect(f.byCategory).toEqual([
      { category: 'citizen', label: 'citizens', registered: 3, attended: 3 },
      { category: 'ngo', label: 'NGOs', registered: 1, attended: 1 },
      { category: 'media', label: 'media', registered: 1, attended: 0 },
    ]);
    expect(f.byDay).toEqual([
      { day: '2019-02-18', attended: 3 },
      { day: '2019-02-19', attended: 2 },
    ]);
    expect(f.summary).toBe('4 citizens took part, of whom 2 from Kriva Palanka (North Macedonia), 1 from Bistritsa and 1 from Dupnitsa');
  });

  it('names places in the reader’s language', () => {
    const f = participationFigures([row('Kriva Palanka', 'MK', ['2019-02-18'])], { hostCountry: 'BG', days, locale: 'bg' });
    expect(f.byPlace[0].settlement).toBe('Крива паланка');
    expect(f.byCountry[0].name).toBe('Северна Македония');
    expect(f.summary).toBe('В срещата участва 1 гражданин от Крива паланка (Северна Македония)');
  });

  it('has no byDay for a one-day meeting, and zeros for a day nobody came', () => {
    expect(participationFigures([row('Хасково', 'BG', ['2026-12-01'])], { hostCountry: 'BG', days: ['2026-12-01'], locale: 'bg' }).byDay).toBeUndefined();
    const f = participationFigures([row('Хасково', 'BG', ['2019-02-19'])], { hostCountry: 'BG', days, locale: 'bg' });
    expect(f.byDay).toEqual([
      { day: '2019-02-18', attended: 0 },
      { day: '2019-02-19', attended: 1 },
    ]);
  });

  it('reports an empty meeting', () => {
    const f = participationFigures([], { hostCountry: 'BG', days, locale: 'en' });
    expect(f).toEqual({ registered: 0, attended: 0, byCountry: [], byPlace: [], byCategory: [], byDay: [{ day: '2019-02-18', attended: 0 }, { day: '2019-02-19', attended: 0 }], summary: 'No one has registered yet' });
  });
});
