import { TestApp } from './test-app';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create();
    const admin = await t.login('admin@sabor.example');
    const haskovo = await t.idOf('municipalities', 'haskovo');
    const dupnitsa = await t.idOf('municipalities', 'dupnitsa');
    await t.patch(`/api/municipalities/${haskovo}`, { name: { en: 'Haskovo Municipality' } }, { token: admin });
    await t.patch(`/api/municipalities/${dupnitsa}`, { name: { en: 'Dupnitsa Municipality' } }, { token: admin });
  });
  afterAll(() => t.close());

  it('shows admins every entry, newest first, with before and after', async () => {
    const res = await t.get('/api/audit-log', { token: await t.login('admin@sabor.example') });
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(['municipality.update', 'municipality.update']);
    expect(res.body.items[0]).toMatchObject({ actorName: 'Администратор на Събор', after: { name: { en: 'Dupnitsa Municipality' } } });
  });

  it('shows an officer only their own municipality', async () => {
    const token = await t.login('officer@haskovo.sabor.example');
    const res = await t.get('/api/audit-log', { token });
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0].municipalityId).toBe(await t.idOf('municipalities', 'haskovo'));
    expect((await t.get(`/api/audit-log?municipalityId=${await t.idOf('municipalities', 'dupnitsa')}`, { token })).status).toBe(403);
  });

  it('is closed to participants', async () => {
    expect((await t.get('/api/audit-log', { token: await t.login('citizen@sabor.example') })).status).toBe(403);
    expect((await t.get('/api/audit-log')).status).toBe(401);
  });

  it('cannot be changed or deleted, even directly in the database', async () => {
    await expect(t.query(`UPDATE audit_log SET action = 'nothing'`)).rejects.toThrow(/append-only/);
    await expect(t.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });
});
