import { TestApp } from './test-app';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.create({ demo: false });
  });
  afterAll(() => t.close());

  it('answers ok with the database up', async () => {
    const res = await t.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up' });
  });

  it('answers an unknown API path with a coded 404', async () => {
    const res = await t.get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });
});
