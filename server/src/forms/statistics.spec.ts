import type { FormQuestion } from './questions';
import { medianOfCounts, npsScore, questionReport, satisfactionScore, summarize, suppressCells } from './statistics';

const q = (type: FormQuestion['type'], extra: Partial<FormQuestion> = {}): FormQuestion => ({ key: 'q', type, label: { bg: 'Въпрос' }, required: false, options: [], maxChoices: null, ...extra });
const choice = (type: 'single' | 'multiple', keys: string[], maxChoices: number | null = null) => q(type, { options: keys.map((key) => ({ key, label: { bg: key } })), maxChoices });

describe('npsScore', () => {
  it('is the share of promoters (9–10) minus the share of detractors (0–6), in points', () => {
    // 10 answers: 5 promoters, 2 passives (7–8), 3 detractors → 50 % − 30 % = 20
    expect(npsScore({ 10: 3, 9: 2, 8: 1, 7: 1, 6: 1, 0: 2 })).toBe(20);
  });

  it('counts 6 as a detractor and 7 and 8 as passives, 9 as a promoter', () => {
    expect(npsScore({ 6: 1 })).toBe(-100);
    expect(npsScore({ 7: 4, 8: 4 })).toBe(0);
    expect(npsScore({ 9: 1 })).toBe(100);
  });

  it('rounds to one decimal', () => {
    expect(npsScore({ 10: 2, 5: 1 })).toBe(33.3); // (2 − 1) / 3
    expect(npsScore({ 9: 1, 0: 2 })).toBe(-33.3);
    expect(npsScore({ 10: 1, 8: 5, 3: 1 })).toBe(0);
    expect(npsScore({ 10: 5, 8: 1 })).toBe(83.3);
  });

  it('is null with no answers', () => {
    expect(npsScore({})).toBeNull();
    expect(npsScore({ 9: 0 })).toBeNull();
  });
});

describe('medianOfCounts (as percentile_cont(0.5))', () => {
  it('takes the middle value of an odd count', () => {
    expect(medianOfCounts({ 1: 1, 2: 1, 5: 1 })).toBe(2);
    expect(medianOfCounts({ 1: 2, 5: 1 })).toBe(1);
    expect(medianOfCounts({ 5: 3 })).toBe(5);
  });

  it('averages the two middle values of an even count', () => {
    expect(medianOfCounts({ 1: 1, 2: 1, 3: 1, 4: 1 })).toBe(2.5);
    expect(medianOfCounts({ 0: 1, 10: 1 })).toBe(5);
    expect(medianOfCounts({ 3: 2, 4: 2 })).toBe(3.5);
    expect(medianOfCounts({ 3: 1, 4: 3 })).toBe(4);
  });

  it('ignores the order of the keys and empty cells', () => {
    expect(medianOfCounts({ 10: 2, 0: 1, 7: 0 })).toBe(10);
    expect(medianOfCounts({})).toBeNull();
  });
});

describe('summarize (the reference the database must agree with)', () => {
  it('counts a multiple-choice answer once per option chosen, and the respondent once', () => {
    const agg = summarize(choice('multiple', ['a', 'b', 'c']), [['a', 'b'], ['a'], [], null, ['c', 'a'], undefined]);
    expect(agg).toEqual({ key: 'q', n: 3, mean: null, median: null, counts: { a: 3, b: 1, c: 1 } });
  });

  it('gives mean, median and the distribution of a scale', () => {
    const agg = summarize(q('likert5'), [5, 4, 4, 2, null, 1]);
    expect(agg).toEqual({ key: 'q', n: 5, mean: 3.2, median: 4, counts: { 5: 1, 4: 2, 2: 1, 1: 1 } });
  });

  it('counts texts but gives no distribution', () => {
    expect(summarize(q('long_text'), ['да', '', 'не'])).toEqual({ key: 'q', n: 2, mean: null, median: null, counts: {} });
  });
});

describe('suppressCells', () => {
  it('hides every count below the minimum group size, zero included', () => {
    expect(suppressCells([10, 3, 2, 8], 5)).toEqual([false, true, true, false]);
    expect(suppressCells([10, 0, 0, 8], 5)).toEqual([false, true, true, false]);
    expect(suppressCells([10, 20, 5], 5)).toEqual([false, false, false]);
  });

  it('hides the next-smallest cell when only one is hidden, which n would otherwise reveal', () => {
    // n = 20 is shown: 20 − 10 − 7 = 3 would give the hidden cell away
    expect(suppressCells([10, 3, 7], 5)).toEqual([false, true, true]);
    expect(suppressCells([7, 12, 9, 1], 5)).toEqual([true, false, false, true]);
  });

  it('takes the first of equal smallest cells', () => {
    expect(suppressCells([6, 6, 1], 5)).toEqual([true, false, true]);
  });

  it('leaves a lone hidden cell alone when nothing else is shown', () => {
    expect(suppressCells([4], 5)).toEqual([true]);
  });

  it('uses the form’s own minimum', () => {
    expect(suppressCells([10, 3, 7], 3)).toEqual([false, false, false]);
    expect(suppressCells([10, 3, 7], 8)).toEqual([false, true, true]);
    expect(suppressCells([10, 3, 7], 11)).toEqual([true, true, true]);
  });
});

