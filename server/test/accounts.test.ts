import { TestApp } from './test-app';

describe('my account: profile, export, deletion', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create();
  });
  afterAll(() => t.close());

  it('shows my profile with my roles in municipalities and organisations', async () => {
    const officer = await t.get('/api/me', { token: await t.login('officer@haskovo.sabor.example') });
    expect(officer.status).toBe(200);
    expect(officer.body.staff).toEqual([{ municipalityId: await t.idOf('municipalities', 'haskovo'), municipalitySlug: 'haskovo', role: 'officer' }]);
    const ngo = await t.get('/api/me', { token: await t.login('ngo@arsr.sabor.example') });
    expect(ngo.body.organizations).toEqual([expect.objectContaining({ name: 'Алианс за регионално сътрудничество и развитие', role: 'representative', verified: true })]);
    const admin = await t.get('/api/me', { token: await t.login('admin@sabor.example') });
    expect(admin.body.isAdmin).toBe(true);
  });

  it('updates my name, language and home settlement, and refuses bad values', async () => {
    const token = await t.login('citizen@sabor.example');
    const res = await t.patch('/api/me', { displayName: 'Иван П.', locale: 'en', homeSettlement: 'Димитровград' }, { token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ displayName: 'Иван П.', locale: 'en', homeSettlement: 'Димитровград' });
    const bad = await t.patch('/api/me', { locale: 'de', email: 'x@y.z' }, { token });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'locale']);
  });

  it('keeps the keyboard shortcuts setting on the account: on by default, turned off and on with PATCH, a non-boolean refused', async () => {
    const token = await t.login('officer@haskovo.sabor.example');
    expect((await t.get('/api/me', { token })).body.keyboardShortcuts).toBe(true);
    const off = await t.patch('/api/me', { keyboardShortcuts: false }, { token });
    expect(off.status).toBe(200);
    expect(off.body.keyboardShortcuts).toBe(false);
    // it is the account's, not the session's: a new sign-in finds it off
    const again = await t.login('officer@haskovo.sabor.example');
    expect((await t.get('/api/me', { token: again })).body).toMatchObject({ keyboardShortcuts: false, displayName: expect.any(String) });
    const bad = await t.patch('/api/me', { keyboardShortcuts: 'no' }, { token });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields).toEqual([expect.objectContaining({ field: 'keyboardShortcuts', codes: ['isBoolean'] })]);
    // null is no answer either: 400, not a 500 from the NOT NULL column (found by the fuzz test)
    const blank = await t.patch('/api/me', { keyboardShortcuts: null }, { token });
    expect([blank.status, blank.body.code]).toEqual([400, 'validation_failed']);
    expect((await t.patch('/api/me', { keyboardShortcuts: true }, { token })).body.keyboardShortcuts).toBe(true);
  });

  it('exports every piece of personal data I have as JSON', async () => {
    const token = await t.login('ngo@arsr.sabor.example');
    const res = await t.get('/api/me/export', { token });
    expect(res.status).toBe(200);
    expect(res.body.account).toMatchObject({ email: 'ngo@arsr.sabor.example', organizations: [expect.objectContaining({ role: 'representative' })] });
    expect(res.body.sessions.length).toBeGreaterThan(0);
  });

  it('deletes my account: I can no longer log in, my token stops working, my e-mail is free again', async () => {
    const { token, id } = await t.registerVerified('leaving@example.org', 'Напускащ');
    const res = await t.delete('/api/me', { token });
    expect(res.status).toBe(204);
    expect((await t.get('/api/me', { token })).status).toBe(401);
    expect((await t.post('/api/auth/login', { email: 'leaving@example.org', password: 'correct-horse-battery' })).status).toBe(401);
    const [row] = await t.query('SELECT email, display_name, password_hash, deleted_at FROM users WHERE id = $1', [id]);
    expect(row).toMatchObject({ email: null, display_name: 'deleted participant', password_hash: null });
    expect(row.deleted_at).not.toBeNull();
    expect((await t.post('/api/auth/register', { email: 'leaving@example.org', password: 'a-long-password', displayName: 'Again' })).status).toBe(201);
  });

  it('exports the invitations waiting for my address, and deletes them with my account', async () => {
    const { token } = await t.registerVerified('invited@example.org', 'Поканен');
    const [org] = await t.query(`SELECT id FROM organizations WHERE name = 'Алианс за регионално сътрудничество и развитие'`);
    expect((await t.post(`/api/organizations/${org.id}/members`, { email: 'invited@example.org' }, { token: await t.login('ngo@arsr.sabor.example') })).status).toBe(202);
    const exported = await t.get('/api/me/export', { token });
    expect(exported.body.organizationInvitations).toEqual([expect.objectContaining({ organizationId: org.id, role: 'member' })]);
    expect((await t.delete('/api/me', { token })).status).toBe(204);
    expect(await t.query('SELECT 1 FROM organization_invitations WHERE email = $1', ['invited@example.org'])).toEqual([]);
  });

  it('lets only admins search accounts', async () => {
    const admin = await t.get('/api/users?q=haskovo', { token: await t.login('admin@sabor.example') });
    expect(admin.status).toBe(200);
    expect(admin.body.items.map((u: { email: string }) => u.email)).toEqual(['moderator@haskovo.sabor.example', 'officer@haskovo.sabor.example']);
    expect((await t.get('/api/users?q=haskovo', { token: await t.login('officer@haskovo.sabor.example') })).status).toBe(403);
  });
});
