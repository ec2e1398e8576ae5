import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../src/config/config';
import { seedDemo } from '../src/demo/seed';
import { MOTIVES, ORDINANCE_BODY } from './fixtures';
import { FORM, GOOD } from './forms-fixtures';
import { withDatabase } from './global-setup';

/**
 * The scaling plan run for real (docs/operations.md, "Several API instances"): two built API
 * processes on one PostgreSQL, each with empty folders of its own (nothing local is shared), and
 * the queue worker in two more processes. What one instance accepted, the other serves; the
 * limits hold across both; a mail goes out once however many workers run.
 */
const MAIN = path.resolve(__dirname, '../dist/server/src/main.js');
const WORKER = path.resolve(__dirname, '../dist/server/src/worker.js');
const FAKE_NOW = '2026-11-23T10:00:00.000Z';
const CONTRIBUTIONS_PER_ACCOUNT = 120;
const ANSWERS_PER_ADDRESS = 15;
jest.setTimeout(120_000);

interface Proc {
  child: ChildProcess;
  lines: string[];
  exit: Promise<unknown>;
  waitFor(re: RegExp, ms?: number): Promise<void>;
}

interface Instance extends Proc {
  url: string;
}

const procs: Proc[] = [];
let root: string;
let dbName: string;
let databaseUrl: string;
let a: Instance;
let b: Instance;
const workerMail: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function spawnProc(script: string, env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [script], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      SABOR_FAKE_NOW: FAKE_NOW,
      JWT_SECRET: 'two-instances-share-this-secret-0123456789',
      PUBLIC_URL: 'http://sabor.test',
      DB_POOL_SIZE: '10',
      // a machine shared with other test runs is slow: a request waits for a connection rather than 503
      DB_CONNECT_TIMEOUT_MS: '60000',
      RATE_LIMIT_CONTRIBUTIONS_PER_ACCOUNT: String(CONTRIBUTIONS_PER_ACCOUNT),
      RATE_LIMIT_PUBLIC_ANSWERS_PER_IP: String(ANSWERS_PER_ADDRESS),
      ...env,
    },
  });
  const lines: string[] = [];
  const onData = (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exit = new Promise((resolve) => child.on('exit', resolve));
  const proc: Proc = {
    child,
    lines,
    exit,
    waitFor: async (re, ms = 60_000) => {
      const end = Date.now() + ms;
      while (!lines.some((l) => re.test(l))) {
        if (child.exitCode !== null || Date.now() > end) throw new Error(`${path.basename(script)}: no line matching ${re}; output:\n${lines.join('\n')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
  procs.push(proc);
  return proc;
}

/** An API instance: `npm start`'s main.js without its in-process worker, with folders of its own. */
async function startInstance(name: string): Promise<Instance> {
  const dir = path.join(root, name);
  fs.mkdirSync(path.join(dir, 'storage'), { recursive: true });
  const port = await freePort();
  const proc = spawnProc(MAIN, { PORT: String(port), HOST: '127.0.0.1', SABOR_DATA_DIR: dir, STORAGE_DIR: path.join(dir, 'storage'), MAIL_DIR: path.join(dir, 'mail'), WORKER_IN_PROCESS: 'false' });
  await proc.waitFor(/Sabor is running at/);
  return { ...proc, url: `http://127.0.0.1:${port}` };
}

function startWorker(name: string): Proc {
  const mailDir = path.join(root, name, 'mail');
  fs.mkdirSync(mailDir, { recursive: true });
  workerMail.push(mailDir);
  return spawnProc(WORKER, { SABOR_DATA_DIR: path.join(root, name), MAIL_DIR: mailDir, LOG_LEVEL: 'info' });
}

async function call(instance: Instance, method: string, url: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(instance.url + url, {
    method,
    headers: { ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text, headers: res.headers };
}

async function login(instance: Instance, email: string): Promise<string> {
  const res = await call(instance, 'POST', '/api/auth/login', { body: { email, password: 'demo-password' } });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken;
}

async function rows(sql: string, params: unknown[]): Promise<any[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (await db.query(sql, params)).rows;
  } finally {
    await db.end();
  }
}

const count = (values: number[], status: number) => values.filter((s) => s === status).length;

/** .eml files the workers wrote to `address` (the sender puts the address in the file's name). */
const mailsTo = (address: string) => workerMail.flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml') && f.includes(`-${address}-`)) : []));

let officerB: string;
let consultationId: string;

beforeAll(async () => {
  for (const file of [MAIN, WORKER]) if (!fs.existsSync(file)) throw new Error(`${file} is missing: npm test builds the server first (npm run build)`);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-two-instances-'));
  const adminUrl = process.env.SABOR_TEST_ADMIN_URL!;
  dbName = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE sabor_template`);
  await admin.end();
  databaseUrl = withDatabase(adminUrl, dbName);
  await seedDemo(databaseUrl, loadConfig({ NODE_ENV: 'test', SABOR_FAKE_NOW: FAKE_NOW }, []));

  // each fake clock runs on from its own start: B starts last, so its clock is the one behind,
  // and what B publishes is already open for A
  const workers = [startWorker('worker-1'), startWorker('worker-2')];
  a = await startInstance('a');
  b = await startInstance('b');
  await Promise.all(workers.map((w) => w.waitFor(/Worker running/)));

  officerB = await login(b, 'officer@haskovo.sabor.example');
  const created = await call(b, 'POST', '/api/consultations', { token: officerB, body: { municipalityId: 'haskovo', kind: 'ordinance', title: 'Наредба за двете инстанции', summary: '', body: ORDINANCE_BODY, motives: MOTIVES, contact: {} } });
  expect(created.status).toBe(201);
  consultationId = created.body.id;
  expect((await call(b, 'POST', `/api/consultations/${consultationId}/publish`, { token: officerB, body: {} })).status).toBe(200);
});

afterAll(async () => {
  for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGTERM');
  await Promise.race([Promise.all(procs.map((p) => p.exit)), new Promise((r) => setTimeout(r, 10_000))]);
  for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  if (dbName) {
    const admin = new Client({ connectionString: process.env.SABOR_TEST_ADMIN_URL! });
    await admin.connect();
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [dbName]);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin.end();
  }
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('two API instances on one database, two workers', () => {
  it('stores every acknowledged contribution of a concurrent flood once, and the per-account limit holds across both', async () => {
    // a token from A works on B: nothing about a session is kept in a process
    const citizen = await login(a, 'citizen@sabor.example');
    // 300 requests, 100 in flight at any moment, alternately to A and B
    const send = (i: number) => call(i % 2 ? b : a, 'POST', `/api/consultations/${consultationId}/contributions`, { token: citizen, body: { kind: 'proposal', body: `Предложение № ${i}: срокът да е ${i + 30} дни.`, publishName: false } });
    const answers: Array<Awaited<ReturnType<typeof send>>> = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 100 }, async () => {
        for (let i = next++; i < 300; i = next++) answers[i] = await send(i);
      }),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s !== 201 && s !== 429)).toEqual([]);
    // exactly the limit was taken, however the requests fell between the instances
    expect(count(statuses, 201)).toBe(CONTRIBUTIONS_PER_ACCOUNT);
    expect(count(statuses, 429)).toBe(300 - CONTRIBUTIONS_PER_ACCOUNT);
    expect(count(statuses.filter((_, i) => i % 2 === 0), 201)).toBeGreaterThan(0);
    expect(count(statuses.filter((_, i) => i % 2 === 1), 201)).toBeGreaterThan(0);
    const acknowledged = answers.filter((r) => r.status === 201).map((r) => r.body.id as string);
    const stored = await rows('SELECT id, body FROM contributions WHERE consultation_id = $1', [consultationId]);
    expect(stored.map((r) => r.id).sort()).toEqual([...acknowledged].sort());
    expect(new Set(stored.map((r) => r.body)).size).toBe(stored.length); // no text stored twice
  });

  it('replays the first answer when an Idempotency-Key is sent again to the other instance', async () => {
    const ngo = await login(b, 'ngo@arsr.sabor.example');
    const send = (to: Instance) => call(to, 'POST', `/api/consultations/${consultationId}/contributions`, { token: ngo, headers: { 'idempotency-key': 'two-instances-1' }, body: { kind: 'comment', body: 'Подкрепяме проекта, с една бележка.', publishName: true } });
    const first = await send(a);
    expect(first.status).toBe(201);
    const again = await send(b);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await rows('SELECT id FROM contributions WHERE body = $1', ['Подкрепяме проекта, с една бележка.'])).toEqual([{ id: first.body.id }]);
  });

  it('serves through one instance a document uploaded through the other, byte for byte', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1024 * 1024 + 12345)]);
    const form = new FormData();
    form.append('kind', 'draft');
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'проект.pdf');
    const up = await fetch(`${b.url}/api/consultations/${consultationId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${officerB}` }, body: form });
    expect(up.status).toBe(201);
    const doc = (await up.json()) as { url: string; sha256: string };
    expect(doc.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const down = await fetch(a.url + doc.url);
    expect(down.status).toBe(200);
    expect(down.headers.get('content-type')).toBe('application/pdf');
    expect(down.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('проект.pdf')}`);
    expect(Buffer.from(await down.arrayBuffer()).equals(bytes)).toBe(true);
    // neither instance wrote the upload to its own folder
    for (const dir of ['a', 'b']) expect(fs.readdirSync(path.join(root, dir, 'storage')).filter((f) => !f.startsWith('.'))).toEqual([]);
  });

  it('holds the per-address limit of public form answers across both instances', async () => {
    const form = await call(b, 'POST', '/api/forms', { token: officerB, body: FORM });
    expect(form.status).toBe(201);
    expect((await call(b, 'POST', `/api/forms/${form.body.id}/publish`, { token: officerB, body: {} })).status).toBe(200);
    const statuses = (await Promise.all(Array.from({ length: 40 }, (_, i) => call(i % 2 ? a : b, 'POST', `/api/forms/${form.body.id}/responses`, { body: { answers: GOOD } })))).map((r) => r.status);
    expect(count(statuses, 201)).toBe(ANSWERS_PER_ADDRESS);
    expect(count(statuses, 429)).toBe(40 - ANSWERS_PER_ADDRESS);
  });

  it('sends each mail once with two workers running', async () => {
    const addresses = Array.from({ length: 20 }, (_, i) => `two-instances-${i}@example.org`);
    const registered = await Promise.all(addresses.map((email, i) => call(i % 2 ? a : b, 'POST', '/api/auth/register', { body: { email, password: 'correct-horse-battery', displayName: `Читател ${i}` } })));
    expect(registered.map((r) => r.status)).toEqual(addresses.map(() => 201));
    const end = Date.now() + 20_000;
    while (addresses.some((e) => mailsTo(e).length === 0) && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
    // time for a second copy to show up, were a job handed to both workers
    await new Promise((r) => setTimeout(r, 2000));
    expect(addresses.map((e) => mailsTo(e).length)).toEqual(addresses.map(() => 1));
  });
});
