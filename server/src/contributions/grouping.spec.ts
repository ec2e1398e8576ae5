import { groupDuplicates } from './grouping';

describe('groupDuplicates', () => {
  it('keeps exact copies together and joins near-identical texts transitively', () => {
    const members = new Map([
      ['a', ['a', 'a2', 'a3']],
      ['b', ['b']],
      ['c', ['c']],
      ['d', ['d']],
    ]);
    expect(groupDuplicates(members, [['a', 'b'], ['b', 'c']])).toEqual([['a', 'a2', 'a3', 'b', 'c']]);
  });

  it('leaves out contributions with no twin', () => {
    expect(groupDuplicates(new Map([['x', ['x']], ['y', ['y']]]), [])).toEqual([]);
  });

  it('orders groups by size', () => {
    const members = new Map([['p', ['p', 'p2']], ['q', ['q', 'q2', 'q3']]]);
    expect(groupDuplicates(members, []).map((g) => g.length)).toEqual([3, 2]);
  });
});
