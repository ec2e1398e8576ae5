import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { openConsultation } from './fixtures';
import { TestApp, TestResponse } from './test-app';

/** Input that used to reach PostgreSQL and come back as a 500 is a 400 naming the field. */
describe('inputs that never reach a 500', () => {
  let t: TestApp;
  let officer: string;
  let citizen: string;
  let ngo: string;
  let c: { id: string };
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    citizen = await t.login('citizen@sabor.example');
    ngo = await t.login('ngo@arsr.sabor.example');
    c = await openConsultation(t);
  });
  afterAll(() => t.close());

  const NUL = 'Предложение\u0000';
  const LONE = 'Парк \uD83C';

  it('refuses a NUL character or half a surrogate pair in any string with 400 validation_failed naming the field', async () => {
    const haskovo = await t.idOf('municipalities', 'haskovo');
    const cases: Array<[string, () => Promise<TestResponse>, string]> = [
      ['register', () => t.post('/api/auth/register', { email: 'nul@example.org', password: 'correct-horse-battery', displayName: NUL }), 'displayName'],
      ['login', () => t.post('/api/auth/login', { email: 'citizen@sabor.example\u0000', password: 'demo-password' }), 'email'],
      ['forgotten password', () => t.post('/api/auth/password/forgot', { email: `a${NUL}@example.org` }), 'email'],
      ['profile', () => t.patch('/api/me', { displayName: NUL }, { token: citizen }), 'displayName'],
      ['profile, lone surrogate', () => t.patch('/api/me', { homeSettlement: LONE }, { token: citizen }), 'homeSettlement'],
      ['new consultation', () => t.post('/api/consultations', { municipalityId: haskovo, kind: 'decision', title: { bg: NUL }, summary: { bg: 'x' }, body: { bg: 'x' }, contact: 'x' }, { token: officer }), 'title.bg'],
      ['contribution', () => t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: NUL, publishName: false }, { token: citizen }), 'body'],
      ['contribution with an idempotency key', () => t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: LONE, publishName: false }, { token: citizen, headers: { 'idempotency-key': 'k-1' } }), 'body'],
      ['search', () => t.get('/api/consultations?q=%00'), 'q'],
      ['a slug in the path (the parameter is named id: a slug or an id)', () => t.get('/api/municipalities/has%00kovo'), 'id'],
      ['an object key', () => t.patch('/api/me', { ['locale\u0000']: 'bg' }, { token: citizen }), 'locale\u0000'],
    ];
    for (const [name, send, field] of cases) {
      const res = await send();
      expect({ name, status: res.status, code: res.body.code }).toEqual({ name, status: 400, code: 'validation_failed' });
      expect(res.body.details.fields).toEqual([expect.objectContaining({ field, codes: ['invalid_characters'] })]);
    }
    // nothing was stored, and the text itself is still fine without the bad character
    expect((await t.get('/api/me', { token: citizen })).body.displayName).not.toContain('\u0000');
    expect((await t.post(`/api/consultations/${c.id}/contributions`, { kind: 'comment', body: 'Парк 🌳', publishName: false }, { token: citizen })).status).toBe(201);
  });

  it('refuses null for a field that may be left out but not emptied (PATCH /api/me locale, displayName)', async () => {
    for (const field of ['locale', 'displayName']) {
      const res = await t.patch('/api/me', { [field]: null }, { token: citizen });
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    }
    // nullable fields still take null
    expect((await t.patch('/api/me', { homeSettlement: null }, { token: citizen })).status).toBe(200);
  });

  it('refuses an id that is a number in disguise ("1e309") with 400', async () => {
    const [{ id: org }] = await t.query(`SELECT organization_id AS id FROM organization_members m JOIN users u ON u.id = m.user_id WHERE u.email = 'ngo@arsr.sabor.example'`);
    const res = await t.post(`/api/organizations/${org}/members`, { userId: '1e309' }, { token: ngo });
    expect(res.status).toBe(400);
    expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain('userId');
  });
});

describe('slow request bodies', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await TestApp.create({ demo: false, env: { REQUEST_TIMEOUT_MS: '1000' } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('cuts off a body trickled a byte at a time once the request timeout has passed', async () => {
    const started = Date.now();
    const { closedAfterMs, answer } = await new Promise<{ closedAfterMs: number; answer: string }>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let answer = '';
      let timer: NodeJS.Timeout | undefined;
      socket.on('data', (d) => (answer += d.toString('latin1')));
      socket.on('connect', () => {
        socket.write('POST /api/auth/login HTTP/1.1\r\nHost: sabor.test\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
        // one byte every 100 ms: the whole body would take 100 s
        timer = setInterval(() => socket.write(' '), 100);
      });
      const done = () => {
        clearInterval(timer);
        resolve({ closedAfterMs: Date.now() - started, answer });
      };
      socket.on('close', done);
      socket.on('error', () => undefined);
      setTimeout(() => socket.destroy(), 10_000);
    });
    expect(closedAfterMs).toBeGreaterThanOrEqual(900);
    expect(closedAfterMs).toBeLessThan(5000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });
});
