import { listStatement } from './contributions.repository';

describe('listStatement', () => {
  it('numbers the parameters in the order the filters, the cursor, the viewer and the limit come', () => {
    const { text, values } = listStatement({ consultationId: 'c1', sort: 'supported', kind: 'proposal', viewerId: 'v1' }, 21, [3, '2026-03-01T10:00:00.000Z', 'id9']);
    expect(values).toEqual(['c1', 'proposal', 3, '2026-03-01T10:00:00.000Z', 'id9', 'v1', 21]);
    expect(text).toContain('c.kind = $2');
    expect(text).toContain('(c.support_count, c.received_at, c.id) < ($3, $4, $5)');
    expect(text).toContain('x.user_id = $6');
    expect(text).toMatch(/ORDER BY c\.support_count DESC, c\.received_at DESC, c\.id DESC LIMIT \$7$/);
  });

  it('reads a page of the public list with no filter as one keyset scan, newest first', () => {
    const first = listStatement({ consultationId: 'c1', sort: 'newest', withHidden: true }, 21);
    expect(first.values).toEqual(['c1', 21]);
    expect(first.text).toMatch(/WHERE c\.consultation_id = \$1 ORDER BY c\.received_at DESC, c\.id DESC LIMIT \$2$/);
    expect(first.text).toContain('false AS supported_by_me');
    const hiddenLeftOut = listStatement({ consultationId: 'c1', sort: 'oldest', withHidden: false, parentId: null }, 21, ['t', 'id']);
    expect(hiddenLeftOut.text).toContain('c.parent_id IS NULL AND c.hidden_at IS NULL AND (c.received_at, c.id) > ($2, $3)');
  });
});
