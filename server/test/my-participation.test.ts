import { openConsultation } from './fixtures';
import { FORM, GOOD } from './forms-fixtures';
import { TestApp } from './test-app';

type Item = { id: string; consultationId: string; consultationTitle: Record<string, string>; consultationStatus: string; kind: string; body: string; receivedAt: string; hidden: boolean; hiddenReason: string | null; response: { decision: string; reasoning: string } | null };

describe('GET /api/me/contributions and /api/me/answered-forms: a person’s own activity', () => {
  let t: TestApp;
  let citizen: string;
  let citizenId: string;
  let ngo: string;
  let c: Awaited<ReturnType<typeof openConsultation>>;
  const mine: string[] = [];
  let others: string[] = [];
  let hiddenId: string;
  let answeredId: string;
  const REASON = 'Лични нападки';

  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    citizen = await t.login('citizen@sabor.example');
    citizenId = await t.idOf('users', 'citizen@sabor.example');
    ngo = await t.login('ngo@arsr.sabor.example');
    c = await openConsultation(t, { title: { bg: 'Наредба за тишината', en: 'Quiet hours ordinance' } });
    const post = async (token: string, body: string, kind = 'proposal') => {
      const res = await t.post(`/api/consultations/${c.id}/contributions`, { kind, body, publishName: false }, { token });
      if (res.status !== 201) throw new Error(`contribute: ${res.status} ${res.text}`);
      t.clock.travelTo(new Date(t.clock.now().getTime() + 60_000));
      return res.body.id as string;
    };
    for (let i = 1; i <= 4; i++) mine.push(await post(citizen, `Моето предложение ${i}`));
    others = [await post(ngo, 'Чуждо предложение'), await post(ngo, 'Още едно чуждо', 'comment')];
    hiddenId = mine[1];
    answeredId = mine[2];
    const moderator = await t.login('moderator@haskovo.sabor.example');
    expect((await t.post(`/api/contributions/${hiddenId}/hide`, { reason: REASON }, { token: moderator })).status).toBe(200);
    t.clock.travelTo(new Date(new Date(c.closesAt).getTime() + 3600_000));
    const officer = await t.login('officer@haskovo.sabor.example');
    const answer = await t.put(`/api/contributions/${answeredId}/response`, { decision: 'partially_accepted', reasoning: 'Приема се за жилищните зони.' }, { token: officer });
    if (answer.status !== 200) throw new Error(`answer: ${answer.status} ${answer.text}`);
  });
  afterAll(() => t.close());

  async function all(token: string, limit: number): Promise<{ items: Item[]; pages: number }> {
    const items: Item[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { items: Item[]; nextCursor: string | null } } = await t.get(`/api/me/contributions?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, { token });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    return { items, pages };
  }

  it('lists only the caller’s own contributions, newest first, page by page', async () => {
    const { items, pages } = await all(citizen, 2);
    const ids = items.map((i) => i.id);
    // every contribution of the citizen (the demo data has some too), none of anyone else
    const expected = (await t.query('SELECT id FROM contributions WHERE author_id = $1 ORDER BY received_at DESC, id DESC', [citizenId])).map((r) => r.id);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 2));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of others) expect(ids).not.toContain(id);
    expect(ids.slice(0, 4)).toEqual([...mine].reverse());
    const theirs = (await all(ngo, 100)).items.map((i) => i.id);
    for (const id of mine) expect(theirs).not.toContain(id);
    for (const id of others) expect(theirs).toContain(id);
  });

  it('names the consultation and its status, and gives the answer once the municipality has given it', async () => {
    const { items } = await all(citizen, 100);
    const answered = items.find((i) => i.id === answeredId)!;
    expect(answered).toMatchObject({ consultationId: c.id, consultationTitle: { bg: 'Наредба за тишината', en: 'Quiet hours ordinance' }, consultationStatus: 'closed', consultationLanguage: 'bg', kind: 'proposal', body: 'Моето предложение 3', lang: 'bg', hidden: false });
    expect(answered.response).toEqual({ decision: 'partially_accepted', reasoning: 'Приема се за жилищните зони.' });
    expect(items.find((i) => i.id === mine[0])!.response).toBeNull();
  });

  it('shows the author their own hidden contribution with its text and the reason', async () => {
    const { items } = await all(citizen, 100);
    expect(items.find((i) => i.id === hiddenId)).toMatchObject({ body: 'Моето предложение 2', hidden: true, hiddenReason: REASON });
  });

  it('needs a signed-in participant, and refuses a bad page size or cursor', async () => {
    expect((await t.get('/api/me/contributions')).status).toBe(401);
    expect((await t.get('/api/me/contributions?limit=0', { token: citizen })).status).toBe(400);
    expect((await t.get('/api/me/contributions?limit=101', { token: citizen })).status).toBe(400);
    const bad = await t.get('/api/me/contributions?cursor=garbage', { token: citizen });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    expect((await t.get(`/api/me/contributions?cursor=${forged}`, { token: citizen })).status).toBe(400);
  });

  it('lists the forms answered while signed in, marking anonymous ones, without their answers', async () => {
    const officer = await t.login('officer@haskovo.sabor.example');
    const now = t.clock.now().getTime();
    const form = await t.post('/api/forms', { ...FORM, opensAt: new Date(now + 60_000).toISOString(), closesAt: new Date(now + 30 * 86_400_000).toISOString() }, { token: officer });
    expect(form.status).toBe(201);
    expect((await t.post(`/api/forms/${form.body.id}/publish`, {}, { token: officer })).status).toBe(200);
    t.clock.travelTo(new Date(now + 120_000));
    expect((await t.post(`/api/forms/${form.body.id}/responses`, { answers: GOOD }, { token: citizen })).status).toBe(201);
    const res = await t.get('/api/me/answered-forms', { token: citizen });
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    const expected = (
      await t.query(
        `SELECT f.id FROM forms f WHERE EXISTS (SELECT 1 FROM form_respondents p WHERE p.form_id = f.id AND p.user_id = $1)
            OR EXISTS (SELECT 1 FROM form_responses r WHERE r.form_id = f.id AND r.user_id = $1)`,
        [citizenId],
      )
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(res.body.items.map((f: { formId: string }) => f.formId).sort()).toEqual(expected.sort());
    expect(res.body.items).toContainEqual(expect.objectContaining({ formId: form.body.id, anonymous: true, municipalitySlug: 'haskovo', title: FORM.title }));
    for (const f of res.body.items) expect(Object.keys(f).sort()).toEqual(['anonymous', 'closesAt', 'formId', 'municipalitySlug', 'title']);
    expect((await t.get('/api/me/answered-forms', { token: ngo })).body.items.map((f: { formId: string }) => f.formId)).not.toContain(form.body.id);
    expect((await t.get('/api/me/answered-forms')).status).toBe(401);
  });
});
