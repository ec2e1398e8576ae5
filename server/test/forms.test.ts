import { FORM, GOOD, QUESTIONS } from './forms-fixtures';
import { TestApp } from './test-app';

describe('forms: builder, publishing, audiences and answering', () => {
  let t: TestApp;
  let officer: string;
  let citizen: string;
  let form: any;
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    citizen = await t.login('citizen@sabor.example');
  });
  afterAll(() => t.close());

  it('lets an officer build a multilingual form with every kind of question', async () => {
    const res = await t.post('/api/forms', FORM, { token: officer });
    expect(res.status).toBe(201);
    form = res.body;
    expect(form).toMatchObject({
      municipalitySlug: 'haskovo',
      purpose: 'feedback',
      subject: null,
      title: { bg: 'Обратна връзка за обществените обсъждания', en: 'Feedback on public consultations' },
      anonymous: true,
      audience: 'public',
      status: 'draft',
      minGroupSize: 5,
      publishedAt: null,
      questionCount: 7,
      responses: 0,
      hasResponses: false,
      canManage: true,
      canReadReport: true,
      invitations: { invited: 0, used: 0 },
      respondent: { canAnswer: false, reason: 'not_published' },
    });
    // a plain string is the municipality's language; options keep their order
    expect(form.questions[1]).toEqual({ key: 'clarity', type: 'rating10', label: { bg: 'Колко ясен беше проектът?' }, required: false, options: [], maxChoices: null, scaleLabels: null });
    expect(form.questions[3].options.map((o: { key: string }) => o.key)).toEqual(['site', 'social', 'friends']);
    expect(form.questions[4]).toMatchObject({ type: 'multiple', maxChoices: 2 });
    expect(form.questions[0].label.en).toBe('Are you satisfied with the consultation?');
  });

  it('refuses a form that does not make sense, naming each field', async () => {
    const bad = await t.post(
      '/api/forms',
      {
        ...FORM,
        closesAt: '2026-11-01T00:00:00.000Z',
        questions: [
          { key: 'a', type: 'likert5', label: 'А' },
          { key: 'a', type: 'single', label: 'Б', options: [{ key: 'x', label: 'х' }] },
          { key: 'c', type: 'nps', label: 'В', maxChoices: 2 },
        ],
      },
      { token: officer },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['closesAt', 'questions.1.key', 'questions.1.options', 'questions.2.maxChoices']);
    expect((await t.post('/api/forms', { ...FORM, questions: [{ key: 'x', type: 'ranking', label: 'x' }] }, { token: officer })).status).toBe(400);
    expect((await t.post('/api/forms', { ...FORM, purpose: 'gossip' }, { token: officer })).status).toBe(400);
    expect((await t.post('/api/forms', { ...FORM, title: { en: 'Only English' } }, { token: officer })).body.details.fields[0].field).toBe('title.bg');
    expect((await t.post('/api/forms', { ...FORM, minGroupSize: 0 }, { token: officer })).status).toBe(400);
    // below 3 a group, or the difference of two reports, could be one or two people
    for (const minGroupSize of [1, 2]) {
      const small = await t.post('/api/forms', { ...FORM, minGroupSize }, { token: officer });
      expect(small.status).toBe(400);
      expect(small.body.code).toBe('validation_failed');
      expect(small.body.details.fields).toEqual([expect.objectContaining({ field: 'minGroupSize', codes: ['min'] })]);
    }
    const three = await t.post('/api/forms', { ...FORM, minGroupSize: 3 }, { token: officer });
    expect(three.status).toBe(201);
    expect((await t.patch(`/api/forms/${three.body.id}`, { minGroupSize: 2 }, { token: officer })).body.details.fields[0].field).toBe('minGroupSize');
  });

  it('keeps the words at the ends of a scale, per language, and refuses them where they do not fit', async () => {
    const scale = { key: 'often', type: 'likert5', label: 'Колко често посещавате парка?', scaleLabels: { min: { bg: 'никога', en: 'never' }, max: { bg: 'всеки ден', en: 'every day' } } };
    const res = await t.post('/api/forms', { ...FORM, questions: [scale, { key: 'trust', type: 'rating10', label: 'Доверие', scaleLabels: { min: 'никакво', max: 'пълно' } }] }, { token: officer });
    expect(res.status).toBe(201);
    expect(res.body.questions[0].scaleLabels).toEqual({ min: { bg: 'никога', en: 'never' }, max: { bg: 'всеки ден', en: 'every day' } });
    // a plain string is the municipality's language
    expect(res.body.questions[1].scaleLabels).toEqual({ min: { bg: 'никакво' }, max: { bg: 'пълно' } });
    expect((await t.get(`/api/forms/${res.body.id}`, { token: officer })).body.questions[0].scaleLabels.max.en).toBe('every day');

    const bad = await t.post(
      '/api/forms',
      {
        ...FORM,
        questions: [
          { key: 'a', type: 'single', label: 'А', options: [{ key: 'x', label: 'х' }, { key: 'y', label: 'у' }], scaleLabels: { min: 'не', max: 'да' } },
          { key: 'b', type: 'nps', label: 'Б', scaleLabels: { min: { en: 'unlikely' }, max: { bg: 'със сигурност' } } },
        ],
      },
      { token: officer },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields.map((f: { field: string; codes: string[] }) => `${f.field}:${f.codes.join()}`).sort()).toEqual(['questions.0.scaleLabels:scale_labels_not_allowed', 'questions.1.scaleLabels.min.bg:default_language_missing']);
    const long = await t.post('/api/forms', { ...FORM, questions: [{ ...scale, scaleLabels: { min: 'x'.repeat(101), max: 'да' } }] }, { token: officer });
    expect(long.status).toBe(400);
    expect(long.body.details.fields).toEqual([expect.objectContaining({ field: 'questions.0.scaleLabels.min', codes: ['isLocalizedText'] })]);
  });

  it('ties a form to a consultation, meeting or body of the same municipality only', async () => {
    const body = await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'civic_council', name: 'Граждански съвет', visibility: 'public' }, { token: officer });
    const res = await t.post('/api/forms', { ...FORM, purpose: 'satisfaction', subject: { type: 'body', id: body.body.id } }, { token: officer });
    expect(res.status).toBe(201);
    expect(res.body.subject).toEqual({ type: 'body', id: body.body.id, title: { bg: 'Граждански съвет' } });
    const dupnitsa = await t.post('/api/bodies', { municipalityId: 'dupnitsa', kind: 'forum', name: 'Форум', visibility: 'public' }, { token: await t.login('officer@dupnitsa.sabor.example') });
    const foreign = await t.post('/api/forms', { ...FORM, subject: { type: 'body', id: dupnitsa.body.id } }, { token: officer });
    expect(foreign.status).toBe(400);
    expect(foreign.body.details.fields[0].field).toBe('subject.id');
    expect((await t.post('/api/forms', { ...FORM, subject: { type: 'meeting', id: body.body.id } }, { token: officer })).status).toBe(400);
  });

  it('refuses other municipalities’ officers, citizens and strangers', async () => {
    expect((await t.post('/api/forms', FORM, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
    expect((await t.post('/api/forms', FORM, { token: citizen })).status).toBe(403);
    expect((await t.post('/api/forms', FORM)).status).toBe(401);
    // a draft is not there for them at all, as a read would say
    expect((await t.patch(`/api/forms/${form.id}`, { title: 'x' }, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(404);
    expect((await t.post(`/api/forms/${form.id}/publish`, {}, { token: citizen })).status).toBe(404);
  });

  it('keeps drafts from everyone but the officers', async () => {
    expect((await t.get(`/api/forms/${form.id}`)).status).toBe(404);
    expect((await t.get(`/api/forms/${form.id}`, { token: citizen })).status).toBe(404);
    expect((await t.get(`/api/forms/${form.id}`, { token: await t.login('ngo@arsr.sabor.example') })).status).toBe(404);
    expect((await t.post(`/api/forms/${form.id}/responses`, { answers: GOOD })).status).toBe(404);
    expect((await t.get(`/api/forms/${form.id}/report`, { token: citizen })).status).toBe(404);
    expect((await t.get(`/api/forms/${form.id}`, { token: officer })).body.status).toBe('draft');
    const ids = async (token?: string) => (await t.get('/api/forms?municipalityId=haskovo', { token })).body.items.map((f: { id: string }) => f.id);
    expect(await ids(officer)).toContain(form.id);
    expect(await ids(citizen)).not.toContain(form.id);
    expect(await ids()).not.toContain(form.id);
  });

  it('publishes once, and only a form with questions', async () => {
    const empty = await t.post('/api/forms', { ...FORM, questions: [] }, { token: officer });
    const refused = await t.post(`/api/forms/${empty.body.id}/publish`, {}, { token: officer });
    expect(refused.status).toBe(400);
    expect(refused.body.details.fields[0].field).toBe('questions');
    const res = await t.post(`/api/forms/${form.id}/publish`, {}, { token: officer });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('open');
    expect(res.body.publishedAt).toMatch(/^2026-11-22T10:0/);
    expect((await t.post(`/api/forms/${form.id}/publish`, {}, { token: officer })).body.code).toBe('form_already_published');
    // published, it is visible: changing it is forbidden to others
    expect((await t.patch(`/api/forms/${form.id}`, { title: 'x' }, { token: await t.login('officer@dupnitsa.sabor.example') })).status).toBe(403);
    expect((await t.post(`/api/forms/${form.id}/invitations`, { emails: ['a@example.org'] }, { token: citizen })).status).toBe(403);
  });

  it('shows a public form to anyone, who may answer it', async () => {
    const res = await t.get(`/api/forms/${form.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'open', canManage: false, canReadReport: false, responses: null, invitations: null, respondent: { canAnswer: true, reason: null } });
    expect(res.body.questions).toHaveLength(7);
    const list = await t.get('/api/forms?municipalityId=haskovo&status=open');
    expect(list.body.items.map((f: { id: string }) => f.id)).toEqual([form.id]);
    expect((await t.get('/api/forms?municipalityId=haskovo&status=closed')).body.items).toEqual([]);
  });

  it('takes an answer that fits, keeping only the day, and holds it until a group of answers is there', async () => {
    const res = await t.post(`/api/forms/${form.id}/responses`, { answers: GOOD });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ formId: form.id, submittedOn: '2026-11-22', anonymous: true });
    // an anonymous form's answer waits in its inbox, with the day and the checked answers only (a text with its language)
    const [row] = await t.query('SELECT * FROM form_response_inbox WHERE form_id = $1', [form.id]);
    expect(row).toEqual({
      id: expect.any(String),
      form_id: form.id,
      submitted_on: '2026-11-22',
      answers: [
        { key: 'overall', num: 4 },
        { key: 'clarity', num: 7 },
        { key: 'recommend', num: 9 },
        { key: 'channel', choices: ['site'] },
        { key: 'topics', choices: ['parks', 'culture'] },
        { key: 'town', text: 'Хасково', lang: 'bg' },
        { key: 'improve', text: 'Повече срещи вечер.', lang: 'bg' },
      ],
    });
    // it joins the responses with the group of minGroupSize (5) it completes; the officer sees it waiting
    expect(await t.query('SELECT * FROM form_responses WHERE form_id = $1', [form.id])).toEqual([]);
    expect((await t.get(`/api/forms/${form.id}`, { token: officer })).body).toMatchObject({ responses: 0, pendingResponses: 1, hasResponses: true });
    expect((await t.get(`/api/forms/${form.id}/report`, { token: officer })).body).toMatchObject({ responses: 0, pendingResponses: 1 });
    expect((await t.get(`/api/forms/${form.id}`)).body).toMatchObject({ responses: null, pendingResponses: null });
  });

  it('refuses an answer that does not fit, naming the question', async () => {
    const wrongType = await t.post(`/api/forms/${form.id}/responses`, { answers: { ...GOOD, overall: 'very' } }, { headers: { 'accept-language': 'en' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body).toMatchObject({ code: 'validation_failed', details: { questions: ['overall'], fields: [{ field: 'answers.overall', codes: ['wrong_type'], messages: ['A whole number is expected.'] }] } });
    const tooMany = await t.post(`/api/forms/${form.id}/responses`, { answers: { ...GOOD, topics: ['parks', 'transport', 'schools'] } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details).toEqual({ questions: ['topics'], fields: [{ field: 'answers.topics', codes: ['too_many_choices'], messages: ['Изберете най-много 2.'] }] });
    const offScale = await t.post(`/api/forms/${form.id}/responses`, { answers: { ...GOOD, recommend: 11, channel: 'radio' } });
    expect(offScale.body.details.questions).toEqual(['recommend', 'channel']);
    const missing = await t.post(`/api/forms/${form.id}/responses`, { answers: { clarity: 5 } });
    expect(missing.status).toBe(400);
    expect(missing.body.details.fields.map((f: { field: string; codes: string[] }) => `${f.field}:${f.codes[0]}`)).toEqual(['answers.overall:required', 'answers.recommend:required']);
    const unknown = await t.post(`/api/forms/${form.id}/responses`, { answers: { ...GOOD, age: 30 } });
    expect(unknown.body.details.fields[0]).toMatchObject({ field: 'answers.age', codes: ['unknown_question'] });
    expect((await t.post(`/api/forms/${form.id}/responses`, { answers: [4, 9] })).status).toBe(400);
    expect((await t.post(`/api/forms/${form.id}/responses`, {})).status).toBe(400);
    // nothing was stored by the refused attempts
    expect((await t.query('SELECT (SELECT count(*) FROM form_responses WHERE form_id = $1)::int AS stored, (SELECT count(*) FROM form_response_inbox WHERE form_id = $1)::int AS waiting', [form.id]))[0]).toEqual({ stored: 0, waiting: 1 });
  });

  it('takes one answer per account', async () => {
    const first = await t.post(`/api/forms/${form.id}/responses`, { answers: GOOD }, { token: citizen });
    expect(first.status).toBe(201);
    const second = await t.post(`/api/forms/${form.id}/responses`, { answers: { ...GOOD, overall: 1 } }, { token: citizen });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('already_answered');
    expect((await t.get(`/api/forms/${form.id}`, { token: citizen })).body.respondent).toEqual({ canAnswer: false, reason: 'already_answered' });
    // the anonymous form notes that the account answered, with no time and no link to the response
    expect(await t.query('SELECT * FROM form_respondents WHERE form_id = $1', [form.id])).toEqual([{ form_id: form.id, user_id: await t.idOf('users', 'citizen@sabor.example') }]);
    expect((await t.query('SELECT count(*)::int AS n FROM form_responses WHERE form_id = $1 AND user_id IS NOT NULL', [form.id]))[0].n).toBe(0);
    // an Idempotency-Key keeps nothing of the request with the account
    const ngo = await t.login('ngo@arsr.sabor.example');
    expect((await t.post(`/api/forms/${form.id}/responses`, { answers: GOOD }, { token: ngo, headers: { 'idempotency-key': 'k1' } })).status).toBe(201);
    expect(await t.query(`SELECT * FROM idempotency_keys WHERE key = 'k1'`)).toEqual([]);
  });

  it('refuses to change the questions once a response exists, and offers a new version', async () => {
    const changed = await t.patch(`/api/forms/${form.id}`, { questions: QUESTIONS.slice(0, 3) }, { token: officer });
    expect(changed.status).toBe(409);
    expect(changed.body).toMatchObject({ code: 'form_has_responses', details: { field: 'questions' } });
    expect((await t.patch(`/api/forms/${form.id}`, { anonymous: false }, { token: officer })).body.code).toBe('form_has_responses');
    expect((await t.patch(`/api/forms/${form.id}`, { minGroupSize: 3 }, { token: officer })).body.code).toBe('form_has_responses');
    // the same questions sent again, the title, the end and a larger minimum are fine
    const ok = await t.patch(`/api/forms/${form.id}`, { questions: QUESTIONS, title: { bg: 'Обратна връзка', en: 'Feedback' }, minGroupSize: 6, closesAt: '2026-12-31T22:00:00.000Z' }, { token: officer });
    expect(ok.status).toBe(200);
    // the three answers still wait for their group, and freeze the questions all the same
    expect(ok.body).toMatchObject({ title: { bg: 'Обратна връзка' }, minGroupSize: 6, hasResponses: true, responses: 0, pendingResponses: 3 });
    const version = await t.post(`/api/forms/${form.id}/versions`, {}, { token: officer });
    expect(version.status).toBe(201);
    expect(version.body).toMatchObject({ status: 'draft', basedOnId: form.id, questionCount: 7, hasResponses: false, opensAt: null, closesAt: null });
    expect((await t.patch(`/api/forms/${version.body.id}`, { questions: QUESTIONS.slice(0, 3) }, { token: officer })).body.questionCount).toBe(3);
    await t.patch(`/api/forms/${form.id}`, { minGroupSize: 5 }, { token: officer }).then((r) => expect(r.status).toBe(409));
  });

  it('answers 409 form_closed before it opens and after it closes, by the clock', async () => {
    const later = await t.post('/api/forms', { ...FORM, opensAt: '2026-12-01T08:00:00.000Z', closesAt: '2026-12-10T22:00:00.000Z' }, { token: officer });
    await t.post(`/api/forms/${later.body.id}/publish`, {}, { token: officer });
    const early = await t.post(`/api/forms/${later.body.id}/responses`, { answers: GOOD });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'form_closed', details: { status: 'scheduled' } });
    expect((await t.get(`/api/forms/${later.body.id}`)).body).toMatchObject({ status: 'scheduled', respondent: { canAnswer: false, reason: 'not_open_yet' } });
    t.clock.travelTo(new Date('2026-12-05T10:00:00.000Z'));
    expect((await t.post(`/api/forms/${later.body.id}/responses`, { answers: GOOD })).body.submittedOn).toBe('2026-12-05');
    t.clock.travelTo(new Date('2026-12-10T22:00:00.000Z'));
    const late = await t.post(`/api/forms/${later.body.id}/responses`, { answers: GOOD });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'form_closed', details: { status: 'closed' } });
    expect((await t.get(`/api/forms/${later.body.id}`)).body).toMatchObject({ status: 'closed', respondent: { canAnswer: false, reason: 'form_closed' } });
    t.clock.travelTo(new Date('2026-11-22T10:00:00.000Z'));
  });

  it('asks for an account on a form for registered users', async () => {
    const reg = await t.post('/api/forms', { ...FORM, audience: 'registered', anonymous: false }, { token: officer });
    await t.post(`/api/forms/${reg.body.id}/publish`, {}, { token: officer });
    expect((await t.get(`/api/forms/${reg.body.id}`)).status).toBe(401);
    expect((await t.post(`/api/forms/${reg.body.id}/responses`, { answers: GOOD })).status).toBe(401);
    const unverified = await t.post('/api/auth/register', { email: 'new@example.org', password: 'correct-horse-battery', displayName: 'Нов' });
    const newToken = (await t.post('/api/auth/login', { email: 'new@example.org', password: 'correct-horse-battery' })).body.accessToken;
    expect(unverified.status).toBe(201);
    expect((await t.get(`/api/forms/${reg.body.id}`, { token: newToken })).body.respondent).toEqual({ canAnswer: false, reason: 'email_not_verified' });
    expect((await t.post(`/api/forms/${reg.body.id}/responses`, { answers: GOOD }, { token: newToken })).body.code).toBe('email_not_verified');
    expect((await t.get(`/api/forms/${reg.body.id}`, { token: citizen })).body.respondent).toEqual({ canAnswer: true, reason: null });
    expect((await t.post(`/api/forms/${reg.body.id}/responses`, { answers: GOOD }, { token: citizen })).status).toBe(201);
    // an identified form keeps the respondent
    const [row] = await t.query('SELECT user_id, invitation_id, anonymous FROM form_responses WHERE form_id = $1', [reg.body.id]);
    expect(row).toEqual({ user_id: await t.idOf('users', 'citizen@sabor.example'), invitation_id: null, anonymous: false });
    expect((await t.post(`/api/forms/${reg.body.id}/responses`, { answers: GOOD }, { token: citizen })).body.code).toBe('already_answered');
    // the database refuses a link on an anonymous response, whatever the code does
    await expect(t.query(`INSERT INTO form_responses (id, form_id, submitted_on, anonymous, user_id) VALUES (gen_random_uuid(), $2, '2026-11-22', true, $1)`, [row.user_id, form.id])).rejects.toThrow(/form_responses_anonymous_unlinked/);
  });

  it('puts my answers in my data export, and unlinks identified answers when I delete my account', async () => {
    const { token } = await t.registerVerified('form-leaver@example.org', 'Петя Напускаща');
    const identified = await t.post('/api/forms', { ...FORM, title: { bg: 'Поименна анкета' }, audience: 'registered', anonymous: false }, { token: officer });
    const anonymous = await t.post('/api/forms', { ...FORM, title: { bg: 'Анонимна анкета' }, audience: 'registered', anonymous: true }, { token: officer });
    for (const f of [identified, anonymous]) {
      await t.post(`/api/forms/${f.body.id}/publish`, {}, { token: officer });
      expect((await t.post(`/api/forms/${f.body.id}/responses`, { answers: GOOD }, { token })).status).toBe(201);
    }
    const exported = (await t.get('/api/me/export', { token })).body.formResponses;
    expect(exported.identified).toEqual([expect.objectContaining({ formId: identified.body.id, formTitle: { bg: 'Поименна анкета' }, answers: expect.arrayContaining([expect.objectContaining({ question: expect.any(String) })]) })]);
    expect(exported.identified[0].answers.length).toBeGreaterThan(0);
    // only that I answered the anonymous one: nothing of what I said there
    expect(exported.answeredAnonymously).toEqual([{ formId: anonymous.body.id, formTitle: { bg: 'Анонимна анкета' } }]);

    expect((await t.delete('/api/me', { token })).status).toBe(204);
    const rows = await t.query('SELECT user_id, (SELECT count(*)::int FROM form_answers a WHERE a.response_id = r.id) AS answers FROM form_responses r WHERE form_id = $1', [identified.body.id]);
    expect(rows).toEqual([{ user_id: null, answers: exported.identified[0].answers.length }]);
    expect(await t.query('SELECT 1 FROM form_respondents WHERE form_id = ANY($1)', [[identified.body.id, anonymous.body.id]])).toEqual([]);
    // the anonymous answer, still waiting for its group, stays: it never held the account
    expect(await t.query('SELECT count(*)::int AS n FROM form_response_inbox WHERE form_id = $1', [anonymous.body.id])).toEqual([{ n: 1 }]);
  });

  it('hides an invited-only form from those without a link', async () => {
    const inv = await t.post('/api/forms', { ...FORM, audience: 'invited' }, { token: officer });
    await t.post(`/api/forms/${inv.body.id}/publish`, {}, { token: officer });
    expect((await t.get(`/api/forms/${inv.body.id}`)).status).toBe(404);
    expect((await t.get(`/api/forms/${inv.body.id}`, { token: citizen })).status).toBe(404);
    expect((await t.post(`/api/forms/${inv.body.id}/responses`, { answers: GOOD })).status).toBe(404);
    const wrong = await t.get(`/api/forms/${inv.body.id}?token=not-a-real-token`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('invalid_token');
    expect((await t.post(`/api/forms/${inv.body.id}/responses`, { token: 'not-a-real-token', answers: GOOD })).body.code).toBe('invalid_token');
    expect((await t.get(`/api/forms/${inv.body.id}`, { token: officer })).body.respondent).toEqual({ canAnswer: false, reason: 'token_required' });
    expect((await t.get(`/api/forms/${inv.body.id}`, { token: await t.login('ngo@arsr.sabor.example') })).status).toBe(200);
    // once its results are public, anyone may read the form, but answer only with a link
    await t.patch(`/api/forms/${inv.body.id}`, { publishResults: true }, { token: officer });
    expect((await t.get(`/api/forms/${inv.body.id}`)).body).toMatchObject({ canReadReport: true, respondent: { canAnswer: false, reason: 'token_required' } });
    expect((await t.post(`/api/forms/${inv.body.id}/responses`, { answers: GOOD })).status).toBe(403);
  });

  it('lists the open forms a signed-in person may answer', async () => {
    const res = await t.get('/api/me/forms', { token: citizen });
    expect(res.status).toBe(200);
    const mine = new Map(res.body.items.map((f: { id: string; answered: boolean }) => [f.id, f.answered]));
    expect(mine.get(form.id)).toBe(true);
    expect((await t.get('/api/me/forms')).status).toBe(401);
  });

  it('keeps an audit trail of the officers’ changes, and none of the answers', async () => {
    const actions = await t.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [form.id]);
    expect(actions.map((a) => a.action)).toEqual(['form.create', 'form.publish', 'form.update']);
  });

  it('names a draft consultation it is about to the officers only', async () => {
    const draft = await t.post('/api/consultations', { municipalityId: 'haskovo', kind: 'decision', title: 'Решение, което още се пише', summary: '', body: 'Текст', contact: '' }, { token: officer });
    const id = (await t.post('/api/forms', { ...FORM, subject: { type: 'consultation', id: draft.body.id } }, { token: officer })).body.id;
    await t.post(`/api/forms/${id}/publish`, {}, { token: officer });
    expect((await t.get(`/api/forms/${id}`, { token: officer })).body.subject.title).toEqual({ bg: 'Решение, което още се пише' });
    const seen = await t.get(`/api/forms/${id}`, { token: citizen });
    expect(seen.status).toBe(200);
    expect(seen.body.subject).toEqual({ type: 'consultation', id: draft.body.id, title: {} });
  });
});

describe('forms: a public link cannot be flooded from one address', () => {
  let t: TestApp;
  let formId: string;
  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z', RATE_LIMIT_PUBLIC_ANSWERS_PER_IP: '3', RATE_LIMIT_PUBLIC_ANSWERS_WINDOW_SECONDS: '600', TRUST_PROXY: 'loopback' } });
    const officer = await t.login('officer@haskovo.sabor.example');
    formId = (await t.post('/api/forms', FORM, { token: officer })).body.id;
    await t.post(`/api/forms/${formId}/publish`, {}, { token: officer });
  });
  afterAll(() => t.close());

  const answerFrom = (address: string, token?: string) => t.post(`/api/forms/${formId}/responses`, { answers: GOOD }, { token, headers: { 'x-forwarded-for': address } });

  it('refuses the answer past the limit with 429 and when to come back, and counts each address on its own', async () => {
    for (let i = 0; i < 3; i++) expect((await answerFrom('203.0.113.7')).status).toBe(201);
    const refused = await answerFrom('203.0.113.7');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(600);
    expect((await answerFrom('198.51.100.20')).status).toBe(201);
    // a signed-in citizen behind the same address answers once, as an account may
    expect((await answerFrom('203.0.113.7', await t.login('citizen@sabor.example'))).status).toBe(201);
    const report = await t.get(`/api/forms/${formId}/report`, { token: await t.login('officer@haskovo.sabor.example') });
    // all five were taken: a group, not yet shown while the form is open
    expect(report.body.responses + report.body.pendingResponses).toBe(5);
  });

  it('lets the address answer again in the next window', async () => {
    t.clock.travelTo(new Date(t.clock.now().getTime() + 601_000));
    expect((await answerFrom('203.0.113.7')).status).toBe(201);
  });
});
