import { parseSections } from './sections';

const ORDINANCE = `Проект на Наредба за обществените консултации и гражданските съвети в Община Хасково

## Глава първа. Общи положения

**Чл. 1.** (1) С тази наредба се уреждат условията и редът за провеждане на обществени консултации.
(2) Наредбата се прилага и за гражданските съвети.

Чл. 2. Принципи. Консултациите се провеждат при спазване на принципите на откритост и отчетност.

## Глава втора. Граждански съвети

Чл. 3. (1) Кметът създава граждански съвет.

Чл. 3а. Съставът се определя със заповед.

## Преходни и заключителни разпоредби

§ 1. Наредбата влиза в сила от деня на обнародването ѝ.
`;

describe('parseSections', () => {
  const sections = parseSections(ORDINANCE);

  it('makes every article and paragraph of the final provisions a section, in order', () => {
    expect(sections.map((s) => s.ref)).toEqual(['Преамбюл', 'Чл. 1', 'Чл. 2', 'Чл. 3', 'Чл. 3а', '§ 1']);
    expect(sections.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the whole text of an article, across its numbered paragraphs', () => {
    expect(sections[1].text).toBe('(1) С тази наредба се уреждат условията и редът за провеждане на обществени консултации.\n(2) Наредбата се прилага и за гражданските съвети.');
  });

  it('takes the heading of an article as its title', () => {
    expect(sections[2]).toMatchObject({ title: 'Принципи', text: 'Консултациите се провеждат при спазване на принципите на откритост и отчетност.' });
    expect(sections[3].title).toBe('');
  });

  it('knows the chapter each article is in', () => {
    expect(sections[1].chapter).toBe('Глава първа. Общи положения');
    expect(sections[4].chapter).toBe('Глава втора. Граждански съвети');
    expect(sections[5].chapter).toBe('Преходни и заключителни разпоредби');
  });

  it('keeps the text before the first article as the preamble', () => {
    expect(sections[0]).toMatchObject({ ref: 'Преамбюл', text: 'Проект на Наредба за обществените консултации и гражданските съвети в Община Хасково' });
  });

  it('reads Macedonian "Член N" and English "Article N"', () => {
    expect(parseSections('Член 1\nОдредбите важат.\n\nЧлен 2 Рокови. Рокот е 20 дена.').map((s) => [s.ref, s.title])).toEqual([
      ['Чл. 1', ''],
      ['Чл. 2', 'Рокови'],
    ]);
    expect(parseSections('Article 7. Scope. This applies.').map((s) => s.ref)).toEqual(['Art. 7']);
  });

  it('splits a draft with no articles (a strategy, a plan) into its paragraphs', () => {
    const plan = parseSections('Визия за 2030 г.\n\nЦел 1: чиста градска среда.\n\nЦел 2: достъпен транспорт.');
    expect(plan.map((s) => s.ref)).toEqual(['¶ 1', '¶ 2', '¶ 3']);
    expect(plan[2].text).toBe('Цел 2: достъпен транспорт.');
  });

  it('returns nothing for an empty draft', () => {
    expect(parseSections('   \n\n')).toEqual([]);
  });

  it('does not take "чл. 5" cited inside a sentence for a new article', () => {
    const s = parseSections('Чл. 1. Срокът по чл. 5 е 30 дни.\nСъгласно чл. 26 от ЗНА.');
    expect(s).toHaveLength(1);
    expect(s[0].text).toBe('Срокът по чл. 5 е 30 дни.\nСъгласно чл. 26 от ЗНА.');
  });
});
