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
