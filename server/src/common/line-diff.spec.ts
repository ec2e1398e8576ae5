import { lineDiff } from './line-diff';

describe('lineDiff', () => {
  it('marks a changed line as removed and added, keeping the rest', () => {
    expect(lineDiff('Чл. 1. Срокът е 14 дни.\nЧл. 2. Текст.', 'Чл. 1. Срокът е 30 дни.\nЧл. 2. Текст.')).toEqual([
      { op: '-', text: 'Чл. 1. Срокът е 14 дни.' },
      { op: '+', text: 'Чл. 1. Срокът е 30 дни.' },
      { op: '=', text: 'Чл. 2. Текст.' },
    ]);
  });

  it('shows an inserted and a deleted line', () => {
    expect(lineDiff('a\nb\nc', 'a\nc\nd')).toEqual([
      { op: '=', text: 'a' },
      { op: '-', text: 'b' },
      { op: '=', text: 'c' },
      { op: '+', text: 'd' },
    ]);
  });

  it('reports identical texts as unchanged', () => {
    expect(lineDiff('x\ny', 'x\ny').every((l) => l.op === '=')).toBe(true);
  });
});
