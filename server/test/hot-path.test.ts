import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { RateLimiter } from '../src/common/rate-limiter';
import { ContributionsRepository, SUBMIT_STATEMENT, submissionItems, type OnlineSubmission } from '../src/contributions/contributions.repository';
import { openConsultation } from './fixtures';
import { TestApp } from './test-app';

/**
 * The submission's hot path (one statement: contributions.repository.ts `submitOnline`) under many
 * simultaneous first contributions, with a pool far smaller than the number of requests: the
 * participant numbers stay one per author, in order, without gaps, and nothing waits forever.
 * And the account's limit, whose count is split over eight rows, under a burst from one account.
 * Submissions that arrive together are written in batches (`submit_online_contributions`, one
 * commit for many): each submission of a batch gets its own outcome, a batch is all or nothing,
 * and batches running at once number their new authors without gaps.
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
  /** A submission as the service hands it to the repository (an anonymous comment). */
  function submission(consultationId: string, authorId: string, body: string, extra: Partial<OnlineSubmission> = {}): OnlineSubmission {
    const now = t.clock.now();
    return {
      id: randomUUID(),
      consultationId,
      sectionId: null,
      parentId: null,
      kind: 'comment',
      body,
      lang: 'bg',
      authorId,
      authorName: 'Участник',
      organizationId: null,
      organizationName: null,
      publishName: false,
      receivedAt: now,
      rate: { key: `contribution:${authorId}`, window: t.app.get(RateLimiter).window(600).start, limit: 100 },
      answer: null,
      answerNamePrefix: 'Участник',
      ...extra,
    };
  }
  const batch = (items: OnlineSubmission[]) =>
    t.query<{ item_outcome: string; item_no: number | null; item_status: number | null; item_response: any }>(SUBMIT_STATEMENT, [submissionItems(items)]);
  const numbersOf = (consultationId: string) =>
    t.query<{ author_key: string; participant_no: number }>('SELECT author_key, participant_no FROM consultation_participants WHERE consultation_id = $1 ORDER BY participant_no', [consultationId]);

  it('gives each submission of one batch its own outcome: created, replayed, key reused, refused by the limit', async () => {
    const c = await openConsultation(t);
    const [old, x, y, z] = await accounts(4, 'batch');
    await batch([submission(c.id, old.id, 'Първо мнение')]);
    const keyed = (author: string, key: string, fingerprint: string, body: string) =>
      submission(c.id, author, body, { idempotency: { userId: author, key, fingerprint, status: 201 }, answer: { body, author: { name: 'Участник', organization: null } } });
    await batch([keyed(old.id, 'answered', 'f1', 'Отговорено')]);
    const limited = { rate: { key: `contribution:${z.id}`, window: t.app.get(RateLimiter).window(600).start, limit: 1 } };
    const out = await batch([
      submission(c.id, old.id, 'Пак аз'),
      keyed(x.id, 'x-1', 'fx', 'Нов автор'),
      submission(c.id, x.id, 'Нов автор, второ'),
      submission(c.id, y.id, 'Друг нов автор'),
      keyed(old.id, 'answered', 'f1', 'Отговорено'),
      keyed(old.id, 'answered', 'f2', 'Друго с ключ, вече използван'),
      submission(c.id, z.id, 'В лимита', limited),
      submission(c.id, z.id, 'Над лимита', limited),
    ]);
    expect(out.map((r) => r.item_outcome)).toEqual(['created', 'created', 'created', 'created', 'replayed', 'key_reused', 'created', 'rate_limited']);
    // the returning author keeps 1; the new ones are numbered in the order they came, once each
    expect(out.map((r) => r.item_no)).toEqual([1, 2, 2, 3, null, null, 4, null]);
    expect(out[4]).toMatchObject({ item_status: 201, item_response: { body: 'Отговорено', author: { name: 'Участник 1' } } });
    expect((await numbersOf(c.id)).map((r) => [r.author_key, r.participant_no])).toEqual([`user:${old.id}`, `user:${x.id}`, `user:${y.id}`, `user:${z.id}`].map((k, i) => [k, i + 1]));
    const stored = await t.query<{ body: string; participant_no: number }>('SELECT body, participant_no FROM contributions WHERE consultation_id = $1 ORDER BY participant_no, body', [c.id]);
    expect(stored).toEqual([
      { body: 'Отговорено', participant_no: 1 },
      { body: 'Пак аз', participant_no: 1 },
      { body: 'Първо мнение', participant_no: 1 },
      { body: 'Нов автор', participant_no: 2 },
      { body: 'Нов автор, второ', participant_no: 2 },
      { body: 'Друг нов автор', participant_no: 3 },
      { body: 'В лимита', participant_no: 4 },
    ]);
    // the stored answer carries the number the batch gave
    const [key] = await t.query('SELECT status_code, response FROM idempotency_keys WHERE user_id = $1 AND key = $2', [x.id, 'x-1']);
    expect(key).toMatchObject({ status_code: 201, response: { author: { name: 'Участник 2' } } });
    const [counter] = await t.query('SELECT last_no FROM consultation_participant_counters WHERE consultation_id = $1', [c.id]);
    expect(counter.last_no).toBe(4);
  });

  it('writes a batch all or nothing: one bad submission leaves no row, number, count or key of the others', async () => {
    const c = await openConsultation(t);
    const [a, b] = await accounts(2, 'whole');
    // a consultation deleted between the service's check and the write
    const bad = submission(randomUUID(), b.id, 'За консултация, която вече я няма');
    const good = submission(c.id, a.id, 'Добро', { idempotency: { userId: a.id, key: 'good', fingerprint: 'g', status: 201 }, answer: { author: { name: 'Участник' } } });
    await expect(batch([good, bad])).rejects.toThrow(/foreign key/);
    expect(await numbersOf(c.id)).toEqual([]);
    expect(await t.query('SELECT 1 FROM contributions WHERE consultation_id = $1', [c.id])).toEqual([]);
    expect(await t.query('SELECT 1 FROM idempotency_keys WHERE user_id = $1', [a.id])).toEqual([]);
    expect(await t.query("SELECT 1 FROM rate_limit_counters WHERE key LIKE $1 AND count > 0", [`contribution:${a.id}#%`])).toEqual([]);
  });

  it('sends a failed batch again one by one: the bad submission fails alone, the others are stored once', async () => {
    const c = await openConsultation(t);
    const people = await accounts(6, 'again');
    const repo = t.app.get(ContributionsRepository);
    // the first DB_BATCHES (2 here) calls leave alone; the rest wait, and go as one batch
    const calls = people.map((p, i) => repo.submitOnline(submission(c.id, p.id, `Мнение ${i}`, i === 4 ? { consultationId: randomUUID() } : {})).then((r) => r.outcome, (e: Error) => e.message));
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((o, i) => i !== 4)).toEqual(Array(5).fill('created'));
    expect(outcomes[4]).toMatch(/foreign key/);
    const stored = await t.query<{ body: string; n: number }>('SELECT body, count(*)::int AS n FROM contributions WHERE consultation_id = $1 GROUP BY body ORDER BY body', [c.id]);
    expect(stored).toEqual([0, 1, 2, 3, 5].map((i) => ({ body: `Мнение ${i}`, n: 1 })));
    expect((await numbersOf(c.id)).map((r) => r.participant_no)).toEqual([1, 2, 3, 4, 5]);
  });

  it('stores a request sent five times at once with one Idempotency-Key once, amid others, and answers all five alike', async () => {
    const c = await openConsultation(t);
    const people = await accounts(8, 'tap');
    const url = `/api/consultations/${c.id}/contributions`;
    const tapped = (i: number) => t.post(url, { kind: 'proposal', body: 'Предложение, изпратено пет пъти', publishName: false }, { token: people[0].token, headers: { 'idempotency-key': 'tap-tap' } }).then((r) => ({ i, r }));
    const others = people.slice(1).map((p, i) => t.post(url, { kind: 'comment', body: `Друго ${i}`, publishName: false }, { token: p.token, headers: { 'idempotency-key': `other-${i}` } }));
    const [taps, rest] = await Promise.all([Promise.all([0, 1, 2, 3, 4].map(tapped)), Promise.all(others)]);
    expect(rest.map((r) => r.status)).toEqual(Array(7).fill(201));
    expect(taps.map(({ r }) => r.status)).toEqual(Array(5).fill(201));
    expect(new Set(taps.map(({ r }) => r.body.id)).size).toBe(1);
    expect(taps.filter(({ r }) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(4);
    const [{ n }] = await t.query("SELECT count(*)::int AS n FROM contributions WHERE consultation_id = $1 AND body = 'Предложение, изпратено пет пъти'", [c.id]);
    expect(n).toBe(1);
    expect((await numbersOf(c.id)).map((r) => r.participant_no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reads the accounts of requests that arrive together in one go, and still refuses a revoked session or a deleted account among them', async () => {
    const [live, revoked, deleted, other] = await accounts(4, 'reads');
    const jwt = t.app.get(JwtService);
    // a second session of the live account, ended (a logout on another device)
    const [ended] = await t.query<{ family_id: string }>(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, revoked_at) VALUES ($1, gen_random_uuid(), md5(random()::text), now() + interval '1 day', now()) RETURNING family_id`,
      [live.id],
    );
    const endedToken = jwt.sign({ sub: live.id, sid: ended.family_id }, { expiresIn: 600 });
    await t.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1', [revoked.id]);
    await t.query('UPDATE users SET deleted_at = now() WHERE id = $1', [deleted.id]);
    const callers = [live.token, endedToken, revoked.token, deleted.token, other.token];
    const expected = [200, 401, 401, 401, 200];
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => t.get('/api/me', { token: callers[i % 5] })));
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 40 }, (_, i) => expected[i % 5]));
    expect(results.filter((r) => r.status === 200).map((r) => r.body.id)).toEqual(Array.from({ length: 8 }, () => [live.id, other.id]).flat());
    // a logout is seen by the very next request, however many others are in flight
    const flood = Array.from({ length: 20 }, () => t.get('/api/me', { token: other.token }));
    await t.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1', [other.id]);
    const after = await t.get('/api/me', { token: other.token });
    await Promise.all(flood);
    expect(after.status).toBe(401);
  });

  it('numbers the new authors of batches running at once without gaps: one number each, on all their contributions', async () => {
    const c = await openConsultation(t);
    const people = await accounts(30, 'overlap');
    // eight batches of ten at once, each sharing authors with the next
    const batches = Array.from({ length: 8 }, (_, k) => Array.from({ length: 10 }, (_, j) => submission(c.id, people[(k * 4 + j) % 30].id, `Партида ${k}, ${j}`)));
    await Promise.all(batches.map((items) => batch(items)));
    const numbers = await numbersOf(c.id);
    expect(numbers.map((r) => r.participant_no)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const mismatched = await t.query(
      `SELECT c.id FROM contributions c JOIN consultation_participants p ON p.consultation_id = c.consultation_id AND p.author_key = 'user:' || c.author_id
        WHERE c.consultation_id = $1 AND c.participant_no <> p.participant_no`,
      [c.id],
    );
    expect(mismatched).toEqual([]);
    const [{ n }] = await t.query('SELECT count(*)::int AS n FROM contributions WHERE consultation_id = $1', [c.id]);
    expect(n).toBe(80);
    const [counter] = await t.query('SELECT last_no FROM consultation_participant_counters WHERE consultation_id = $1', [c.id]);
    expect(counter.last_no).toBe(30);
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
