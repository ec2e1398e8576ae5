import ICAL from 'ical.js';
import { TestApp } from './test-app';

// Thursday 3 and Friday 4 December 2026, 9:00–17:00 in Haskovo (UTC+2)
const FORUM = {
  municipalityId: 'haskovo',
  kind: 'public_forum',
  title: { bg: 'Форум за младежките политики', en: 'Forum on youth policy' },
  description: { bg: 'Два дни дискусии за младите хора в общината.' },
  startsAt: '2026-12-03T07:00:00.000Z',
  endsAt: '2026-12-04T15:00:00.000Z',
  location: { bg: 'Хасково, Младежки дом', en: 'Haskovo, Youth House' },
  onlineUrl: 'https://meet.example/forum',
  capacity: 120,
  registration: { open: true, requireApproval: false },
  programme: [
    { day: '2026-12-04', startsAt: '2026-12-04T07:00:00.000Z', endsAt: '2026-12-04T09:00:00.000Z', title: 'Заключителна сесия' },
    { day: '2026-12-03', startsAt: '2026-12-03T07:00:00.000Z', endsAt: '2026-12-03T08:00:00.000Z', title: { bg: 'Откриване', en: 'Opening' }, description: 'Кметът открива форума.' },
    { day: '2026-12-03', startsAt: '2026-12-03T08:30:00.000Z', endsAt: null, title: 'Дискусия; работа по групи' },
  ],
  partnerMunicipalityIds: ['kriva-palanka', 'dupnitsa'],
};

