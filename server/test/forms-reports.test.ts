import { FormQuestion } from '../src/forms/questions';
import { expectTaggedPdf, flatten, markedText, readPdf, textOf } from './pdf-structure';
import { summarize } from '../src/forms/statistics';
import { FORM } from './forms-fixtures';
import { pdfText } from './pdf-text';
import { TestApp } from './test-app';

const opts = (...keys: string[]) => keys.map((key) => ({ key, label: { bg: `Отговор ${key}`, en: `Option ${key}` } }));
const QUESTIONS = [
  { key: 'overall', type: 'likert5', label: { bg: 'Доволни ли сте?', en: 'Are you satisfied?' }, required: true },
  { key: 'recommend', type: 'nps', label: 'Бихте ли препоръчали?', required: true },
  { key: 'channel', type: 'single', label: 'Откъде научихте?', options: opts('site', 'social', 'friends') },
  { key: 'topics', type: 'multiple', label: 'Кои теми?', maxChoices: 2, options: opts('parks', 'transport', 'schools', 'culture') },
  { key: 'town', type: 'short_text', label: 'Населено място' },
  { key: 'improve', type: 'long_text', label: 'Какво да подобрим?' },
];

// 20 responses, by hand: see the expected figures below
const rep = <T>(value: T, n: number): T[] => Array(n).fill(value);
const OVERALL = [...rep(5, 6), ...rep(4, 8), ...rep(3, 4), 2, 1];
const RECOMMEND = [...rep(10, 5), ...rep(9, 4), ...rep(8, 3), 7, 7, 6, 6, 5, 3, 0, 0];
const CHANNEL = [...rep('site', 10), ...rep('social', 7), ...rep('friends', 3)];
const TOPICS: Array<string[] | undefined> = [...rep(['parks', 'culture'], 6), ...rep(['parks'], 4), ...rep(['transport', 'schools'], 5), ...rep(['schools'], 3), undefined, undefined];
const TOWN = ['Хасково', 'Димитровград', 'Хасково'];
const IMPROVE = ['Повече срещи вечер.', 'Документите да са по-кратки.', 'Онлайн излъчване.', 'По-рано обявяване.', 'Нищо, всичко беше добре.', 'Да има детски кът.'];

