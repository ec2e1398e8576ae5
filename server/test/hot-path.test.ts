import { JwtService } from '@nestjs/jwt';
import { openConsultation } from './fixtures';
import { TestApp } from './test-app';

/**
 * The submission's hot path (one statement: contributions.repository.ts `submitOnline`) under many
 * simultaneous first contributions, with a pool far smaller than the number of requests: the
 * participant numbers stay one per author, in order, without gaps, and nothing waits forever.
 * And the account's limit, whose count is split over eight rows, under a burst from one account.
 */
describe('hot path: many first contributions at once on a small pool', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z', DB_POOL_SIZE: '3', DB_CONNECT_TIMEOUT_MS: '4000' } });
  });
  afterAll(() => t.close());

  /** Accounts made with SQL, each with a live session, and their access tokens. */
  async function accounts(n: number, tag: string): Promise<Array<{ id: string; token: string }>> {
    const rows: Array<{ id: string; family_id: string }> = await t.query(
      `WITH u AS (
         INSERT INTO users (email, display_name, locale, email_verified_at)
         SELECT $2 || i || '@example.org', 'Участник ' || i, 'bg', now() FROM generate_series(1, $1::int) i RETURNING id)
       INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
       SELECT id, gen_random_uuid(), md5(random()::text || id::text), now() + interval '1 day' FROM u
       RETURNING user_id AS id, family_id`,
      [n, tag],
    );
    const jwt = t.app.get(JwtService);
    return rows.map((r) => ({ id: r.id, token: jwt.sign({ sub: r.id, sid: r.family_id }, { expiresIn: 600 }) }));
  }

  it('gives 24 new authors, each sending two at once, the numbers 1 to 24, one each, with every submission stored', async () => {
    const c = await openConsultation(t);
    const people = await accounts(24, 'hot');
    const send = (token: string, body: string) => t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body, publishName: false }, { token });
    const results = await Promise.all(people.flatMap((p, i) => [send(p.token, `Първо ${i}`), send(p.token, `Второ ${i}`)]));
    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    // both of an author's contributions carry the same number
    for (let i = 0; i < people.length; i++) expect(results[2 * i].body.author.name).toBe(results[2 * i + 1].body.author.name);
    const numbers: Array<{ participant_no: number }> = await t.query('SELECT participant_no FROM consultation_participants WHERE consultation_id = $1 ORDER BY participant_no', [c.id]);
    expect(numbers.map((r) => r.participant_no)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    const [{ n }] = await t.query('SELECT count(*)::int AS n FROM contributions WHERE consultation_id = $1', [c.id]);
    expect(n).toBe(48);
  });
});

describe('hot path: one account\'s burst against a limit smaller than the eight rows of its count', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z', DB_POOL_SIZE: '4', RATE_LIMIT_CONTRIBUTIONS_PER_ACCOUNT: '3' } });
  });
  afterAll(() => t.close());

  it('splits any limit over the eight rows of a count without losing or adding a unit', async () => {
    const rows: Array<{ total: number; shared: number }> = await t.query(
      `SELECT l AS total, (SELECT sum(rate_quota_share(l, 'k#' || i))::int FROM generate_series(0, 7) i) AS shared FROM generate_series(1, 100) l`,
    );
    expect(rows.filter((r) => r.shared !== r.total)).toEqual([]);
  });

  it('accepts exactly the limit of 12 simultaneous submissions, refuses the rest with 429, and stores only what it accepted', async () => {
    const c = await openConsultation(t);
    const citizen = await t.login('citizen@sabor.example');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: `Залп ${i}`, publishName: false }, { token: citizen, headers: { 'idempotency-key': `burst-${i}` } })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 429).map((r) => r.body.code)).toEqual(Array(9).fill('rate_limited'));
    const [{ n }] = await t.query('SELECT count(*)::int AS n FROM contributions WHERE consultation_id = $1', [c.id]);
    expect(n).toBe(3);
    // a refused submission leaves no key behind: the same key goes through in the next window
    const refused = results.findIndex((r) => r.status === 429);
    t.clock.travelTo(new Date(t.clock.now().getTime() + 601_000));
    const later = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: `Залп ${refused}`, publishName: false }, { token: citizen, headers: { 'idempotency-key': `burst-${refused}` } });
    expect(later.status).toBe(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
  });
});
