import { termGivesAccess } from '../src/bodies/membership';
import { QUESTION_TYPES } from '../src/forms/questions';
import { satisfactionScore, satisfactionScoreSql } from '../src/forms/statistics';
import { TestApp } from './test-app';

/**
 * Rules that production runs as SQL for speed, with a tested TypeScript function beside them: the
 * SQL and the function run on the same data here and must agree, so neither drifts alone.
 */
describe('SQL twins of the pure rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Sunday 22 November 2026, noon in Haskovo
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
  });
  afterAll(() => t.close());

  it('the satisfaction report scores every answer as satisfactionScore does', async () => {
    const cases = QUESTION_TYPES.flatMap((type) => Array.from({ length: 11 }, (_, num) => ({ type, num })));
    const rows: Array<{ type: string; num: number; score: number | null }> = await t.query(
      `SELECT x.type, x.num, (${satisfactionScoreSql('x.type', 'x.num')})::float8 AS score
         FROM unnest($1::text[], $2::smallint[]) AS x(type, num) ORDER BY x.type, x.num`,
      [cases.map((c) => c.type), cases.map((c) => c.num)],
    );
    expect(rows).toHaveLength(cases.length);
    for (const r of rows) expect([r.type, r.num, r.score]).toEqual([r.type, r.num, satisfactionScore(r.type as (typeof QUESTION_TYPES)[number], r.num)]);
    // likert5 and rating10 score, over 0–10 each; nps and the other types do not
    expect(rows.filter((r) => r.score !== null).length).toBe(22);
  });

  it("a private body and its meetings are open to exactly the members termGivesAccess lets in, on the municipality's calendar day", async () => {
    const officer = await t.login('officer@haskovo.sabor.example');
    const group = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'working_group', name: 'Работна група за бюджета', visibility: 'private' }, { token: officer })).body;
    const sitting = (await t.post('/api/meetings', { municipalityId: 'haskovo', bodyId: group.id, kind: 'body_meeting', title: 'Заседание', startsAt: '2026-12-16T15:00:00.000Z', endsAt: '2026-12-16T17:00:00.000Z', location: 'Хасково' }, { token: officer })).body;
    // terms around 22 and 23 November 2026, the days the clock stands on below
    const terms: Array<[string, string | null]> = [
      ['2024-01-01', '2024-12-31'],
      ['2025-01-01', '2026-11-21'],
      ['2025-01-01', '2026-11-22'],
      ['2025-01-01', '2026-11-23'],
      ['2026-11-22', null],
      ['2026-11-23', null],
      ['2026-12-01', '2027-12-31'],
    ];
    const members: Array<{ token: string; since: string; until: string | null }> = [];
    for (const [i, [since, until]] of terms.entries()) {
      const { token, id } = await t.registerVerified(`term${i}@example.org`, `Член ${i}`);
      expect((await t.post(`/api/bodies/${group.id}/members`, { userId: id, role: 'member', since, ...(until ? { until } : {}) }, { token: officer })).status).toBe(201);
      members.push({ token, since, until });
    }
    // noon on 22 November, then 01:30 on 23 November in Haskovo (still the 22nd in UTC)
    for (const [now, today] of [['2026-11-22T10:00:00.000Z', '2026-11-22'], ['2026-11-22T23:30:00.000Z', '2026-11-23']] as const) {
      t.clock.travelTo(new Date(now));
      for (const m of members) {
        const expected = termGivesAccess(m.since, m.until, today);
        const detail = await t.get(`/api/bodies/${group.id}`, { token: m.token });
        const list = await t.get('/api/bodies?municipality=haskovo', { token: m.token });
        const meetings = await t.get('/api/meetings?municipality=haskovo', { token: m.token });
        const seen = {
          detail: detail.status === 200,
          list: list.body.items.some((b: { id: string }) => b.id === group.id),
          meetings: meetings.body.items.some((x: { id: string }) => x.id === sitting.id),
        };
        expect({ term: [m.since, m.until, today], ...seen }).toEqual({ term: [m.since, m.until, today], detail: expected, list: expected, meetings: expected });
      }
    }
  });
});