describe('form reports: aggregates in the database, suppression, exports, who may read them', () => {
  let t: TestApp;
  let officer: string;
  let form: string;
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    form = (await t.post('/api/forms', { ...FORM, questions: QUESTIONS }, { token: officer })).body.id;
    await t.post(`/api/forms/${form}/publish`, {}, { token: officer });
    for (let i = 0; i < 20; i++) {
      const answers = { overall: OVERALL[i], recommend: RECOMMEND[i], channel: CHANNEL[i], topics: TOPICS[i], town: TOWN[i], improve: IMPROVE[i] };
      const res = await t.post(`/api/forms/${form}/responses`, { answers });
      if (res.status !== 201) throw new Error(res.text);
    }
    // closed: all four groups of five are in its reports (an open form's would leave out the last)
    await t.patch(`/api/forms/${form}`, { closesAt: t.clock.now().toISOString() }, { token: officer });
  });
  afterAll(() => t.close());

  it('gives every question its figures, hiding small cells and the cells that would reveal them', async () => {
    const res = await t.get(`/api/forms/${form}/report`, { token: officer });
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r).toMatchObject({ formId: form, responses: 20, minGroupSize: 5, anonymous: true, from: null, to: null, withTexts: true });
    const q = (key: string) => r.questions.find((x: { key: string }) => x.key === key);
    // Likert: (6·5 + 8·4 + 4·3 + 2 + 1) / 20 = 3.85; 3, 2 and 1 are below 5
    expect(q('overall')).toEqual({
      key: 'overall',
      type: 'likert5',
      label: { bg: 'Доволни ли сте?', en: 'Are you satisfied?' },
      n: 20,
      mean: 3.85,
      median: 4,
      distribution: [
        { option: 1, suppressed: true },
        { option: 2, suppressed: true },
        { option: 3, suppressed: true },
        { option: 4, count: 8, share: 0.4 },
        { option: 5, count: 6, share: 0.3 },
      ],
    });
    // NPS: 9 promoters, 6 detractors of 20 → 15; mean 144 / 20; only the ten is 5 or more
    expect(q('recommend')).toMatchObject({ n: 20, nps: 15, mean: 7.2, median: 8 });
    expect(q('recommend').distribution.filter((c: { suppressed?: boolean }) => !c.suppressed)).toEqual([{ option: 10, count: 5, share: 0.25 }]);
    // friends (3) alone would be hidden and 20 − 10 − 7 gives it away: social is hidden too
    expect(q('channel')).toEqual({ key: 'channel', type: 'single', label: { bg: 'Откъде научихте?' }, n: 20, distribution: [{ option: 'site', count: 10, share: 0.5 }, { option: 'social', suppressed: true }, { option: 'friends', suppressed: true }] });
    // a list of choices counts once per option chosen, the respondent once
    expect(q('topics')).toMatchObject({
      n: 18,
      distribution: [
        { option: 'parks', count: 10, share: 0.5556 },
        { option: 'transport', count: 5, share: 0.2778 },
        { option: 'schools', count: 8, share: 0.4444 },
        { option: 'culture', count: 6, share: 0.3333 },
      ],
    });
    // three answers are fewer than five: nothing of the question is shown, not even its texts
    expect(q('town')).toEqual({ key: 'town', type: 'short_text', label: { bg: 'Населено място' }, n: null, distribution: [], suppressed: true });
    expect(q('improve')).toMatchObject({ n: 6, distribution: [] });
    expect([...q('improve').texts].sort()).toEqual([...IMPROVE].sort());
  });

  it('agrees with the reference statistics on random answers', async () => {
    const mix = [
      { key: 'a', type: 'likert5', label: 'А', required: true },
      { key: 'b', type: 'rating10', label: 'Б' },
      { key: 'c', type: 'nps', label: 'В' },
      { key: 'd', type: 'multiple', label: 'Г', options: opts('w', 'x', 'y', 'z'), maxChoices: 3 },
    ];
    const id = (await t.post('/api/forms', { ...FORM, purpose: 'needs_assessment', minGroupSize: 3, questions: mix }, { token: officer })).body.id;
    await t.post(`/api/forms/${id}/publish`, {}, { token: officer });
    let seed = 20261122;
    const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const values: Record<string, unknown[]> = { a: [], b: [], c: [], d: [] };
    for (let i = 0; i < 73; i++) {
      const answers = { a: 1 + rand(5), b: rand(3) ? rand(11) : null, c: rand(11), d: ['w', 'x', 'y', 'z'].filter(() => rand(2)).slice(0, 3) };
      for (const k of Object.keys(values)) values[k].push(answers[k as 'a']);
      expect((await t.post(`/api/forms/${id}/responses`, { answers })).status).toBe(201);
    }
    // closed: every answer is in the report, whatever the groups
    const before = t.clock.now();
    t.clock.travelTo(new Date('2026-12-23T00:00:00Z'));
    const report = (await t.get(`/api/forms/${id}/report`, { token: officer })).body;
    t.clock.travelTo(before);
    const form = (await t.get(`/api/forms/${id}`, { token: officer })).body;
    for (const question of form.questions as FormQuestion[]) {
      const ref = summarize(question, values[question.key]);
      const got = report.questions.find((x: { key: string }) => x.key === question.key);
      expect(got.n).toBe(ref.n);
      if (ref.mean !== null) expect(got.mean).toBeCloseTo(ref.mean, 2);
      expect(got.median ?? null).toBe(ref.median);
      // with a minimum of 3 only cells below 3 are hidden, and one more when a single one is (it would be given away)
      for (const cell of got.distribution) if (!cell.suppressed) expect(cell.count).toBe(ref.counts[String(cell.option)] ?? 0);
      const hidden = got.distribution.filter((c: { suppressed?: boolean }) => c.suppressed) as Array<{ option: string | number }>;
      const small = hidden.filter((c) => (ref.counts[String(c.option)] ?? 0) < 3);
      expect(hidden.length - small.length).toBeLessThanOrEqual(small.length === 1 ? 1 : 0);
    }
  });

  it('lets partner NGOs read it with the texts, and nobody else unless the results are published', async () => {
    const ngo = await t.get(`/api/forms/${form}/report`, { token: await t.login('ngo@arsr.sabor.example') });
    expect(ngo.status).toBe(200);
    expect(ngo.body.withTexts).toBe(true);
    expect(ngo.body.questions.find((x: { key: string }) => x.key === 'improve').texts).toHaveLength(6);
    const citizen = await t.login('citizen@sabor.example');
    const outsider = await t.get(`/api/forms/${form}/report`, { token: citizen });
    expect(outsider.status).toBe(403);
    expect(outsider.body.code).toBe('forbidden');
    expect((await t.get(`/api/forms/${form}/report`, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
    expect((await t.get(`/api/forms/${form}/report.csv`, { token: citizen })).status).toBe(403);
    expect((await t.get(`/api/forms/${form}/report.pdf`, { token: citizen })).status).toBe(403);
    expect((await t.get(`/api/forms/${form}/report`)).status).toBe(401);
    await t.patch(`/api/forms/${form}`, { publishResults: true }, { token: officer });
    const published = await t.get(`/api/forms/${form}/report`);
    expect(published.status).toBe(200);
    expect(published.body.questions.find((x: { key: string }) => x.key === 'improve').texts).toHaveLength(6);
    expect((await t.get(`/api/forms/${form}`, { token: citizen })).body).toMatchObject({ canReadReport: true, responses: 20 });
    await t.patch(`/api/forms/${form}`, { publishResults: false }, { token: officer });
  });

  it('exports the aggregate table as CSV', async () => {
    const res = await t.get(`/api/forms/${form}/report.csv`, { token: officer });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    // a header of stable names, whatever the reader's language
    expect(lines[0]).toBe('question_key,question,type,answered,mean,median,nps,option_key,option,count,share,suppressed');
    expect(lines).toContain('overall,Доволни ли сте?,likert5,20,3.85,4,,4,4,8,0.4,');
    expect(lines).toContain('overall,Доволни ли сте?,likert5,20,3.85,4,,1,1,,,true');
    expect(lines).toContain('channel,Откъде научихте?,single,20,,,,social,Отговор social,,,true');
    expect(lines).toContain('recommend,Бихте ли препоръчали?,nps,20,7.2,8,15,10,10,5,0.25,');
    expect(lines).toContain('town,Населено място,short_text,,,,,,,,,true');
    const en = await t.get(`/api/forms/${form}/report.csv`, { token: officer, headers: { 'accept-language': 'en' } });
    expect(en.text).toContain('topics,Кои теми?,multiple,18,,,,parks,Option parks,10,0.5556,');
    expect(en.text.split('\r\n')[0]).toBe(res.text.split('\r\n')[0]);
    const mk = await t.get(`/api/forms/${form}/report.csv`, { token: officer, headers: { 'accept-language': 'mk' } });
    expect(mk.text.split('\r\n')[0]).toBe(res.text.split('\r\n')[0]);
  });

  it('prints the report as a PDF in Cyrillic, with bars and the hidden cells said as such', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/forms/${form}/report.pdf`, headers: { authorization: `Bearer ${officer}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('Обратна връзка за обществените обсъждания');
    expect(text).toContain('Отговори: 20');
    expect(text).toContain('1. Доволни ли сте?');
    expect(text).toContain('скала 1–5 · отговорили: 20 · средна 3.85 · медиана 4');
    expect(text).toContain('NPS 15');
    expect(text).toContain('8 (40%)');
    expect(text).toContain('скрито');
    expect(text).toContain('Твърде малко отговори: резултатът е скрит.');
    expect(text).toContain('Документите да са по-кратки.');

    // tagged: the form's title as H1, a H2 per question, a table of options with header cells
    const tree = expectTaggedPdf(res.rawPayload, 'bg');
    const marked = markedText(readPdf(res.rawPayload));
    const doc = tree.kids[0];
    expect(textOf(doc.kids.find((k) => k.type === 'H1')!, marked)).toBe('Обратна връзка за обществените обсъждания');
    const questions = doc.kids.filter((k) => k.type === 'H2').map((k) => textOf(k, marked));
    expect(questions[0]).toBe('1. Доволни ли сте?');
    expect(questions).toHaveLength(6);
    const table = doc.kids.find((k) => k.type === 'Table')!;
    expect(table.kids[0].kids.map((c) => `${c.type}:${textOf(c, marked)}`)).toEqual(['TH:Отговор', 'TH:Брой (Дял)']);
    expect(table.kids.slice(1).every((tr) => tr.kids.every((c) => c.type === 'TD'))).toBe(true);
    expect(flatten(tree).some((n) => n.type === 'L')).toBe(true);
  });

  it('exports raw responses to officers only, with no personal data on an anonymous form', async () => {
    expect((await t.get(`/api/forms/${form}/responses.csv`, { token: await t.login('ngo@arsr.sabor.example') })).status).toBe(403);
    expect((await t.get(`/api/forms/${form}/responses.csv`)).status).toBe(401);
    const res = await t.get(`/api/forms/${form}/responses.csv`, { token: officer });
    expect(res.status).toBe(200);
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    // a fixed header of keys; a choice question's answer as option keys, with its labels per language beside it
    expect(lines[0]).toBe('submitted_on,overall,recommend,channel,channel_bg,channel_en,channel_mk,topics,topics_bg,topics_en,topics_mk,town,improve');
    expect(lines).toHaveLength(21);
    expect(lines.filter((l) => l.startsWith('2026-11-22,'))).toHaveLength(20);
    // no Macedonian label: the municipality's language stands in
    expect(lines).toContain('2026-11-22,5,10,site,Отговор site,Option site,Отговор site,"parks; culture","Отговор parks; Отговор culture","Option parks; Option culture","Отговор parks; Отговор culture",Хасково,Повече срещи вечер.');
    expect(res.text).not.toMatch(/@/);
  });

  it('gives the raw export the same bytes whatever the reader’s language', async () => {
    const [bg, en, mk] = await Promise.all(['bg', 'en', 'mk'].map((lang) => t.get(`/api/forms/${form}/responses.csv`, { token: officer, headers: { 'accept-language': lang } })));
    expect(bg.status).toBe(200);
    expect(bg.text.split('\r\n')[0]).toBe('\uFEFFsubmitted_on,overall,recommend,channel,channel_bg,channel_en,channel_mk,topics,topics_bg,topics_en,topics_mk,town,improve');
    expect(en.text).toBe(bg.text);
    expect(mk.text).toBe(bg.text);
  });

  it('names the respondent in the raw export of an identified form', async () => {
    const id = (await t.post('/api/forms', { ...FORM, purpose: 'other', anonymous: false, audience: 'registered', questions: QUESTIONS.slice(0, 2) }, { token: officer })).body.id;
    await t.post(`/api/forms/${id}/publish`, {}, { token: officer });
    await t.post(`/api/forms/${id}/responses`, { answers: { overall: 5, recommend: 10 } }, { token: await t.login('citizen@sabor.example') });
    const lines = (await t.get(`/api/forms/${id}/responses.csv`, { token: officer, headers: { 'accept-language': 'en' } })).text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toEqual(['submitted_on,account_email,name,invitation_email,overall,recommend', '2026-11-22,citizen@sabor.example,Иван Петров,,5,10']);
  });

  it('reports satisfaction per activity and month, for officers and partner NGOs', async () => {
    const body = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'civic_council', name: 'Младежки съвет', visibility: 'public' }, { token: officer })).body.id;
    const questions = [
      { key: 'overall', type: 'likert5', label: 'Доволни ли сте от срещата?', required: true },
      { key: 'venue', type: 'rating10', label: 'Залата', required: true },
      { key: 'recommend', type: 'nps', label: 'Препоръка', required: true },
    ];
    const s = (await t.post('/api/forms', { ...FORM, purpose: 'satisfaction', subject: { type: 'body', id: body }, closesAt: '2027-02-01T00:00:00.000Z', questions }, { token: officer })).body.id;
    await t.post(`/api/forms/${s}/publish`, {}, { token: officer });
    const answer = (overall: number, venue: number, recommend: number) => t.post(`/api/forms/${s}/responses`, { answers: { overall, venue, recommend } }).then((r) => expect(r.status).toBe(201));
    // November: 6 answers, the first five a group dated the 22nd
    for (const [o, v, r] of [[5, 8, 10], [5, 9, 9], [4, 10, 8], [4, 7, 10], [3, 6, 6], [5, 8, 9]]) await answer(o, v, r);
    // December: 7 alike, the fourth completing a group with November's sixth (dated 5 December);
    // January: 2 unhappy ones, completing a group with December's last three (10 January)
    t.clock.travelTo(new Date('2026-12-05T10:00:00.000Z'));
    for (let i = 0; i < 7; i++) await answer(4, 7, 8);
    t.clock.travelTo(new Date('2027-01-10T10:00:00.000Z'));
    for (let i = 0; i < 2; i++) await answer(1, 0, 0);

    const council = (r: { activity: { id: string } }) => r.activity.id === body;
    const title = { type: 'body', id: body, title: { bg: 'Младежки съвет' } };
    // while the form is open its last group (January's) is not shown: it may still take the leftovers
    const open = await t.get('/api/reports/satisfaction?municipalityId=haskovo', { token: officer });
    expect(open.body.items.filter(council).map((r: { month: string; responses: number }) => [r.month, r.responses])).toEqual([['2026-11', 5], ['2026-12', 5]]);

    t.clock.travelTo(new Date('2027-02-02T10:00:00.000Z'));
    const res = await t.get('/api/reports/satisfaction?municipalityId=haskovo', { token: officer });
    expect(res.status).toBe(200);
    expect(res.body.items.filter(council)).toEqual([
      // Likert 100·2 + 75·2 + 50 = 400, ratings 80 + 90 + 100 + 70 + 60 = 400: 800 / 10 = 80; NPS (3 − 1) / 5
      { activity: title, month: '2026-11', forms: 1, responses: 5, meanSatisfaction: 80, nps: 40 },
      // (100 + 75·4 + 80 + 70·4) / 10 = 76; one promoter, four passives
      { activity: title, month: '2026-12', forms: 1, responses: 5, meanSatisfaction: 76, nps: 20 },
      // (75·3 + 0·2 + 70·3 + 0·2) / 10 = 43.5; two detractors
      { activity: title, month: '2027-01', forms: 1, responses: 5, meanSatisfaction: 43.5, nps: -40 },
    ]);
    // the whole period: Likert 100·3 + 75·2 + 50 + 75·7 + 0·2 = 1025, ratings 80 + 90 + 100 + 70 + 60 + 80 + 70·7 + 0·2 = 970,
    // (1025 + 970) / 30 = 66.5; NPS (4 promoters − 3 detractors) / 15 = 6.7
    expect(res.body.activities.find(council)).toEqual({ activity: title, forms: 1, responses: 15, meanSatisfaction: 66.5, nps: 6.7 });
    // the feedback form with no subject is an activity of its own: Likert (600 + 600 + 200 + 25 + 0) / 20 = 71.25, NPS 15
    expect(res.body.items.find((r: { activity: { id: string } }) => r.activity.id === form)).toMatchObject({ activity: { type: 'form' }, month: '2026-11', responses: 20, meanSatisfaction: 71.3, nps: 15 });
    // needs assessments are not satisfaction
    expect(res.body.activities).toHaveLength(2);
    expect(res.body.rule).toMatch(/^Средна удовлетвореност: .*0, 25, 50, 75, 100/);
    const english = await t.get('/api/reports/satisfaction?municipalityId=haskovo', { token: await t.login('ngo@arsr.sabor.example'), headers: { 'accept-language': 'en' } });
    expect(english.body.rule).toMatch(/^Mean satisfaction: /);

    const december = await t.get('/api/reports/satisfaction?municipalityId=haskovo&from=2026-12-01&to=2026-12-31', { token: await t.login('ngo@arsr.sabor.example') });
    expect(december.status).toBe(200);
    expect(december.body.items.map((r: { month: string; responses: number }) => [r.month, r.responses])).toEqual([['2026-12', 5]]);
    expect((await t.get('/api/reports/satisfaction?municipalityId=haskovo', { token: await t.login('citizen@sabor.example') })).status).toBe(403);
    expect((await t.get('/api/reports/satisfaction?municipalityId=haskovo', { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
    expect((await t.get('/api/reports/satisfaction?municipalityId=haskovo')).status).toBe(401);
    expect((await t.get('/api/reports/satisfaction?municipalityId=haskovo&from=2027-01-01&to=2026-01-01', { token: officer })).status).toBe(400);

    // the form report by period: the group of 5 December (November's sixth answer and four of December's)
    const period = await t.get(`/api/forms/${s}/report?from=2026-12-01&to=2026-12-31`, { token: officer });
    expect(period.body).toMatchObject({ responses: 5, from: '2026-12-01', to: '2026-12-31' });
    expect(period.body.questions[0]).toMatchObject({ n: 5, mean: 4.2, median: 4 });
    expect((await t.get(`/api/forms/${s}/report?from=2027-01-01`, { token: officer })).body.questions[0]).toMatchObject({ n: 5, mean: 2.8 });
    expect((await t.get(`/api/forms/${s}/report?from=yesterday`, { token: officer })).status).toBe(400);
  });

  it('lags by fewer than a group on an open anonymous form, and is complete once the form has closed', async () => {
    const now = t.clock.now();
    const id = (await t.post('/api/forms', { ...FORM, questions: QUESTIONS.slice(0, 2), opensAt: null, closesAt: new Date(now.getTime() + 86_400_000).toISOString() }, { token: officer })).body.id;
    await t.post(`/api/forms/${id}/publish`, {}, { token: officer });
    for (const overall of [5, 4, 4]) expect((await t.post(`/api/forms/${id}/responses`, { answers: { overall, recommend: 9 } })).status).toBe(201);
    // three answers are fewer than the group of five: they wait, and the report says so
    expect((await t.get(`/api/forms/${id}/report`, { token: officer })).body).toMatchObject({ responses: 0, pendingResponses: 3 });
    expect((await t.get(`/api/forms/${id}/responses.csv`, { token: officer })).text.replace(/^\uFEFF/, '').trim().split('\r\n')).toHaveLength(1);
    // the day after it closed, before any housekeeping: the report moves them first
    t.clock.travelTo(new Date(now.getTime() + 2 * 86_400_000));
    const closed = (await t.get(`/api/forms/${id}/report`, { token: officer })).body;
    expect(closed).toMatchObject({ responses: 3, pendingResponses: 0 });
    // three are still too few to show the question: the anonymity of the figures does not change
    expect(closed.questions[0]).toMatchObject({ n: null, suppressed: true });
    expect(await t.query('SELECT * FROM form_response_inbox WHERE form_id = $1', [id])).toEqual([]);
    expect((await t.get(`/api/forms/${id}/responses.csv`, { token: officer })).text.replace(/^\uFEFF/, '').trim().split('\r\n')).toHaveLength(4);
    t.clock.travelTo(now);
  });

  it('never splits a group between answers that come in at the same time', async () => {
    const id = (await t.post('/api/forms', { ...FORM, questions: QUESTIONS.slice(0, 2), opensAt: null, closesAt: null }, { token: officer })).body.id;
    await t.post(`/api/forms/${id}/publish`, {}, { token: officer });
    const answered = await Promise.all(Array.from({ length: 23 }, (_, i) => t.post(`/api/forms/${id}/responses`, { answers: { overall: 1 + (i % 5), recommend: i % 11 } })));
    expect(answered.map((r) => r.status)).toEqual(Array(23).fill(201));
    const groups = await t.query<{ n: number }>('SELECT count(*)::int AS n FROM form_responses WHERE form_id = $1 GROUP BY xmin', [id]);
    expect(groups.every((g) => g.n >= 5)).toBe(true);
    const [{ waiting }] = await t.query('SELECT count(*)::int AS waiting FROM form_response_inbox WHERE form_id = $1', [id]);
    expect(groups.reduce((sum, g) => sum + g.n, 0) + waiting).toBe(23);
    expect(groups.length).toBeGreaterThan(0);
  });
});
