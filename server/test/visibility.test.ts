import { MOTIVES, ORDINANCE_BODY, openConsultation } from './fixtures';
import { TestApp } from './test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * Who sees what (docs/api.md: drafts only for their officers; 404 not found or not visible to the
 * caller), and a write on what the caller cannot see is a 404 like the read, a 403 only when
 * they see it but may not change it.
 */
describe('visibility: drafts for their officers only; writes answer 404 where reads do', () => {
  let t: TestApp;
  let officer: string;
  let moderator: string;
  let admin: string;
  let dupnitsa: string;
  let citizen: string;
  let published: Awaited<ReturnType<typeof openConsultation>>;
  let draft: { id: string };
  let scheduled: { id: string };

  beforeAll(async () => {
    // Monday 2 March 2026, 10:00 in Haskovo
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    moderator = await t.login('moderator@haskovo.sabor.example');
    admin = await t.login('admin@sabor.example');
    dupnitsa = await t.login('officer@dupnitsa.sabor.example');
    citizen = await t.login('citizen@sabor.example');
    const create = async (title: string) => {
      const res = await t.post('/api/consultations', { municipalityId: 'haskovo', kind: 'ordinance', title, summary: 'Кратко описание', body: ORDINANCE_BODY, motives: MOTIVES, contact: { name: 'Отдел „Нормативни актове“' } }, { token: officer });
      if (res.status !== 201) throw new Error(`create: ${res.status} ${res.text}`);
      return res.body as { id: string };
    };
    draft = await create('Чернова на наредба за паркирането');
    scheduled = await create('Наредба, обявена за по-късен ден');
    const s = await t.post(`/api/consultations/${scheduled.id}/publish`, { publishOn: '2026-03-20' }, { token: officer });
    if (s.status !== 200) throw new Error(`schedule: ${s.status} ${s.text}`);
    // published today and open from tomorrow: the clock moves into its window
    published = await openConsultation(t, { title: 'Публикувана наредба' });
  });
  afterAll(() => t.close());

  const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((x) => x.id);

  it('shows a draft, its sections, versions, contributions, report and calculator to its officers only', async () => {
    const paths = ['', '/sections', '/versions', '/contributions', '/report'].map((p) => `/api/consultations/${draft.id}${p}`);
    for (const path of paths) expect([path, (await t.get(path, { token: officer })).status]).toEqual([path, 200]);
    expect((await t.get(`/api/consultations/${draft.id}/deadline`, { token: officer })).status).toBe(200);
    for (const [who, token] of [
      ['moderator', moderator],
      ['admin', admin],
      ['Dupnitsa officer', dupnitsa],
      ['citizen', citizen],
      ['guest', undefined],
    ] as const) {
      for (const path of paths) expect([who, path, (await t.get(path, { token })).status]).toEqual([who, path, 404]);
      if (token) expect([who, (await t.get(`/api/consultations/${draft.id}/deadline`, { token })).status]).toEqual([who, 404]);
    }
  });

  it('serves a draft’s documents to its officers only', async () => {
    const boundary = '----sabor-visibility';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ndraft\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="proekt.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      PDF,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await t.app.inject({ method: 'POST', url: `/api/consultations/${draft.id}/documents`, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${officer}` } });
    expect(up.statusCode).toBe(201);
    const url = up.json().url as string;
    expect((await t.get(url, { token: officer })).status).toBe(200);
    expect((await t.get(url, { token: moderator })).status).toBe(404);
    expect((await t.get(url, { token: admin })).status).toBe(404);
  });

  it('lists drafts for their officers only; a scheduled one for the municipality’s staff and admins', async () => {
    const list = (token?: string) => t.get('/api/consultations?municipality=haskovo&limit=100', { token });
    expect(ids(await list(officer))).toEqual(expect.arrayContaining([draft.id, scheduled.id, published.id]));
    for (const token of [moderator, admin]) {
      const seen = ids(await list(token));
      expect(seen).not.toContain(draft.id);
      expect(seen).toEqual(expect.arrayContaining([scheduled.id, published.id]));
    }
    expect(ids(await t.get('/api/consultations?status=draft&limit=100', { token: moderator }))).toEqual([]);
    expect(ids(await t.get('/api/consultations?status=draft&limit=100', { token: admin }))).toEqual([]);
    expect(ids(await t.get('/api/consultations?status=draft&limit=100', { token: officer }))).toEqual([draft.id]);
    const guest = ids(await list());
    expect(guest).toContain(published.id);
    expect(guest).not.toContain(scheduled.id);
    // a scheduled publication: the staff see it, the public from its day on
    expect((await t.get(`/api/consultations/${scheduled.id}`, { token: moderator })).status).toBe(200);
    expect((await t.get(`/api/consultations/${scheduled.id}`, { token: admin })).status).toBe(200);
    expect((await t.get(`/api/consultations/${scheduled.id}`, { token: citizen })).status).toBe(404);
  });

  it('shows a body’s linked draft only to the officers', async () => {
    const body = await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'working_group', name: 'Работна група за паркирането', mandate: 'Подготвя наредбата.', consultationIds: [draft.id, published.id] }, { token: officer });
    expect(body.status).toBe(201);
    const linked = async (token?: string) => (await t.get(`/api/bodies/${body.body.id}`, { token })).body.consultations.map((c: { id: string }) => c.id);
    expect((await linked(officer)).sort()).toEqual([draft.id, published.id].sort());
    expect(await linked(moderator)).toEqual([published.id]);
    expect(await linked(admin)).toEqual([published.id]);
    expect(await linked()).toEqual([published.id]);
  });

  it('answers 404 to writes on a draft the caller cannot see', async () => {
    const writes = (id: string) => [
      ['PATCH', `/api/consultations/${id}`, { title: 'Чуждо заглавие' }],
      ['POST', `/api/consultations/${id}/publish`, {}],
      ['POST', `/api/consultations/${id}/contributions/offline`, { channel: 'post', receivedAt: '2026-03-02T09:00:00.000Z', authorName: 'Х', kind: 'comment', body: 'x' }],
      ['POST', `/api/consultations/${id}/responses`, { contributionIds: ['00000000-0000-4000-8000-000000000000'], decision: 'noted', reasoning: 'x' }],
      ['POST', `/api/consultations/${id}/report/publish`, {}],
      ['POST', `/api/consultations/${id}/outcome`, { result: 'adopted', decisionRef: 'Решение № 1', decidedOn: '2026-05-10' }],
      ['GET', `/api/consultations/${id}/duplicates`, undefined],
    ] as const;
    for (const [who, token] of [
      ['Dupnitsa officer', dupnitsa],
      ['moderator', moderator],
      ['admin', admin],
      ['citizen', citizen],
    ] as const) {
      for (const [method, url, body] of writes(draft.id)) {
        const res = await t.request(method, url, { token, body });
        expect([who, method, url, res.status, res.body.code]).toEqual([who, method, url, 404, 'not_found']);
      }
    }
    // a scheduled one is not visible to another municipality's officer either
    for (const [method, url, body] of writes(scheduled.id)) expect([method, url, (await t.request(method, url, { token: dupnitsa, body })).status]).toEqual([method, url, 404]);
    // and the draft is untouched
    expect((await t.get(`/api/consultations/${draft.id}`, { token: officer })).body).toMatchObject({ status: 'draft', title: { bg: 'Чернова на наредба за паркирането' } });
  });

  it('answers 403 to writes on a published consultation the caller sees but may not change', async () => {
    const proposal = (await t.post(`/api/consultations/${published.id}/contributions`, { kind: 'proposal', body: 'Зелена зона и в кв. Орфей.', publishName: false }, { token: citizen })).body;
    const writes = [
      ['PATCH', `/api/consultations/${published.id}`, { body: `${ORDINANCE_BODY}\n`, correctionNote: 'редакция' }],
      ['POST', `/api/consultations/${published.id}/publish`, {}],
      ['POST', `/api/consultations/${published.id}/contributions/offline`, { channel: 'post', receivedAt: new Date(new Date(published.opensAt).getTime() + 60_000).toISOString(), authorName: 'Х', kind: 'comment', body: 'x' }],
      ['PUT', `/api/contributions/${proposal.id}/response`, { decision: 'noted', reasoning: 'x' }],
      ['POST', `/api/consultations/${published.id}/responses`, { contributionIds: [proposal.id], decision: 'noted', reasoning: 'x' }],
      ['POST', `/api/consultations/${published.id}/report/publish`, {}],
      ['POST', `/api/consultations/${published.id}/outcome`, { result: 'adopted', decisionRef: 'Решение № 1', decidedOn: '2026-05-10' }],
      ['POST', `/api/contributions/${proposal.id}/hide`, { reason: 'x' }],
      ['GET', `/api/consultations/${published.id}/duplicates`, undefined],
      ['GET', `/api/consultations/${published.id}/deadline`, undefined],
    ] as const;
    for (const [method, url, body] of writes) {
      const res = await t.request(method, url, { token: dupnitsa, body });
      expect([method, url, res.status, res.body.code]).toEqual([method, url, 403, 'forbidden']);
    }
    // the municipality's moderator sees it: may moderate, but not answer or publish the справка
    expect((await t.post(`/api/consultations/${published.id}/report/publish`, {}, { token: moderator })).status).toBe(403);
    expect((await t.put(`/api/contributions/${proposal.id}/response`, { decision: 'noted', reasoning: 'x' }, { token: moderator })).status).toBe(403);
    expect((await t.get(`/api/consultations/${published.id}/duplicates`, { token: moderator })).status).toBe(200);
    const hidden = await t.post(`/api/contributions/${proposal.id}/hide`, { reason: 'Лични данни' }, { token: moderator });
    expect(hidden.status).toBe(200);
    expect(hidden.body).toMatchObject({ hidden: true, body: 'Зелена зона и в кв. Орфей.' });
  });

  describe('bodies and their meetings', () => {
    let group: { id: string };
    let council: { id: string };
    let memberId: string;
    let groupMeeting: { id: string };
    let councilMeeting: { id: string };
    beforeAll(async () => {
      const body = (extra: Record<string, unknown>) => t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'working_group', name: 'Работна група', mandate: 'Подготвя проекта.', ...extra }, { token: officer });
      group = (await body({ visibility: 'private' })).body;
      council = (await body({ kind: 'civic_council', name: 'Граждански съвет', visibility: 'public' })).body;
      memberId = (await t.post(`/api/bodies/${group.id}/members`, { name: 'Мария Иванова', role: 'member', since: '2026-03-01' }, { token: officer })).body.id;
      const meeting = (bodyId: string) => t.post('/api/meetings', { municipalityId: 'haskovo', bodyId, kind: 'body_meeting', title: 'Заседание', startsAt: '2026-04-10T12:00:00.000Z', endsAt: '2026-04-10T14:00:00.000Z', location: 'Хасково, зала 3' }, { token: officer });
      groupMeeting = (await meeting(group.id)).body;
      councilMeeting = (await meeting(council.id)).body;
    });

    it('answers 404 to writes on a private body and its meetings by those who cannot see them', async () => {
      expect((await t.get(`/api/bodies/${group.id}`, { token: dupnitsa })).status).toBe(404);
      const writes = [
        ['PATCH', `/api/bodies/${group.id}`, { name: 'Друго име' }],
        ['POST', `/api/bodies/${group.id}/members`, { name: 'Х', role: 'member', since: '2026-03-01' }],
        ['PATCH', `/api/bodies/${group.id}/members/${memberId}`, { role: 'chair' }],
        ['DELETE', `/api/bodies/${group.id}/members/${memberId}`, undefined],
        ['PATCH', `/api/meetings/${groupMeeting.id}`, { title: 'Друго' }],
        ['PUT', `/api/meetings/${groupMeeting.id}/minutes`, { text: 'Протокол', decisions: [] }],
        ['GET', `/api/meetings/${groupMeeting.id}/registrations`, undefined],
      ] as const;
      for (const [who, token] of [
        ['Dupnitsa officer', dupnitsa],
        ['citizen', citizen],
      ] as const) {
        for (const [method, url, body] of writes) {
          const res = await t.request(method, url, { token, body });
          expect([who, method, url, res.status]).toEqual([who, method, url, 404]);
        }
      }
      expect((await t.get(`/api/bodies/${group.id}`, { token: officer })).body).toMatchObject({ name: { bg: 'Работна група' }, members: [{ name: 'Мария Иванова', role: 'member' }] });
    });

    it('answers 403 where the caller sees the body or meeting but may not change it', async () => {
      const writes = [
        ['PATCH', `/api/bodies/${council.id}`, { name: 'Друго име' }],
        ['POST', `/api/bodies/${council.id}/members`, { name: 'Х', role: 'member', since: '2026-03-01' }],
        ['PATCH', `/api/meetings/${councilMeeting.id}`, { title: 'Друго' }],
        ['PUT', `/api/meetings/${councilMeeting.id}/minutes`, { text: 'Протокол', decisions: [] }],
      ] as const;
      for (const [method, url, body] of writes) {
        const res = await t.request(method, url, { token: dupnitsa, body });
        expect([method, url, res.status, res.body.code]).toEqual([method, url, 403, 'forbidden']);
      }
      // the municipality's moderator sees the private group, but only officers change it
      expect((await t.get(`/api/bodies/${group.id}`, { token: moderator })).status).toBe(200);
      expect((await t.patch(`/api/bodies/${group.id}`, { name: 'Друго име' }, { token: moderator })).status).toBe(403);
      expect((await t.delete(`/api/bodies/${group.id}/members/${memberId}`, { token: moderator })).status).toBe(403);
      expect((await t.patch(`/api/meetings/${groupMeeting.id}`, { title: 'Друго' }, { token: moderator })).status).toBe(403);
    });
  });

  it('lets only the municipality’s officers start a draft, since nobody else could see it', async () => {
    const body = { municipalityId: 'haskovo', kind: 'decision', title: 'Решение', summary: 'Кратко', body: 'Текст', contact: 'Деловодство' };
    expect((await t.post('/api/consultations', body, { token: admin })).status).toBe(403);
    expect((await t.post('/api/consultations', body, { token: moderator })).status).toBe(403);
    expect((await t.post('/api/consultations', body, { token: officer })).status).toBe(201);
  });
});