describe('meetings and events: programme, partners, lists and iCalendar', () => {
  let t: TestApp;
  let officer: string;
  let forum: any;
  let changed = ''; // a meeting changed and cancelled: still in the feed, as CANCELLED
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
  });
  afterAll(() => t.close());

  it('lets an officer create a two-day forum with a programme per day and partners across the border', async () => {
    const res = await t.post('/api/meetings', FORUM, { token: officer });
    expect(res.status).toBe(201);
    forum = res.body;
    expect(forum).toMatchObject({
      municipalitySlug: 'haskovo',
      kind: 'public_forum',
      status: 'scheduled',
      bodyId: null,
      days: ['2026-12-03', '2026-12-04'],
      capacity: 120,
      seatsLeft: 120,
      registration: { open: true, requireApproval: false, isOpen: true, closedReason: null },
      counts: { registered: 0, waitlisted: 0, pending: 0, attended: 0 },
      minutes: null,
      canManage: true,
      icsUrl: `http://sabor.test/api/meetings/${forum.id}.ics`,
    });
    // the programme in order, day by day
    expect(forum.programme.map((p: { day: string; title: { bg: string } }) => `${p.day} ${p.title.bg}`)).toEqual(['2026-12-03 Откриване', '2026-12-03 Дискусия; работа по групи', '2026-12-04 Заключителна сесия']);
    expect(forum.programme[0]).toMatchObject({ startsAt: '2026-12-03T07:00:00.000Z', description: { bg: 'Кметът открива форума.' } });
    expect(forum.partners.map((p: { slug: string; country: string }) => `${p.slug}:${p.country}`)).toEqual(['dupnitsa:BG', 'kriva-palanka:MK']);
    expect((await t.get(`/api/meetings/${forum.id}`)).body).toMatchObject({ canManage: false, title: { en: 'Forum on youth policy' } });
  });

  it('refuses a meeting that makes no sense, naming each field', async () => {
    const bad = await t.post('/api/meetings', { ...FORUM, endsAt: '2026-12-03T06:00:00.000Z', location: '', onlineUrl: null, programme: [{ day: '2026-12-09', title: 'x' }] }, { token: officer });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['endsAt', 'location']);
    const outside = await t.post('/api/meetings', { ...FORUM, programme: [{ day: '2026-12-09', title: 'x' }] }, { token: officer });
    expect(outside.body.details.fields).toEqual([expect.objectContaining({ field: 'programme.0.day' })]);
    const bodyless = await t.post('/api/meetings', { ...FORUM, kind: 'body_meeting' }, { token: officer });
    expect(bodyless.body.details.fields[0].field).toBe('bodyId');
    expect((await t.post('/api/meetings', { ...FORUM, kind: 'party' }, { token: officer })).status).toBe(400);
    expect((await t.post('/api/meetings', { ...FORUM, onlineUrl: 'javascript:alert(1)' }, { token: officer })).status).toBe(400);
    expect((await t.post('/api/meetings', { ...FORUM, partnerMunicipalityIds: ['atlantis'] }, { token: officer })).status).toBe(400);
    expect((await t.post('/api/meetings', { ...FORUM, endsAt: '2027-02-01T00:00:00.000Z', programme: [] }, { token: officer })).status).toBe(400);
  });

  it('refuses other municipalities’ officers and participants', async () => {
    expect((await t.post('/api/meetings', FORUM, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
    expect((await t.post('/api/meetings', FORUM, { token: await t.login('citizen@sabor.example') })).status).toBe(403);
    expect((await t.post('/api/meetings', FORUM)).status).toBe(401);
    expect((await t.patch(`/api/meetings/${forum.id}`, { capacity: 10 }, { token: await t.login('officer@kriva-palanka.sabor.example') })).status).toBe(403);
    expect((await t.get('/api/meetings/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.get('/api/meetings/not-an-id')).status).toBe(404);
  });

  it('changes a meeting and checks the programme against new dates', async () => {
    const res = await t.patch(`/api/meetings/${forum.id}`, { title: { bg: 'Форум за младежта', en: 'Youth forum' }, capacity: 100 }, { token: officer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: { bg: 'Форум за младежта' }, capacity: 100 });
    // moving the start past the first programme day would orphan its items
    const shorter = await t.patch(`/api/meetings/${forum.id}`, { startsAt: '2026-12-04T07:00:00.000Z' }, { token: officer });
    expect(shorter.status).toBe(400);
    expect(shorter.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['programme.0.day', 'programme.1.day']);
    expect((await t.get(`/api/meetings/${forum.id}`)).body.startsAt).toBe('2026-12-03T07:00:00.000Z');
    // a meeting of a body needs the body
    expect((await t.patch(`/api/meetings/${forum.id}`, { kind: 'body_meeting' }, { token: officer })).body.details.fields[0].field).toBe('bodyId');
    // registration settings change one at a time
    const approval = await t.patch(`/api/meetings/${forum.id}`, { registration: { requireApproval: true } }, { token: officer });
    expect(approval.body.registration).toMatchObject({ open: true, requireApproval: true, isOpen: true });
    await t.patch(`/api/meetings/${forum.id}`, { registration: { requireApproval: false } }, { token: officer });
  });

  it('lists meetings by municipality, body, kind and dates', async () => {
    const dupnitsa = await t.login('officer@dupnitsa.sabor.example');
    const past = await t.post('/api/meetings', { municipalityId: 'dupnitsa', kind: 'hearing', title: 'Публично обсъждане на бюджета', startsAt: '2026-11-02T15:00:00.000Z', endsAt: '2026-11-02T17:00:00.000Z', location: 'Дупница, зала 1' }, { token: dupnitsa });
    expect(past.status).toBe(201);
    const workshop = await t.post('/api/meetings', { municipalityId: 'haskovo', kind: 'workshop', title: 'Работна среща', startsAt: '2026-12-10T22:30:00.000Z', endsAt: '2026-12-10T23:30:00.000Z', onlineUrl: 'https://meet.example/w' }, { token: officer });
    expect(workshop.body.days).toEqual(['2026-12-11']);
    const ids = (q: string) => t.get(`/api/meetings${q}`).then((r) => r.body.items.map((m: { id: string }) => m.id));
    expect(await ids('')).toEqual([past.body.id, forum.id, workshop.body.id]);
    expect(await ids('?order=desc')).toEqual([workshop.body.id, forum.id, past.body.id]);
    expect(await ids('?municipality=haskovo')).toEqual([forum.id, workshop.body.id]);
    expect(await ids('?municipality=kriva-palanka')).toEqual([]);
    expect(await ids('?municipality=kriva-palanka&partnered=true')).toEqual([forum.id]);
    expect(await ids('?kind=hearing')).toEqual([past.body.id]);
    // days in the municipality's time zone: the workshop is on the 11th in Haskovo
    expect(await ids('?from=2026-12-04&to=2026-12-10')).toEqual([forum.id]);
    expect(await ids('?from=2026-12-11')).toEqual([workshop.body.id]);
    expect(await ids('?to=2026-11-30')).toEqual([past.body.id]);
    const page = await t.get('/api/meetings?limit=2');
    expect(page.body.items).toHaveLength(2);
    expect((await t.get(`/api/meetings?limit=2&cursor=${page.body.nextCursor}`)).body.items.map((m: { id: string }) => m.id)).toEqual([workshop.body.id]);
    expect((await t.get('/api/meetings?from=yesterday')).status).toBe(400);
  });

  it('serves a meeting as iCalendar at /api/meetings/<id>.ics: one event a day, as a calendar parser reads it', async () => {
    const res = await t.get(`/api/meetings/${forum.id}.ics`, { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers.vary).toMatch(/Accept-Language/);
    const ics = res.text;
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Sofia');
    const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    // a two-day forum is two events: day one from the opening to the discussion (an hour: it has no end), day two to the meeting's end
    expect(events.map((e) => [e.uid, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString(), e.summary])).toEqual([
      [`meeting-${forum.id}-day-1@sabor`, '2026-12-03T07:00:00.000Z', '2026-12-03T09:30:00.000Z', 'Youth forum (day 1 of 2)'],
      [`meeting-${forum.id}-day-2@sabor`, '2026-12-04T07:00:00.000Z', '2026-12-04T15:00:00.000Z', 'Youth forum (day 2 of 2)'],
    ]);
    // the test above changed the forum three times: every day of it carries the same revision
    expect(events.map((e) => e.sequence)).toEqual([3, 3]);
    expect(events[0].location).toBe('Haskovo, Youth House; online: https://meet.example/forum');
    expect(events[0].description.replace(/[\u00a0\u2009\u202f]/g, ' ')).toContain('Thursday, December 3, 2026\n9:00 AM–10:00 AM Opening\n10:30 AM Дискусия; работа по групи');
    expect(events[0].description).not.toContain('Заключителна сесия');
    expect(events[1].description).toContain('Заключителна сесия');
    expect(events[0].component.getFirstPropertyValue('url')).toBe(`http://sabor.test/meetings/${forum.id}`);
    // the same meeting gives the same calendar, so subscribers see no false changes; a client that has it gets 304
    const again = await t.get(`/api/meetings/${forum.id}.ics`, { headers: { 'accept-language': 'en' } });
    expect(again.text).toBe(ics);
    expect((await t.get(`/api/meetings/${forum.id}.ics`, { headers: { 'accept-language': 'en', 'if-none-match': String(res.headers.etag) } })).status).toBe(304);
    expect(new Date(String(res.headers['last-modified'])).getTime()).toBeLessThanOrEqual(Date.now());
    expect((await t.get(`/api/meetings/${forum.id}.ics?lang=bg`)).text).toContain('SUMMARY:Форум за младежта (ден 1 от 2)');
    expect((await t.get('/api/meetings/00000000-0000-4000-8000-000000000000.ics')).status).toBe(404);
  });

  it('tells calendars that imported a meeting about a change and a cancellation (SEQUENCE grows, STATUS:CANCELLED)', async () => {
    const made = await t.post('/api/meetings', { ...FORUM, title: 'Среща за промяна', startsAt: '2026-12-10T15:00:00.000Z', endsAt: '2026-12-10T17:00:00.000Z', programme: [] }, { token: officer });
    const read = async () => {
      const cal = new ICAL.Component(ICAL.parse((await t.get(`/api/meetings/${made.body.id}.ics`)).text));
      return cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    };
    const [first] = await read();
    expect([first.uid, first.sequence, first.component.getFirstPropertyValue('status')]).toEqual([`meeting-${made.body.id}@sabor`, 0, 'CONFIRMED']);
    expect((await t.patch(`/api/meetings/${made.body.id}`, { location: 'Хасково, зала 5' }, { token: officer })).status).toBe(200);
    const [moved] = await read();
    expect([moved.uid, moved.sequence, moved.location]).toEqual([first.uid, 1, 'Хасково, зала 5; онлайн: https://meet.example/forum']);
    expect((await t.patch(`/api/meetings/${made.body.id}`, { status: 'cancelled' }, { token: officer })).status).toBe(200);
    changed = made.body.id;
    const [cancelled] = await read();
    expect([cancelled.uid, cancelled.sequence, cancelled.component.getFirstPropertyValue('status')]).toEqual([first.uid, 2, 'CANCELLED']);
  });

  it('publishes upcoming public meetings as a feed per municipality and per body', async () => {
    const council = await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'civic_council', name: 'Граждански съвет' }, { token: officer });
    const group = await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'working_group', name: 'Работна група', visibility: 'private' }, { token: officer });
    const sitting = await t.post('/api/meetings', { municipalityId: 'haskovo', bodyId: council.body.id, kind: 'body_meeting', title: 'Заседание на съвета', startsAt: '2026-12-15T15:00:00.000Z', endsAt: '2026-12-15T17:00:00.000Z', location: 'Хасково, зала 3' }, { token: officer });
    const secret = await t.post('/api/meetings', { municipalityId: 'haskovo', bodyId: group.body.id, kind: 'body_meeting', title: 'Заседание на работната група', startsAt: '2026-12-16T15:00:00.000Z', endsAt: '2026-12-16T17:00:00.000Z', location: 'Хасково' }, { token: officer });
    const feed = await t.get('/api/feeds/meetings.ics?municipality=haskovo');
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const meetingIds = (text: string) => [...new Set([...text.replace(/\r\n /g, '').matchAll(/UID:meeting-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/g)].map((m) => m[1]))];
    const uids = meetingIds(feed.text).filter((id) => id !== changed);
    expect(uids).toEqual([forum.id, expect.any(String), sitting.body.id]);
    expect(feed.text).toContain('X-WR-CALNAME:Събор: срещи — Хасково');
    const perBody = await t.get(`/api/feeds/meetings.ics?body=${council.body.id}&lang=en`);
    expect(meetingIds(perBody.text)).toEqual([sitting.body.id]);
    // a private body's meetings are in no public feed, and not found by the public
    const privateFeed = await t.get(`/api/feeds/meetings.ics?body=${group.body.id}`);
    expect(privateFeed.status).toBe(404);
    expect((await t.get(`/api/meetings/${secret.body.id}`)).status).toBe(404);
    expect((await t.get(`/api/meetings/${secret.body.id}.ics`)).status).toBe(404);
    expect((await t.get('/api/meetings?municipality=haskovo')).body.items.map((m: { id: string }) => m.id)).not.toContain(secret.body.id);
    expect((await t.get('/api/meetings?municipality=haskovo', { token: officer })).body.items.map((m: { id: string }) => m.id)).toContain(secret.body.id);
    expect((await t.get('/api/feeds/meetings.ics?municipality=atlantis')).status).toBe(404);
    // past meetings are not in the feed
    const empty = await t.get('/api/feeds/meetings.ics?municipality=dupnitsa');
    expect(empty.text).not.toContain('BEGIN:VEVENT');
    // … and a feed with no meeting is still a valid calendar: it holds the municipality's time zone
    expect(new ICAL.Component(ICAL.parse(empty.text)).getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone']);
    expect(feed.headers.vary).toMatch(/Accept-Language/);
    expect((await t.get('/api/feeds/meetings.ics?municipality=haskovo', { headers: { 'if-none-match': String(feed.headers.etag) } })).status).toBe(304);
  });

  it('cancels a meeting: its calendar entry says so and registration closes', async () => {
    const m = await t.post('/api/meetings', { municipalityId: 'haskovo', kind: 'workshop', title: 'Отменена среща', startsAt: '2026-12-20T08:00:00.000Z', endsAt: '2026-12-20T10:00:00.000Z', location: 'Хасково', registration: { open: true } }, { token: officer });
    const guest = await t.post(`/api/meetings/${m.body.id}/registrations`, { name: 'Гост Гостев', email: 'guest.cancelled@example.org', homeSettlement: 'Хасково', country: 'BG', category: 'citizen' });
    expect(guest.status).toBe(201);
    const res = await t.patch(`/api/meetings/${m.body.id}`, { status: 'cancelled' }, { token: officer });
    expect(res.body).toMatchObject({ status: 'cancelled', registration: { isOpen: false, closedReason: 'cancelled' } });
    expect((await t.get(`/api/meetings/${m.body.id}.ics`)).text).toContain('STATUS:CANCELLED');
    const late = await t.post(`/api/meetings/${m.body.id}/registrations`, { name: 'Късен', email: 'late@example.org', homeSettlement: 'Хасково', country: 'BG', category: 'citizen' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'registration_closed', details: { reason: 'cancelled' } });
    expect(await t.waitForMailContaining('guest.cancelled@example.org', 'Срещата е отменена')).toContain('Отменена среща');
    const [audit] = await t.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'meeting.cancel'`, [m.body.id]);
    expect(audit).toBeDefined();
  });
});
