import { findUnstorableText, isStorableText } from './storable-text';

describe('storable text', () => {
  test.each([
    ['plain', 'Наредба за зелените площи', true],
    ['emoji (a surrogate pair)', 'Парк 🌳', true],
    ['empty', '', true],
    ['NUL', 'a\u0000b', false],
    ['a lone high surrogate', 'a\uD83Cb', false],
    ['a lone low surrogate', '\uDF33', false],
    ['a high surrogate at the end', 'парк\uD83C', false],
    ['swapped halves', '\uDF33\uD83C', false],
  ])('%s', (_, text, ok) => {
    expect(isStorableText(text)).toBe(ok);
  });

  test('names the path of the first bad string or key', () => {
    expect(findUnstorableText({ title: { bg: 'ok', en: 'bad\u0000' } })).toBe('title.en');
    expect(findUnstorableText({ questions: [{ label: 'ok' }, { label: 'x', options: [{ key: '\uD800' }] }] })).toBe('questions.1.options.0.key');
    expect(findUnstorableText({ answers: { 'q\u0000': 'x' } })).toBe('answers.q\u0000');
    expect(findUnstorableText('\u0000')).toBe('body');
    expect(findUnstorableText({ n: 1, b: true, z: null, list: ['a', 'b'] })).toBeNull();
  });
});
