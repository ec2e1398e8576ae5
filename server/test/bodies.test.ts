import { openConsultation } from './fixtures';
import { TestApp } from './test-app';

describe('bodies: working groups, councils and their members', () => {
  let t: TestApp;
  let officer: string;
  let citizen: string;
  let citizenId: string;
  let ngoId: string;
  let council: { id: string };
  beforeAll(async () => {
    // Sunday 22 November 2026, noon in Haskovo
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    citizen = await t.login('citizen@sabor.example');
    citizenId = await t.idOf('users', 'citizen@sabor.example');
    [{ id: ngoId }] = await t.query(`SELECT id FROM organizations WHERE name = 'Алианс за регионално сътрудничество и развитие'`);
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>, token = officer) => t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'civic_council', name: 'Граждански съвет по образование', visibility: 'public', ...body }, { token });

  it('lets an officer create a body with a multilingual mandate, linked to a consultation', async () => {
    const c = await openConsultation(t, { title: 'Наредба за гражданските съвети' });
    // back to minutes after its publication: open from that moment
    t.clock.travelTo(new Date('2026-11-22T10:05:00.000Z'));
    const res = await create({ name: { bg: 'Граждански съвет по образование', en: 'Civic council on education' }, mandate: { bg: 'Дава становища по проектите в образованието.', en: 'Advises on education drafts.' }, consultationIds: [c.id] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'civic_council',
      visibility: 'public',
      status: 'active',
      municipalitySlug: 'haskovo',
      name: { bg: 'Граждански съвет по образование', en: 'Civic council on education' },
      mandate: { en: 'Advises on education drafts.' },
      members: [],
      pastMembers: [],
      canManage: true,
    });
    expect(res.body.consultations).toEqual([{ id: c.id, title: { bg: 'Наредба за гражданските съвети' }, status: 'open' }]);
    council = res.body;
    const publicView = await t.get(`/api/bodies/${council.id}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body).toMatchObject({ canManage: false, isMember: false, consultations: [{ id: c.id }] });
    const list = await t.get('/api/bodies?municipality=haskovo');
    expect(list.body.items).toEqual([expect.objectContaining({ id: council.id, mandate: { bg: 'Дава становища по проектите в образованието.', en: 'Advises on education drafts.' } })]);
  });

  it('refuses other municipalities’ officers, participants and guests', async () => {
    expect((await create({}, await t.login('officer@dupnitsa.sabor.example'))).status).toBe(403);
    expect((await create({}, citizen)).status).toBe(403);
    expect((await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'forum', name: 'x' })).status).toBe(401);
    const patch = await t.patch(`/api/bodies/${council.id}`, { name: 'Друго име' }, { token: await t.login('officer@dupnitsa.sabor.example') });
    expect(patch.status).toBe(403);
    expect(patch.body.code).toBe('forbidden');
  });

  it('names every bad field', async () => {
    const res = await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'club', name: '', visibility: 'secret' }, { token: officer });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['kind', 'name', 'visibility']);
    const english = await create({ name: { en: 'Only English' } });
    expect(english.status).toBe(400);
    expect(english.body.details.fields[0].field).toBe('name.bg');
    const foreign = await create({ consultationIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.details.fields[0].field).toBe('consultationIds');
  });

  it('adds registered users and named outsiders with roles and terms', async () => {
    const chair = await t.post(`/api/bodies/${council.id}/members`, { userId: citizenId, role: 'chair', since: '2026-01-15' }, { token: officer });
    expect(chair.status).toBe(201);
    expect(chair.body).toMatchObject({ userId: citizenId, name: 'Иван Петров', role: 'chair', since: '2026-01-15', until: null, term: 'current' });
    const outsider = await t.post(`/api/bodies/${council.id}/members`, { name: 'Мария Костова', organizationId: ngoId, role: 'secretary', since: '2026-01-15', until: '2027-12-31' }, { token: officer });
    expect(outsider.status).toBe(201);
    expect(outsider.body).toMatchObject({ userId: null, name: 'Мария Костова', organizationName: 'Алианс за регионално сътрудничество и развитие', role: 'secretary', term: 'current' });
    const future = await t.post(`/api/bodies/${council.id}/members`, { name: 'Петър Георгиев', role: 'observer', since: '2027-01-01' }, { token: officer });
    expect(future.body.term).toBe('upcoming');

    const body = await t.get(`/api/bodies/${council.id}`);
    expect(body.body.members.map((m: { name: string; role: string }) => `${m.role}:${m.name}`)).toEqual(['chair:Иван Петров', 'secretary:Мария Костова', 'observer:Петър Георгиев']);
    expect(body.body.memberCount).toBe(2);
  });

  it('refuses a member twice, both a user and a name, and a term that ends before it begins', async () => {
    const twice = await t.post(`/api/bodies/${council.id}/members`, { userId: citizenId, role: 'member', since: '2026-06-01' }, { token: officer });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('already_member');
    expect((await t.post(`/api/bodies/${council.id}/members`, { userId: citizenId, name: 'Иван', role: 'member', since: '2026-06-01' }, { token: officer })).status).toBe(400);
    expect((await t.post(`/api/bodies/${council.id}/members`, { role: 'member', since: '2026-06-01' }, { token: officer })).status).toBe(400);
    const backwards = await t.post(`/api/bodies/${council.id}/members`, { name: 'X', role: 'member', since: '2026-06-01', until: '2026-05-01' }, { token: officer });
    expect(backwards.status).toBe(400);
    // the officer reads why in her own language, with a code the client can rely on
    expect(backwards.body.details.fields).toEqual([{ field: 'until', codes: ['term_ends_before_start'], messages: ['Мандатът не може да свърши, преди да започне.'] }]);
    expect((await t.post(`/api/bodies/${council.id}/members`, { name: 'X', role: 'president', since: '2026-06-01' }, { token: officer })).status).toBe(400);
    expect((await t.post(`/api/bodies/${council.id}/members`, { name: 'X', role: 'member', since: '2026-06-01' }, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
  });

  it('keeps the history: removing a member ends the term today; the list shows current and past', async () => {
    const members = (await t.get(`/api/bodies/${council.id}/members`)).body.items;
    const secretary = members.find((m: { role: string }) => m.role === 'secretary');
    const res = await t.delete(`/api/bodies/${council.id}/members/${secretary.id}`, { token: officer });
    expect(res.status).toBe(204);
    // still current today (she served today), past from tomorrow
    let body = (await t.get(`/api/bodies/${council.id}`)).body;
    expect(body.members.find((m: { id: string }) => m.id === secretary.id)).toMatchObject({ until: '2026-11-22', term: 'current' });
    t.clock.travelTo(new Date('2026-11-23T10:00:00.000Z'));
    body = (await t.get(`/api/bodies/${council.id}`)).body;
    expect(body.members.map((m: { name: string }) => m.name)).toEqual(['Иван Петров', 'Петър Георгиев']);
    expect(body.pastMembers).toEqual([expect.objectContaining({ name: 'Мария Костова', role: 'secretary', since: '2026-01-15', until: '2026-11-22', term: 'past' })]);
    expect((await t.get(`/api/bodies/${council.id}/members?when=past`)).body.items.map((m: { name: string }) => m.name)).toEqual(['Мария Костова']);
    expect((await t.get(`/api/bodies/${council.id}/members?when=current`)).body.items).toHaveLength(2);
    const again = await t.delete(`/api/bodies/${council.id}/members/${secretary.id}`, { token: officer });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('member_term_ended');
    // a term that never began leaves no trace in the list
    const observer = members.find((m: { role: string }) => m.role === 'observer');
    expect((await t.delete(`/api/bodies/${council.id}/members/${observer.id}`, { token: officer })).status).toBe(204);
    expect((await t.get(`/api/bodies/${council.id}/members`)).body.items.map((m: { name: string }) => m.name)).toEqual(['Иван Петров', 'Мария Костова']);
    t.clock.travelTo(new Date('2026-11-22T10:05:00.000Z'));
  });

  it('changes a member’s role, and an outsider’s name only', async () => {
    const chair = (await t.get(`/api/bodies/${council.id}/members?when=current`)).body.items[0];
    const res = await t.patch(`/api/bodies/${council.id}/members/${chair.id}`, { role: 'vice_chair' }, { token: officer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'vice_chair', name: 'Иван Петров' });
    expect((await t.patch(`/api/bodies/${council.id}/members/${chair.id}`, { name: 'Друго' }, { token: officer })).status).toBe(400);
    expect((await t.patch(`/api/bodies/${council.id}/members/00000000-0000-4000-8000-000000000000`, { role: 'member' }, { token: officer })).status).toBe(404);
  });

  describe('a private body', () => {
    let group: { id: string };
    beforeAll(async () => {
      group = (await create({ kind: 'working_group', name: 'Работна група за наредбата', visibility: 'private' })).body;
      const invited = await t.post(`/api/bodies/${group.id}/members`, { userId: citizenId, role: 'member', since: '2026-11-01' }, { token: officer });
      // the member's rights follow only her consent (body-invitations.test.ts)
      expect((await t.post(`/api/me/body-invitations/${invited.body.id}/accept`, undefined, { token: citizen })).status).toBe(200);
    });

    it('is not found by outsiders, nor listed for them', async () => {
      expect((await t.get(`/api/bodies/${group.id}`)).status).toBe(404);
      const ngo = await t.get(`/api/bodies/${group.id}`, { token: await t.login('ngo@arsr.sabor.example') });
      expect(ngo.status).toBe(404);
      expect(ngo.body.code).toBe('not_found');
      expect((await t.get(`/api/bodies/${group.id}`, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(404);
      expect((await t.get(`/api/bodies/${group.id}/members`)).status).toBe(404);
      const list = await t.get('/api/bodies?municipality=haskovo');
      expect(list.body.items.map((b: { id: string }) => b.id)).toEqual([council.id]);
    });

    it('shows itself and its members to its members and to the municipality’s staff', async () => {
      const member = await t.get(`/api/bodies/${group.id}`, { token: citizen });
      expect(member.status).toBe(200);
      expect(member.body).toMatchObject({ visibility: 'private', isMember: true, canManage: false, members: [{ name: 'Иван Петров' }] });
      const moderator = await t.get(`/api/bodies/${group.id}`, { token: await t.login('moderator@haskovo.sabor.example') });
      expect(moderator.status).toBe(200);
      expect(moderator.body.canManage).toBe(false);
      for (const token of [citizen, officer]) {
        const list = await t.get('/api/bodies?municipality=haskovo', { token });
        expect(list.body.items.map((b: { id: string }) => b.id)).toEqual([group.id, council.id]);
      }
    });

    it('is closed again to a member whose term has ended', async () => {
      const [m] = await t.query(`SELECT id FROM body_members WHERE body_id = $1 AND user_id = $2`, [group.id, citizenId]);
      await t.delete(`/api/bodies/${group.id}/members/${m.id}`, { token: officer });
      t.clock.travelTo(new Date('2026-11-24T10:00:00.000Z'));
      expect((await t.get(`/api/bodies/${group.id}`, { token: citizen })).status).toBe(404);
      t.clock.travelTo(new Date('2026-11-22T10:05:00.000Z'));
    });
  });

  it('lists bodies with filters', async () => {
    await create({ kind: 'advisory_body', name: 'Консултативен съвет по туризъм' });
    await t.post('/api/bodies', { municipalityId: 'dupnitsa', kind: 'committee', name: 'Комисия по побратимяване' }, { token: await t.login('officer@dupnitsa.sabor.example') });
    expect((await t.get('/api/bodies?kind=committee')).body.items.map((b: { municipalitySlug: string }) => b.municipalitySlug)).toEqual(['dupnitsa']);
    expect((await t.get('/api/bodies?municipality=haskovo&kind=advisory_body')).body.items).toHaveLength(1);
    expect((await t.get('/api/bodies?municipality=nowhere')).body.items).toEqual([]);
    const page1 = await t.get('/api/bodies?limit=2');
    expect(page1.body.items).toHaveLength(2);
    const page2 = await t.get(`/api/bodies?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.nextCursor).toBeNull();
    expect((await t.get('/api/bodies?cursor=garbage')).status).toBe(400);
  });

  it('dissolves a body: its history stays, it takes no new members or meetings', async () => {
    const res = await t.patch(`/api/bodies/${council.id}`, { status: 'dissolved' }, { token: officer });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('dissolved');
    expect((await t.get('/api/bodies?status=dissolved')).body.items.map((b: { id: string }) => b.id)).toEqual([council.id]);
    const add = await t.post(`/api/bodies/${council.id}/members`, { name: 'Нов член', role: 'member', since: '2026-12-01' }, { token: officer });
    expect(add.status).toBe(409);
    expect(add.body.code).toBe('body_dissolved');
    const meeting = await t.post('/api/meetings', { municipalityId: 'haskovo', bodyId: council.id, kind: 'body_meeting', title: 'Заседание', startsAt: '2026-12-01T15:00:00Z', endsAt: '2026-12-01T17:00:00Z', location: 'Хасково' }, { token: officer });
    expect(meeting.status).toBe(409);
    expect(meeting.body.code).toBe('body_dissolved');
    expect((await t.get(`/api/bodies/${council.id}`)).body.members.length).toBeGreaterThan(0);
  });

  it('records every officer action in the audit log', async () => {
    const rows = await t.query(`SELECT action FROM audit_log WHERE entity_type = 'body' ORDER BY id`);
    const actions = new Set(rows.map((r: { action: string }) => r.action));
    for (const a of ['body.create', 'body.member.add', 'body.member.end', 'body.member.delete', 'body.member.update', 'body.dissolve']) expect(actions).toContain(a);
  });
});

