import { pdfText } from './pdf-text';
import { expectTaggedPdf, markedText, readPdf, textOf } from './pdf-structure';
import { TestApp } from './test-app';

describe('minutes and the participation report', () => {
  let t: TestApp;
  let officer: string;
  let forum: string;
  beforeAll(async () => {
    // the day before a cross-border forum in Haskovo
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-12-02T10:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    forum = (await t.post('/api/meetings', { municipalityId: 'haskovo', kind: 'partnership_event', title: { bg: 'Трансгранична среща', en: 'Cross-border meeting' }, startsAt: '2026-12-03T07:00:00.000Z', endsAt: '2026-12-04T15:00:00.000Z', location: 'Хасково', registration: { open: true }, partnerMunicipalityIds: ['kriva-palanka'] }, { token: officer })).body.id;
    const people = [
      ...Array.from({ length: 3 }, (_, i) => ({ name: `Учесник ${i}`, email: `kp${i}@example.mk`, homeSettlement: 'Крива Паланка', homeMunicipalityId: 'kriva-palanka', country: 'MK', category: 'citizen' })),
      ...Array.from({ length: 2 }, (_, i) => ({ name: `Участник ${i}`, email: `hs${i}@example.org`, homeSettlement: 'гр. Хасково', country: 'BG', category: i ? 'ngo' : 'citizen' })),
      { name: 'Не дойде', email: 'absent@example.org', homeSettlement: 'Димитровград', country: 'BG', category: 'media' },
    ];
    const codes: string[] = [];
    for (const p of people) codes.push((await t.post(`/api/meetings/${forum}/registrations`, p)).body.code);
    t.clock.travelTo(new Date('2026-12-03T07:30:00.000Z'));
    for (const c of codes.slice(0, 5)) await t.post(`/api/meetings/${forum}/check-in`, { code: c }, { token: officer });
    t.clock.travelTo(new Date('2026-12-04T07:30:00.000Z'));
    for (const c of codes.slice(0, 2)) await t.post(`/api/meetings/${forum}/check-in`, { code: c }, { token: officer });
  });
  afterAll(() => t.close());

  it('shows officers the figures at once, in the request’s language', async () => {
    const res = await t.get(`/api/meetings/${forum}/participation`, { token: officer, headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      meetingId: forum,
      registered: 6,
      attended: 5,
      byCountry: [
        { country: 'MK', name: 'North Macedonia', registered: 3, attended: 3 },
        { country: 'BG', name: 'Bulgaria', registered: 3, attended: 2 },
      ],
      byPlace: [
        { municipalityId: await t.idOf('municipalities', 'kriva-palanka'), settlement: 'Kriva Palanka', country: 'MK', registered: 3, attended: 3 },
        { municipalityId: null, settlement: 'Haskovo', country: 'BG', registered: 2, attended: 2 },
        { municipalityId: null, settlement: 'Dimitrovgrad', country: 'BG', registered: 1, attended: 0 },
      ],
      byCategory: [
        { category: 'citizen', label: 'citizens', registered: 4, attended: 4 },
        { category: 'ngo', label: 'NGOs', registered: 1, attended: 1 },
        { category: 'media', label: 'media', registered: 1, attended: 0 },
      ],
      byDay: [
        { day: '2026-12-03', attended: 5 },
        { day: '2026-12-04', attended: 2 },
      ],
      summary: '5 citizens took part, of whom 3 from Kriva Palanka (North Macedonia) and 2 from Haskovo',
      public: false,
    });
    expect((await t.get(`/api/meetings/${forum}/participation`, { token: officer })).body.summary).toBe('В срещата участваха 5 граждани, от които 3 от Крива паланка (Северна Македония) и 2 от Хасково');
  });

  it('shows it to partner NGOs and the partner municipality’s officers, not to the public, before the minutes', async () => {
    expect((await t.get(`/api/meetings/${forum}/participation`, { token: await t.login('ngo@arsr.sabor.example') })).status).toBe(200);
    expect((await t.get(`/api/meetings/${forum}/participation`, { token: await t.login('officer@kriva-palanka.sabor.example') })).status).toBe(200);
    for (const token of [undefined, await t.login('citizen@sabor.example'), await t.login('officer@dupnitsa.sabor.example')]) {
      const res = await t.get(`/api/meetings/${forum}/participation`, { token });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('minutes_not_published');
    }
    expect((await t.get(`/api/meetings/${forum}/participation.csv`)).status).toBe(409);
  });

  it('keeps the minutes as a draft until published; only officers see the draft', async () => {
    const draft = { text: { bg: '## Протокол\n\nСрещата беше открита от кмета.', en: '## Minutes\n\nThe mayor opened the meeting.' }, decisions: [{ text: 'Съвместен проект за младежки обмен', responsible: 'Община Хасково', due: '2027-06-30' }], attendeesCount: 5 };
    const res = await t.put(`/api/meetings/${forum}/minutes`, draft, { token: officer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ draft: { text: draft.text, decisions: [{ text: { bg: 'Съвместен проект за младежки обмен' }, responsible: 'Община Хасково', due: '2027-06-30' }], attendeesCount: 5 }, published: null, versions: [] });
    expect((await t.get(`/api/meetings/${forum}/minutes`)).body).toEqual({ meetingId: forum, draft: null, published: null, versions: [] });
    expect((await t.put(`/api/meetings/${forum}/minutes`, draft, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
    expect((await t.put(`/api/meetings/${forum}/minutes`, { text: 'x', decisions: [{ text: 'y', due: 'soon' }] }, { token: officer })).status).toBe(400);
  });

  it('publishes the minutes as an immutable version; a correction is a new version with a note', async () => {
    const v1 = await t.post(`/api/meetings/${forum}/minutes/publish`, {}, { token: officer });
    expect(v1.status).toBe(200);
    expect(v1.body.published).toMatchObject({ version: 1, attendeesCount: 5, note: null, text: { bg: '## Протокол\n\nСрещата беше открита от кмета.' } });
    expect((await t.get(`/api/meetings/${forum}`)).body.minutes).toMatchObject({ version: 1 });
    await t.put(`/api/meetings/${forum}/minutes`, { text: '## Протокол\n\nСрещата беше открита от заместник-кмета.', decisions: [] }, { token: officer });
    const noNote = await t.post(`/api/meetings/${forum}/minutes/publish`, {}, { token: officer });
    expect(noNote.status).toBe(422);
    expect(noNote.body.code).toBe('correction_note_required');
    const v2 = await t.post(`/api/meetings/${forum}/minutes/publish`, { note: 'Поправка: откри я заместник-кметът' }, { token: officer });
    expect(v2.body.published).toMatchObject({ version: 2, note: 'Поправка: откри я заместник-кметът' });
    const publicView = await t.get(`/api/meetings/${forum}/minutes`);
    expect(publicView.body.published.text.bg).toContain('заместник-кмета');
    expect(publicView.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect((await t.get(`/api/meetings/${forum}/minutes?version=1`)).body.published.text.bg).toContain('открита от кмета');
    expect((await t.get(`/api/meetings/${forum}/minutes?version=3`)).status).toBe(404);
    const rows = await t.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'minutes.%' ORDER BY id`, [forum]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['minutes.save', 'minutes.publish', 'minutes.save', 'minutes.republish']);
  });

  it('refuses minutes before the meeting, and empty minutes', async () => {
    const future = (await t.post('/api/meetings', { municipalityId: 'haskovo', kind: 'workshop', title: 'Бъдеща', startsAt: '2027-01-10T08:00:00.000Z', endsAt: '2027-01-10T10:00:00.000Z', location: 'Хасково' }, { token: officer })).body.id;
    await t.put(`/api/meetings/${future}/minutes`, { text: 'Текст' }, { token: officer });
    const early = await t.post(`/api/meetings/${future}/minutes/publish`, {}, { token: officer });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('meeting_not_started');
    const held = (await t.post('/api/meetings', { municipalityId: 'haskovo', kind: 'workshop', title: 'Минала', startsAt: '2026-11-10T08:00:00.000Z', endsAt: '2026-11-10T10:00:00.000Z', location: 'Хасково' }, { token: officer })).body.id;
    expect((await t.post(`/api/meetings/${held}/minutes/publish`, {}, { token: officer })).body.code).toBe('minutes_empty');
    await t.put(`/api/meetings/${held}/minutes`, { text: { en: 'Only in English' } }, { token: officer });
    expect((await t.post(`/api/meetings/${held}/minutes/publish`, {}, { token: officer })).body.code).toBe('minutes_empty');
  });

  it('makes the report public once the minutes are published, as CSV and as a PDF in Cyrillic', async () => {
    const res = await t.get(`/api/meetings/${forum}/participation`, { headers: { 'accept-language': 'mk' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ public: true, summary: 'На средбата учествуваа 5 граѓани, од кои 3 од Крива Паланка (Северна Македонија) и 2 од Хасково' });
    const csv = await t.get(`/api/meetings/${forum}/participation.csv`);
    expect(csv.status).toBe(200);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('section,section_label,code,name,registered,attended');
    for (const lang of ['bg', 'en', 'mk']) expect((await t.get(`/api/meetings/${forum}/participation.csv`, { headers: { 'accept-language': lang } })).text.split('\r\n')[0]).toBe(csv.text.split('\r\n')[0]);
    expect(lines).toContain('total,Общо,,,6,5');
    expect(lines).toContain('country,По държави,MK,Северна Македония,3,3');
    expect(lines).toContain('place,По населени места,MK,Крива паланка,3,3');
    expect(lines).toContain('day,По дни,2026-12-04,2026-12-04,,2');
    const pdf = await t.app.inject({ method: 'GET', url: `/api/meetings/${forum}/participation.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Отчет за участието');
    expect(text).toContain('Трансгранична среща');
    expect(text.replace(/\s+/g, ' ')).toContain('В срещата участваха 5 граждани, от които 3 от Крива паланка (Северна Македония) и 2 от Хасково');
    expect(text).toContain('Крива паланка (Северна Македония)');

    // tagged: a heading per breakdown, each a table with header cells, rows in order
    const tree = expectTaggedPdf(pdf.rawPayload, 'bg');
    const marked = markedText(readPdf(pdf.rawPayload));
    const doc = tree.kids[0];
    expect(doc.kids.filter((k) => k.type === 'H2').map((k) => textOf(k, marked).split(' (')[0])).toEqual(['По държави', 'По населени места', 'По категории', 'По дни']);
    const places = doc.kids.filter((k) => k.type === 'Table')[1];
    expect(places.kids[0].kids.map((c) => `${c.type}:${textOf(c, marked)}`)).toEqual(['TH:Наименование', 'TH:Присъствали / Регистрирани']);
    expect(places.kids.slice(1).map((tr) => tr.kids.map((c) => textOf(c, marked)))).toContainEqual(['Крива паланка (Северна Македония)', '3 / 3']);
  });
});
