import { expectTaggedPdf } from './pdf-structure';
import { pdfText } from './pdf-text';
import { TestApp } from './test-app';

describe('demo forms: the twinning meeting’s satisfaction form and the PRESTIZH survey, as the partner NGO sees them', () => {
  let t: TestApp;
  let ngo: string;
  let twinning: any;
  let survey: any;
  beforeAll(async () => {
    t = await TestApp.create({ activity: true, env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
    ngo = await t.login('ngo@arsr.sabor.example');
    const list = await t.get('/api/forms?limit=100', { token: ngo });
    twinning = list.body.items.find((f: { municipalitySlug: string }) => f.municipalitySlug === 'dupnitsa');
    survey = list.body.items.find((f: { municipalitySlug: string }) => f.municipalitySlug === 'haskovo');
  });
  afterAll(() => t.close());

  it('lists both forms for the NGO, which partners Haskovo and Dupnitsa', async () => {
    expect(twinning).toMatchObject({ purpose: 'satisfaction', audience: 'invited', anonymous: true, status: 'closed', responses: 214, canReadReport: true, canManage: false });
    expect(twinning.subject).toMatchObject({ type: 'meeting', title: { bg: 'Споделени ценности – споделена Европа' } });
    expect(survey).toMatchObject({ purpose: 'needs_assessment', audience: 'public', anonymous: true, status: 'open', responses: 335, pendingResponses: 5, canReadReport: true });
    // the demo's answers are all in the responses: the closed twinning form has nothing left waiting
    expect(twinning.pendingResponses).toBe(0);
    expect(await t.query('SELECT * FROM form_response_inbox')).toEqual([]);
    expect(survey.title.bg).toBe('Проучване на потребностите и нагласите за гражданско участие в Община Хасково');
    const partners = await t.get('/api/municipalities/dupnitsa/partners');
    expect(partners.body.items.map((p: { name: string }) => p.name)).toContain('Алианс за регионално сътрудничество и развитие');
  });

  it('shows the NGO the twinning report, computed from the stored answers, with texts in Bulgarian and Macedonian', async () => {
    const res = await t.get(`/api/forms/${twinning.id}/report`, { token: ngo });
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r).toMatchObject({ responses: 214, withTexts: true, minGroupSize: 5 });
    const q = (key: string) => r.questions.find((x: { key: string }) => x.key === key);
    const [raw] = await t.query(
      `SELECT avg(num)::float8 AS mean, count(*)::int AS n, count(*) FILTER (WHERE num >= 9)::int AS promoters, count(*) FILTER (WHERE num <= 6)::int AS detractors
         FROM form_answers WHERE form_id = $1 AND question_key = 'recommend'`,
      [twinning.id],
    );
    expect(q('recommend')).toMatchObject({ n: 214, nps: Math.round(((raw.promoters - raw.detractors) * 1000) / raw.n) / 10 });
    expect(q('recommend').mean).toBeCloseTo(raw.mean, 2);
    // a satisfied meeting: mostly 4 and 5, the NPS clearly positive
    expect(q('overall').mean).toBeGreaterThan(3.8);
    expect(q('recommend').nps).toBeGreaterThan(20);
    // the rarely chosen low values are hidden
    expect(q('recommend').distribution.filter((c: { suppressed?: boolean }) => c.suppressed).length).toBeGreaterThanOrEqual(2);
    // every multiple-choice answer counts once per option, so the counts add up to more than n
    const next = q('next');
    const shown = next.distribution.filter((c: { count?: number }) => c.count !== undefined).reduce((s: number, c: { count: number }) => s + c.count, 0);
    expect(shown).toBeGreaterThan(next.n);
    const texts: string[] = q('improve').texts;
    expect(texts.length).toBe(q('improve').n);
    expect(texts.some((x) => /[ѓќљњџѕј]/i.test(x))).toBe(true); // Macedonian
    expect(texts.some((x) => /[ъщ]/.test(x))).toBe(true); // Bulgarian
    // 271 attended, one card each; 214 links were used, none of them linked to a response
    const [links] = await t.query(`SELECT count(*)::int AS invited, count(*) FILTER (WHERE used)::int AS used FROM form_invitations WHERE form_id = $1`, [twinning.id]);
    expect(links).toEqual({ invited: 271, used: 214 });
    expect((await t.query(`SELECT count(*)::int AS n FROM form_responses WHERE form_id = $1 AND (invitation_id IS NOT NULL OR user_id IS NOT NULL)`, [twinning.id]))[0].n).toBe(0);
  });

  it('keeps the reports from citizens and other municipalities’ officers', async () => {
    expect((await t.get(`/api/forms/${twinning.id}/report`, { token: await t.login('citizen@sabor.example') })).status).toBe(403);
    expect((await t.get(`/api/forms/${twinning.id}/report`, { token: await t.login('officer@haskovo.sabor.example') })).status).toBe(403);
    expect((await t.get(`/api/forms/${twinning.id}/report`, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(200);
    expect((await t.get(`/api/forms/${survey.id}/report`, { token: await t.login('citizen@sabor.example') })).status).toBe(403);
    expect((await t.get(`/api/forms/${survey.id}/report`)).status).toBe(401);
  });

  it('shows the NGO the PRESTIZH survey report and takes a new public answer into it', async () => {
    const form = await t.get(`/api/forms/${survey.id}`);
    expect(form.body.description.bg).toContain('„ПРЕСТИЖ“');
    expect(form.body.respondent).toEqual({ canAnswer: true, reason: null });
    const answer = { informed: 2, taken_part: 'did_not_know', barriers: ['no_info', 'hard_docs'], channels: ['online'], opinion_counts: 2, trust: 4, age: '30_44', topic: 'Паркирането' };
    expect((await t.post(`/api/forms/${survey.id}/responses`, { answers: answer })).status).toBe(201);
    // the answer waits for a group of five, and the form's last group (five) waits for the next, before they count
    expect((await t.get(`/api/forms/${survey.id}/report`, { token: ngo })).body).toMatchObject({ responses: 335, pendingResponses: 6 });
    for (let i = 0; i < 4; i++) expect((await t.post(`/api/forms/${survey.id}/responses`, { answers: { ...answer, trust: 3 } })).status).toBe(201);
    const r = (await t.get(`/api/forms/${survey.id}/report`, { token: ngo })).body;
    expect(r).toMatchObject({ responses: 340, pendingResponses: 5 });
    const informed = r.questions.find((x: { key: string }) => x.key === 'informed');
    expect(informed.n).toBe(340);
    // each scale has the words that fit its question, at its two ends
    const scales = Object.fromEntries(form.body.questions.filter((q: { scaleLabels: unknown }) => q.scaleLabels).map((q: { key: string; scaleLabels: { min: { bg: string }; max: { bg: string } } }) => [q.key, [q.scaleLabels.min.bg, q.scaleLabels.max.bg]]));
    expect(scales).toEqual({ informed: ['никак', 'напълно'], opinion_counts: ['изобщо не съм съгласен/съгласна', 'напълно съм съгласен/съгласна'], trust: ['никакво', 'пълно'] });
    const csv = await t.get(`/api/forms/${survey.id}/report.csv`, { token: ngo });
    expect(csv.text).toContain(',1,1 — никак,');
    expect(csv.text).toContain(',5,5 — напълно,');
    expect(csv.text).toContain(',10,10 — пълно,');
    const pdf = await t.app.inject({ method: 'GET', url: `/api/forms/${survey.id}/report.pdf`, headers: { authorization: `Bearer ${ngo}` } });
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('0 — никакво');
    expect(text).toContain('5 — напълно съм съгласен/съгласна');
    const barriers = r.questions.find((x: { key: string }) => x.key === 'barriers');
    expect(barriers.distribution.map((c: { option: string }) => c.option)).toEqual(['no_info', 'no_time', 'no_effect', 'hard_docs', 'bad_times', 'no_answer', 'other']);
    // the most named barrier is not hearing in time
    const counts = barriers.distribution.filter((c: { count?: number }) => c.count !== undefined);
    expect(counts.reduce((a: { count: number }, b: { count: number }) => (b.count > a.count ? b : a)).option).toBe('no_info');
    // answers over the month the survey has been open, by period
    const lastWeek = (await t.get(`/api/forms/${survey.id}/report?from=2026-11-16&to=2026-11-22`, { token: ngo })).body;
    expect(lastWeek.responses).toBeGreaterThan(0);
    expect(lastWeek.responses).toBeLessThan(r.responses);
  });

  it('gives Dupnitsa’s satisfaction per month to the NGO', async () => {
    const res = await t.get('/api/reports/satisfaction?municipalityId=dupnitsa', { token: ngo });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { activity: { type: string }; month: string; responses: number }) => [i.activity.type, i.month, i.responses])).toEqual([
      // 196 answers in February, 18 in March: the group with February's last answer is complete in March
      ['meeting', '2019-02', 195],
      ['meeting', '2019-03', 19],
    ]);
    expect(res.body.activities).toHaveLength(1);
    expect(res.body.activities[0]).toMatchObject({ activity: { type: 'meeting', title: { bg: 'Споделени ценности – споделена Европа' } }, forms: 1, responses: 214 });
    expect(res.body.activities[0].meanSatisfaction).toBeGreaterThan(65);
  });

  it('prints the twinning report in Macedonian', async () => {
    const pdf = await t.app.inject({ method: 'GET', url: `/api/forms/${twinning.id}/report.pdf`, headers: { authorization: `Bearer ${ngo}`, 'accept-language': 'mk' } });
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('Оценка на средбата „Споделени вредности – споделена Европа“');
    // produced in Macedonian, so tagged as Macedonian
    expectTaggedPdf(pdf.rawPayload, 'mk');
    expect(text).toContain('Одговори: 214');
    expect(text).toContain('Анонимен формулар');
  });

  it('sends no reminders for the closed 2019 form', async () => {
    expect((await t.post(`/api/forms/${twinning.id}/reminders`, {}, { token: await t.login('officer@dupnitsa.sabor.example') })).body.code).toBe('form_closed');
  });
});