describe('questionReport', () => {
  it('lists every scale value in order with count and share, hiding small cells', () => {
    // 20 answers to a Likert question: 1×1, 2×0, 3×6, 4×8, 5×5
    const values = [1, ...Array(6).fill(3), ...Array(8).fill(4), ...Array(5).fill(5)];
    const r = questionReport(q('likert5'), summarize(q('likert5'), values), { minGroupSize: 5 });
    expect(r).toEqual({
      key: 'q',
      type: 'likert5',
      label: { bg: 'Въпрос' },
      n: 20,
      mean: 3.8, // (1 + 18 + 32 + 25) / 20
      median: 4,
      distribution: [
        { option: 1, suppressed: true },
        { option: 2, suppressed: true },
        { option: 3, count: 6, share: 0.3 },
        { option: 4, count: 8, share: 0.4 },
        { option: 5, count: 5, share: 0.25 },
      ],
    });
  });

  it('hides a second cell when one alone would be hidden', () => {
    // single choice, 16 answers: a 9, b 2, c 5 → b hidden, and c (the smallest shown) with it
    const question = choice('single', ['a', 'b', 'c']);
    const r = questionReport(question, summarize(question, [...Array(9).fill('a'), 'b', 'b', ...Array(5).fill('c')]), { minGroupSize: 5 });
    expect(r.n).toBe(16);
    expect(r.distribution).toEqual([{ option: 'a', count: 9, share: 0.5625 }, { option: 'b', suppressed: true }, { option: 'c', suppressed: true }]);
    expect(r.mean).toBeUndefined();
  });

  it('gives the NPS of an NPS question from all answers', () => {
    const values = [...Array(6).fill(10), ...Array(5).fill(9), ...Array(5).fill(8), ...Array(5).fill(3)];
    const r = questionReport(q('nps'), summarize(q('nps'), values), { minGroupSize: 5 });
    // 11 promoters, 5 detractors of 21: (11 − 5) / 21 = 28.57 %; mean 160 / 21 = 7.619
    expect(r).toMatchObject({ n: 21, nps: 28.6, median: 9, mean: 7.62 });
    expect(r.distribution.filter((c) => !('suppressed' in c)).map((c) => c.option)).toEqual([3, 8, 9, 10]);
    expect(r.distribution).toHaveLength(11);
  });

  it('suppresses the whole question below the minimum group size', () => {
    const r = questionReport(q('nps'), summarize(q('nps'), [10, 10, 10, 0]), { minGroupSize: 5 });
    expect(r).toEqual({ key: 'q', type: 'nps', label: { bg: 'Въпрос' }, n: null, suppressed: true, distribution: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((option) => ({ option, suppressed: true })) });
    expect(questionReport(q('short_text'), summarize(q('short_text'), ['a', 'b']), { minGroupSize: 5, texts: ['a', 'b'] })).toMatchObject({ n: null, suppressed: true, distribution: [] });
    expect(questionReport(q('likert5'), undefined, { minGroupSize: 1 })).toMatchObject({ n: null, suppressed: true });
  });

  it('shares multiple-choice counts among respondents, so they add up to more than 1', () => {
    const question = choice('multiple', ['a', 'b', 'c', 'd'], 2);
    const answers = [...Array(6).fill(['a', 'b']), ...Array(4).fill(['a']), ...Array(5).fill(['c', 'a']), ...Array(5).fill(['b'])];
    const r = questionReport(question, summarize(question, answers), { minGroupSize: 5 });
    expect(r.n).toBe(20);
    // d: 0 → hidden, and the next smallest (c: 5) with it
    expect(r.distribution).toEqual([
      { option: 'a', count: 15, share: 0.75 },
      { option: 'b', count: 11, share: 0.55 },
      { option: 'c', suppressed: true },
      { option: 'd', suppressed: true },
    ]);
  });

  it('gives texts only when the reader may see them', () => {
    const texts = ['Повече информация', 'По-удобно време', 'Нищо', 'Онлайн', 'Всичко беше добре'];
    const agg = summarize(q('long_text'), texts);
    expect(questionReport(q('long_text'), agg, { minGroupSize: 5, texts })).toEqual({ key: 'q', type: 'long_text', label: { bg: 'Въпрос' }, n: 5, distribution: [], texts });
    expect(questionReport(q('long_text'), agg, { minGroupSize: 5 }).texts).toBeUndefined();
  });
});

describe('satisfactionScore', () => {
  it('puts Likert and 0–10 ratings on one 0–100 scale', () => {
    expect([1, 2, 3, 4, 5].map((v) => satisfactionScore('likert5', v))).toEqual([0, 25, 50, 75, 100]);
    expect([0, 7, 10].map((v) => satisfactionScore('rating10', v))).toEqual([0, 70, 100]);
    expect(satisfactionScore('nps', 9)).toBeNull();
  });
});
