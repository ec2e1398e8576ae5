import { canCancel, registrantName, registrationClosedReason, seatsLeft, statusOnApproval, statusOnRegistering, toPromote } from './registration-rules';

const endsAt = new Date('2026-12-01T16:00:00Z');
const open = { cancelled: false, registrationOpen: true, registrationOpensAt: null, registrationClosesAt: null, endsAt };

describe('registrationClosedReason', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  it.each([
    ['open with no dates', open, now, null],
    ['closed by the officer', { ...open, registrationOpen: false }, now, 'closed'],
    ['the meeting is cancelled', { ...open, cancelled: true }, now, 'cancelled'],
    ['before it opens', { ...open, registrationOpensAt: new Date('2026-11-20T10:00:00.001Z') }, now, 'not_yet_open'],
    ['at the moment it opens', { ...open, registrationOpensAt: now }, now, null],
    ['at the last moment', { ...open, registrationClosesAt: now }, now, null],
    ['a millisecond after the deadline', { ...open, registrationClosesAt: new Date('2026-11-20T09:59:59.999Z') }, now, 'deadline_passed'],
    ['during the meeting', open, new Date('2026-12-01T12:00:00Z'), null],
    ['once the meeting is over', open, endsAt, 'meeting_over'],
    ['cancelled wins over everything', { ...open, cancelled: true, registrationOpen: false }, now, 'cancelled'],
  ])('%s → %s', (_name, window, at, expected) => {
    expect(registrationClosedReason(window, at)).toBe(expected);
  });
});

describe('seatsLeft', () => {
  it.each([
    [null, 0, null],
    [null, 500, null],
    [10, 0, 10],
    [10, 9, 1],
    [10, 10, 0],
    [10, 12, 0],
    [0, 0, 0],
  ])('capacity %p with %p registered → %p', (capacity, registered, expected) => {
    expect(seatsLeft(capacity, registered)).toBe(expected);
  });
});

describe('statusOnRegistering', () => {
  it.each([
    [{ requireApproval: false, capacity: null, registered: 1000 }, 'registered'],
    [{ requireApproval: false, capacity: 2, registered: 0 }, 'registered'],
    [{ requireApproval: false, capacity: 2, registered: 1 }, 'registered'],
    [{ requireApproval: false, capacity: 2, registered: 2 }, 'waitlisted'],
    [{ requireApproval: false, capacity: 2, registered: 3 }, 'waitlisted'],
    [{ requireApproval: false, capacity: 0, registered: 0 }, 'waitlisted'],
    [{ requireApproval: true, capacity: 2, registered: 0 }, 'pending'],
    [{ requireApproval: true, capacity: 2, registered: 5 }, 'pending'],
  ])('%j → %s', (facts, expected) => {
    expect(statusOnRegistering(facts)).toBe(expected);
  });
});

describe('statusOnApproval', () => {
  it.each([
    ['pending', null, 10, 'registered'],
    ['pending', 3, 2, 'registered'],
    ['pending', 3, 3, 'waitlisted'],
    ['waitlisted', 3, 3, 'registered'],
    ['waitlisted', 3, 7, 'registered'],
    ['registered', 3, 1, null],
    ['rejected', 3, 1, null],
    ['cancelled', 3, 1, null],
  ] as const)('%s with capacity %p and %p registered → %p', (current, capacity, registered, expected) => {
    expect(statusOnApproval(current, capacity, registered)).toBe(expected);
  });
});

describe('toPromote', () => {
  const waiting = ['first', 'second', 'third'];
  it.each([
    [3, 2, ['first']],
    [3, 1, ['first', 'second']],
    [3, 0, ['first', 'second', 'third']],
    [10, 0, ['first', 'second', 'third']],
    [3, 3, []],
    [3, 4, []],
    [null, 50, ['first', 'second', 'third']],
  ])('capacity %p with %p registered → %j', (capacity, registered, expected) => {
    expect(toPromote(capacity, registered, waiting)).toEqual(expected);
  });

  it('promotes nobody from an empty list', () => {
    expect(toPromote(5, 0, [])).toEqual([]);
  });
});

describe('canCancel', () => {
  const before = new Date('2026-11-30T10:00:00Z');
  it.each([
    ['registered', false, before, true],
    ['waitlisted', false, before, true],
    ['pending', false, before, true],
    ['registered', true, before, false],
    ['cancelled', false, before, false],
    ['rejected', false, before, false],
    ['registered', false, endsAt, false],
  ] as const)('%s, attended %p, at %p → %p', (status, attended, now, expected) => {
    expect(canCancel(status, attended, endsAt, now)).toBe(expected);
  });
});

describe('registrantName', () => {
  it('keeps the name as given', () => {
    expect(registrantName('Мария Петрова', 'en')).toBe('Мария Петрова');
  });
  it('names an erased registration "deleted participant" in the reader’s language', () => {
    expect([registrantName('', 'bg'), registrantName('', 'en'), registrantName('', 'mk')]).toEqual(['изтрит участник', 'deleted participant', 'избришан учесник']);
  });
});
