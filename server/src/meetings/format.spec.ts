import { formatWhen, formatWhere, programmeText } from './format';

/** ICU puts narrow and thin no-break spaces around times; the tests read them as spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u2009\u202f]/g, ' ');

describe('formatWhen', () => {
  const start = new Date('2019-02-18T08:00:00Z');
  it('shows a day with its hours in the municipality’s time', () => {
    expect(plain(formatWhen(start, new Date('2019-02-18T15:00:00Z'), 'Europe/Sofia', 'en'))).toBe('February 18, 2019, 10:00 AM – 5:00 PM (local time)');
    expect(plain(formatWhen(start, new Date('2019-02-18T15:00:00Z'), 'Europe/Skopje', 'mk'))).toBe('18 февруари 2019 г., 09:00 – 16:00 (локално време)');
  });

  it('shows several days', () => {
    expect(plain(formatWhen(start, new Date('2019-02-21T15:00:00Z'), 'Europe/Sofia', 'bg'))).toBe('18 февруари 2019 г. в 10:00 – 21 февруари 2019 г. в 17:00 (местно време)');
  });
});

describe('formatWhere', () => {
  it('gives the place in the reader’s language, and the link', () => {
    expect(formatWhere({ bg: 'Дупница', en: 'Dupnitsa' }, null, 'en', 'bg')).toBe('Dupnitsa');
    expect(formatWhere({ bg: 'Дупница' }, null, 'en', 'bg')).toBe('Дупница');
    expect(formatWhere({ bg: 'Хасково' }, 'https://meet.example/x', 'bg', 'bg')).toBe('Хасково; онлайн: https://meet.example/x');
    expect(formatWhere({}, 'https://meet.example/x', 'en', 'bg')).toBe('online: https://meet.example/x');
  });
});

describe('programmeText', () => {
  it('lists the items day by day, with local times', () => {
    const text = programmeText(
      [
        { day: '2019-02-18', startsAt: '2019-02-18T08:00:00.000Z', endsAt: '2019-02-18T10:00:00.000Z', title: { bg: 'Откриване', en: 'Opening' } },
        { day: '2019-02-18', startsAt: '2019-02-18T10:30:00.000Z', endsAt: null, title: { bg: 'Дискусия' } },
        { day: '2019-02-19', startsAt: null, endsAt: null, title: { bg: 'Посещения' } },
      ],
      'Europe/Sofia',
      'en',
      'bg',
    );
    expect(plain(text)).toBe('Programme:\n\nMonday, February 18, 2019\n10:00 AM–12:00 PM Opening\n12:30 PM Дискусия\n\nTuesday, February 19, 2019\nПосещения');
  });

  it('is empty with no programme', () => {
    expect(programmeText([], 'Europe/Sofia', 'bg', 'bg')).toBe('');
  });
});
