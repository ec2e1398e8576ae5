import { TestApp } from './test-app';

describe('organisations, representatives and partnerships', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await TestApp.create();
    admin = await t.login('admin@sabor.example');
  });
  afterAll(() => t.close());

  it('makes the creator the representative of an unverified organisation until an admin verifies it', async () => {
    const { token, id } = await t.registerVerified('chair@ngo.example', 'Председател');
    const created = await t.post('/api/organizations', { name: 'Сдружение „Зелен Хасково“', kind: 'ngo', registrationNumber: '175000111' }, { token });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ verified: false, kind: 'ngo', members: [{ userId: id, role: 'representative', displayName: 'Председател' }] });

    expect((await t.post(`/api/organizations/${created.body.id}/verify`, undefined, { token })).status).toBe(403);
    const verified = await t.post(`/api/organizations/${created.body.id}/verify`, undefined, { token: admin });
    expect(verified.status).toBe(200);
    expect(verified.body.verified).toBe(true);
    // the public sees the organisation but not its members
    const publicView = await t.get(`/api/organizations/${created.body.id}`);
    expect(publicView.body.verified).toBe(true);
    expect(publicView.body.members).toBeUndefined();
  });

  it('refuses an unknown kind and a missing name', async () => {
    const res = await t.post('/api/organizations', { kind: 'party' }, { token: await t.login('citizen@sabor.example') });
    expect(res.status).toBe(400);
    expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['kind', 'name']);
  });

  it('lets a representative add and remove members, but keeps one representative', async () => {
    const rep = await t.login('ngo@arsr.sabor.example');
    const [org] = await t.query(`SELECT id FROM organizations WHERE name = 'Алианс за регионално сътрудничество и развитие'`);
    const added = await t.post(`/api/organizations/${org.id}/members`, { email: 'citizen@sabor.example', role: 'member' }, { token: rep });
    expect(added.status).toBe(201);
    expect(added.body.members.map((m: { role: string }) => m.role).sort()).toEqual(['member', 'representative']);
    expect((await t.post(`/api/organizations/${org.id}/members`, { email: 'citizen@sabor.example' }, { token: rep })).body.code).toBe('already_member');

    const citizen = await t.login('citizen@sabor.example');
    // a plain member cannot add people
    expect((await t.post(`/api/organizations/${org.id}/members`, { email: 'admin@sabor.example' }, { token: citizen })).status).toBe(403);
    const repId = await t.idOf('users', 'ngo@arsr.sabor.example');
    const last = await t.delete(`/api/organizations/${org.id}/members/${repId}`, { token: rep });
    expect(last.status).toBe(409);
    expect(last.body.code).toBe('last_representative');
    // a member may leave
    expect((await t.delete(`/api/organizations/${org.id}/members/${await t.idOf('users', 'citizen@sabor.example')}`, { token: citizen })).status).toBe(204);
  });

  it('lists organisations with filters', async () => {
    const verified = await t.get('/api/organizations?verified=true');
    expect(verified.body.items.every((o: { verified: boolean }) => o.verified)).toBe(true);
    const search = await t.get(`/api/organizations?q=${encodeURIComponent('алианс')}`);
    expect(search.body.items.map((o: { name: string }) => o.name)).toEqual(['Алианс за регионално сътрудничество и развитие']);
  });

  it('lets an officer manage partners of their own municipality only', async () => {
    const haskovo = await t.idOf('municipalities', 'haskovo');
    const dupnitsa = await t.idOf('municipalities', 'dupnitsa');
    const org = await t.post('/api/organizations', { name: 'Читалище „Заря“', kind: 'other' }, { token: await t.login('citizen@sabor.example') });
    const officer = await t.login('officer@haskovo.sabor.example');

    const put = await t.put(`/api/municipalities/${haskovo}/partners/${org.body.id}`, undefined, { token: officer });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ organizationId: org.body.id, name: 'Читалище „Заря“' });
    const list = await t.get('/api/municipalities/haskovo/partners');
    expect(list.body.items.map((p: { name: string }) => p.name).sort()).toEqual(['Алианс за регионално сътрудничество и развитие', 'Читалище „Заря“']);

    expect((await t.put(`/api/municipalities/${dupnitsa}/partners/${org.body.id}`, undefined, { token: officer })).status).toBe(403);
    expect((await t.put(`/api/municipalities/${haskovo}/partners/${org.body.id}`, undefined, { token: await t.login('moderator@haskovo.sabor.example') })).status).toBe(403);
    expect((await t.put(`/api/municipalities/${dupnitsa}/partners/${org.body.id}`, undefined, { token: admin })).status).toBe(200);

    expect((await t.delete(`/api/municipalities/${haskovo}/partners/${org.body.id}`, { token: officer })).status).toBe(204);
    expect((await t.delete(`/api/municipalities/${haskovo}/partners/${org.body.id}`, { token: officer })).status).toBe(404);
  });

  it('replays a create with the same Idempotency-Key instead of creating twice', async () => {
    const token = await t.login('citizen@sabor.example');
    const body = { name: 'Клуб на пенсионера', kind: 'other' };
    const headers = { 'idempotency-key': 'club-2026-11-22' };
    const first = await t.post('/api/organizations', body, { token, headers });
    const second = await t.post('/api/organizations', body, { token, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(await t.query(`SELECT id FROM organizations WHERE name = 'Клуб на пенсионера'`)).toHaveLength(1);
    const other = await t.post('/api/organizations', { ...body, name: 'Друг клуб' }, { token, headers });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    // the key belongs to the account: another account with the same key creates its own
    const ngo = await t.post('/api/organizations', body, { token: await t.login('ngo@arsr.sabor.example'), headers });
    expect(ngo.body.id).not.toBe(first.body.id);
    // a day later the key is free again: the same key with another body creates, not refuses
    const before = t.clock.now();
    t.clock.travelTo(new Date(before.getTime() + 25 * 3600_000));
    const later = await t.post('/api/organizations', { ...body, name: 'Клуб на пенсионера 2' }, { token, headers });
    t.clock.travelTo(before);
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
    expect(await t.query('SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1', ['club-2026-11-22'])).toEqual([{ n: 2 }]);
  });
});
