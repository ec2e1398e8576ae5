import { createApp } from '../src/app.factory';
import { Clock } from '../src/common/clock';
import { createQueue } from '../src/queue/queue';
import { openConsultation } from './fixtures';
import { FORM, GOOD } from './forms-fixtures';
import { TestApp } from './test-app';

const REFRESH = 'sabor_refresh';

describe('limits per account and per route, shared by every instance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create({ env: { RATE_LIMIT_REGISTER_PER_IP: '5', RATE_LIMIT_FLAGS_PER_ACCOUNT: '3', RATE_LIMIT_PUBLIC_ANSWERS_PER_IP: '3', TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => t.close());

  it('refuses the 21st contribution of an account within ten minutes with 429 and Retry-After; another account goes on', async () => {
    const c = await openConsultation(t);
    const citizen = await t.login('citizen@sabor.example');
    for (let i = 1; i <= 20; i++) {
      expect((await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: `Коментар ${i}`, publishName: false }, { token: citizen })).status).toBe(201);
    }
    const refused = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'Коментар 21', publishName: false }, { token: citizen, headers: { 'accept-language': 'en' } });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limited');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(refused.body.details.retryAfterSeconds).toBe(retryAfter);
    expect((await t.query('SELECT count(*)::int AS n FROM contributions WHERE consultation_id = $1', [c.id]))[0].n).toBe(20);
    // someone else is not held back
    expect((await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'Друг', publishName: false }, { token: await t.login('ngo@arsr.sabor.example') })).status).toBe(201);
    // the next window is open again
    t.clock.travelTo(new Date(t.clock.now().getTime() + retryAfter * 1000 + 1000));
    expect((await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'Нов прозорец', publishName: false }, { token: citizen })).status).toBe(201);
  });

  it('limits flags per account', async () => {
    const c = await openConsultation(t);
    const ngo = await t.login('ngo@arsr.sabor.example');
    const target = await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'Текст', publishName: false }, { token: ngo });
    const flagger = await t.login('officer@kriva-palanka.sabor.example');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await t.post(`/api/contributions/${target.body.id}/flag`, { reason: `спам ${i}` }, { token: flagger })).status);
    expect(statuses.slice(0, 3).every((s) => s < 300)).toBe(true);
    expect(statuses[3]).toBe(429);
  });

  it('does not lock login and refresh for an address that floods registration', async () => {
    const from = { 'x-forwarded-for': '198.51.100.66' };
    const login = await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' }, { headers: from });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await t.post('/api/auth/register', { email: `spam${i}@example.org`, password: 'a-long-password', displayName: 'Spam' }, { headers: from })).status);
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect((await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' }, { headers: from })).status).toBe(200);
    const cookie = login.cookies.find((c) => c.name === REFRESH)!.value;
    expect((await t.post('/api/auth/refresh', undefined, { cookies: { [REFRESH]: cookie }, headers: from })).status).toBe(200);
    // no address is stored in the counters
    const keys = (await t.query<{ key: string }>('SELECT key FROM rate_limit_counters')).map((r) => r.key);
    expect(keys.some((k) => k.startsWith('ip-register:'))).toBe(true);
    expect(keys.join(' ')).not.toContain('198.51.100.66');
  });

  it('counts public answers in PostgreSQL, so a second instance refuses what the first one counted', async () => {
    const officer = await t.login('officer@haskovo.sabor.example');
    t.clock.travelTo(new Date('2026-12-10T09:00:00.000Z'));
    const formId = (await t.post('/api/forms', FORM, { token: officer })).body.id;
    expect((await t.post(`/api/forms/${formId}/publish`, {}, { token: officer })).status).toBe(200);
    const queue = await createQueue(t.databaseUrl, { worker: false });
    const second = await createApp({ config: t.config, databaseUrl: t.databaseUrl, queue });
    try {
      // both instances at the same moment (the test clock is per process)
      const at = new Date('2026-12-10T10:01:00.000Z');
      t.clock.travelTo(at);
      second.get(Clock).travelTo(at);
      const answer = (app: typeof second, address: string) => app.inject({ method: 'POST', url: `/api/forms/${formId}/responses`, payload: { answers: GOOD }, headers: { 'x-forwarded-for': address } });
      for (let i = 0; i < 2; i++) expect((await answer(t.app, '203.0.113.9')).statusCode).toBe(201);
      expect((await answer(second, '203.0.113.9')).statusCode).toBe(201);
      const refused = await answer(second, '203.0.113.9');
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await answer(t.app, '203.0.113.9')).statusCode).toBe(429);
      const rows = await t.query<{ key: string; window_start: Date; count: number }>(`SELECT key, window_start, count FROM rate_limit_counters WHERE key LIKE 'form-answer:%'`);
      expect(rows).toHaveLength(1);
      expect(rows[0].key).not.toContain('203.0.113.9');
      // the stored time is the window's start, nothing finer
      expect(new Date(rows[0].window_start).getTime() % (600 * 1000)).toBe(0);
    } finally {
      await second.close();
      await queue.stop({ graceful: false, close: true });
    }
  });
});
