import { termState } from '../src/bodies/membership';
import { termGivesRights } from '../src/policy/standing';
import { CONSULTATION_STATUSES, consultationStatus, statusCondition } from '../src/consultations/status';
import { formStatus } from '../src/forms/form-access';
import { STATUS_SQL } from '../src/forms/forms.repository';
import { QUESTION_TYPES } from '../src/forms/questions';
import { npsScore, npsScoreSql, satisfactionScore, satisfactionScoreSql } from '../src/forms/statistics';
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

  it('the satisfaction report computes the NPS of a group as npsScore does, rounding halves alike', async () => {
    // answers 0–10 per group; 16 answers with one detractor more than promoters is −6.25, a half to round
    const groups: number[][] = [
      [],
      [10],
      [0],
      [7, 8],
      [9, 9, 10, 0, 6, 7, 8],
      [...Array(8).fill(8), 0, ...Array(7).fill(7)],
      [...Array(8).fill(8), 10, ...Array(7).fill(7)],
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [9, 0, 0],
      [6, 6, 9],
    ];
    const rows: Array<{ g: number; nps: number | null }> = await t.query(
      `SELECT g.g, ${npsScoreSql('x.type', 'x.num')}::float8 AS nps
         FROM generate_series(1, $3::int) g(g)
         LEFT JOIN unnest($1::int[], $2::smallint[]) AS a(g, num) ON a.g = g.g
         LEFT JOIN LATERAL (SELECT CASE WHEN a.num IS NULL THEN NULL ELSE 'nps' END AS type, a.num) x ON true
        GROUP BY g.g ORDER BY g.g`,
      [groups.flatMap((values, i) => values.map(() => i + 1)), groups.flat(), groups.length],
    );
    const counts = (values: number[]) => values.reduce<Record<string, number>>((c, v) => ({ ...c, [v]: (c[v] ?? 0) + 1 }), {});
    expect(rows.map((r) => r.nps)).toEqual(groups.map((values) => npsScore(counts(values))));
    expect(rows[5].nps).toBe(-6.3);
  });

  const now = new Date('2026-11-22T10:00:00.000Z');
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

  it('filters consultations by status with the same rule as consultationStatus, at every boundary', async () => {
    // every state the product can reach: a report only after publication, an outcome only after the report
    const cases: Array<{ publishedAt: Date | null; opensAt: Date | null; closesAt: Date | null; reportPublishedAt: Date | null; outcomeRecordedAt: Date | null }> = [{ publishedAt: null, opensAt: null, closesAt: null, reportPublishedAt: null, outcomeRecordedAt: null }];
    for (const opens of [-60, 0, 60]) for (const closes of [-1, 0, 1, 120]) {
      if (closes < opens) continue;
      for (const [report, outcome] of [[null, null], [at(closes + 5), null], [at(closes + 5), at(closes + 10)]] as const) cases.push({ publishedAt: at(opens - 1), opensAt: at(opens), closesAt: at(closes), reportPublishedAt: report, outcomeRecordedAt: outcome });
    }
    const conditions = CONSULTATION_STATUSES.map((s) => `CASE WHEN ${statusCondition(s, 'x', '$6::timestamptz')} THEN '${s}' END`).join(', ');
    const rows: Array<{ i: number; statuses: string[] }> = await t.query(
      `SELECT x.i, array_remove(ARRAY[${conditions}], NULL) AS statuses
         FROM unnest($1::timestamptz[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[]) WITH ORDINALITY AS x(published_at, opens_at, closes_at, report_published_at, outcome_recorded_at, i)
        ORDER BY x.i`,
      [cases.map((c) => c.publishedAt), cases.map((c) => c.opensAt), cases.map((c) => c.closesAt), cases.map((c) => c.reportPublishedAt), cases.map((c) => c.outcomeRecordedAt), now],
    );
    expect(rows.map((r) => r.statuses)).toEqual(cases.map((c) => [consultationStatus(c, now)]));
    expect(new Set(rows.flatMap((r) => r.statuses))).toEqual(new Set(CONSULTATION_STATUSES));
  });

  it('filters forms by status with the same rule as formStatus, at every boundary', async () => {
    const cases: Array<{ publishedAt: Date | null; opensAt: Date | null; closesAt: Date | null }> = [{ publishedAt: null, opensAt: null, closesAt: null }];
    for (const opens of [null, -60, 0, 60]) for (const closes of [null, -1, 0, 1, 120]) {
      if (opens !== null && closes !== null && closes <= opens) continue;
      cases.push({ publishedAt: at(-120), opensAt: opens === null ? null : at(opens), closesAt: closes === null ? null : at(closes) });
    }
    const statuses = Object.keys(STATUS_SQL) as Array<keyof typeof STATUS_SQL>;
    const conditions = statuses.map((s) => `CASE WHEN ${STATUS_SQL[s].replaceAll(':now', '$4::timestamptz')} THEN '${s}' END`).join(', ');
    const rows: Array<{ statuses: string[] }> = await t.query(
      `SELECT array_remove(ARRAY[${conditions}], NULL) AS statuses
         FROM unnest($1::timestamptz[], $2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS f(published_at, opens_at, closes_at, i)
        ORDER BY f.i`,
      [cases.map((c) => c.publishedAt), cases.map((c) => c.opensAt), cases.map((c) => c.closesAt), now],
    );
    expect(rows.map((r) => r.statuses)).toEqual(cases.map((c) => [formStatus(c, now)]));
    expect(new Set(rows.flatMap((r) => r.statuses))).toEqual(new Set(statuses));
  });

  it("a private body and its meetings are open to exactly the members termGivesRights lets in, on the municipality's calendar day", async () => {
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
    const members: Array<{ token: string; since: string; until: string | null; invitation: 'accepted' | 'pending' }> = [];
    for (const [i, [since, until]] of terms.entries()) {
      const { token, id } = await t.registerVerified(`term${i}@example.org`, `Член ${i}`);
      const member = await t.post(`/api/bodies/${group.id}/members`, { userId: id, role: 'member', since, ...(until ? { until } : {}) }, { token: officer });
      expect(member.status).toBe(201);
      // an account named on the roster is invited; the rights come once the person accepts (a term
      // already over when it was named cannot be accepted any more, and stays without rights)
      const accepted = await t.post(`/api/me/body-invitations/${member.body.id}/accept`, undefined, { token });
      members.push({ token, since, until, invitation: accepted.status === 200 ? 'accepted' : 'pending' });
    }
    // noon on 22 November, then 01:30 on 23 November in Haskovo (still the 22nd in UTC)
    for (const [now, today] of [['2026-11-22T10:00:00.000Z', '2026-11-22'], ['2026-11-22T23:30:00.000Z', '2026-11-23']] as const) {
      t.clock.travelTo(new Date(now));
      for (const m of members) {
        const expected = termGivesRights(m, today);
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
      // the list's member count is the SQL twin of termState's 'current'
      const listed = (await t.get('/api/bodies?municipality=haskovo', { token: officer })).body.items.find((b: { id: string }) => b.id === group.id);
      expect({ today, memberCount: listed.memberCount }).toEqual({ today, memberCount: members.filter((m) => termState(m.since, m.until, today) === 'current').length });
    }
  });
});
