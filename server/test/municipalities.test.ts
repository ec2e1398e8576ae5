import { TestApp } from './test-app';

describe('municipalities and staff roles', () => {
  let t: TestApp;
  let admin: string;
  let haskovo: string;
  let dupnitsa: string;
  beforeAll(async () => {
    t = await TestApp.create();
    admin = await t.login('admin@sabor.example');
    haskovo = await t.idOf('municipalities', 'haskovo');
    dupnitsa = await t.idOf('municipalities', 'dupnitsa');
  });
  afterAll(() => t.close());

  it('lists the demo municipalities page by page with an opaque cursor', async () => {
    const first = await t.get('/api/municipalities?limit=3');
    expect(first.status).toBe(200);
    expect(first.body.items.map((m: { slug: string }) => m.slug)).toEqual(['dupnitsa', 'haskovo', 'kriva-palanka']);
    const second = await t.get(`/api/municipalities?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((m: { slug: string }) => m.slug)).toEqual(['sapareva-banya', 'sofia']);
    expect(second.body.nextCursor).toBeNull();
    expect((await t.get('/api/municipalities?limit=101')).status).toBe(400);
    expect((await t.get('/api/municipalities?cursor=garbage')).status).toBe(400);
  });

  it('shows a municipality by slug with its country, time zone and language', async () => {
    const res = await t.get('/api/municipalities/kriva-palanka');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ slug: 'kriva-palanka', country: 'MK', timeZone: 'Europe/Skopje', defaultLocale: 'mk', name: { mk: 'Крива Паланка' } });
    expect((await t.get('/api/municipalities/atlantis')).status).toBe(404);
  });

  it('lets an admin create and rename a municipality, and records it in the audit log', async () => {
    const created = await t.post('/api/municipalities', { slug: 'kyustendil', name: { bg: 'Кюстендил', en: 'Kyustendil' }, country: 'BG', timeZone: 'Europe/Sofia', defaultLocale: 'bg' }, { token: admin });
    expect(created.status).toBe(201);
    const patched = await t.patch(`/api/municipalities/${created.body.id}`, { name: { mk: 'Ќустендил' } }, { token: admin });
    expect(patched.body.name).toEqual({ bg: 'Кюстендил', en: 'Kyustendil', mk: 'Ќустендил' });
    const audit = await t.query('SELECT action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id', [created.body.id]);
    expect(audit.map((a) => a.action)).toEqual(['municipality.create', 'municipality.update']);
    expect(audit[1].before.name).toEqual({ bg: 'Кюстендил', en: 'Kyustendil' });
  });

  it('refuses bad municipality data with the fields named', async () => {
    const res = await t.post('/api/municipalities', { slug: 'Bad Slug', name: { en: 'X' }, country: 'RS', timeZone: 'Mars/Olympus', defaultLocale: 'bg' }, { token: admin });
    expect(res.status).toBe(400);
    expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['country', 'slug', 'timeZone']);
    const noDefaultName = await t.post('/api/municipalities', { slug: 'ohrid', name: { en: 'Ohrid' }, country: 'MK', timeZone: 'Europe/Skopje', defaultLocale: 'mk' }, { token: admin });
    expect(noDefaultName.status).toBe(400);
    expect(noDefaultName.body.details.fields[0].field).toBe('name.mk');
    const taken = await t.post('/api/municipalities', { slug: 'haskovo', name: { bg: 'Хасково 2' }, country: 'BG', timeZone: 'Europe/Sofia', defaultLocale: 'bg' }, { token: admin });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('slug_taken');
  });

  it('keeps the official codes (EKATTE, LAU) an admin sets, and refuses malformed ones naming the field', async () => {
    const shown = await t.get('/api/municipalities/haskovo');
    expect(shown.body).toMatchObject({ officialCode: 'HKV34', lauCode: 'HKV34' });
    expect((await t.get('/api/municipalities/kriva-palanka')).body).toMatchObject({ officialCode: null, lauCode: null });
    const bad = await t.patch(`/api/municipalities/${dupnitsa}`, { officialCode: 'knl-48', lauCode: 'KNL48' }, { token: admin });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['officialCode']);
    const tooLong = await t.patch(`/api/municipalities/${dupnitsa}`, { lauCode: 'BG0123456789AB' }, { token: admin });
    expect(tooLong.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['lauCode']);
    expect((await t.get('/api/municipalities/dupnitsa')).body).toMatchObject({ officialCode: 'KNL48', lauCode: 'KNL48' });
    const cleared = await t.patch(`/api/municipalities/${dupnitsa}`, { officialCode: ' ', lauCode: null }, { token: admin });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ officialCode: null, lauCode: null });
    const set = await t.patch(`/api/municipalities/${dupnitsa}`, { officialCode: 'KNL48', lauCode: 'KNL48' }, { token: admin });
    expect(set.body).toMatchObject({ officialCode: 'KNL48', lauCode: 'KNL48' });
  });

  it('keeps municipality set-up to admins', async () => {
    const body = { slug: 'x-town', name: { bg: 'Х' }, country: 'BG', timeZone: 'Europe/Sofia', defaultLocale: 'bg' };
    expect((await t.post('/api/municipalities', body)).status).toBe(401);
    const officer = await t.post('/api/municipalities', body, { token: await t.login('officer@haskovo.sabor.example') });
    expect(officer.status).toBe(403);
    expect(officer.body.code).toBe('forbidden');
    expect((await t.patch(`/api/municipalities/${haskovo}`, { name: { bg: 'Хасково!' } }, { token: await t.login('officer@haskovo.sabor.example') })).status).toBe(403);
  });

  it('lets an admin give and take staff roles; a role in one town gives nothing in another', async () => {
    const citizenId = await t.idOf('users', 'citizen@sabor.example');
    const put = await t.put(`/api/municipalities/${dupnitsa}/staff/${citizenId}`, { role: 'moderator' }, { token: admin });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ userId: citizenId, role: 'moderator' });
    const me = await t.get('/api/me', { token: await t.login('citizen@sabor.example') });
    expect(me.body.staff).toEqual([expect.objectContaining({ municipalitySlug: 'dupnitsa', role: 'moderator' })]);

    const dupnitsaOfficer = await t.login('officer@dupnitsa.sabor.example');
    const staffList = await t.get(`/api/municipalities/${dupnitsa}/staff`, { token: dupnitsaOfficer });
    expect(staffList.body.items.map((s: { email: string }) => s.email).sort()).toEqual(['citizen@sabor.example', 'officer@dupnitsa.sabor.example']);
    expect((await t.get(`/api/municipalities/${haskovo}/staff`, { token: dupnitsaOfficer })).status).toBe(403);
    expect((await t.put(`/api/municipalities/${dupnitsa}/staff/${citizenId}`, { role: 'officer' }, { token: dupnitsaOfficer })).status).toBe(403);
    expect((await t.put(`/api/municipalities/${dupnitsa}/staff/${citizenId}`, { role: 'mayor' }, { token: admin })).status).toBe(400);

    expect((await t.delete(`/api/municipalities/${dupnitsa}/staff/${citizenId}`, { token: admin })).status).toBe(204);
    expect((await t.delete(`/api/municipalities/${dupnitsa}/staff/${citizenId}`, { token: admin })).status).toBe(404);
    const audit = await t.query(`SELECT action FROM audit_log WHERE entity_type = 'staff_role' AND entity_id = $1 ORDER BY id`, [`${dupnitsa}:${citizenId}`]);
    expect(audit.map((a) => a.action)).toEqual(['staff.set', 'staff.remove']);
  });
});
