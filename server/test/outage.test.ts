import { TestApp } from './test-app';

/**
 * A PostgreSQL outage is answered as one: 503 service_unavailable with Retry-After on every
 * route, signed in or not, never 401 (which makes a client drop its session) or 500; and the app
 * serves again as soon as the database is back, without a restart.
 */
describe('database outage', () => {
  let t: TestApp;
  let officer: string;
  let citizen: string;
  let consultationId: string;
  beforeAll(async () => {
    t = await TestApp.create({ activity: true });
    officer = await t.login('officer@haskovo.sabor.example');
    citizen = await t.login('citizen@sabor.example');
    consultationId = (await t.get('/api/consultations')).body.items[0].id;
  });
  afterAll(() => t.close());

  const requests = (): Array<[string, () => ReturnType<TestApp['get']>]> => [
    ['GET /api/me as a citizen', () => t.get('/api/me', { token: citizen })],
    ['GET /api/me as an officer', () => t.get('/api/me', { token: officer })],
    ['PATCH /api/me', () => t.patch('/api/me', { displayName: 'Мария' }, { token: citizen })],
    ['GET /api/consultations (public)', () => t.get('/api/consultations')],
    ['GET /api/consultations/:id (public)', () => t.get(`/api/consultations/${consultationId}`)],
    ['GET /api/consultations/:id as an officer', () => t.get(`/api/consultations/${consultationId}`, { token: officer })],
    ['GET /api/municipalities', () => t.get('/api/municipalities')],
    ['POST /api/auth/login', () => t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' })],
    ['POST /api/auth/refresh', () => t.post('/api/auth/refresh', undefined, { cookies: { sabor_refresh: 'x'.repeat(43) } })],
    ['GET /api/health', () => t.get('/api/health')],
  ];

  it('answers every route 503 with Retry-After while the database is gone, and 200 again within a second of its return', async () => {
    // with the database up nothing fails (a made-up refresh cookie is refused, as it should be)
    const healthy = () => requests().filter(([name]) => name !== 'POST /api/auth/refresh');
    const before = await Promise.all(healthy().map(async ([name, r]) => [name, (await r()).status]));
    expect(before.filter(([, s]) => (s as number) >= 400)).toEqual([]);

    const restore = await t.databaseOutage();
    try {
      for (let round = 0; round < 2; round++) {
        for (const [name, request] of requests()) {
          const res = await request();
          expect({ name, status: res.status }).toEqual({ name, status: 503 });
          expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
          if (name !== 'GET /api/health') expect(res.body).toMatchObject({ statusCode: 503, code: 'service_unavailable' });
        }
      }
      const refresh = await requests()[8][1]();
      expect(refresh.cookies.find((c) => c.name === 'sabor_refresh')).toBeUndefined(); // the session cookie is not cleared
    } finally {
      await restore();
    }

    const back = Date.now();
    const me = await t.get('/api/me', { token: citizen });
    const elapsed = Date.now() - back;
    expect(me.status).toBe(200);
    expect(elapsed).toBeLessThan(1000);
    const after = await Promise.all(healthy().map(async ([name, r]) => [name, (await r()).status]));
    expect(after.filter(([, s]) => (s as number) >= 400)).toEqual([]);
  });
});
