import { openConsultation } from './fixtures';
import { TestApp } from './test-app';

/** docs/api.md, "Lists": every list answers `{items, nextCursor}`; one that comes whole says so with `nextCursor: null`. */
describe('lists that come whole still answer {items, nextCursor: null}', () => {
  let t: TestApp;
  let officer: string;
  let citizen: string;
  let haskovo: string;
  let c: Awaited<ReturnType<typeof openConsultation>>;
  let body: { id: string };

  beforeAll(async () => {
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-03-02T08:00:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    citizen = await t.login('citizen@sabor.example');
    haskovo = await t.idOf('municipalities', 'haskovo');
    c = await openConsultation(t);
    body = (await t.post('/api/bodies', { municipalityId: 'haskovo', kind: 'civic_council', name: 'Граждански съвет', mandate: 'Дава становища.' }, { token: officer })).body;
    await t.post(`/api/bodies/${body.id}/members`, { name: 'Мария Иванова', role: 'chair', since: '2026-03-01' }, { token: officer });
  });
  afterAll(() => t.close());

  it.each([
    ['the sections of a draft', () => t.get(`/api/consultations/${c.id}/sections`)],
    ['its versions', () => t.get(`/api/consultations/${c.id}/versions`)],
    ['a municipality’s staff', () => t.get(`/api/municipalities/${haskovo}/staff`, { token: officer })],
    ['a municipality’s partners', () => t.get(`/api/municipalities/${haskovo}/partners`)],
    ['a body’s members', () => t.get(`/api/bodies/${body.id}/members`)],
    ['my registrations', () => t.get('/api/me/registrations', { token: citizen })],
    ['my forms', () => t.get('/api/me/forms', { token: citizen })],
  ])('%s', async (_name, get) => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['items', 'nextCursor']);
    expect(Array.isArray(res.body.items)).toBe(true);
    expect(res.body.nextCursor).toBeNull();
  });

  it('gives every item at once', async () => {
    expect((await t.get(`/api/consultations/${c.id}/sections`)).body.items.map((s: { ref: string }) => s.ref)).toEqual(['Преамбюл', 'Чл. 1', 'Чл. 2', '§ 1']);
    expect((await t.get(`/api/municipalities/${haskovo}/staff`, { token: officer })).body.items.map((s: { role: string }) => s.role).sort()).toEqual(['moderator', 'officer']);
    expect((await t.get(`/api/bodies/${body.id}/members`)).body.items).toEqual([expect.objectContaining({ name: 'Мария Иванова', role: 'chair' })]);
  });
});
