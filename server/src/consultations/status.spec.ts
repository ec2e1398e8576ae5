import { consultationStatus } from './status';

const opensAt = new Date('2026-03-02T22:00:00.000Z');
const closesAt = new Date('2026-04-01T20:59:59.999Z');
const published = { publishedAt: new Date('2026-03-02T09:00:00Z'), opensAt, closesAt, reportPublishedAt: null, outcomeRecordedAt: null };

describe('consultationStatus', () => {
  it.each([
    ['a draft', { ...published, publishedAt: null, opensAt: null, closesAt: null }, '2026-03-10T00:00:00Z', 'draft'],
    ['published, before its first day', published, '2026-03-02T21:59:59.999Z', 'upcoming'],
    ['at the first moment of the first day', published, '2026-03-02T22:00:00.000Z', 'open'],
    ['at the last millisecond of the last day', published, '2026-04-01T20:59:59.999Z', 'open'],
    ['one millisecond later', published, '2026-04-01T21:00:00.000Z', 'closed'],
    ['with the report out', { ...published, reportPublishedAt: new Date('2026-04-10T00:00:00Z') }, '2026-04-11T00:00:00Z', 'reported'],
    ['with the outcome recorded', { ...published, reportPublishedAt: new Date('2026-04-10T00:00:00Z'), outcomeRecordedAt: new Date('2026-04-20T00:00:00Z') }, '2026-04-21T00:00:00Z', 'decided'],
  ])('%s', (_name, facts, now, expected) => {
    expect(consultationStatus(facts, new Date(now))).toBe(expected);
  });
});
