import { simpleParser } from 'mailparser';
import { notifyFollowers } from '../src/jobs/followers';
import { createQueue } from '../src/queue/queue';
import { MOTIVES, ORDINANCE_BODY } from './fixtures';
import { TestApp } from './test-app';

describe('following a municipality, and the calendar of declared days', () => {
  let t: TestApp;
  let officer: string;
  let admin: string;
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    admin = await t.login('admin@sabor.example');
  });
  afterAll(() => t.close());

  const draft = async () => (await t.post('/api/consultations', { municipalityId: 'haskovo', kind: 'ordinance', title: 'Наредба за търговията', summary: '', body: ORDINANCE_BODY, motives: MOTIVES, contact: {} }, { token: officer })).body.id as string;

  it('e-mails followers, in their language, when the municipality publishes a consultation', async () => {
    const citizen = await t.login('citizen@sabor.example');
    expect((await t.put('/api/municipalities/haskovo/follow', undefined, { token: citizen })).body).toEqual({ following: true });
    expect((await t.put('/api/municipalities/haskovo/follow', undefined, { token: citizen })).status).toBe(200);
    const english = await t.registerVerified('follower-en@example.org', 'Follower');
    await t.patch('/api/me', { locale: 'en' }, { token: english.token });
    await t.put('/api/municipalities/haskovo/follow', undefined, { token: english.token });
    await t.put('/api/municipalities/dupnitsa/follow', undefined, { token: await t.login('ngo@arsr.sabor.example') });
    expect((await t.get('/api/me', { token: citizen })).body.follows).toEqual([await t.idOf('municipalities', 'haskovo')]);

    const id = await draft();
    await t.post(`/api/consultations/${id}/publish`, {}, { token: officer });
    const bg = await t.waitForMailContaining('citizen@sabor.example', 'Ново обществено обсъждане');
    expect(bg).toContain('Предложения се приемат до 1 април 2026');
    expect(bg).toContain(`/consultations/${id}`);
    expect(await t.waitForMailContaining('follower-en@example.org', 'New public consultation')).toContain('1 April 2026');
    // the NGO follows Dupnitsa only
    await new Promise((r) => setTimeout(r, 1500));
    expect(t.mailsTo('ngo@arsr.sabor.example').join('\n')).not.toContain('Наредба за търговията');

    expect((await t.delete('/api/municipalities/haskovo/follow', { token: citizen })).body).toEqual({ following: false });
    expect((await t.put('/api/municipalities/haskovo/follow')).status).toBe(401);
  });

  it('writes a follower once about a publication even when its notification job runs again (a retry, or a second worker)', async () => {
    const reader = await t.registerVerified('once@example.org', 'Reader');
    await t.put('/api/municipalities/haskovo/follow', undefined, { token: reader.token });
    const id = await draft();
    await t.post(`/api/consultations/${id}/publish`, {}, { token: officer });
    await t.waitForMailContaining('once@example.org', 'Ново обществено обсъждане');
    const before = t.mailsTo('once@example.org').length;
    // the same job again, as a retry after a failure half-way would run it
    const queue = await createQueue(t.databaseUrl, { worker: false });
    try {
      expect(await notifyFollowers(queue, t.config, id)).toBeGreaterThan(0);
    } finally {
      await queue.stop({ graceful: false, close: true });
    }
    await new Promise((r) => setTimeout(r, 2000)); // the worker polls every 0.5 s
    expect(t.mailsTo('once@example.org')).toHaveLength(before);
  });

  it('lets a follower stop the e-mails with one click, as mail providers require of bulk mail (RFC 2369, 8058, 3834)', async () => {
    const reader = await t.registerVerified('one-click@example.org', 'Reader');
    await t.put('/api/municipalities/haskovo/follow', undefined, { token: reader.token });
    const id = await draft();
    await t.post(`/api/consultations/${id}/publish`, {}, { token: officer });
    await t.waitForMailContaining('one-click@example.org', 'Ново обществено обсъждане');
    const mail = await simpleParser(t.mailsTo('one-click@example.org').pop()!);
    // the header lines as the parser unfolded them; each of these headers exactly once
    const header = (name: string) => {
      const lines = mail.headerLines.filter((h) => h.key === name);
      expect(lines).toHaveLength(1);
      return lines[0].line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ');
    };
    expect(header('auto-submitted')).toBe('auto-generated');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const raw = header('list-unsubscribe');
    const targets = [...raw.matchAll(/<([^>]+)>/g)].map((m) => m[1]);
    expect(targets).toHaveLength(2);
    const https = new URL(targets.find((u) => u.startsWith('http'))!);
    expect(https.origin + https.pathname).toBe('http://sabor.test/api/unsubscribe');
    expect(targets.find((u) => u.startsWith('mailto:'))).toMatch(/^mailto:no-reply@sabor\.example\?subject=unsubscribe%20/);
    // the text part links to the page that asks before it stops anything
    expect(mail.text).toContain(`http://sabor.test/unsubscribe?token=${https.searchParams.get('token')}`);

    // what a mail provider does: POST the URL with the one-click body, no login, no cookie
    const oneClick = await t.app.inject({ method: 'POST', url: https.pathname + https.search, payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(oneClick.statusCode).toBe(200);
    expect(oneClick.json()).toMatchObject({ following: false, municipalityName: { bg: 'Хасково' } });
    expect((await t.get('/api/me', { token: reader.token })).body.follows).toEqual([]);
    // again: still fine; a forged or cut token: refused, and nobody's follow is touched
    expect((await t.app.inject({ method: 'POST', url: https.pathname + https.search })).statusCode).toBe(200);
    const forged = await t.app.inject({ method: 'POST', url: `${https.pathname}?token=${https.searchParams.get('token')!.slice(0, -2)}xx` });
    expect([forged.statusCode, forged.json().code]).toEqual([400, 'invalid_token']);
    // opening the link (a GET, as link scanners do) stops nothing
    await t.put('/api/municipalities/haskovo/follow', undefined, { token: reader.token });
    await t.app.inject({ method: 'GET', url: https.pathname + https.search });
    expect((await t.get('/api/me', { token: reader.token })).body.follows).toHaveLength(1);
  });

  it('lists the computed holidays of a year, with Orthodox Easter', async () => {
    const res = await t.get('/api/calendar/bg?year=2026');
    expect(res.status).toBe(200);
    const dates = res.body.days.map((d: { date: string }) => d.date);
    expect(dates).toEqual(expect.arrayContaining(['2026-03-03', '2026-04-10', '2026-04-13', '2026-12-24']));
    expect((await t.get('/api/calendar/rs')).status).toBe(404);
  });

  it('lets an admin declare a day off, which moves a deadline that ends on it', async () => {
    const id = await draft();
    // 2026-03-03 + 30 = Thu 2 Apr 2026, a working day
    const before = await t.get(`/api/consultations/${id}/deadline?publishOn=2026-03-03`, { token: officer });
    expect(before.body.lastDay).toBe('2026-04-02');
    expect((await t.put('/api/calendar/BG/2026-04-02', { kind: 'non_working', name: { bg: 'Решение на МС (пример)' } }, { token: officer })).status).toBe(403);
    const declared = await t.put('/api/calendar/BG/2026-04-02', { kind: 'non_working', name: { bg: 'Решение на МС (пример)', en: 'Council of Ministers decision (example)' } }, { token: admin });
    expect(declared.status).toBe(200);
    const after = await t.get(`/api/consultations/${id}/deadline?publishOn=2026-03-03`, { token: officer, headers: { 'accept-language': 'en' } });
    expect(after.body).toMatchObject({ lastDay: '2026-04-03', movedFrom: '2026-04-02' });
    expect(after.body.reason).toContain('Council of Ministers decision (example)');
    expect((await t.get('/api/calendar/bg?year=2026')).body.days).toContainEqual(expect.objectContaining({ date: '2026-04-02', kind: 'declared_non_working' }));
    expect((await t.delete('/api/calendar/BG/2026-04-02', { token: admin })).status).toBe(204);
    expect((await t.get(`/api/consultations/${id}/deadline?publishOn=2026-03-03`, { token: officer })).body.lastDay).toBe('2026-04-02');
  });
});
