import ICAL from 'ical.js';
import { pdfText } from './pdf-text';
import { TestApp } from './test-app';

describe('demo data: the twinning meeting and the Haskovo bodies', () => {
  let t: TestApp;
  let twinning: any;
  beforeAll(async () => {
    t = await TestApp.create({ activity: true, env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00Z' } });
    const list = await t.get('/api/meetings?municipality=dupnitsa&kind=partnership_event');
    twinning = list.body.items[0];
  });
  afterAll(() => t.close());

  it('has the four-day twinning meeting in Dupnitsa in February 2019, with its programme and partner', async () => {
    const res = await t.get(`/api/meetings/${twinning.id}`);
    expect(res.body).toMatchObject({
      title: { bg: 'Споделени ценности – споделена Европа', en: 'Shared values – shared Europe' },
      municipalitySlug: 'dupnitsa',
      startsAt: '2019-02-18T08:00:00.000Z',
      endsAt: '2019-02-21T15:00:00.000Z',
      days: ['2019-02-18', '2019-02-19', '2019-02-20', '2019-02-21'],
      counts: { registered: 271, attended: 271, waitlisted: 0, pending: 0 },
      registration: { isOpen: false },
      minutes: { version: 1 },
      partners: [{ slug: 'kriva-palanka', country: 'MK' }],
    });
    const perDay = new Map<string, number>();
    for (const p of res.body.programme) perDay.set(p.day, (perDay.get(p.day) ?? 0) + 1);
    expect([...perDay.keys()]).toEqual(res.body.days);
    expect(res.body.programme[0].title.bg).toContain('общинските администрации');
    expect((await t.get(`/api/meetings/${twinning.id}/minutes`)).body.published.decisions).toHaveLength(3);
  });

  it('reports the participation exactly as the project did: 271 = 148 + 107 + 9 + 7', async () => {
    const res = await t.get(`/api/meetings/${twinning.id}/participation`, { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(200);
    const f = res.body;
    expect(f).toMatchObject({ registered: 271, attended: 271, public: true });
    expect(f.byCountry).toEqual([
      { country: 'MK', name: 'North Macedonia', registered: 148, attended: 148 },
      { country: 'BG', name: 'Bulgaria', registered: 123, attended: 123 },
    ]);
    expect(f.byPlace.map((p: any) => [p.settlement, p.country, p.registered, p.attended])).toEqual([
      ['Kriva Palanka', 'MK', 148, 148],
      ['Dupnitsa', 'BG', 107, 107],
      ['Sofia', 'BG', 9, 9],
      ['Sapareva Banya', 'BG', 7, 7],
    ]);
    expect(f.byPlace[0].municipalityId).toBe(await t.idOf('municipalities', 'kriva-palanka'));
    expect(f.byDay).toEqual([
      { day: '2019-02-18', attended: 262 },
      { day: '2019-02-19', attended: 241 },
      { day: '2019-02-20', attended: 229 },
      { day: '2019-02-21', attended: 255 },
    ]);
    expect(f.byCategory.reduce((n: number, c: { attended: number }) => n + c.attended, 0)).toBe(271);
    expect(f.byCategory[0]).toMatchObject({ category: 'citizen', label: 'citizens' });
    expect(f.summary).toBe('271 citizens took part, of whom 148 from Kriva Palanka (North Macedonia), 107 from Dupnitsa, 9 from Sofia and 7 from Sapareva Banya');
  });

  it('says it in Bulgarian and Macedonian too', async () => {
    const bg = await t.get(`/api/meetings/${twinning.id}/participation`);
    expect(bg.body.summary).toBe('В срещата участваха 271 граждани, от които 148 от Крива паланка (Северна Македония), 107 от Дупница, 9 от София и 7 от Сапарева баня');
    expect(bg.body.byCountry.map((c: { name: string }) => c.name)).toEqual(['Северна Македония', 'България']);
    const mk = await t.get(`/api/meetings/${twinning.id}/participation`, { headers: { 'accept-language': 'mk' } });
    expect(mk.body.summary).toBe('На средбата учествуваа 271 граѓани, од кои 148 од Крива Паланка (Северна Македонија), 107 од Дупница, 9 од Софија и 7 од Сапарева Бања');
  });

  it('exports the report as CSV and as a PDF in Cyrillic', async () => {
    const csv = await t.get(`/api/meetings/${twinning.id}/participation.csv`);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toContain('total,Общо,,,271,271');
    expect(lines).toContain('country,По държави,MK,Северна Македония,148,148');
    expect(lines).toContain('country,По държави,BG,България,123,123');
    expect(lines).toContain('day,По дни,2019-02-18,2019-02-18,,262');
    const pdf = await t.app.inject({ method: 'GET', url: `/api/meetings/${twinning.id}/participation.pdf` });
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('Споделени ценности – споделена Европа');
    expect(text).toContain('В срещата участваха 271 граждани, от които 148 от Крива паланка (Северна Македония), 107 от Дупница, 9 от София и 7 от Сапарева баня');
  });

  it('has an active civic council in Haskovo with members, past members and a linked consultation', async () => {
    const bodies = await t.get('/api/bodies?municipality=haskovo');
    expect(bodies.body.items.map((b: { kind: string }) => b.kind)).toEqual(['civic_council']);
    const council = (await t.get(`/api/bodies/${bodies.body.items[0].id}`)).body;
    expect(council).toMatchObject({ status: 'active', visibility: 'public', name: { bg: 'Граждански съвет по образование и младежки политики' } });
    expect(council.members.find((m: { role: string }) => m.role === 'chair')).toMatchObject({ name: 'Десислава Колева (АРСР)', organizationName: 'Алианс за регионално сътрудничество и развитие' });
    expect(council.members.some((m: { userId: string | null }) => m.userId === null)).toBe(true);
    expect(council.pastMembers.map((m: { name: string }) => m.name)).toEqual(['Стоян Делчев']);
    expect(council.consultations).toEqual([expect.objectContaining({ status: 'open' })]);
  });

  it('has a private working group seen only by its members and the staff', async () => {
    const officer = await t.login('officer@haskovo.sabor.example');
    const all = await t.get('/api/bodies?municipality=haskovo', { token: officer });
    const group = all.body.items.find((b: { kind: string }) => b.kind === 'working_group');
    expect(group.visibility).toBe('private');
    expect((await t.get(`/api/bodies/${group.id}`)).status).toBe(404);
    expect((await t.get(`/api/bodies/${group.id}`, { token: await t.login('ngo@arsr.sabor.example') })).body.isMember).toBe(true);
    const meetings = await t.get(`/api/meetings?body=${group.id}`, { token: officer });
    expect(meetings.body.items).toHaveLength(2);
    const past = meetings.body.items[0];
    expect((await t.get(`/api/meetings/${past.id}/minutes`)).status).toBe(404);
    expect((await t.get(`/api/meetings/${past.id}/minutes`, { token: await t.login('ngo@arsr.sabor.example') })).body.published.version).toBe(1);
    expect((await t.get(`/api/meetings?body=${group.id}`)).body.items).toEqual([]);
  });

  it('has an upcoming public forum in Haskovo with open registration, in the calendar feed', async () => {
    const upcoming = await t.get('/api/meetings?municipality=haskovo&from=2026-11-22');
    expect(upcoming.body.items.map((m: { kind: string }) => m.kind)).toEqual(['public_forum']);
    const forum = upcoming.body.items[0];
    expect(forum).toMatchObject({ registration: { isOpen: true }, capacity: 60, seatsLeft: 46 });
    expect(new Date(forum.startsAt).getTime()).toBeGreaterThan(new Date('2026-11-22T10:00:00Z').getTime());
    const citizen = await t.login('citizen@sabor.example');
    expect((await t.get('/api/me/registrations', { token: citizen })).body.items.map((r: { meetingId: string }) => r.meetingId)).toEqual([forum.id]);
    const res = await t.post(`/api/meetings/${forum.id}/registrations`, { name: 'Нов участник', email: 'new@example.org', homeSettlement: 'Хасково', country: 'BG', category: 'citizen' });
    expect(res.body.status).toBe('registered');
    const feed = await t.get('/api/feeds/meetings.ics?municipality=haskovo');
    const events = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid)).toEqual([`meeting-${forum.id}@sabor`]);
  });
});
