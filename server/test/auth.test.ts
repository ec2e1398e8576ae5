import { JwtService } from '@nestjs/jwt';
import { TestApp } from './test-app';

const REFRESH = 'sabor_refresh';
const cookieOf = (res: { cookies: Array<{ name: string; value: string }> }) => res.cookies.find((c) => c.name === REFRESH);
const hintOf = (res: { cookies: Array<{ name: string; value: string }> }) => res.cookies.find((c) => c.name === 'sabor_session');

describe('accounts: register, verify, login, refresh, logout, password reset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create({ env: { RATE_LIMIT_LOGIN_FAILURES: '5' } });
  });
  afterAll(() => t.close());

  describe('registration', () => {
    it('creates an unverified account and e-mails a verification link that verifies it', async () => {
      const res = await t.post('/api/auth/register', { email: '  Maria@Example.org ', password: 'a-long-password', displayName: 'Мария', homeSettlement: 'Хасково', country: 'bg' });
      expect(res.status).toBe(201);
      expect(res.body.user).toMatchObject({ email: 'maria@example.org', displayName: 'Мария', emailVerified: false, isAdmin: false, homeSettlement: 'Хасково', country: 'BG' });
      expect(res.body.user.passwordHash).toBeUndefined();

      const mail = await t.waitForMail('maria@example.org');
      expect(mail).toContain('Потвърдете имейл адреса си');
      const token = /verify-email\?token=([A-Za-z0-9_-]+)/.exec(mail)![1];
      expect((await t.post('/api/auth/verify-email', { token })).status).toBe(200);

      const login = await t.post('/api/auth/login', { email: 'maria@example.org', password: 'a-long-password' });
      expect(login.body.user.emailVerified).toBe(true);
      // the link works once
      const again = await t.post('/api/auth/verify-email', { token });
      expect(again.status).toBe(400);
      expect(again.body.code).toBe('invalid_token');
    });

    it('writes the e-mail in the language the person chose', async () => {
      await t.post('/api/auth/register', { email: 'john@example.org', password: 'a-long-password', displayName: 'John', locale: 'en' });
      expect(await t.waitForMail('john@example.org')).toContain('Confirm your e-mail address');
    });

    it('answers an address already in use exactly as a new one, creates nothing, and tells the owner by e-mail', async () => {
      const body = (email: string) => ({ email, password: 'a-long-password', displayName: 'X', locale: 'en' as const });
      const taken = await t.post('/api/auth/register', body('CITIZEN@sabor.example'));
      const fresh = await t.post('/api/auth/register', body('brand-new@example.org'));
      expect(taken.status).toBe(201);
      expect(fresh.status).toBe(201);
      const strip = (u: Record<string, unknown>) => ({ ...u, id: typeof u.id, email: typeof u.email, createdAt: typeof u.createdAt });
      expect(strip(taken.body.user)).toEqual(strip(fresh.body.user));
      expect(taken.body.user).toMatchObject({ email: 'citizen@sabor.example', displayName: 'X', emailVerified: false });
      expect(taken.body.user.id).not.toBe(await t.idOf('users', 'citizen@sabor.example'));
      expect(await t.query('SELECT display_name FROM users WHERE email = $1', ['citizen@sabor.example'])).toEqual([{ display_name: 'Иван Петров' }]);
      // the owner learns someone tried, and where to set a new password; the password still works
      const mail = await t.waitForMailContaining('citizen@sabor.example', 'Опит за регистрация');
      expect(mail).toContain('http://sabor.test/forgot-password');
      expect((await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' })).status).toBe(200);
    });

    it('refuses a password under 10 characters, naming the field, in the request language', async () => {
      const res = await t.post('/api/auth/register', { email: 'short@example.org', password: '123456789', displayName: 'X' }, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.message).toBe('Some fields are not filled in correctly.');
      expect(res.body.details.fields).toEqual([expect.objectContaining({ field: 'password', codes: ['minLength'] })]);
      expect(await t.query('SELECT 1 FROM users WHERE email = $1', ['short@example.org'])).toHaveLength(0);
    });

    it('refuses unknown fields and a malformed e-mail', async () => {
      const res = await t.post('/api/auth/register', { email: 'not-an-email', password: 'a-long-password', displayName: 'X', isAdmin: true });
      expect(res.status).toBe(400);
      expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'isAdmin']);
      expect(res.body.message).toBe('Някои полета са попълнени неправилно.');
    });
  });

  describe('login', () => {
    it('returns an access token, the user, and an httpOnly SameSite=Strict refresh cookie', async () => {
      const res = await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ expiresIn: 900, user: { email: 'citizen@sabor.example', emailVerified: true } });
      const me = await t.get('/api/me', { token: res.body.accessToken });
      expect(me.body.displayName).toBe('Иван Петров');
      const cookie = cookieOf(res)!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
      // a lifetime, not a date: the browser's clock decides, even when the product's clock is set apart
      expect(cookie).toMatchObject({ maxAge: 30 * 86_400 });
      expect((cookie as { expires?: Date }).expires).toBeUndefined();
      const [stored] = await t.query('SELECT token_hash FROM refresh_tokens ORDER BY created_at DESC LIMIT 1');
      expect(stored.token_hash).not.toBe(cookie.value); // only the hash is kept
    });

    it('sets a script-readable session hint beside the refresh cookie, with no secret in it, and clears both on logout', async () => {
      const res = await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' });
      const hint = hintOf(res)!;
      expect(hint).toMatchObject({ value: '1', path: '/', sameSite: 'Strict', maxAge: 30 * 86_400 });
      expect((hint as { httpOnly?: boolean }).httpOnly).toBeFalsy();
      const refreshed = await t.post('/api/auth/refresh', undefined, { cookies: { [REFRESH]: cookieOf(res)!.value } });
      expect(hintOf(refreshed)).toMatchObject({ value: '1', maxAge: 30 * 86_400 });
      const out = await t.post('/api/auth/logout', undefined, { cookies: { [REFRESH]: cookieOf(refreshed)!.value } });
      expect(hintOf(out)).toMatchObject({ value: '', path: '/' });
      expect(cookieOf(out)).toMatchObject({ value: '' });
    });

    it('gives the same 401 for a wrong password and for an unknown e-mail', async () => {
      const wrong = await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'wrong-password' });
      const unknown = await t.post('/api/auth/login', { email: 'nobody@sabor.example', password: 'wrong-password' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(unknown.body).toEqual(wrong.body);
      expect(wrong.body.code).toBe('invalid_credentials');
    });

    it('answers a missing password with 400 validation_failed', async () => {
      const res = await t.post('/api/auth/login', { email: 'citizen@sabor.example' });
      expect(res.status).toBe(400);
      expect(res.body.details.fields[0].field).toBe('password');
    });

    it('locks an address out with 429 and Retry-After after repeated failures', async () => {
      for (let i = 0; i < 5; i++) {
        expect((await t.post('/api/auth/login', { email: 'moderator@haskovo.sabor.example', password: `guess-${i}` })).status).toBe(401);
      }
      const locked = await t.post('/api/auth/login', { email: 'moderator@haskovo.sabor.example', password: 'demo-password' });
      expect(locked.status).toBe(429);
      expect(locked.body.code).toBe('rate_limited');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      // another account from the same address is not affected
      expect((await t.post('/api/auth/login', { email: 'admin@sabor.example', password: 'demo-password' })).status).toBe(200);
    });
  });

  describe('refresh tokens', () => {
    it('rotates the cookie on each use', async () => {
      const login = await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' });
      const first = cookieOf(login)!.value;
      const r1 = await t.post('/api/auth/refresh', undefined, { cookies: { [REFRESH]: first } });
      expect(r1.status).toBe(200);
      expect(typeof r1.body.accessToken).toBe('string');
      const second = cookieOf(r1)!.value;
      expect(second).not.toBe(first);
      expect((await t.get('/api/me', { token: r1.body.accessToken })).status).toBe(200);
    });

    it('revokes the whole family when a rotated token is used again', async () => {
      const login = await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' });
      const first = cookieOf(login)!.value;
      const r1 = await t.post('/api/auth/refresh', undefined, { cookies: { [REFRESH]: first } });
      const second = cookieOf(r1)!.value;
      // past the grace of a few seconds, a second use of the rotated token is a theft
      const now = t.clock.now();
      t.clock.travelTo(new Date(now.getTime() + 11_000));
      const replay = await t.post('/api/auth/refresh', undefined, { cookies: { [REFRESH]: first } });
      t.clock.travelTo(new Date());
      expect(replay.status).toBe(401);
      // the legitimate newer token is dead too
      const afterTheft = await t.post('/api/auth/refresh', undefined, { cookies: { [REFRESH]: second } });
      expect(afterTheft.status).toBe(401);
      expect(afterTheft.body.code).toBe('invalid_refresh_token');
    });

    it('answers 401 with no cookie or a made-up one, and clears the session hint', async () => {
      expect((await t.post('/api/auth/refresh')).status).toBe(401);
      const madeUp = await t.post('/api/auth/refresh', undefined, { cookies: { [REFRESH]: 'made-up-token-value', sabor_session: '1' } });
      expect(madeUp.status).toBe(401);
      expect(hintOf(madeUp)).toMatchObject({ value: '' });
    });

    it('logout ends the session: 204, then the cookie no longer refreshes', async () => {
      const login = await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' });
      const cookie = cookieOf(login)!.value;
      const out = await t.post('/api/auth/logout', undefined, { cookies: { [REFRESH]: cookie } });
      expect(out.status).toBe(204);
      expect((await t.post('/api/auth/refresh', undefined, { cookies: { [REFRESH]: cookie } })).status).toBe(401);
    });
  });

  describe('sessions end when they should', () => {
    it('gives two simultaneous refreshes with one cookie each a working pair instead of ending the session', async () => {
      const login = await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' });
      const cookie = cookieOf(login)!.value;
      const [a, b] = await Promise.all([t.post('/api/auth/refresh', undefined, { cookies: { [REFRESH]: cookie } }), t.post('/api/auth/refresh', undefined, { cookies: { [REFRESH]: cookie } })]);
      expect([a.status, b.status]).toEqual([200, 200]);
      for (const r of [a, b]) {
        expect((await t.get('/api/me', { token: r.body.accessToken })).status).toBe(200);
        expect((await t.post('/api/auth/refresh', undefined, { cookies: { [REFRESH]: cookieOf(r)!.value } })).status).toBe(200);
      }
    });

    it('ends the access token at logout, not 15 minutes later', async () => {
      const login = await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' });
      const other = await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' });
      expect((await t.get('/api/me', { token: login.body.accessToken })).status).toBe(200);
      expect((await t.post('/api/auth/logout', undefined, { cookies: { [REFRESH]: cookieOf(login)!.value } })).status).toBe(204);
      expect((await t.get('/api/me', { token: login.body.accessToken })).status).toBe(401);
      // another device's session goes on
      expect((await t.get('/api/me', { token: other.body.accessToken })).status).toBe(200);
    });

    it('ends every access token of the account at a password reset and at its deletion', async () => {
      await t.registerVerified('sessions@example.org');
      const phone = await t.post('/api/auth/login', { email: 'sessions@example.org', password: 'correct-horse-battery' });
      expect((await t.get('/api/me', { token: phone.body.accessToken })).status).toBe(200);
      await t.post('/api/auth/password/forgot', { email: 'sessions@example.org' });
      const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(await t.waitForMailContaining('sessions@example.org', 'reset-password'))![1];
      expect((await t.post('/api/auth/password/reset', { token, password: 'a-brand-new-password' })).status).toBe(200);
      expect((await t.get('/api/me', { token: phone.body.accessToken })).status).toBe(401);

      const laptop = await t.post('/api/auth/login', { email: 'sessions@example.org', password: 'a-brand-new-password' });
      const tablet = await t.post('/api/auth/login', { email: 'sessions@example.org', password: 'a-brand-new-password' });
      expect((await t.delete('/api/me', { token: laptop.body.accessToken })).status).toBe(204);
      expect((await t.get('/api/me', { token: tablet.body.accessToken })).status).toBe(401);
    });

    it('takes a lost staff role away from the very next request', async () => {
      const officer = (await t.post('/api/auth/login', { email: 'officer@dupnitsa.sabor.example', password: 'demo-password' })).body.accessToken;
      const dupnitsa = await t.idOf('municipalities', 'dupnitsa');
      expect((await t.get(`/api/municipalities/${dupnitsa}/staff`, { token: officer })).status).toBe(200);
      const userId = await t.idOf('users', 'officer@dupnitsa.sabor.example');
      expect((await t.delete(`/api/municipalities/${dupnitsa}/staff/${userId}`, { token: await t.login('admin@sabor.example') })).status).toBe(204);
      expect((await t.get(`/api/municipalities/${dupnitsa}/staff`, { token: officer })).status).toBe(403);
    });

    it('refuses a correctly signed token without an expiry or without a session', async () => {
      const login = await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' });
      const payload = JSON.parse(Buffer.from(login.body.accessToken.split('.')[1], 'base64url').toString());
      const jwt = t.app.get(JwtService);
      expect((await t.get('/api/me', { token: jwt.sign({ sub: payload.sub, sid: payload.sid }) })).status).toBe(401);
      expect((await t.get('/api/me', { token: jwt.sign({ sub: payload.sub }, { expiresIn: 600 }) })).status).toBe(401);
      expect((await t.get('/api/me', { token: jwt.sign({ sub: payload.sub, sid: payload.sid }, { expiresIn: 600 }) })).status).toBe(200);
    });
  });

  describe('password reset', () => {
    it('answers 202 whether or not the e-mail is registered, and mails only a registered one', async () => {
      const unknown = await t.post('/api/auth/password/forgot', { email: 'ghost@example.org' });
      expect(unknown.status).toBe(202);
      expect(t.mailsTo('ghost@example.org')).toHaveLength(0);
    });

    it('sets a new password with the e-mailed link, once, and ends old sessions', async () => {
      const { token: _ } = await t.registerVerified('reset-me@example.org');
      const login = await t.post('/api/auth/login', { email: 'reset-me@example.org', password: 'correct-horse-battery' });
      const oldCookie = cookieOf(login)!.value;

      expect((await t.post('/api/auth/password/forgot', { email: 'reset-me@example.org' })).status).toBe(202);
      const mail = await t.waitForMail('reset-me@example.org', 2);
      const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail)![1];

      expect((await t.post('/api/auth/password/reset', { token, password: 'short' })).status).toBe(400);
      expect((await t.post('/api/auth/password/reset', { token, password: 'a-brand-new-password' })).status).toBe(200);
      expect((await t.post('/api/auth/login', { email: 'reset-me@example.org', password: 'correct-horse-battery' })).status).toBe(401);
      expect((await t.post('/api/auth/login', { email: 'reset-me@example.org', password: 'a-brand-new-password' })).status).toBe(200);
      expect((await t.post('/api/auth/refresh', undefined, { cookies: { [REFRESH]: oldCookie } })).status).toBe(401);
      const reuse = await t.post('/api/auth/password/reset', { token, password: 'yet-another-password' });
      expect(reuse.status).toBe(400);
      expect(reuse.body.code).toBe('invalid_token');
    });

    it('refuses an expired link', async () => {
      await t.registerVerified('late@example.org');
      await t.post('/api/auth/password/forgot', { email: 'late@example.org' });
      const token = /token=([A-Za-z0-9_-]+)/.exec(await t.waitForMail('late@example.org', 2))![1];
      t.clock.travelTo(new Date(Date.now() + 2 * 3600_000));
      try {
        expect((await t.post('/api/auth/password/reset', { token, password: 'a-brand-new-password' })).body.code).toBe('invalid_token');
      } finally {
        t.clock.travelTo(new Date());
      }
    });
  });

  describe('tokens and verification', () => {
    it('answers 401 to a protected route with no token or a forged one', async () => {
      expect((await t.get('/api/me')).status).toBe(401);
      const forged = await t.get('/api/me', { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad' });
      expect(forged.status).toBe(401);
      expect(forged.body.code).toBe('unauthorized');
    });

    it('answers 403 email_not_verified where a verified e-mail is needed', async () => {
      await t.post('/api/auth/register', { email: 'unverified@example.org', password: 'a-long-password', displayName: 'U' });
      const token = await t.login('unverified@example.org', 'a-long-password');
      const res = await t.post('/api/organizations', { name: 'Сдружение', kind: 'ngo' }, { token });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('email_not_verified');
    });
  });
});

describe('client addresses behind no trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create({ env: { RATE_LIMIT_LOGIN_FAILURES: '3' } });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For, so changing it does not escape the lock-out', async () => {
    for (let i = 0; i < 3; i++) {
      await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: `wrong-${i}` }, { headers: { 'x-forwarded-for': `10.0.0.${i}` } });
    }
    const res = await t.post('/api/auth/login', { email: 'citizen@sabor.example', password: 'demo-password' }, { headers: { 'x-forwarded-for': '10.0.0.99' } });
    expect(res.status).toBe(429);
  });
});
