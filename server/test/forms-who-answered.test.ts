import { FORM, GOOD } from './forms-fixtures';
import { captureLogs } from './log-capture';
import { TestApp } from './test-app';

/**
 * Who answered an anonymous invited form must not be readable from anything kept beside the
 * answers: the logs (the API's and the worker's, at LOG_LEVEL=info), the job queue (every table
 * of the `pgboss` schema) or the audit log. Three people are invited, one answers, a reminder
 * goes to the other two; then none of the three addresses is found in any of those.
 */
const INVITED = ['ana@example.org', 'boris@example.org', 'vera@example.org'];
const linkIn = (mail: string, formId: string) => new RegExp(`/forms/${formId}\\?token=([A-Za-z0-9_-]+)`).exec(mail)![1];

describe('nothing records who answered an anonymous form', () => {
  let t: TestApp;
  let officer: string;
  let form: string;
  const logs = captureLogs();
  const { lines, stdout } = logs;

  beforeAll(async () => {
    // the request log, and standard output where the worker logs through Nest's Logger
    logs.start();
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-11-23T10:00:00.000Z', LOG_LEVEL: 'info' }, logStream: logs.logStream });
    officer = await t.login('officer@haskovo.sabor.example');
    form = (await t.post('/api/forms', { ...FORM, audience: 'invited' }, { token: officer })).body.id;
    await t.post(`/api/forms/${form}/publish`, {}, { token: officer });
  });
  afterAll(async () => {
    logs.stop();
    await t.close();
  });

  /** Every place the addresses must not be: log lines, every pg-boss table's rows, the audit log. */
  async function everything(): Promise<string> {
    const tables = await t.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'pgboss' AND table_type = 'BASE TABLE'`);
    const rows: string[] = [];
    for (const { table_name } of tables) rows.push(...(await t.query<{ row: string }>(`SELECT t::text AS row FROM pgboss."${table_name}" t`)).map((r) => r.row));
    const audit = (await t.query<{ row: string }>('SELECT a::text AS row FROM audit_log a')).map((r) => r.row);
    return [...lines, ...stdout, ...rows, ...audit].join('\n').toLowerCase();
  }

  it('sends the invitations and the reminder from jobs that carry no address, and logs none', async () => {
    expect((await t.post(`/api/forms/${form}/invitations`, { emails: INVITED }, { token: officer })).body).toEqual({ sent: 3, skipped: 0 });
    // while queued (if the worker has not taken them yet), the jobs name invitations only
    const queued = (await t.query<{ data: unknown }>(`SELECT data FROM pgboss.job WHERE name = 'form-mail'`)).map((j) => JSON.stringify(j.data));
    for (const data of queued) expect(data).toMatch(/^\{"kind":"invitation","invitationId":"[0-9a-f-]{36}"\}$/);
    const mails = await Promise.all(INVITED.map((a) => t.waitForMailContaining(a, `/forms/${form}?token=`)));

    // Ana answers, through her link: the request is not logged (address, browser, exact time)
    const answered = await t.post(`/api/forms/${form}/responses`, { token: linkIn(mails[0], form), answers: GOOD }, { headers: { 'user-agent': 'Ana-Browser/1.0', 'x-forwarded-for': '198.51.100.77' } });
    expect(answered.status).toBe(201);
    expect((await t.get(`/api/forms/${form}?token=${linkIn(mails[1], form)}`, { headers: { 'user-agent': 'Boris-Browser/2.0' } })).status).toBe(200);

    const reminded = await t.post(`/api/forms/${form}/reminders`, {}, { token: officer });
    expect(reminded.body).toEqual({ sent: 2 });
    await t.waitForMailContaining(INVITED[1], 'Напомняне');
    await t.waitForMailContaining(INVITED[2], 'Напомняне');
    expect(t.mailsTo(INVITED[0])).toHaveLength(1);

    // the worker is done with every job: none of its kind is left
    const deadline = Date.now() + 10_000;
    while ((await t.query(`SELECT 1 FROM pgboss.job WHERE name = 'form-mail'`)).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await t.query(`SELECT id FROM pgboss.job WHERE name = 'form-mail'`)).toEqual([]);

    const all = await everything();
    // the logs were captured (an officer's request is there), yet no address, and no answering request
    expect(lines.join('')).toContain(`/api/forms/${form}/reminders`);
    expect([...lines, ...stdout].join('')).toMatch(/reminder mail\(s\) sent/);
    for (const address of INVITED) expect(all).not.toContain(address);
    expect(all.split('\n').filter((l) => l.includes('ana-browser'))).toEqual([]);
    expect(all).not.toContain('198.51.100.77');
    expect(all).not.toContain('boris-browser');
    expect(lines.join('')).not.toContain(`/api/forms/${form}/responses`);
  });

  it('sends at most one reminder a day and three in all', async () => {
    const again = await t.post(`/api/forms/${form}/reminders`, {}, { token: officer });
    expect(again.status).toBe(429);
    expect(again.body.code).toBe('rate_limited');
    const retryAfter = Number(again.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(86_400 - 120);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    for (const day of ['2026-11-24T12:00:00.000Z', '2026-11-25T13:00:00.000Z']) {
      t.clock.travelTo(new Date(day));
      expect((await t.post(`/api/forms/${form}/reminders`, {}, { token: officer })).body).toEqual({ sent: 2 });
    }
    t.clock.travelTo(new Date('2026-11-27T10:00:00.000Z'));
    const fourth = await t.post(`/api/forms/${form}/reminders`, {}, { token: officer });
    expect(fourth.status).toBe(409);
    expect(fourth.body.code).toBe('reminders_exhausted');
  });
});
