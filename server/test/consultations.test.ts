import { TestApp } from './test-app';

const ORDINANCE_BODY = `Проект на Наредба за обществените консултации и гражданските съвети

Чл. 1. (1) С тази наредба се уреждат условията и редът за обществени консултации.

Чл. 2. Принципи. Откритост, отчетност и равнопоставеност.

§ 1. Наредбата влиза в сила от деня на обнародването ѝ.`;

const MOTIVES = {
  reasons: 'Липсват правила за обществените консултации.',
  objectives: 'Прозрачност и участие.',
  resources: 'Не са необходими допълнителни средства.',
  expectedResults: 'Повече граждани участват.',
  euCompliance: 'Съответства на правото на ЕС.',
};

describe('consultations: drafts, the legal deadline, publication', () => {
  let t: TestApp;
  let officer: string;
  let haskovo: string;
  beforeAll(async () => {
    // Monday 2 March 2026, 10:00 in Haskovo
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    haskovo = await t.idOf('municipalities', 'haskovo');
  });
  afterAll(() => t.close());

  const draft = (extra: Record<string, unknown> = {}) =>
    t.post('/api/consultations', { municipalityId: haskovo, kind: 'ordinance', title: 'Наредба за обществените консултации', summary: 'Кратко описание', body: ORDINANCE_BODY, contact: { name: 'Отдел „Нормативни актове“', email: 'normativni@haskovo.bg' }, ...extra }, { token: officer });

  it('creates a draft split into sections, visible to its officers only', async () => {
    const res = await draft();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', kind: 'ordinance', periodDays: 30, title: { bg: 'Наредба за обществените консултации' }, publishedAt: null });
    expect(res.body.sections.map((s: { ref: string }) => s.ref)).toEqual(['Преамбюл', 'Чл. 1', 'Чл. 2', '§ 1']);
    expect((await t.get(`/api/consultations/${res.body.id}`)).status).toBe(404);
    expect((await t.get(`/api/consultations/${res.body.id}`, { token: await t.login('citizen@sabor.example') })).status).toBe(404);
    expect((await t.get(`/api/consultations/${res.body.id}`, { token: officer })).status).toBe(200);
    const publicList = await t.get('/api/consultations');
    expect(publicList.body.items.find((c: { id: string }) => c.id === res.body.id)).toBeUndefined();
    const officerList = await t.get('/api/consultations?status=draft', { token: officer });
    expect(officerList.body.items.map((c: { id: string }) => c.id)).toContain(res.body.id);
  });

  it('lets only officers of that municipality create and publish', async () => {
    expect((await t.post('/api/consultations', { municipalityId: haskovo, kind: 'plan', title: 'План', summary: '', body: 'Текст', contact: {} }, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
    expect((await t.post('/api/consultations', { municipalityId: haskovo, kind: 'plan', title: 'План', summary: '', body: 'Текст', contact: {} }, { token: await t.login('moderator@haskovo.sabor.example') })).status).toBe(403);
    expect((await t.post('/api/consultations', { municipalityId: haskovo, kind: 'plan', title: 'План', summary: '', body: 'Текст', contact: {} })).status).toBe(401);
    const mine = await draft({ motives: MOTIVES });
    // a draft does not exist for another municipality's officer: 404, as when reading it
    const other = await t.post(`/api/consultations/${mine.body.id}/publish`, {}, { token: await t.login('officer@dupnitsa.sabor.example') });
    expect(other.status).toBe(404);
  });

  it('refuses bad input naming the fields', async () => {
    const res = await t.post('/api/consultations', { municipalityId: haskovo, kind: 'law', title: { de: 'x' }, summary: '', body: '', contact: {}, periodDays: 0 }, { token: officer });
    expect(res.status).toBe(400);
    expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['body', 'kind', 'periodDays', 'title']);
    const noBg = await t.post('/api/consultations', { municipalityId: haskovo, kind: 'plan', title: { en: 'Plan' }, summary: '', body: 'Текст', contact: {} }, { token: officer });
    expect(noBg.body.details.fields[0].field).toBe('title.bg');
  });

  it('shows the officer the computed last day before publishing, moved past a holiday', async () => {
    const c = await draft();
    // published Mon 2 Feb 2026 + 30 days = Wed 4 Mar 2026, a working day
    const before = t.clock.now().getTime();
    const plain = await t.get(`/api/consultations/${c.body.id}/deadline?publishOn=2026-03-02`, { token: officer });
    expect(plain.status).toBe(200);
    expect(plain.body).toMatchObject({ lastDay: '2026-04-01', closesAt: '2026-04-01T20:59:59.999Z', minimumDays: 30, periodAllowed: true });
    // published today it would open at once (the moment of asking), not tomorrow
    expect(Date.parse(plain.body.opensAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(plain.body.opensAt)).toBeLessThan(Date.parse('2026-03-02T22:00:00.000Z'));
    expect(plain.body.movedFrom).toBeUndefined();
    // publishOn 2026-04-11 + 30 = Mon 11 May 2026: working; publishOn 2026-02-01 + 30 = Tue 3 Mar (Liberation Day) → Wed 4 Mar
    const moved = await t.get(`/api/consultations/${c.body.id}/deadline?publishOn=2026-03-03&periodDays=30`, { token: officer, headers: { 'accept-language': 'en' } });
    // 3 Mar + 30 = Thu 2 Apr 2026: working day, nothing moves; scheduled for a holiday, it opens at its 00:00
    expect(moved.body).toMatchObject({ lastDay: '2026-04-02', opensAt: '2026-03-02T22:00:00.000Z' });
    const easter = await t.get(`/api/consultations/${c.body.id}/deadline?publishOn=2026-03-11&periodDays=30`, { token: officer, headers: { 'accept-language': 'en' } });
    // 11 Mar + 30 = Fri 10 Apr 2026 = Orthodox Good Friday → Sat, Easter Sun, Easter Mon → Tue 14 Apr
    expect(easter.body).toMatchObject({ lastDay: '2026-04-14', movedFrom: '2026-04-10', closesAt: '2026-04-14T20:59:59.999Z' });
    expect(easter.body.reason).toMatch(/Good Friday/);
    const short = await t.get(`/api/consultations/${c.body.id}/deadline?publishOn=2026-03-02&periodDays=20`, { token: officer });
    expect(short.body.periodAllowed).toBe(false);
    // Bulgaria's holidays are computed for every year
    expect(plain.body.calendarComplete).toBe(true);
    expect((await t.get(`/api/consultations/${c.body.id}/deadline`, { token: await t.login('citizen@sabor.example') })).status).toBe(404);
  });

  it('refuses to publish an ordinance without all five items of its motives', async () => {
    const c = await draft({ motives: { reasons: 'Причини', objectives: 'Цели' } });
    const res = await t.post(`/api/consultations/${c.body.id}/publish`, {}, { token: officer });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('motives_incomplete');
    expect(res.body.details.missing).toEqual(['resources', 'expectedResults', 'euCompliance']);
  });

  it('refuses a period under 30 days without a published reason, and under 14 days with one', async () => {
    const short = await draft({ motives: MOTIVES, periodDays: 20 });
    const refused = await t.post(`/api/consultations/${short.body.id}/publish`, {}, { token: officer });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'period_too_short', details: { minimumDays: 30 } });

    const tooShort = await draft({ motives: MOTIVES, periodDays: 13, shortenedReason: 'Спешност поради промяна в закона' });
    expect((await t.post(`/api/consultations/${tooShort.body.id}/publish`, {}, { token: officer })).body.details.minimumDays).toBe(14);

    const reasoned = await draft({ motives: MOTIVES, periodDays: 14, shortenedReason: 'Спешност поради промяна в закона' });
    const ok = await t.post(`/api/consultations/${reasoned.body.id}/publish`, {}, { token: officer });
    expect(ok.status).toBe(200);
    // 2 Mar + 14 = Mon 16 Mar 2026
    expect(ok.body).toMatchObject({ lastDay: '2026-03-16', shortenedReason: 'Спешност поради промяна в закона' });
  });

  it('publishes today: open from that moment, then closed after the last day', async () => {
    const c = await draft({ motives: MOTIVES });
    const before = t.clock.now().getTime();
    const res = await t.post(`/api/consultations/${c.body.id}/publish`, {}, { token: officer });
    const after = t.clock.now().getTime();
    expect(res.status).toBe(200);
    // opens at the publication instant; the period is still counted from 3 March, so 1 April is the last day
    expect(res.body).toMatchObject({ status: 'open', publishOn: '2026-03-02', opensAt: res.body.publishedAt, lastDay: '2026-04-01', closesAt: '2026-04-01T20:59:59.999Z', version: 1 });
    expect(Date.parse(res.body.opensAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(res.body.opensAt)).toBeLessThanOrEqual(after);
    expect((await t.post(`/api/consultations/${c.body.id}/publish`, {}, { token: officer })).body.code).toBe('already_published');
    expect((await t.get(`/api/consultations/${c.body.id}`)).body.status).toBe('open');

    const start = t.clock.now();
    try {
      t.clock.travelTo(new Date('2026-03-03T10:00:00Z'));
      expect((await t.get(`/api/consultations/${c.body.id}`)).body.status).toBe('open');
      const open = await t.get('/api/consultations?status=open&municipality=haskovo');
      expect(open.body.items.map((x: { id: string }) => x.id)).toContain(c.body.id);
      t.clock.travelTo(new Date('2026-04-01T20:59:59.000Z'));
      expect((await t.get(`/api/consultations/${c.body.id}`)).body.status).toBe('open');
      t.clock.travelTo(new Date('2026-04-01T21:00:00.000Z'));
      expect((await t.get(`/api/consultations/${c.body.id}`)).body.status).toBe('closed');
      expect((await t.get('/api/consultations?status=closed')).body.items.map((x: { id: string }) => x.id)).toContain(c.body.id);
    } finally {
      t.clock.travelTo(start);
    }
    const audit = await t.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [c.body.id]);
    expect(audit.map((a) => a.action)).toEqual(['consultation.create', 'consultation.publish']);
  });

  it('schedules a publication on a future day and refuses a day in the past', async () => {
    const c = await draft({ motives: MOTIVES });
    expect((await t.post(`/api/consultations/${c.body.id}/publish`, { publishOn: '2026-03-01' }, { token: officer })).body.code).toBe('invalid_publish_date');
    const res = await t.post(`/api/consultations/${c.body.id}/publish`, { publishOn: '2026-03-10' }, { token: officer });
    // public and open from 00:00 on 10 March in Haskovo; counted from the 11th
    expect(res.body).toMatchObject({ status: 'upcoming', publishOn: '2026-03-10', publishedAt: '2026-03-09T22:00:00.000Z', opensAt: '2026-03-09T22:00:00.000Z', lastDay: '2026-04-09' });
    // not public before its publication day
    expect((await t.get(`/api/consultations/${c.body.id}`)).status).toBe(404);
  });

  it('takes contributions from the moment of publication; a scheduled one from 00:00 of its day', async () => {
    const citizen = await t.login('citizen@sabor.example');
    const propose = (id: string, token: string) => t.post(`/api/consultations/${id}/contributions`, { kind: 'proposal', body: 'Да се добави срок за отговор.', publishName: true }, { token });

    const now = await draft({ motives: MOTIVES });
    expect((await t.post(`/api/consultations/${now.body.id}/publish`, {}, { token: officer })).status).toBe(200);
    expect((await propose(now.body.id, citizen)).status).toBe(201);

    const later = await draft({ motives: MOTIVES });
    const scheduled = await t.post(`/api/consultations/${later.body.id}/publish`, { publishOn: '2026-03-04' }, { token: officer });
    expect(scheduled.body).toMatchObject({ status: 'upcoming', opensAt: '2026-03-03T22:00:00.000Z', lastDay: '2026-04-03' });
    const start = t.clock.now();
    try {
      // 23:59:59 on 3 March in Haskovo: not public yet; the staff, who see it, are refused
      t.clock.travelTo(new Date('2026-03-03T21:59:59.000Z'));
      expect((await propose(later.body.id, citizen)).status).toBe(404);
      const early = await propose(later.body.id, officer);
      expect(early.status).toBe(409);
      expect(early.body).toMatchObject({ code: 'consultation_not_open', details: { status: 'upcoming', opensAt: '2026-03-03T22:00:00.000Z' } });
      // 00:00 on 4 March: public and open
      t.clock.travelTo(new Date('2026-03-03T22:00:00.000Z'));
      expect((await t.get(`/api/consultations/${later.body.id}`)).body.status).toBe('open');
      expect((await propose(later.body.id, citizen)).status).toBe(201);
    } finally {
      t.clock.travelTo(start);
    }
  });

  it('finds consultations by Cyrillic words and prefixes, by kind and municipality', async () => {
    const c = await draft({ kind: 'plan', title: 'План за устойчива градска мобилност', body: 'Велоалеи и обществен транспорт в Хасково.' });
    await t.post(`/api/consultations/${c.body.id}/publish`, {}, { token: officer });
    const found = await t.get(`/api/consultations?q=${encodeURIComponent('ВЕЛОАЛЕ транспорт')}`);
    expect(found.body.items.map((x: { id: string }) => x.id)).toEqual([c.body.id]);
    expect((await t.get(`/api/consultations?q=${encodeURIComponent('метро')}`)).body.items).toEqual([]);
    expect((await t.get('/api/consultations?kind=plan&municipality=haskovo')).body.items.map((x: { id: string }) => x.id)).toEqual([c.body.id]);
    expect((await t.get('/api/consultations?municipality=dupnitsa')).body.items).toEqual([]);
    expect((await t.get('/api/consultations?status=finished')).status).toBe(400);
  });

  it('corrects a published draft only with a note, as a new version with a diff', async () => {
    const c = await draft({ motives: MOTIVES });
    await t.post(`/api/consultations/${c.body.id}/publish`, {}, { token: officer });
    const noNote = await t.patch(`/api/consultations/${c.body.id}`, { body: ORDINANCE_BODY.replace('Откритост', 'Публичност') }, { token: officer });
    expect(noNote.status).toBe(422);
    expect(noNote.body.code).toBe('correction_note_required');
    const noPeriodChange = await t.patch(`/api/consultations/${c.body.id}`, { periodDays: 60, correctionNote: 'удължаване' }, { token: officer });
    expect(noPeriodChange.status).toBe(400);

    const sectionsBefore = (await t.get(`/api/consultations/${c.body.id}/sections`)).body.items;
    const fixed = await t.patch(`/api/consultations/${c.body.id}`, { body: ORDINANCE_BODY.replace('Откритост', 'Публичност'), correctionNote: 'Техническа редакция на чл. 2' }, { token: officer });
    expect(fixed.status).toBe(200);
    expect(fixed.body.version).toBe(2);
    const sectionsAfter = (await t.get(`/api/consultations/${c.body.id}/sections`)).body.items;
    // the same articles keep their ids, so contributions stay attached
    expect(sectionsAfter.map((s: { id: string }) => s.id)).toEqual(sectionsBefore.map((s: { id: string }) => s.id));
    expect(sectionsAfter[2].text).toContain('Публичност');

    const versions = await t.get(`/api/consultations/${c.body.id}/versions`);
    expect(versions.body.items.map((v: { version: number; note: string | null }) => [v.version, v.note])).toEqual([
      [1, null],
      [2, 'Техническа редакция на чл. 2'],
    ]);
    expect(versions.body.items[1].diff).toEqual([
      { op: '-', text: 'Чл. 2. Принципи. Откритост, отчетност и равнопоставеност.' },
      { op: '+', text: 'Чл. 2. Принципи. Публичност, отчетност и равнопоставеност.' },
    ]);
  });

  it('accepts multilingual objects and keeps every language', async () => {
    const kp = await t.idOf('municipalities', 'kriva-palanka');
    const res = await t.post('/api/consultations', { municipalityId: 'kriva-palanka', kind: 'budget', title: { mk: 'Буџет за 2027', en: 'Budget 2027' }, summary: { mk: 'Буџетот на општината за 2027 година' }, body: { mk: 'Член 1\nБуџетот изнесува…' }, contact: 'Сектор за финансии' }, { token: await t.login('officer@kriva-palanka.sabor.example') });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ municipalityId: kp, title: { mk: 'Буџет за 2027', en: 'Budget 2027' }, periodDays: 20 });
    expect(res.body.sections.map((s: { ref: string }) => s.ref)).toEqual(['Чл. 1']);
  });

  it('warns a North Macedonian officer when the holiday table does not cover the year of the last day', async () => {
    const token = await t.login('officer@kriva-palanka.sabor.example');
    const c = await t.post('/api/consultations', { municipalityId: 'kriva-palanka', kind: 'plan', title: { mk: 'План' }, summary: { mk: 'План' }, body: { mk: 'Член 1\nТекст' }, contact: 'Сектор' }, { token });
    // the Ramazan Bajram table ends with 2035: a period ending in 2035 is known, one ending in 2036 is not
    const known = await t.get(`/api/consultations/${c.body.id}/deadline?publishOn=2035-06-01&periodDays=20`, { token });
    expect(known.body).toMatchObject({ lastDay: '2035-06-21', calendarComplete: true });
    const unknown = await t.get(`/api/consultations/${c.body.id}/deadline?publishOn=2036-03-02&periodDays=20`, { token });
    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatchObject({ calendarComplete: false, lastDay: expect.stringMatching(/^2036-03-2/) });
    // a period that starts in a covered year and ends beyond it is incomplete too
    expect((await t.get(`/api/consultations/${c.body.id}/deadline?publishOn=2035-12-20&periodDays=20`, { token })).body.calendarComplete).toBe(false);
  });
});
