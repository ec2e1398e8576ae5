import { TestApp } from './test-app';

const guest = (n: number, extra: Record<string, unknown> = {}) => ({ name: `Гост ${n}`, email: `guest${n}@example.org`, homeSettlement: 'Хасково', country: 'bg', category: 'citizen', ...extra });

describe('registration: places, the waiting list, approval, cancelling', () => {
  let t: TestApp;
  let officer: string;
  let workshop: string;
  const meeting = async (extra: Record<string, unknown> = {}) => {
    const res = await t.post('/api/meetings', { municipalityId: 'haskovo', kind: 'workshop', title: { bg: 'Работна среща за парка', en: 'Workshop on the park' }, startsAt: '2026-12-03T15:00:00.000Z', endsAt: '2026-12-03T17:00:00.000Z', location: 'Хасково, читалище „Заря“', registration: { open: true }, ...extra }, { token: officer });
    if (res.status !== 201) throw new Error(res.text);
    return res.body.id as string;
  };
  const register = (id: string, body: Record<string, unknown>, o: { token?: string; headers?: Record<string, string> } = {}) => t.post(`/api/meetings/${id}/registrations`, body, o);
  const cancelLink = (mail: string) => /\/registrations\/cancel\?token=([A-Za-z0-9_-]+)/.exec(mail)![1];

  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    workshop = await meeting({ capacity: 2 });
  });
  afterAll(() => t.close());

  it('registers a guest and e-mails the code and a cancel link', async () => {
    const res = await register(workshop, guest(1, { homeMunicipalityId: 'haskovo' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'registered', waitlistPosition: null, checkedInDays: [] });
    expect(res.body.code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTXYZ]{6}$/);
    const mail = await t.waitForMailContaining('guest1@example.org', 'Регистрация: Работна среща за парка');
    expect(mail).toContain(`Вашият код: ${res.body.code.slice(0, 3)}-${res.body.code.slice(3)}`);
    expect(mail).toContain('Хасково, читалище „Заря“');
    expect(mail).toMatch(/http:\/\/sabor\.test\/registrations\/cancel\?token=[A-Za-z0-9_-]{30,}/);
    // only a hash of the token is kept
    const [row] = await t.query('SELECT cancel_token_hash FROM meeting_registrations WHERE id = $1', [res.body.id]);
    expect(row.cancel_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.cancel_token_hash).not.toBe(cancelLink(mail));
  });

  it('writes to a guest in the language of the request', async () => {
    const res = await register(workshop, guest(2), { headers: { 'accept-language': 'en' } });
    expect(res.body.status).toBe('registered');
    expect(await t.waitForMailContaining('guest2@example.org', 'Registered: Workshop on the park')).toContain('Your code:');
  });

  it('puts people on the waiting list once the places are taken', async () => {
    const third = await register(workshop, guest(3));
    expect(third.status).toBe(201);
    expect(third.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const fourth = await register(workshop, guest(4));
    expect(fourth.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    expect(await t.waitForMailContaining('guest3@example.org', 'В листата на чакащите')).toContain('местата за „Работна среща за парка“ са заети');
    const m = await t.get(`/api/meetings/${workshop}`);
    expect(m.body).toMatchObject({ seatsLeft: 0, counts: { registered: 2, waitlisted: 2, pending: 0 } });
  });

  it('refuses the same person twice, and a guest without name or e-mail', async () => {
    const again = await register(workshop, guest(1, { name: 'Същият' }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'already_registered', details: { status: 'registered' } });
    const anonymous = await register(workshop, { homeSettlement: 'Хасково', country: 'BG', category: 'citizen' });
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['name', 'email']);
    const bad = await register(workshop, { ...guest(9), country: 'Bulgaria', category: 'voter', email: 'not-an-email' });
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['category', 'country', 'email']);
    expect((await register(workshop, guest(9, { homeMunicipalityId: 'atlantis' }))).status).toBe(400);
    expect((await register('00000000-0000-4000-8000-000000000000', guest(9))).status).toBe(404);
  });

  it('cancels with the link from the e-mail: the first on the waiting list moves up and is told', async () => {
    const token = cancelLink(await t.waitForMailContaining('guest1@example.org', 'Регистрация'));
    const res = await t.post('/api/registrations/cancel', { token });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('cancelled');
    const promoted = await t.waitForMailContaining('guest3@example.org', 'Освободи се място');
    expect(promoted).toContain('вече сте регистрирани за „Работна среща за парка“');
    // the promoted person's link works: it is the one from their first e-mail
    expect(cancelLink(promoted)).toBe(cancelLink(await t.waitForMailContaining('guest3@example.org', 'В листата на чакащите')));
    const list = await t.get(`/api/meetings/${workshop}/registrations`, { token: officer });
    expect(list.body.items.map((r: { name: string; status: string }) => `${r.name}:${r.status}`)).toEqual(['Гост 1:cancelled', 'Гост 2:registered', 'Гост 3:registered', 'Гост 4:waitlisted']);
    expect(list.body.items[2].promotedAt).not.toBeNull();
    // the link again: nothing changes
    expect((await t.post('/api/registrations/cancel', { token })).status).toBe(200);
    expect((await t.get(`/api/meetings/${workshop}`)).body.counts).toMatchObject({ registered: 2, waitlisted: 1 });
    const bad = await t.post('/api/registrations/cancel', { token: 'x'.repeat(43) });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_token');
  });

  it('moves people up when the officer adds places', async () => {
    const res = await t.patch(`/api/meetings/${workshop}`, { capacity: 3 }, { token: officer });
    expect(res.body).toMatchObject({ seatsLeft: 0, counts: { registered: 3, waitlisted: 0 } });
    expect(await t.waitForMailContaining('guest4@example.org', 'Освободи се място')).toContain('Гост 4');
  });

  it('lets a signed-in person register with their account, see and cancel it', async () => {
    const citizen = await t.login('citizen@sabor.example');
    const open = await meeting({ title: 'Открита среща' });
    const res = await register(open, { homeSettlement: 'Хасково', country: 'BG', category: 'ngo', organizationId: (await t.query(`SELECT id FROM organizations LIMIT 1`))[0].id }, { token: citizen });
    expect(res.status).toBe(201);
    const mine = await t.get('/api/me/registrations', { token: citizen });
    expect(mine.body.items).toEqual([expect.objectContaining({ meetingId: open, code: res.body.code, status: 'registered', meetingTitle: { bg: 'Открита среща' }, municipalitySlug: 'haskovo', timeZone: 'Europe/Sofia' })]);
    const list = await t.get(`/api/meetings/${open}/registrations`, { token: officer });
    expect(list.body.items[0]).toMatchObject({ name: 'Иван Петров', email: 'citizen@sabor.example', organizationName: 'Алианс за регионално сътрудничество и развитие', category: 'ngo' });
    expect((await register(open, { homeSettlement: 'Хасково', country: 'BG', category: 'citizen' }, { token: citizen })).body.code).toBe('already_registered');
    // someone else cannot cancel it
    expect((await t.post(`/api/registrations/${res.body.id}/cancel`, {}, { token: await t.login('ngo@arsr.sabor.example') })).status).toBe(404);
    expect((await t.post(`/api/registrations/${res.body.id}/cancel`, {}, { token: citizen })).body.status).toBe('cancelled');
    expect((await t.get('/api/me/registrations', { token: citizen })).body.items[0].status).toBe('cancelled');
    // and can register again
    expect((await register(open, { homeSettlement: 'Хасково', country: 'BG', category: 'citizen' }, { token: citizen })).status).toBe(201);
  });

  it('puts my registrations in my data export, and gives up my place when I delete my account', async () => {
    const small = await meeting({ title: 'Среща с едно място', capacity: 1 });
    const { token } = await t.registerVerified('leaving-registrant@example.org', 'Мария Напускаща');
    const mine = await register(small, { homeSettlement: 'Хасково', country: 'BG', category: 'citizen' }, { token });
    expect(mine.body.status).toBe('registered');
    const waiting = await register(small, guest(40));
    expect(waiting.body.status).toBe('waitlisted');
    const exported = await t.get('/api/me/export', { token });
    expect(exported.body.registrations).toEqual([expect.objectContaining({ meetingId: small, code: mine.body.code, name: 'Мария Напускаща', status: 'registered', homeSettlement: 'Хасково' })]);
    expect((await t.delete('/api/me', { token })).status).toBe(204);
    const [row] = await t.query('SELECT name, email, user_id, status, home_settlement FROM meeting_registrations WHERE id = $1', [mine.body.id]);
    expect(row).toEqual({ name: '', email: null, user_id: null, status: 'cancelled', home_settlement: 'Хасково' });
    // the officer's list names it in the reader's language
    const list = await t.get(`/api/meetings/${small}/registrations`, { token: officer, headers: { 'accept-language': 'en' } });
    expect(list.body.items.find((r: { id: string }) => r.id === mine.body.id)).toMatchObject({ name: 'deleted participant', email: null });
    const [moved] = await t.query('SELECT status FROM meeting_registrations WHERE id = $1', [waiting.body.id]);
    expect(moved.status).toBe('registered');
    expect(await t.waitForMailContaining('guest40@example.org', 'Освободи се място: Среща с едно място')).toContain('вече сте регистрирани');
  });

  it('refuses registration while closed, before it opens, after its deadline and after the meeting', async () => {
    const closed = await meeting({ registration: { open: false } });
    const res = await register(closed, guest(20));
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'registration_closed', details: { reason: 'closed' }, message: 'Регистрацията за тази среща е затворена.' });
    expect((await register(closed, guest(20), { headers: { 'accept-language': 'en' } })).body.message).toBe('Registration for this meeting is closed.');
    const later = await meeting({ registration: { open: true, opensAt: '2026-11-25T00:00:00.000Z' } });
    expect((await register(later, guest(21))).body.details.reason).toBe('not_yet_open');
    const deadline = await meeting({ registration: { open: true, closesAt: '2026-11-20T00:00:00.000Z' } });
    expect((await register(deadline, guest(22))).body.details.reason).toBe('deadline_passed');
    const past = await t.post('/api/meetings', { municipalityId: 'haskovo', kind: 'workshop', title: 'Минала', startsAt: '2026-11-01T15:00:00.000Z', endsAt: '2026-11-01T17:00:00.000Z', location: 'Хасково', registration: { open: true } }, { token: officer });
    expect((await register(past.body.id, guest(23))).body.details.reason).toBe('meeting_over');
    expect((await t.get(`/api/meetings/${past.body.id}`)).body.registration).toMatchObject({ isOpen: false, closedReason: 'meeting_over' });
  });

  describe('with approval', () => {
    let approval: string;
    beforeAll(async () => {
      approval = await meeting({ title: 'Среща с одобрение', capacity: 1, registration: { open: true, requireApproval: true } });
    });

    it('keeps registrations pending until an officer approves or rejects them', async () => {
      const a = await register(approval, guest(30));
      const b = await register(approval, guest(31));
      const c = await register(approval, guest(32));
      expect([a.body.status, b.body.status, c.body.status]).toEqual(['pending', 'pending', 'pending']);
      expect(await t.waitForMailContaining('guest30@example.org', 'чака одобрение')).toContain('Организаторите ще я одобрят');

      const ok = await t.post(`/api/meetings/${approval}/registrations/${a.body.id}/approve`, {}, { token: officer });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: 'registered', decidedAt: expect.any(String) });
      expect(await t.waitForMailContaining('guest30@example.org', 'Регистрацията е одобрена')).toContain(`Вашият код: ${a.body.code.slice(0, 3)}-`);
      // the only place is taken: the next approved one waits
      expect((await t.post(`/api/meetings/${approval}/registrations/${b.body.id}/approve`, {}, { token: officer })).body.status).toBe('waitlisted');
      const no = await t.post(`/api/meetings/${approval}/registrations/${c.body.id}/reject`, {}, { token: officer });
      expect(no.body.status).toBe('rejected');
      expect(await t.waitForMailContaining('guest32@example.org', 'не е одобрена')).toContain('Среща с одобрение');
      // an officer moves someone up from the waiting list over the capacity
      expect((await t.post(`/api/meetings/${approval}/registrations/${b.body.id}/approve`, {}, { token: officer })).body.status).toBe('registered');
      const twice = await t.post(`/api/meetings/${approval}/registrations/${a.body.id}/approve`, {}, { token: officer });
      expect(twice.status).toBe(409);
      expect((await t.post(`/api/meetings/${approval}/registrations/${c.body.id}/approve`, {}, { token: officer })).status).toBe(409);
    });

    it('lets only the municipality’s officers decide', async () => {
      const d = await register(approval, guest(33));
      expect((await t.post(`/api/meetings/${approval}/registrations/${d.body.id}/approve`, {}, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
      expect((await t.post(`/api/meetings/${approval}/registrations/${d.body.id}/approve`, {}, { token: await t.login('citizen@sabor.example') })).status).toBe(403);
      expect((await t.post(`/api/meetings/${approval}/registrations/${d.body.id}/approve`, {})).status).toBe(401);
      expect((await t.post(`/api/meetings/${workshop}/registrations/${d.body.id}/approve`, {}, { token: officer })).status).toBe(404);
    });
  });

  it('lists registrations for officers only, with filters, and as CSV', async () => {
    const list = await t.get(`/api/meetings/${workshop}/registrations?status=registered`, { token: officer });
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { name: string }) => r.name)).toEqual(['Гост 2', 'Гост 3', 'Гост 4']);
    expect((await t.get(`/api/meetings/${workshop}/registrations?q=${encodeURIComponent('гост 4')}`, { token: officer })).body.items).toHaveLength(1);
    const page = await t.get(`/api/meetings/${workshop}/registrations?limit=2`, { token: officer });
    expect((await t.get(`/api/meetings/${workshop}/registrations?limit=2&cursor=${page.body.nextCursor}`, { token: officer })).body.items.map((r: { name: string }) => r.name)).toEqual(['Гост 3', 'Гост 4']);
    expect((await t.get(`/api/meetings/${workshop}/registrations`, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
    expect((await t.get(`/api/meetings/${workshop}/registrations`, { token: await t.login('ngo@arsr.sabor.example') })).status).toBe(403);
    expect((await t.get(`/api/meetings/${workshop}/registrations`)).status).toBe(401);
    const csv = await t.get(`/api/meetings/${workshop}/registrations.csv`, { token: officer });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    // stable names and codes, labels per language beside them: the same bytes in any interface language
    expect(lines[0]).toBe('number,code,status,status_bg,status_en,status_mk,name,email,settlement,country,organization,category,category_bg,category_en,category_mk,walk_in,registered_at,days_attended');
    expect((await t.get(`/api/meetings/${workshop}/registrations.csv`, { token: officer, headers: { 'accept-language': 'en' } })).text).toBe(csv.text);
    expect((await t.get(`/api/meetings/${workshop}/registrations.csv`, { token: officer, headers: { 'accept-language': 'mk' } })).text).toBe(csv.text);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain('Гост 1,guest1@example.org,Хасково,BG');
    expect(lines[1]).toContain(',cancelled,отказан,cancelled,откажан,');
    expect((await t.get(`/api/meetings/${workshop}/registrations.csv`, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
  });
});

describe('check-in at the door', () => {
  let t: TestApp;
  let officer: string;
  let forum: string;
  const codes: Record<string, string> = {};
  beforeAll(async () => {
    // the first morning of a two-day forum, 8:30 in Haskovo
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-12-03T06:30:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    forum = (await t.post('/api/meetings', { municipalityId: 'haskovo', kind: 'public_forum', title: 'Форум', startsAt: '2026-12-03T07:00:00.000Z', endsAt: '2026-12-04T15:00:00.000Z', location: 'Хасково', capacity: 2, registration: { open: true } }, { token: officer })).body.id;
    for (const n of [1, 2, 3]) codes[n] = (await t.post(`/api/meetings/${forum}/registrations`, guest(n))).body.code;
  });
  afterAll(() => t.close());

  const checkIn = (code: string, extra: Record<string, unknown> = {}, token = officer) => t.post(`/api/meetings/${forum}/check-in`, { code, ...extra }, { token });

  it('checks a code in and greets the person', async () => {
    const res = await checkIn(codes[1]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Гост 1', code: codes[1], day: '2026-12-03', checkedInDays: ['2026-12-03'] });
  });

  it('refuses the same code twice on a day', async () => {
    const res = await checkIn(codes[1]);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'already_checked_in', details: { day: '2026-12-03', name: 'Гост 1' } });
  });

  it('reads a code typed in lower case, with a dash, or from a Cyrillic keyboard', async () => {
    const typed = `${codes[2].slice(0, 3)}-${codes[2].slice(3)}`.toLowerCase();
    expect((await checkIn(typed)).status).toBe(200);
  });

  it('answers 404 for an unknown code, and 409 for someone on the waiting list', async () => {
    const unknown = await checkIn('ZZZZZZ');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('not_found');
    // typed on a Bulgarian phonetic keyboard: found (the person is on the waiting list)
    const cyrillic = [...codes[3]].map((ch) => ({ A: 'А', B: 'Б', C: 'Ц', D: 'Д', E: 'Е', F: 'Ф', G: 'Г', H: 'Х', J: 'Й', K: 'К', M: 'М', N: 'Н', P: 'П', Q: 'Я', R: 'Р', S: 'С', T: 'Т', X: 'Ь', Y: 'Ъ', Z: 'З' })[ch] ?? ch).join('');
    expect((await checkIn(cyrillic.toLowerCase())).body.code).toBe('registration_not_confirmed');
    const waiting = await checkIn(codes[3]);
    expect(waiting.status).toBe(409);
    expect(waiting.body).toMatchObject({ code: 'registration_not_confirmed', details: { status: 'waitlisted', name: 'Гост 3' } });
  });

  it('counts each day of a multi-day meeting: the same code checks in again the next day', async () => {
    t.clock.travelTo(new Date('2026-12-04T06:45:00.000Z'));
    const res = await checkIn(codes[1]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ day: '2026-12-04', checkedInDays: ['2026-12-03', '2026-12-04'] });
    // attendance entered later for a given day
    t.clock.travelTo(new Date('2026-12-05T09:00:00.000Z'));
    // the day after, without a day: someone already checked in is not counted again
    const after = await checkIn(codes[2]);
    expect(after.status).toBe(409);
    expect(after.body).toMatchObject({ code: 'already_checked_in', details: { day: '2026-12-03' } });
    expect((await checkIn(codes[2], { day: '2026-12-06' })).body.code).toBe('not_a_meeting_day');
    expect((await checkIn(codes[2], { day: '2026-12-04' })).body.checkedInDays).toEqual(['2026-12-03', '2026-12-04']);
    expect((await checkIn(codes[2], { day: '2026-12-04' })).status).toBe(409);
    t.clock.travelTo(new Date('2026-12-03T08:00:00.000Z'));
  });

  it('checks in by code alone on another day: before the meeting for its first day, and only once', async () => {
    const later = (await t.post('/api/meetings', { municipalityId: 'haskovo', kind: 'workshop', title: 'Следващата седмица', startsAt: '2026-12-10T15:00:00.000Z', endsAt: '2026-12-10T17:00:00.000Z', location: 'Хасково', registration: { open: true } }, { token: officer })).body.id;
    const code = (await t.post(`/api/meetings/${later}/registrations`, guest(7))).body.code;
    const first = await t.post(`/api/meetings/${later}/check-in`, { code }, { token: officer });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ day: '2026-12-10', checkedInDays: ['2026-12-10'] });
    const again = await t.post(`/api/meetings/${later}/check-in`, { code }, { token: officer });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_checked_in');
  });

  it('registers a walk-in and checks them in at once, even when full', async () => {
    const res = await t.post(`/api/meetings/${forum}/registrations`, { walkIn: true, name: 'Дошъл на място', homeSettlement: 'Димитровград', country: 'BG', category: 'media' }, { token: officer });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'registered', checkedInDays: ['2026-12-03'] });
    expect((await checkIn(res.body.code)).body.code).toBe('already_checked_in');
    const list = await t.get(`/api/meetings/${forum}/registrations?q=${encodeURIComponent('Дошъл')}`, { token: officer });
    expect(list.body.items[0]).toMatchObject({ walkIn: true, email: null, attended: true });
    // only officers take walk-ins
    expect((await t.post(`/api/meetings/${forum}/registrations`, { walkIn: true, name: 'X', homeSettlement: 'Хасково', country: 'BG', category: 'citizen' }, { token: await t.login('citizen@sabor.example') })).status).toBe(403);
    expect((await t.post(`/api/meetings/${forum}/registrations`, { walkIn: true, name: 'X', homeSettlement: 'Хасково', country: 'BG', category: 'citizen' })).status).toBe(403);
  });

  it('lets only the municipality’s officers check people in', async () => {
    expect((await checkIn(codes[3], {}, await t.login('officer@dupnitsa.sabor.example'))).status).toBe(403);
    expect((await checkIn(codes[3], {}, await t.login('citizen@sabor.example'))).status).toBe(403);
    expect((await t.post(`/api/meetings/${forum}/check-in`, { code: codes[3] })).status).toBe(401);
  });

  it('does not cancel a registration of someone who came', async () => {
    const list = await t.get(`/api/meetings/${forum}/registrations?q=${encodeURIComponent('Гост 1')}`, { token: officer });
    const res = await t.post(`/api/registrations/${list.body.items[0].id}/cancel`, {}, { token: officer });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('registration_not_cancellable');
  });

  it('records check-ins in the audit log', async () => {
    const rows = await t.query(`SELECT action, count(*)::int AS n FROM audit_log WHERE entity_id = $1 GROUP BY action ORDER BY action`, [forum]);
    expect(rows).toEqual([
      { action: 'meeting.create', n: 1 },
      { action: 'registration.check_in', n: 4 },
      { action: 'registration.walk_in', n: 1 },
    ]);
  });
});
