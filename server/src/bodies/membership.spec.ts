import { termGivesRights } from '../policy/standing';
import { removal, termState } from './membership';

const today = '2026-11-22';

describe('termState', () => {
  it.each([
    ['2026-01-01', null, 'current'],
    ['2026-11-22', null, 'current'],
    ['2026-11-23', null, 'upcoming'],
    ['2026-01-01', '2026-11-22', 'current'],
    ['2026-01-01', '2026-11-21', 'past'],
    ['2026-12-01', '2027-12-01', 'upcoming'],
    ['2024-02-29', '2026-02-28', 'past'],
  ] as const)('since %s until %s → %s', (since, until, expected) => {
    expect(termState(since, until, today)).toBe(expected);
  });
});

describe('termGivesRights', () => {
  it('gives accepted current and future terms a member’s rights, not past ones', () => {
    expect(termGivesRights({ until: null, invitation: 'accepted' }, today)).toBe(true);
    expect(termGivesRights({ until: '2027-12-31', invitation: 'accepted' }, today)).toBe(true);
    expect(termGivesRights({ until: today, invitation: 'accepted' }, today)).toBe(true);
    expect(termGivesRights({ until: '2026-11-21', invitation: 'accepted' }, today)).toBe(false);
  });

  it('gives nothing to an invitation not accepted', () => {
    expect(termGivesRights({ until: null, invitation: 'pending' }, today)).toBe(false);
    expect(termGivesRights({ until: null, invitation: 'declined' }, today)).toBe(false);
  });
});

describe('removal', () => {
  it('ends a current term today', () => {
    expect(removal('2026-01-01', null, today)).toEqual({ action: 'end', until: today });
    expect(removal('2026-01-01', '2027-12-31', today)).toEqual({ action: 'end', until: today });
    expect(removal(today, null, today)).toEqual({ action: 'end', until: today });
  });

  it('drops a term that has not begun', () => {
    expect(removal('2026-12-01', null, today)).toEqual({ action: 'delete' });
  });

  it('refuses to end a term twice', () => {
    expect(removal('2025-01-01', '2026-06-30', today)).toEqual({ action: 'already_ended' });
  });
});
