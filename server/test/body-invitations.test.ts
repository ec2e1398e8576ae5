import { TestApp } from './test-app';

/**
 * Issue 10, point 4: one account gives another a role only with that person's consent. An officer
 * who names an account in a body invites it; the account has no right through the body (a private
 * body, its meetings, their minutes) until its owner accepts.
 */
describe('bodies: a member with an account is invited, and has rights only once they accept', () => {
  let t: TestApp;
  let officer: string;
  let citizen: string;
  let stranger: string;
  let citizenId: string;
  let group: { id: string };
  let meeting: { id: string };
  let invitationId: string;
  beforeAll(async () => {
    // Sunday 22 November 2026, noon in Haskovo
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    citizen = await t.login('citizen@sabor.example');
    stranger = await t.login('ngo@arsr.sabor.example');
    citizenId = await t.idOf('users', 'citizen@sabor.example');
    group = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'working_group', name: 'Работна група за бюджета', visibility: 'private' }, { token: officer })).body;
    meeting = (await t.post('/api/meetings', { municipalityId: 'haskovo', bodyId: group.id, kind: 'body_meeting', title: 'Първо заседание', startsAt: '2026-11-10T12:00:00.000Z', endsAt: '2026-11-10T14:00:00.000Z', location: 'Хасково, зала 3' }, { token: officer })).body;
    await t.put(`/api/meetings/${meeting.id}/minutes`, { text: 'Протокол на първото заседание', decisions: [] }, { token: officer });
    expect((await t.post(`/api/meetings/${meeting.id}/minutes/publish`, {}, { token: officer })).status).toBe(200);
  });
  afterAll(() => t.close());

  /** What a caller gets from the private body and everything under it. */
  const reach = async (token: string) => ({
    body: (await t.get(`/api/bodies/${group.id}`, { token })).status,
    members: (await t.get(`/api/bodies/${group.id}/members`, { token })).status,
    meeting: (await t.get(`/api/meetings/${meeting.id}`, { token })).status,
    calendar: (await t.get(`/api/meetings/${meeting.id}.ics`, { token })).status,
    minutes: (await t.get(`/api/meetings/${meeting.id}/minutes`, { token })).status,
    listedBody: ((await t.get('/api/bodies?municipality=haskovo', { token })).body.items as Array<{ id: string }>).some((b) => b.id === group.id),
    listedMeeting: ((await t.get(`/api/meetings?body=${group.id}`, { token })).body.items as Array<{ id: string }>).some((m) => m.id === meeting.id),
  });
  const none = { body: 404, members: 404, meeting: 404, calendar: 404, minutes: 404, listedBody: false, listedMeeting: false };
  const all = { body: 200, members: 200, meeting: 200, calendar: 200, minutes: 200, listedBody: true, listedMeeting: true };

  it('answers 201 with the member, pending, and gives the pending member exactly what a stranger gets', async () => {
    const added = await t.post(`/api/bodies/${group.id}/members`, { userId: citizenId, role: 'member', since: '2026-11-01' }, { token: officer });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ userId: citizenId, name: 'Иван Петров', role: 'member', since: '2026-11-01', term: 'current', invitation: 'pending' });
    invitationId = added.body.id;
    expect(await reach(stranger)).toEqual(none);
    expect(await reach(citizen)).toEqual(none);
    // the officer sees the invitation waiting on the roster
    expect((await t.get(`/api/bodies/${group.id}`, { token: officer })).body.members).toEqual([expect.objectContaining({ id: invitationId, invitation: 'pending' })]);
  });

  it('e-mails the invited person a link to the invitations page', async () => {
    const mail = await t.waitForMailContaining('citizen@sabor.example', 'Работна група за бюджета');
    expect(mail).toContain('Покана за „Работна група за бюджета“');
    expect(mail).toContain('като член от 2026-11-01');
    expect(mail).toContain(`http://sabor.test/invitations?body=${group.id}`);
    expect(mail).toContain('Докато не приемете, профилът ви не получава никакви права');
  });

  it('lists the invitation for the invitee only, and nobody else can accept or decline it', async () => {
    const mine = await t.get('/api/me/body-invitations', { token: citizen });
    expect(mine.status).toBe(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ id: invitationId, bodyId: group.id, bodyName: { bg: 'Работна група за бюджета' }, role: 'member', municipalitySlug: 'haskovo', invitation: 'pending' })]);
    expect((await t.get('/api/me/body-invitations', { token: stranger })).body.items).toEqual([]);
    expect((await t.get('/api/me/body-invitations')).status).toBe(401);
    for (const token of [stranger, officer, await t.login('admin@sabor.example')]) {
      for (const answer of ['accept', 'decline']) {
        const res = await t.post(`/api/me/body-invitations/${invitationId}/${answer}`, undefined, { token });
        expect([answer, res.status, res.body.code]).toEqual([answer, 404, 'not_found']);
      }
    }
    expect(await reach(citizen)).toEqual(none);
  });

  it('gives the member’s rights once the invitee accepts, and records it', async () => {
    const accepted = await t.post(`/api/me/body-invitations/${invitationId}/accept`, undefined, { token: citizen });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ id: invitationId, bodyId: group.id, invitation: 'accepted' });
    expect(await reach(citizen)).toEqual(all);
    expect((await t.get(`/api/bodies/${group.id}`, { token: citizen })).body).toMatchObject({ isMember: true, members: [{ id: invitationId, invitation: 'accepted' }] });
    expect(await reach(stranger)).toEqual(none);
    // answered once: it is no longer an invitation
    expect((await t.get('/api/me/body-invitations', { token: citizen })).body.items).toEqual([]);
    expect((await t.post(`/api/me/body-invitations/${invitationId}/decline`, undefined, { token: citizen })).status).toBe(404);
    const audit = await t.query(`SELECT action, actor_id, after FROM audit_log WHERE entity_type = 'body' AND entity_id = $1 AND action LIKE 'body.member.%' ORDER BY id`, [group.id]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['body.member.add', 'body.member.accept']);
    expect(audit[0].after).toMatchObject({ userId: citizenId, invitation: 'pending' });
    expect(audit[1]).toMatchObject({ actor_id: citizenId, after: { memberId: invitationId, invitation: 'accepted' } });
  });

  it('gives a declined invitation no right, shows the refusal to the officers only, and lets them invite again', async () => {
    const { token: guest, id: guestId } = await t.registerVerified('guest@example.org', 'Гост Гостов');
    const added = await t.post(`/api/bodies/${group.id}/members`, { email: 'guest@example.org', role: 'observer', since: '2026-11-20' }, { token: officer });
    expect(added.status).toBe(201);
    expect(added.body.invitation).toBe('pending');
    expect(await t.waitForMailContaining('guest@example.org', 'Работна група за бюджета')).toContain('като наблюдател');
    expect((await t.post(`/api/me/body-invitations/${added.body.id}/decline`, undefined, { token: guest })).status).toBe(204);
    expect(await reach(guest)).toEqual(none);
    expect((await t.post(`/api/me/body-invitations/${added.body.id}/accept`, undefined, { token: guest })).status).toBe(404);
    const forOfficer = (await t.get(`/api/bodies/${group.id}/members`, { token: officer })).body.items;
    expect(forOfficer.find((m: { userId: string }) => m.userId === guestId)).toMatchObject({ invitation: 'declined' });
    const forMember = (await t.get(`/api/bodies/${group.id}/members`, { token: citizen })).body.items;
    expect(forMember.map((m: { name: string }) => m.name)).toEqual(['Иван Петров']);
    expect((await t.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'body.member.decline'`, [group.id])).length).toBe(1);
    // a refusal is not a term: the officer may invite the person again
    const again = await t.post(`/api/bodies/${group.id}/members`, { userId: guestId, role: 'member', since: '2026-11-25' }, { token: officer });
    expect(again.status).toBe(201);
    expect(again.body.invitation).toBe('pending');
    expect(await reach(guest)).toEqual(none);
  });

  it('withdraws an invitation not yet accepted without leaving a past term', async () => {
    const [row] = await t.query(`SELECT id FROM body_members WHERE body_id = $1 AND invitation = 'pending'`, [group.id]);
    expect((await t.delete(`/api/bodies/${group.id}/members/${row.id}`, { token: officer })).status).toBe(204);
    expect(await t.query(`SELECT id FROM body_members WHERE id = $1`, [row.id])).toEqual([]);
  });

  it('keeps a named outsider on the roster as before, and shows a pending account on a public roster', async () => {
    const council = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'civic_council', name: 'Граждански съвет', visibility: 'public' }, { token: officer })).body;
    const outsider = await t.post(`/api/bodies/${council.id}/members`, { name: 'Мария Костова', role: 'secretary', since: '2026-01-15' }, { token: officer });
    expect(outsider.status).toBe(201);
    expect(outsider.body.invitation).toBeNull();
    await t.post(`/api/bodies/${council.id}/members`, { userId: citizenId, role: 'chair', since: '2026-01-15' }, { token: officer });
    const publicView = await t.get(`/api/bodies/${council.id}`);
    expect(publicView.body.members.map((m: { name: string; invitation: string | null }) => [m.name, m.invitation])).toEqual([
      ['Иван Петров', 'pending'],
      ['Мария Костова', null],
    ]);
    expect(publicView.body).toMatchObject({ isMember: false, myInvitationId: null });
    // the invitee, on the body's page, is told there is an invitation to answer
    const invitee = (await t.get(`/api/bodies/${council.id}`, { token: citizen })).body;
    expect(invitee).toMatchObject({ isMember: false, myInvitationId: invitee.members[0].id });
    expect((await t.get(`/api/bodies/${council.id}`, { token: stranger })).body.myInvitationId).toBeNull();
  });
});

describe('bodies: the answer to an invitation by e-mail is the same whether or not the address has an account', () => {
  let t: TestApp;
  let officer: string;
  let group: { id: string };
  let meeting: { id: string };
  const keys = (o: object) => Object.keys(o).sort();
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    group = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'civic_council', name: 'Граждански съвет по транспорта', visibility: 'private' }, { token: officer })).body;
    meeting = (await t.post('/api/meetings', { municipalityId: 'haskovo', bodyId: group.id, kind: 'body_meeting', title: 'Първо заседание', startsAt: '2026-11-10T12:00:00.000Z', endsAt: '2026-11-10T14:00:00.000Z', location: 'Хасково' }, { token: officer })).body;
  });
  afterAll(() => t.close());

  it('keeps an unanswered invitation by address off a public roster for everyone but the staff and the invitee', async () => {
    const forum = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'forum', name: 'Форум за квартала', visibility: 'public' }, { token: officer })).body;
    expect((await t.post(`/api/bodies/${forum.id}/members`, { email: 'ivan.petrov.private@example.org', role: 'member', since: '2026-11-01' }, { token: officer })).status).toBe(201);
    expect((await t.post(`/api/bodies/${forum.id}/members`, { name: 'Мария Костова', role: 'member', since: '2026-11-01' }, { token: officer })).status).toBe(201);
    const names = (body: { members: Array<{ name: string }> }) => body.members.map((m) => m.name);
    // the part of the address before @ would say who was written to
    expect(names((await t.get(`/api/bodies/${forum.id}`)).body)).toEqual(['Мария Костова']);
    expect(names((await t.get(`/api/bodies/${forum.id}`, { token: await t.login('citizen@sabor.example') })).body)).toEqual(['Мария Костова']);
    expect((await t.get(`/api/bodies/${forum.id}/members`)).body.items).toHaveLength(1);
    expect(names((await t.get(`/api/bodies/${forum.id}`, { token: officer })).body).sort()).toEqual(['ivan.petrov.private', 'Мария Костова'].sort());
  });

  it('answers 201 with the same member shape for an address with an account and one without', async () => {
    const add = (email: string) => t.post(`/api/bodies/${group.id}/members`, { email, role: 'member', since: '2026-11-01' }, { token: officer });
    const known = await add('NGO@arsr.sabor.example');
    const unknown = await add(' Newcomer@Example.org ');
    expect([known.status, unknown.status]).toEqual([201, 201]);
    expect(keys(known.body)).toEqual(keys(unknown.body));
    // nothing that could differ tells the account: no id, no account name, the same state
    const telling = (m: Record<string, unknown>) => ({ userId: m.userId, invitation: m.invitation, term: m.term, organizationName: m.organizationName });
    expect(telling(known.body)).toEqual(telling(unknown.body));
    expect([known.body.name, unknown.body.name]).toEqual(['ngo', 'newcomer']);
    // the name the officer gives is the one shown, account or not
    const named = await t.post(`/api/bodies/${group.id}/members`, { email: 'citizen@sabor.example', name: 'Иван от квартала', role: 'observer', since: '2026-11-01' }, { token: officer });
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({ userId: null, name: 'Иван от квартала', invitation: 'pending' });
    // the roster the officer reads back is the same too
    const roster = (await t.get(`/api/bodies/${group.id}/members`, { token: officer })).body.items as Array<Record<string, unknown>>;
    const rows = [known.body.id, unknown.body.id].map((id) => roster.find((m) => m.id === id)!);
    expect(keys(rows[0])).toEqual(keys(rows[1]));
    expect(telling(rows[0])).toEqual(telling(rows[1]));
    // the same address twice is refused the same way
    expect([(await add('ngo@arsr.sabor.example')).body.code, (await add('newcomer@example.org')).body.code]).toEqual(['already_member', 'already_member']);
  });

  it('e-mails the address without an account an invitation to register with it', async () => {
    const mail = await t.waitForMailContaining('newcomer@example.org', 'Граждански съвет по транспорта');
    expect(mail).toContain('С този адрес още няма профил в Събор');
    expect(mail).toContain('http://sabor.test/register?next=%2Finvitations');
  });

  it('gives the invitation to the account that registers and verifies the address, and only to it', async () => {
    // invited too (by address, with a name of the officer's), not yet answered: a stranger to the body
    const stranger = await t.login('citizen@sabor.example');
    const id = (await t.query(`SELECT id FROM body_members WHERE invited_email = 'newcomer@example.org'`))[0].id as string;
    const reg = await t.post('/api/auth/register', { email: 'newcomer@example.org', password: 'correct-horse-battery', displayName: 'Нова Съседка' });
    expect(reg.status).toBe(201);
    const verify = await t.waitForMailContaining('newcomer@example.org', 'verify-email');
    // not before the address is proved
    expect((await t.query('SELECT user_id FROM body_members WHERE id = $1', [id]))[0].user_id).toBeNull();
    await t.post('/api/auth/verify-email', { token: /verify-email\?token=([A-Za-z0-9_-]+)/.exec(verify)![1] });
    const newcomer = await t.login('newcomer@example.org', 'correct-horse-battery');
    const mine = await t.get('/api/me/body-invitations', { token: newcomer });
    expect(mine.body.items).toEqual([expect.objectContaining({ id, bodyId: group.id, invitation: 'pending' })]);
    expect((await t.get(`/api/bodies/${group.id}`, { token: newcomer })).status).toBe(404);
    expect((await t.get(`/api/meetings/${meeting.id}`, { token: newcomer })).status).toBe(404);
    for (const token of [stranger, officer, await t.login('ngo@arsr.sabor.example')]) {
      expect((await t.post(`/api/me/body-invitations/${id}/accept`, undefined, { token })).status).toBe(404);
    }
    expect((await t.post(`/api/me/body-invitations/${id}/accept`, undefined, { token: newcomer })).status).toBe(200);
    expect((await t.get(`/api/bodies/${group.id}`, { token: newcomer })).status).toBe(200);
    expect((await t.get(`/api/meetings/${meeting.id}`, { token: newcomer })).status).toBe(200);
    // answered: the address is no longer kept, and the roster shows the account's own name
    expect((await t.query('SELECT invited_email FROM body_members WHERE id = $1', [id]))[0].invited_email).toBeNull();
    expect((await t.get(`/api/bodies/${group.id}/members`, { token: officer })).body.items).toContainEqual(expect.objectContaining({ id, userId: reg.body.user.id, name: 'Нова Съседка', invitation: 'accepted' }));
    expect((await t.get(`/api/bodies/${group.id}`, { token: stranger })).status).toBe(404);
  });

  it('lets the account that had the address already accept too', async () => {
    const ngo = await t.login('ngo@arsr.sabor.example');
    const mine = (await t.get('/api/me/body-invitations', { token: ngo })).body.items as Array<{ id: string }>;
    expect(mine).toHaveLength(1);
    expect((await t.post(`/api/me/body-invitations/${mine[0].id}/accept`, undefined, { token: ngo })).status).toBe(200);
    expect((await t.get(`/api/bodies/${group.id}`, { token: ngo })).status).toBe(200);
  });
});

describe('bodies: invitations are personal data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
  });
  afterAll(() => t.close());

  it('exports the invitations to bodies, and a deleted account takes its unanswered ones with it', async () => {
    const officer = await t.login('officer@haskovo.sabor.example');
    const { token, id } = await t.registerVerified('leaver@example.org', 'Напускащ');
    const group = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'working_group', name: 'Работна група', visibility: 'private' }, { token: officer })).body;
    expect((await t.post(`/api/bodies/${group.id}/members`, { userId: id, role: 'member', since: '2026-11-01' }, { token: officer })).status).toBe(201);
    // and one by address, in another body
    const forum = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'forum', name: 'Форум', visibility: 'public' }, { token: officer })).body;
    expect((await t.post(`/api/bodies/${forum.id}/members`, { email: 'Leaver@example.org', role: 'observer', since: '2026-11-01' }, { token: officer })).status).toBe(201);
    const exported = await t.get('/api/me/export', { token });
    expect(exported.body.bodyMemberships).toHaveLength(2);
    expect(exported.body.bodyMemberships).toEqual(expect.arrayContaining([
      expect.objectContaining({ bodyId: group.id, bodyName: { bg: 'Работна група' }, role: 'member', invitation: 'pending', answeredAt: null }),
      expect.objectContaining({ bodyId: forum.id, bodyName: { bg: 'Форум' }, role: 'observer', invitation: 'pending', answeredAt: null }),
    ]));
    expect((await t.delete('/api/me', { token })).status).toBe(204);
    expect(await t.query('SELECT 1 FROM body_members WHERE user_id = $1 OR invited_email = $2', [id, 'leaver@example.org'])).toEqual([]);
  });

  it('withdraws an invitation to an address nobody has taken up in 30 days, and keeps the rest', async () => {
    const officer = await t.login('officer@haskovo.sabor.example');
    const forum = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'forum', name: 'Форум за парка', visibility: 'public' }, { token: officer })).body;
    for (const email of ['forgotten@example.org', 'recent@example.org']) {
      expect((await t.post(`/api/bodies/${forum.id}/members`, { email, role: 'member', since: '2026-11-01' }, { token: officer })).status).toBe(201);
    }
    const [citizen] = await t.query(`SELECT id FROM users WHERE email = 'citizen@sabor.example'`);
    expect((await t.post(`/api/bodies/${forum.id}/members`, { userId: citizen.id, role: 'member', since: '2026-11-01' }, { token: officer })).status).toBe(201);
    expect((await t.post(`/api/bodies/${forum.id}/members`, { name: 'Мария Костова', role: 'member', since: '2026-11-01' }, { token: officer })).status).toBe(201);
    // all but one were sent 31 days ago; the housekeeping compares with the database's clock
    await t.query(`UPDATE body_members SET created_at = now() - interval '31 days' WHERE body_id = $1 AND invited_email IS DISTINCT FROM 'recent@example.org'`, [forum.id]);
    await t.housekeeping();
    const left: Array<{ invited_email: string | null; user_id: string | null; name: string | null }> = await t.query('SELECT invited_email, user_id, name FROM body_members WHERE body_id = $1', [forum.id]);
    // the address nobody took up is gone; a recent one stays, as do an account's invitation and a named outsider
    expect(left.map((r) => r.invited_email ?? (r.user_id === citizen.id ? 'the citizen' : r.name)).sort()).toEqual(['recent@example.org', 'the citizen', 'Мария Костова'].sort());
  });
});

describe('bodies: an officer’s invitations are limited by a setting of their own', () => {
  let t: TestApp;
  beforeAll(async () => {
    // the organisations' ceiling set lower than the bodies': only the bodies' counts here
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z', RATE_LIMIT_BODY_INVITATIONS_PER_ACCOUNT: '2', RATE_LIMIT_ORG_INVITATIONS_PER_ACCOUNT: '1' } });
  });
  afterAll(() => t.close());

  it('refuses the invitation over the ceiling with 429, and still takes named outsiders', async () => {
    const officer = await t.login('officer@haskovo.sabor.example');
    const group = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'forum', name: 'Форум', visibility: 'public' }, { token: officer })).body;
    const invite = (email: string) => t.post(`/api/bodies/${group.id}/members`, { email, role: 'member', since: '2026-11-01' }, { token: officer });
    expect((await invite('citizen@sabor.example')).status).toBe(201);
    // an address without an account counts the same
    expect((await invite('nobody-yet@example.org')).status).toBe(201);
    const third = await invite('nobody-else@example.org');
    expect(third.status).toBe(429);
    expect(third.body.code).toBe('rate_limited');
    expect(third.headers['retry-after']).toBeDefined();
    expect((await t.post(`/api/bodies/${group.id}/members`, { name: 'Мария Костова', role: 'member', since: '2026-11-01' }, { token: officer })).status).toBe(201);
    expect((await t.get(`/api/bodies/${group.id}`, { token: officer })).body.members).toHaveLength(3);
  });
});

describe('municipality staff: an appointment by the administrator, effective at once, is told to the person', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create();
  });
  afterAll(() => t.close());

  it('e-mails the person given a staff role and the one who loses it', async () => {
    const admin = await t.login('admin@sabor.example');
    const { id } = await t.registerVerified('clerk@example.org', 'Деловодител');
    const haskovo = await t.idOf('municipalities', 'haskovo');
    expect((await t.put(`/api/municipalities/${haskovo}/staff/${id}`, { role: 'moderator' }, { token: admin })).status).toBe(200);
    const given = await t.waitForMailContaining('clerk@example.org', 'модератор');
    expect(given).toContain('определи за модератор на Хасково');
    expect(given).toContain('http://sabor.test/officer');
    expect((await t.delete(`/api/municipalities/${haskovo}/staff/${id}`, { token: admin })).status).toBe(204);
    expect(await t.waitForMailContaining('clerk@example.org', 'Вече не сте служител')).toContain('премахна ролята ви на служител на Хасково');
  });
});
