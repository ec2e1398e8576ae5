import { FIELD_MESSAGES, translateProblems } from './field-errors';
import { LOCALES } from './locale';

describe('field problems in the request’s language', () => {
  it('fills the parameters and groups the problems of one field', () => {
    const fields = translateProblems(
      [
        { field: 'endsAt', code: 'meeting_ends_before_start' },
        { field: 'endsAt', code: 'meeting_too_long', params: { max: 14 } },
        { field: 'programme.0.day', code: 'not_a_meeting_day', params: { first: '2019-02-18', last: '2019-02-21' } },
      ],
      'bg',
    );
    expect(fields).toEqual([
      { field: 'endsAt', codes: ['meeting_ends_before_start', 'meeting_too_long'], messages: ['Срещата трябва да свърши след началото си.', 'Срещата продължава най-много 14 дни.'] },
      { field: 'programme.0.day', codes: ['not_a_meeting_day'], messages: ['Не е ден от срещата (2019-02-18 – 2019-02-21).'] },
    ]);
  });

  it('keeps class-validator’s English for an unknown constraint, and says “invalid value” in the other languages', () => {
    const problem = { field: 'x', code: 'isLatLong', fallback: 'x must be a latitude,longitude string' };
    expect(translateProblems([problem], 'en')[0].messages).toEqual(['x must be a latitude,longitude string']);
    expect(translateProblems([problem], 'mk')[0].messages).toEqual(['Неважечка вредност.']);
  });

  it('has every message in every language, with the same placeholders', () => {
    for (const [code, texts] of Object.entries(FIELD_MESSAGES)) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const locale of LOCALES) {
        expect({ code, locale, empty: texts[locale].trim() === '' }).toEqual({ code, locale, empty: false });
        expect({ code, locale, placeholders: placeholders(texts[locale]) }).toEqual({ code, locale, placeholders: placeholders(texts.en) });
      }
    }
  });
});
