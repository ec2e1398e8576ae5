import { FORM } from './forms-fixtures';
import { TestApp } from './test-app';

/** Each create endpoint with a body it accepts, the table it writes to, and the fields docs/api.md requires. */
const ENDPOINTS = [
  {
    path: '/api/consultations',
    table: 'consultations',
    valid: { municipalityId: 'haskovo', kind: 'plan', title: 'План за интегрирано развитие', summary: 'Кратко описание', body: 'Чл. 1. Текст.', contact: { name: 'Отдел „Стратегическо планиране“' } },
    required: ['municipalityId', 'kind', 'title', 'summary', 'body', 'contact'],
  },
  {
    path: '/api/bodies',
    table: 'bodies',
    valid: { municipalityId: 'haskovo', kind: 'civic_council', name: 'Граждански съвет по спорта', mandate: 'Дава становища.' },
    required: ['municipalityId', 'kind', 'name'],
  },
  {
    path: '/api/meetings',
    table: 'meetings',
    valid: { municipalityId: 'haskovo', kind: 'workshop', title: 'Работна среща за парка', startsAt: '2026-12-03T07:00:00.000Z', endsAt: '2026-12-03T15:00:00.000Z', location: 'Хасково' },
    required: ['municipalityId', 'kind', 'title', 'startsAt', 'endsAt'],
  },
  {
    path: '/api/forms',
    table: 'forms',
    valid: FORM,
    required: ['municipalityId', 'purpose', 'title'],
  },
];

describe('required fields: a missing one is named once and nothing is created', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => {
    // Sunday 22 November 2026, noon in Haskovo
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-22T10:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
  });
  afterAll(() => t.close());

  const count = async (table: string) => Number((await t.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const without = (body: Record<string, unknown>, field: string) => Object.fromEntries(Object.entries(body).filter(([k]) => k !== field));

  describe.each(ENDPOINTS)('POST $path', ({ path, table, valid, required }) => {
    it.each(required)('without %s: 400 naming only that field as required', async (field) => {
      const before = await count(table);
      const res = await t.post(path, without(valid, field), { token: officer });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.details.fields).toEqual([{ field, codes: ['isDefined'], messages: ['Полето е задължително.'] }]);
      expect(await count(table)).toBe(before);
    });

    it('with every required field: 201', async () => {
      const before = await count(table);
      const res = await t.post(path, valid, { token: officer });
      expect(res.status).toBe(201);
      expect(await count(table)).toBe(before + 1);
    });
  });

  it('says “required” once for an empty or blank required text, in the request’s language', async () => {
    const empty = await t.post('/api/bodies', { ...ENDPOINTS[1].valid, name: '' }, { token: officer, headers: { 'accept-language': 'en' } });
    expect(empty.status).toBe(400);
    expect(empty.body.details.fields).toEqual([{ field: 'name', codes: ['isNotEmpty'], messages: ['This field is required.'] }]);
    const blank = await t.post('/api/meetings', { ...ENDPOINTS[2].valid, title: '   ' }, { token: officer, headers: { 'accept-language': 'mk' } });
    expect(blank.body.details.fields).toEqual([{ field: 'title', codes: ['isNotEmpty'], messages: ['Полето е задолжително.'] }]);
    const noTexts = await t.post('/api/consultations', { ...ENDPOINTS[0].valid, title: {} }, { token: officer });
    expect(noTexts.body.details.fields).toEqual([{ field: 'title', codes: ['isNotEmpty'], messages: ['Полето е задължително.'] }]);
    // a missing text is not "too long" nor "not a string"
    const noMunicipality = await t.post('/api/consultations', without(ENDPOINTS[0].valid, 'municipalityId'), { token: officer, headers: { 'accept-language': 'en' } });
    expect(noMunicipality.body.details.fields).toEqual([{ field: 'municipalityId', codes: ['isDefined'], messages: ['This field is required.'] }]);
    // a text that is there but too long still says so
    const tooLong = await t.post('/api/consultations', { ...ENDPOINTS[0].valid, municipalityId: 'x'.repeat(61) }, { token: officer, headers: { 'accept-language': 'en' } });
    expect(tooLong.body.details.fields).toEqual([{ field: 'municipalityId', codes: ['maxLength'], messages: ['This is too long.'] }]);
  });

  it('names a missing field inside a nested object or a list', async () => {
    const res = await t.post('/api/forms', { ...FORM, subject: { type: 'meeting' }, questions: [{ key: 'q1', label: 'Въпрос' }] }, { token: officer });
    expect(res.status).toBe(400);
    expect(res.body.details.fields).toEqual([
      { field: 'subject.id', codes: ['isDefined'], messages: ['Полето е задължително.'] },
      { field: 'questions.0.type', codes: ['isDefined'], messages: ['Полето е задължително.'] },
    ]);
  });

  it('PATCH takes any subset of the fields, but refuses null for a required one', async () => {
    const created = await t.post('/api/consultations', ENDPOINTS[0].valid, { token: officer });
    const id = created.body.id as string;
    const period = await t.patch(`/api/consultations/${id}`, { periodDays: 45 }, { token: officer });
    expect(period.status).toBe(200);
    expect(period.body).toMatchObject({ periodDays: 45, summary: { bg: 'Кратко описание' }, contact: { name: 'Отдел „Стратегическо планиране“' } });
    const noTitle = await t.patch(`/api/consultations/${id}`, { title: null, kind: null }, { token: officer });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.details.fields.map((f: { field: string; codes: string[] }) => `${f.field}:${f.codes}`).sort()).toEqual(['kind:isDefined', 'title:isDefined']);
    const meeting = await t.post('/api/meetings', ENDPOINTS[2].valid, { token: officer });
    const moved = await t.patch(`/api/meetings/${meeting.body.id}`, { endsAt: '2026-12-03T16:00:00.000Z' }, { token: officer });
    expect(moved.status).toBe(200);
    expect(moved.body.endsAt).toBe('2026-12-03T16:00:00.000Z');
    // nullable optional fields still take null
    const standalone = await t.patch(`/api/meetings/${meeting.body.id}`, { bodyId: null, capacity: null }, { token: officer });
    expect(standalone.status).toBe(200);
  });

  it('matches the OpenAPI document: each endpoint’s own request body, the status it answers with, what create and PATCH require', async () => {
    const doc = (await t.get('/api/docs-json')).body;
    const schemaOf = (path: string) => {
      const ref: string = doc.paths[path].post.requestBody.content['application/json'].schema.$ref;
      return doc.components.schemas[ref.split('/').pop()!];
    };
    expect(schemaOf('/api/organizations/{id}/members').properties.role.enum).toEqual(['representative', 'member']);
    expect(schemaOf('/api/bodies/{id}/members').properties.role.enum).toEqual(['chair', 'vice_chair', 'secretary', 'member', 'observer']);
    expect(Object.keys(doc.paths['/api/consultations/{id}/outcome'].post.responses).filter((s) => s.startsWith('2'))).toEqual(['200']); // and its 4xx, listed for every operation
    expect(schemaOf('/api/consultations').required).toEqual(expect.arrayContaining(['municipalityId', 'kind', 'title', 'summary', 'body', 'contact']));
    const update = doc.components.schemas[doc.paths['/api/consultations/{id}'].patch.requestBody.content['application/json'].schema.$ref.split('/').pop()];
    expect(update.required ?? []).toEqual([]);
  });
});
