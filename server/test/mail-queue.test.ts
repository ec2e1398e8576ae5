import { withoutAddresses } from '../src/jobs/worker.runner';
import { captureLogs } from './log-capture';
import { TestApp } from './test-app';

/**
 * Account mail (verification, password reset) goes through the `mail` queue, each job holding the
 * address, the subject and the text with its link. Once a mail is sent its job is gone: nothing in
 * the `pgboss` schema, nor in the API's or the worker's log, still has the address.
 */
const NEW_ACCOUNT = 'queue-newcomer@example.org';
const RESET = 'citizen@sabor.example';

describe('the mail queue keeps no address once a mail is sent', () => {
  let t: TestApp;
  const logs = captureLogs();
  const { lines, stdout } = logs;

  beforeAll(async () => {
    // the request log, and standard output where the worker logs through Nest's Logger
    logs.start();
    t = await TestApp.create({ env: { LOG_LEVEL: 'info' }, logStream: logs.logStream });
  });
  afterAll(async () => {
    logs.stop();
    await t.close();
  });

  it('empties each account mail job of its address once sent, and logs no address', async () => {
    expect((await t.post('/api/auth/register', { email: NEW_ACCOUNT, password: 'correct-horse-battery', displayName: 'Нов Човек' })).status).toBe(201);
    expect((await t.post('/api/auth/password/forgot', { email: RESET })).status).toBeLessThan(300);
    await t.waitForMailContaining(NEW_ACCOUNT, 'token=');
    await t.waitForMailContaining(RESET, 'token=');

    // each job is completed and emptied once its mail is out (the row stays for the queue's day, so
    // the same job id cannot be queued and sent twice)
    const pending = `SELECT 1 FROM pgboss.job WHERE name = 'mail' AND (state <> 'completed' OR data <> '{}'::jsonb)`;
    const deadline = Date.now() + 10_000;
    while ((await t.query(pending)).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await t.query(`SELECT state, data FROM pgboss.job WHERE name = 'mail'`)).toEqual([
      { state: 'completed', data: {} },
      { state: 'completed', data: {} },
    ]);

    // every table of the queue's schema, row by row
    const tables = await t.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'pgboss' AND table_type = 'BASE TABLE'`);
    expect(tables.map((r) => r.table_name)).toContain('job');
    const rows: string[] = [];
    for (const { table_name } of tables) rows.push(...(await t.query<{ row: string }>(`SELECT t::text AS row FROM pgboss."${table_name}" t`)).map((r) => r.row));
    const kept = rows.join('\n').toLowerCase();
    for (const address of [NEW_ACCOUNT, RESET]) expect(kept).not.toContain(address);

    const log = [...lines, ...stdout].join('');
    expect(log).toMatch(/mail\(s\) sent/);
    for (const address of [NEW_ACCOUNT, RESET]) expect(log.toLowerCase()).not.toContain(address);
  });

  it('keeps a mail that failed every try one day, not pg-boss’s seven', async () => {
    const [queue] = await t.query<{ deletion_seconds: number }>(`SELECT deletion_seconds FROM pgboss.queue WHERE name = 'mail'`);
    expect(queue.deletion_seconds).toBe(86_400);
  });

  it('says why a mail failed without the address the transport quoted', () => {
    expect(withoutAddresses('Can\'t send mail - all recipients were rejected: 550 5.1.1 <ana.petrova+x@example.org>: Recipient address rejected')).toBe(
      'Can\'t send mail - all recipients were rejected: 550 5.1.1 <<address>>: Recipient address rejected',
    );
    expect(withoutAddresses('connect ECONNREFUSED 127.0.0.1:25')).toBe('connect ECONNREFUSED 127.0.0.1:25');
  });
});