describe('bodies: members by e-mail', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
  });
  afterAll(() => t.close());

  it('lets an officer, who cannot search accounts, invite a person by e-mail address, with or without an account', async () => {
    const group = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'working_group', name: 'Работна група', visibility: 'public' }, { token: officer })).body as { id: string };
    const byEmail = await t.post(`/api/bodies/${group.id}/members`, { email: ' NGO@arsr.sabor.example ', role: 'member', since: '2026-02-01' }, { token: officer });
    expect(byEmail.status).toBe(201);
    // until the person answers, the roster shows the officer's name for them (here the address's first part), not the account
    expect(byEmail.body).toMatchObject({ userId: null, name: 'ngo', role: 'member', invitation: 'pending' });
    const unknown = await t.post(`/api/bodies/${group.id}/members`, { email: 'nobody@example.org', role: 'member', since: '2026-02-01' }, { token: officer });
    expect(unknown.status).toBe(201);
    expect(unknown.body).toMatchObject({ userId: null, name: 'nobody', role: 'member', invitation: 'pending' });
    expect((await t.post(`/api/bodies/${group.id}/members`, { userId: await t.idOf('users', 'ngo@arsr.sabor.example'), name: 'X', role: 'member', since: '2026-02-01' }, { token: officer })).status).toBe(400);
    // the same person twice is refused, however they were named
    expect((await t.post(`/api/bodies/${group.id}/members`, { email: 'ngo@arsr.sabor.example', role: 'observer', since: '2026-03-01' }, { token: officer })).body.code).toBe('already_member');
  });
});
