import { openConsultation } from './fixtures';
import { FORM } from './forms-fixtures';
import { TestApp } from './test-app';

/** Every citizen's and officer's text carries its language, so a screen reader reads it in the right voice. */
describe('the language of each text', () => {
  let t: TestApp;
  let citizen: string;
  let officer: string;
  let c: Awaited<ReturnType<typeof openConsultation>>;
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    citizen = await t.login('citizen@sabor.example');
    officer = await t.login('officer@haskovo.sabor.example');
    c = await openConsultation(t);
  });
  afterAll(() => t.close());

  const contribute = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.post(`/api/consultations/${c.id}/contributions`, { kind: 'proposal', publishName: false, ...body }, { token: citizen, headers });

  it('stores the interface language a contribution was written in, or the one the client names', async () => {
    const en = await contribute({ body: 'The period should be 45 days.' }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.status).toBe(201);
    expect(en.body.lang).toBe('en');
    const mk = await contribute({ body: 'Рокот да биде 45 дена.', lang: 'mk' }, { 'accept-language': 'bg' });
    expect(mk.body.lang).toBe('mk');
    const bg = await contribute({ body: 'Срокът да бъде 45 дни.' });
    expect(bg.body.lang).toBe('bg');
    const bad = await contribute({ body: 'Frist 45 Tage.', lang: 'de' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['lang']);
    const list = await t.get(`/api/consultations/${c.id}/contributions?sort=oldest`);
    expect(list.body.items.map((x: { body: string; lang: string }) => [x.body, x.lang])).toEqual([
      ['The period should be 45 days.', 'en'],
      ['Рокот да биде 45 дена.', 'mk'],
      ['Срокът да бъде 45 дни.', 'bg'],
    ]);
    expect((await t.get(`/api/contributions/${en.body.id}`)).body.lang).toBe('en');
  });

  it('takes the municipality’s language for an offline proposal unless the officer picks another', async () => {
    const receivedAt = new Date(new Date(c.opensAt).getTime() + 1800_000).toISOString();
    const letter = { channel: 'post', receivedAt, authorName: 'John Smith', authorEmail: 'john@example.org', kind: 'proposal', body: 'A letter in English.' };
    const picked = await t.post(`/api/consultations/${c.id}/contributions/offline`, { ...letter, lang: 'en' }, { token: officer, headers: { 'accept-language': 'bg' } });
    expect(picked.status).toBe(201);
    expect(picked.body.lang).toBe('en');
    // the officer's own interface language says nothing about a letter's
    const defaulted = await t.post(`/api/consultations/${c.id}/contributions/offline`, { ...letter, authorEmail: 'ana@example.org', body: 'Писмо.' }, { token: officer, headers: { 'accept-language': 'en' } });
    expect(defaulted.body.lang).toBe('bg');
    expect((await t.post(`/api/consultations/${c.id}/contributions/offline`, { ...letter, lang: 'fr' }, { token: officer })).status).toBe(400);
  });

  it('gives the officer’s reasoning its language, in the answer, the thread and the справка, and counts the authors to notify', async () => {
    t.clock.travelTo(new Date(new Date(c.closesAt).getTime() + 3600_000));
    const waiting = await t.get(`/api/consultations/${c.id}/contributions?answered=false&kind=proposal&sort=oldest`, { token: officer });
    const items: Array<{ id: string; body: string }> = waiting.body.items;
    expect(items).toHaveLength(5);
    // the English online proposal first, then the others
    const first = items.find((x) => x.body === 'The period should be 45 days.')!;
    const ids = [first.id, ...items.filter((x) => x !== first).map((x) => x.id)];
    const preview = await t.get(`/api/consultations/${c.id}/report`, { token: officer });
    // the citizen (one account, three proposals) and two offline authors with an address
    expect(preview.body.authorsToNotify).toBe(3);
    expect(preview.body.items.map((i: { text: string; lang: string }) => `${i.lang} ${i.text}`).sort()).toEqual([
      'bg Писмо.',
      'bg Срокът да бъде 45 дни.',
      'en A letter in English.',
      'en The period should be 45 days.',
      'mk Рокот да биде 45 дена.',
    ]);

    const answer = await t.put(`/api/contributions/${ids[0]}/response`, { decision: 'not_accepted', reasoning: 'The law sets 30 days.' }, { token: officer, headers: { 'accept-language': 'en' } });
    expect(answer.status).toBe(200);
    expect(answer.body.lang).toBe('en');
    const many = await t.post(`/api/consultations/${c.id}/responses`, { contributionIds: ids.slice(1), decision: 'noted', reasoning: 'Взема се предвид.' }, { token: officer });
    expect(many.body.items.map((x: { lang: string }) => x.lang)).toEqual(['bg', 'bg', 'bg', 'bg']);
    const bad = await t.put(`/api/contributions/${ids[1]}/response`, { decision: 'noted', reasoning: 'x', lang: 'xx' }, { token: officer });
    expect(bad.status).toBe(400);

    const thread = await t.get(`/api/contributions/${ids[0]}`);
    expect(thread.body).toMatchObject({ lang: 'en', response: { reasoning: 'The law sets 30 days.', lang: 'en' } });
    const published = await t.post(`/api/consultations/${c.id}/report/publish`, {}, { token: officer });
    expect(published.status).toBe(200);
    const report = await t.get(`/api/consultations/${c.id}/report`);
    const item = (text: string) => report.body.items.find((i: { text: string }) => i.text === text);
    expect(item('The period should be 45 days.')).toMatchObject({ lang: 'en', reasoning: 'The law sets 30 days.', reasoningLang: 'en' });
    expect(item('Рокот да биде 45 дена.')).toMatchObject({ lang: 'mk', reasoning: 'Взема се предвид.', reasoningLang: 'bg' });
    // once out, nobody more is notified by a correction
    expect(report.body.authorsToNotify).toBe(0);
  });

  it('keeps the language of free-text form answers, anonymous ones included, for the report', async () => {
    t.clock.travelTo(new Date('2026-11-22T10:00:00.000Z'));
    const form = (await t.post('/api/forms', { ...FORM, minGroupSize: 3 }, { token: officer })).body.id;
    expect((await t.post(`/api/forms/${form}/publish`, {}, { token: officer })).status).toBe(200);
    const answer = (improve: string, lang: string) => t.post(`/api/forms/${form}/responses`, { answers: { overall: 4, recommend: 9, improve } }, { headers: { 'accept-language': lang } });
    expect((await answer('More evening meetings.', 'en')).status).toBe(201);
    expect((await answer('Повеќе средби навечер.', 'mk')).status).toBe(201);
    expect((await answer('Повече срещи вечер.', 'bg')).status).toBe(201);
    expect((await t.post(`/api/forms/${form}/responses`, { answers: { overall: 4, recommend: 9 }, lang: 'es' })).status).toBe(400);
    // an open form's last group is held back (it may still grow): read the report once it has closed
    t.clock.travelTo(new Date('2026-12-23T10:00:00.000Z'));
    const report = await t.get(`/api/forms/${form}/report`, { token: officer });
    const improve = report.body.questions.find((q: { key: string }) => q.key === 'improve');
    const pairs = improve.texts.map((text: string, i: number) => [text, improve.textLangs[i]]);
    expect(pairs.sort()).toEqual([
      ['More evening meetings.', 'en'],
      ['Повече срещи вечер.', 'bg'],
      ['Повеќе средби навечер.', 'mk'],
    ]);
  });
});

describe('the language of the demo’s texts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create({ activity: true });
  });
  afterAll(() => t.close());

  it('gives the demo’s texts the language they are written in', async () => {
    const byMunicipality = await t.query(
      `SELECT m.slug, array_agg(DISTINCT c.lang ORDER BY c.lang) AS langs FROM contributions c JOIN consultations k ON k.id = c.consultation_id JOIN municipalities m ON m.id = k.municipality_id
        GROUP BY m.slug ORDER BY m.slug`,
    );
    expect(byMunicipality.find((r: { slug: string }) => r.slug === 'kriva-palanka')?.langs).toEqual(['mk']);
    expect(byMunicipality.find((r: { slug: string }) => r.slug === 'haskovo')?.langs).toEqual(['bg']);
    const [answers] = await t.query(`SELECT count(*) FILTER (WHERE text IS NOT NULL AND lang IS NULL)::int AS without, array_agg(DISTINCT lang) FILTER (WHERE lang IS NOT NULL) AS langs FROM form_answers`);
    expect(answers.without).toBe(0);
    expect(answers.langs.sort()).toEqual(['bg', 'mk']);
  });
});
