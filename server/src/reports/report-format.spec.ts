import type { Decision } from './contribution-response.entity';
import { decisionTotals } from './report-format';

describe('decisionTotals', () => {
  const proposal = (decision: Decision | null) => ({ kind: 'proposal', decision });
  it('counts each decision and the unanswered proposals', () => {
    expect(decisionTotals([proposal('accepted'), proposal('accepted'), proposal('not_accepted'), proposal(null), proposal('noted')])).toEqual({ accepted: 2, partially_accepted: 0, not_accepted: 1, noted: 1, unanswered: 1 });
  });
  it('counts an answered comment by its decision, and never a comment as unanswered', () => {
    expect(decisionTotals([{ kind: 'comment', decision: null }, { kind: 'comment', decision: 'noted' }, proposal(null)])).toEqual({ accepted: 0, partially_accepted: 0, not_accepted: 0, noted: 1, unanswered: 1 });
  });
});
