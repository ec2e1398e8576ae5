import { FormQuestion, answerProblemMessage, checkAnswers, questionProblems, scaleValueLabel } from './questions';

const Q: FormQuestion[] = [
  { key: 'overall', type: 'likert5', label: { bg: 'Как оценявате срещата?' }, required: true, options: [], maxChoices: null },
  { key: 'organisation', type: 'rating10', label: { bg: 'Организацията' }, required: false, options: [], maxChoices: null },
  { key: 'recommend', type: 'nps', label: { bg: 'Препоръчали бихте ли?' }, required: true, options: [], maxChoices: null },
  { key: 'best', type: 'single', label: { bg: 'Най-полезно' }, required: false, options: ['workshops', 'visit', 'culture'].map((key) => ({ key, label: { bg: key } })), maxChoices: null },
  { key: 'next', type: 'multiple', label: { bg: 'Следващия път' }, required: false, options: ['a', 'b', 'c', 'd'].map((key) => ({ key, label: { bg: key } })), maxChoices: 2 },
  { key: 'town', type: 'short_text', label: { bg: 'Град' }, required: false, options: [], maxChoices: null },
  { key: 'improve', type: 'long_text', label: { bg: 'Какво да подобрим?' }, required: false, options: [], maxChoices: null },
];

describe('checkAnswers', () => {
  it('accepts answers that fit, keeping choices in the form’s order and trimming texts', () => {
    const r = checkAnswers(Q, { overall: 5, organisation: 0, recommend: 10, best: 'visit', next: ['c', 'a'], town: '  Дупница ', improve: '' });
    expect(r.problems).toEqual([]);
    expect(r.answers).toEqual([
      { key: 'overall', num: 5 },
      { key: 'organisation', num: 0 },
      { key: 'recommend', num: 10 },
      { key: 'best', choices: ['visit'] },
      { key: 'next', choices: ['a', 'c'] },
      { key: 'town', text: 'Дупница' },
    ]);
  });

  it('names each required question left blank', () => {
    expect(checkAnswers(Q, { overall: null, next: [] }).problems).toEqual([
      { key: 'overall', code: 'required' },
      { key: 'recommend', code: 'required' },
    ]);
  });

  it('refuses numbers off the scale or not whole, and values of the wrong type', () => {
    expect(checkAnswers(Q, { overall: 6, recommend: 11 }).problems).toEqual([
      { key: 'overall', code: 'out_of_range' },
      { key: 'recommend', code: 'out_of_range' },
    ]);
    expect(checkAnswers(Q, { overall: 0, recommend: 9 }).problems).toEqual([{ key: 'overall', code: 'out_of_range' }]);
    expect(checkAnswers(Q, { overall: 4.5, recommend: '9' }).problems).toEqual([
      { key: 'overall', code: 'wrong_type' },
      { key: 'recommend', code: 'wrong_type' },
    ]);
    expect(checkAnswers(Q, { overall: 4, recommend: 9, best: ['visit'], next: 'a', improve: 42 }).problems.map((p) => `${p.key}:${p.code}`)).toEqual(['best:wrong_type', 'next:wrong_type', 'improve:wrong_type']);
  });

  it('refuses options the question does not have, the same option twice, and more than maxChoices', () => {
    const r = checkAnswers(Q, { overall: 3, recommend: 7, best: 'other', next: ['a', 'b', 'c'] });
    expect(r.problems).toEqual([
      { key: 'best', code: 'unknown_option' },
      { key: 'next', code: 'too_many_choices', limit: 2 },
    ]);
    expect(checkAnswers(Q, { overall: 3, recommend: 7, next: ['a', 'a'] }).problems).toEqual([{ key: 'next', code: 'duplicate_choice' }]);
    expect(checkAnswers(Q, { overall: 3, recommend: 7, next: ['a', 'x'] }).problems).toEqual([{ key: 'next', code: 'unknown_option' }]);
  });

  it('refuses answers to questions the form does not have, and texts over their limit', () => {
    const r = checkAnswers(Q, { overall: 3, recommend: 7, extra: 1, town: 'х'.repeat(501), improve: 'я'.repeat(5000) });
    expect(r.problems).toEqual([
      { key: 'extra', code: 'unknown_question' },
      { key: 'town', code: 'too_long', limit: 500 },
    ]);
  });

  it('explains each problem in the request’s language', () => {
    expect(answerProblemMessage({ key: 'next', code: 'too_many_choices', limit: 2 }, Q, 'bg')).toBe('Изберете най-много 2.');
    expect(answerProblemMessage({ key: 'overall', code: 'out_of_range' }, Q, 'en')).toBe('Choose a value from 1 – 5.');
    expect(answerProblemMessage({ key: 'recommend', code: 'out_of_range' }, Q, 'mk')).toBe('Изберете вредност од 0 – 10.');
    expect(answerProblemMessage({ key: 'overall', code: 'wrong_type' }, Q, 'en')).toBe('A whole number is expected.');
  });
});

