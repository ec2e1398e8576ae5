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

  it('makes adding someone an invitation: no right until the invited person accepts', async () => {
    const rep = await t.login('ngo@arsr.sabor.example');
    const citizen = await t.login('citizen@sabor.example');
    const [org] = await t.query(`SELECT id FROM organizations WHERE name = 'Алианс за регионално сътрудничество и развитие'`);
    // the NGO partners Haskovo: its representatives read the municipality's form reports
    expect((await t.get('/api/reports/satisfaction?municipalityId=haskovo', { token: citizen })).status).toBe(403);

    const added = await t.post(`/api/organizations/${org.id}/members`, { email: 'citizen@sabor.example', role: 'representative' }, { token: rep });
    expect(added.status).toBe(202);
    expect(added.body).toMatchObject({ email: 'citizen@sabor.example', role: 'representative', status: 'pending' });
    expect(JSON.stringify(added.body)).not.toContain('Иван Петров');
    // still no right, and not a member
    expect((await t.get('/api/reports/satisfaction?municipalityId=haskovo', { token: citizen })).status).toBe(403);
    expect((await t.get(`/api/organizations/${org.id}`, { token: rep })).body.members).toHaveLength(1);
    expect((await t.post(`/api/organizations/${org.id}/members`, { email: 'admin@sabor.example' }, { token: citizen })).status).toBe(403);

    // the e-mail (a real .eml) carries the link; someone else signed in cannot use it
    const mail = await t.waitForMailContaining('citizen@sabor.example', 'Алианс за регионално сътрудничество и развитие');
    const token = /invitations\?organization=[0-9a-f-]+&token=([A-Za-z0-9_-]+)/.exec(mail)![1];
    expect((await t.post(`/api/organizations/${org.id}/invitations/${token}/accept`, undefined, { token: await t.login('moderator@haskovo.sabor.example') })).status).toBe(403);

    // the invited person sees it among their invitations and accepts
    const mine = await t.get('/api/me/invitations', { token: citizen });
    expect(mine.body.items).toEqual([expect.objectContaining({ organizationId: org.id, organizationName: 'Алианс за регионално сътрудничество и развитие', role: 'representative' })]);
    const accepted = await t.post(`/api/organizations/${org.id}/invitations/${token}/accept`, undefined, { token: citizen });
    expect(accepted.status).toBe(200);
    expect(accepted.body.members.map((m: { role: string }) => m.role)).toEqual(['representative', 'representative']);
    expect((await t.get('/api/reports/satisfaction?municipalityId=haskovo', { token: citizen })).status).toBe(200);
    // the link is spent
    expect((await t.post(`/api/organizations/${org.id}/invitations/${token}/accept`, undefined, { token: citizen })).body.code).toBe('invalid_token');
    expect((await t.get('/api/me/invitations', { token: citizen })).body.items).toEqual([]);

    // a member may leave; the last representative stays
    const citizenId = await t.idOf('users', 'citizen@sabor.example');
    expect((await t.delete(`/api/organizations/${org.id}/members/${citizenId}`, { token: citizen })).status).toBe(204);
    const last = await t.delete(`/api/organizations/${org.id}/members/${await t.idOf('users', 'ngo@arsr.sabor.example')}`, { token: rep });
    expect(last.status).toBe(409);
    expect(last.body.code).toBe('last_representative');
  });

  it('answers the same for an address with and without an account, and lets the invitee decline', async () => {
    const rep = await t.login('ngo@arsr.sabor.example');
    const [org] = await t.query(`SELECT id FROM organizations WHERE name = 'Алианс за регионално сътрудничество и развитие'`);
    const known = await t.post(`/api/organizations/${org.id}/members`, { email: 'officer@dupnitsa.sabor.example' }, { token: rep });
    const unknown = await t.post(`/api/organizations/${org.id}/members`, { email: 'nobody-here@example.org' }, { token: rep });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    const shape = (b: Record<string, unknown>) => Object.keys(b).sort();
    expect(shape(unknown.body)).toEqual(shape(known.body));
    expect(unknown.body).toMatchObject({ email: 'nobody-here@example.org', role: 'member', status: 'pending' });
    // the unknown address is told to register first
    expect(await t.waitForMailContaining('nobody-here@example.org', 'Регистрирайте се')).toContain('/invitations?organization=');

    const pending = await t.get(`/api/organizations/${org.id}/invitations`, { token: rep });
    expect(pending.body.items.map((i: { email: string }) => i.email).sort()).toEqual(['nobody-here@example.org', 'officer@dupnitsa.sabor.example']);
    // a representative cancels one; the invitee declines the other
    const unknownId = pending.body.items.find((i: { email: string }) => i.email === 'nobody-here@example.org').id;
    expect((await t.delete(`/api/organizations/${org.id}/invitations/${unknownId}`, { token: rep })).status).toBe(204);
    const officer = await t.login('officer@dupnitsa.sabor.example');
    const [invitation] = (await t.get('/api/me/invitations', { token: officer })).body.items;
    expect((await t.post(`/api/me/invitations/${invitation.id}/accept`, undefined, { token: rep })).status).toBe(404);
    expect((await t.post(`/api/me/invitations/${invitation.id}/decline`, undefined, { token: officer })).status).toBe(204);
    expect((await t.get(`/api/organizations/${org.id}/invitations`, { token: rep })).body.items).toEqual([]);
    expect((await t.get(`/api/organizations/${org.id}`, { token: rep })).body.members).toHaveLength(1);
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