describe('questionProblems', () => {
  const ok = (extra: Partial<FormQuestion>): FormQuestion => ({ key: 'k', type: 'likert5', label: { bg: 'Въпрос' }, required: false, options: [], maxChoices: null, ...extra });

  it('accepts a well-made form', () => {
    expect(questionProblems(Q, 'bg')).toEqual([]);
  });

  it('wants unique keys and labels in the municipality’s language', () => {
    const problems = questionProblems([ok({}), ok({ label: { en: 'Question' } }), ok({ key: 'bad key' })], 'bg');
    expect(problems.map((p) => p.field)).toEqual(['questions.1.key', 'questions.1.label.bg', 'questions.2.key']);
    expect(questionProblems([ok({ label: { mk: 'Прашање' } })], 'mk')).toEqual([]);
  });

  it('wants options for choices only, two at least, with unique keys', () => {
    const opts = (...keys: string[]) => keys.map((key) => ({ key, label: { bg: key } }));
    expect(questionProblems([ok({ type: 'single', options: opts('a') })], 'bg').map((p) => p.field)).toEqual(['questions.0.options']);
    expect(questionProblems([ok({ type: 'multiple', options: opts('a', 'a') })], 'bg').map((p) => p.field)).toEqual(['questions.0.options.1.key']);
    expect(questionProblems([ok({ type: 'nps', options: opts('a', 'b') })], 'bg').map((p) => p.field)).toEqual(['questions.0.options']);
    expect(questionProblems([ok({ type: 'single', options: [{ key: 'a', label: { bg: 'А' } }, { key: 'b', label: { en: 'B' } }] })], 'bg').map((p) => p.field)).toEqual(['questions.0.options.1.label.bg']);
  });

  it('allows a choice limit on multiple choice only, between 1 and the number of options', () => {
    const opts = ['a', 'b', 'c'].map((key) => ({ key, label: { bg: key } }));
    expect(questionProblems([ok({ type: 'multiple', options: opts, maxChoices: 3 })], 'bg')).toEqual([]);
    expect(questionProblems([ok({ type: 'multiple', options: opts, maxChoices: 4 })], 'bg').map((p) => p.field)).toEqual(['questions.0.maxChoices']);
    expect(questionProblems([ok({ type: 'multiple', options: opts, maxChoices: 0 })], 'bg').map((p) => p.field)).toEqual(['questions.0.maxChoices']);
    expect(questionProblems([ok({ type: 'single', options: opts, maxChoices: 1 })], 'bg').map((p) => p.field)).toEqual(['questions.0.maxChoices']);
  });
});

describe('scaleValueLabel', () => {
  const words = { min: { bg: 'никога', en: 'never' }, max: { bg: 'всеки ден' } };
  const bg = (text: { bg?: string }) => text.bg ?? '';

  it('puts the words at the two ends of the scale only', () => {
    const q = { type: 'likert5' as const, scaleLabels: words };
    expect([1, 2, 3, 4, 5].map((v) => scaleValueLabel(q, v, bg))).toEqual(['1 — никога', '2', '3', '4', '5 — всеки ден']);
    expect([0, 5, 10].map((v) => scaleValueLabel({ type: 'rating10', scaleLabels: words }, v, bg))).toEqual(['0 — никога', '5', '10 — всеки ден']);
  });

  it('gives the plain number without words, or when the end has none in that language', () => {
    expect(scaleValueLabel({ type: 'nps', scaleLabels: null }, 0, bg)).toBe('0');
    expect(scaleValueLabel({ type: 'nps' }, 10, bg)).toBe('10');
    expect(scaleValueLabel({ type: 'likert5', scaleLabels: words }, 5, (t: { en?: string }) => t.en ?? '')).toBe('5');
  });
});

describe('questionProblems: scale labels', () => {
  const scale = (over: Partial<FormQuestion>): FormQuestion => ({ key: 'q', type: 'likert5', label: { bg: 'В' }, required: false, options: [], maxChoices: null, ...over });

  it('takes words at both ends of a scale in the municipality’s language', () => {
    expect(questionProblems([scale({ scaleLabels: { min: { bg: 'никак' }, max: { bg: 'напълно', en: 'fully' } } })], 'bg')).toEqual([]);
  });

  it('wants both ends in the municipality’s language, and scale words on scales only', () => {
    expect(questionProblems([scale({ scaleLabels: { min: { en: 'never' }, max: { bg: 'винаги' } } })], 'bg')).toEqual([{ field: 'questions.0.scaleLabels.min.bg', code: 'default_language_missing', params: { locale: 'bg' } }]);
    expect(questionProblems([scale({ type: 'short_text', scaleLabels: { min: { bg: 'а' }, max: { bg: 'б' } } })], 'bg')).toEqual([{ field: 'questions.0.scaleLabels', code: 'scale_labels_not_allowed' }]);
  });
});
