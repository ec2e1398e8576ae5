import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import type { AppDeps } from '../src/app.module';
import { Clock } from '../src/common/clock';
import { AppConfig, loadConfig } from '../src/config/config';
import { seedDemo } from '../src/demo/seed';
import { createQueue, Queue } from '../src/queue/queue';
import { runHousekeeping } from '../src/jobs/housekeeping';
import { startWorker } from '../src/jobs/worker.runner';
import { withDatabase } from './global-setup';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
  cookies: Array<{ name: string; value: string; path?: string; httpOnly?: boolean; sameSite?: string; expires?: Date }>;
  text: string;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
}

/**
 * The real application on a fresh database cloned from the migrated template, with the mail
 * worker running and writing .eml files to a folder of the test's own.
 */
export class TestApp {
  private tokens = new Map<string, string>();

  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: AppConfig,
    readonly databaseUrl: string,
    private readonly queue: Queue,
    private readonly worker: { stop(): Promise<void> },
    private readonly dbName: string,
  ) {}

  /**
   * `demo`: the demo accounts and municipalities (default); `activity`: the demo consultations too;
   * `clientDir`: serve a built client from there (none by default); `logStream`: where the log goes.
   */
  static async create(options: { demo?: boolean; activity?: boolean; env?: Record<string, string>; clientDir?: string; logStream?: AppDeps['logStream'] } = {}): Promise<TestApp> {
    const adminUrl = process.env.SABOR_TEST_ADMIN_URL!;
    const dbName = `t_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName} TEMPLATE sabor_template`);
    await admin.end();
    const url = withDatabase(adminUrl, dbName);
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-mail-'));
    const config = { ...loadConfig({ NODE_ENV: 'test', MAIL_DIR: mailDir, PUBLIC_URL: 'http://sabor.test', ...options.env }, []), clientDir: options.clientDir ?? null };
    if (options.demo !== false) await seedDemo(url, config, { activity: options.activity ?? false });
    const queue = await createQueue(url, { worker: false });
    const worker = await startWorker(config, url);
    const app = await createApp({ config, databaseUrl: url, queue, logStream: options.logStream });
    return new TestApp(app, config, url, queue, worker, dbName);
  }

  get clock(): Clock {
    return this.app.get(Clock);
  }

  /** The worker's hourly housekeeping, now, by the application's clock. */
  housekeeping(): Promise<void> {
    return runHousekeeping(this.queue, this.clock.now());
  }

  async request<T = any>(method: string, url: string, options: RequestOptions = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const res = await this.app.inject({ method: method as 'GET', url, headers, payload: options.body as object | undefined, cookies: options.cookies });
    let body: unknown = res.body;
    if ((res.headers['content-type'] ?? '').toString().includes('application/json') && res.body) body = JSON.parse(res.body);
    return { status: res.statusCode, body: body as T, headers: res.headers, cookies: res.cookies as TestResponse['cookies'], text: res.body };
  }

  get = <T = any>(url: string, o?: RequestOptions) => this.request<T>('GET', url, o);
  post = <T = any>(url: string, body?: unknown, o?: RequestOptions) => this.request<T>('POST', url, { ...o, body });
  patch = <T = any>(url: string, body?: unknown, o?: RequestOptions) => this.request<T>('PATCH', url, { ...o, body });
  put = <T = any>(url: string, body?: unknown, o?: RequestOptions) => this.request<T>('PUT', url, { ...o, body });
  delete = <T = any>(url: string, o?: RequestOptions) => this.request<T>('DELETE', url, o);

  /** Logs in (cached per e-mail) and returns the access token. */
  async login(email: string, password = 'demo-password'): Promise<string> {
    const cached = this.tokens.get(email);
    if (cached) return cached;
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${res.text}`);
    this.tokens.set(email, res.body.accessToken);
    return res.body.accessToken;
  }

  /** Registers and verifies an account through the API, as a person would; returns its token. */
  async registerVerified(email: string, displayName = 'Тест Тестов'): Promise<{ token: string; id: string }> {
    const reg = await this.post('/api/auth/register', { email, password: 'correct-horse-battery', displayName });
    if (reg.status !== 201) throw new Error(`register failed: ${reg.status} ${reg.text}`);
    const mail = await this.waitForMail(email);
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail)![1];
    await this.post('/api/auth/verify-email', { token });
    return { token: await this.login(email, 'correct-horse-battery'), id: reg.body.user.id };
  }

  /** The .eml files written for `to`, oldest first. */
  mailsTo(to: string): string[] {
    const safe = to.replace(/[^a-zA-Z0-9@._-]/g, '_');
    return fs
      .readdirSync(this.config.mailDir)
      .filter((f) => f.includes(`-${safe}-`))
      .sort()
      .map((f) => fs.readFileSync(path.join(this.config.mailDir, f), 'utf8'));
  }

  /** Waits for the worker to write the `n`-th message to `to`; returns its decoded text. */
  async waitForMail(to: string, n = 1, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const mails = this.mailsTo(to);
      if (mails.length >= n) return decodeEml(mails[n - 1]);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail #${n} to ${to} within ${timeoutMs} ms`);
  }

  /** Waits for a message to `to` containing `text` (the queue does not promise an order). */
  async waitForMailContaining(to: string, text: string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.mailsTo(to).map(decodeEml).find((m) => m.includes(text));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail to ${to} containing "${text}" within ${timeoutMs} ms`);
  }

  async query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    const c = new Client({ connectionString: this.databaseUrl });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  async idOf(table: 'municipalities', slug: string): Promise<string>;
  async idOf(table: 'users', email: string): Promise<string>;
  async idOf(table: string, key: string): Promise<string> {
    const col = table === 'users' ? 'email' : 'slug';
    const [row] = await this.query(`SELECT id FROM ${table} WHERE ${col} = $1`, [key]);
    if (!row) throw new Error(`${table} ${key} not found`);
    return row.id;
  }

  /**
   * Takes this app's database away as an outage would: every open connection is terminated
   * (57P01) and new ones are refused until the returned function gives it back.
   */
  async databaseOutage(): Promise<() => Promise<void>> {
    const admin = new Client({ connectionString: process.env.SABOR_TEST_ADMIN_URL! });
    await admin.connect();
    await admin.query(`ALTER DATABASE ${this.dbName} ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [this.dbName]);
    return async () => {
      await admin.query(`ALTER DATABASE ${this.dbName} ALLOW_CONNECTIONS true`);
      await admin.end();
    };
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.worker.stop();
    await this.queue.stop({ graceful: false, close: true });
    fs.rmSync(this.config.mailDir, { recursive: true, force: true });
    const admin = new Client({ connectionString: process.env.SABOR_TEST_ADMIN_URL! });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${this.dbName} WITH (FORCE)`);
    await admin.end();
  }
}

/** One leaf part of an .eml: its headers (unfolded) and its decoded bytes. */
export interface EmlPart {
  headers: string;
  contentType: string;
  body: Buffer;
}

/** The leaf parts of a (possibly multipart) .eml, in order; the message itself when not multipart. */
export function emlParts(eml: string): EmlPart[] {
  const [head, ...rest] = eml.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const body = rest.join('\n\n');
  const contentType = (/^Content-Type: ([^;\s]+)/im.exec(headers)?.[1] ?? 'text/plain').toLowerCase();
  const boundary = /boundary="?([^";\s]+)"?/i.exec(headers)?.[1];
  if (contentType.startsWith('multipart/') && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .flatMap((p) => emlParts(p.replace(/^\r?\n/, '')));
  }
  if (/Content-Transfer-Encoding: base64/i.test(headers)) return [{ headers, contentType, body: Buffer.from(body.replace(/\s+/g, ''), 'base64') }];
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return [{ headers, contentType, body: Buffer.from(bytes, 'latin1') }];
  }
  return [{ headers, contentType, body: Buffer.from(body, 'utf8') }];
}

/** The subject and the text part of a nodemailer .eml (quoted-printable or base64, multipart or not). */
export function decodeEml(eml: string): string {
  const [head] = eml.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const rawSubject = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? '';
  const subject = rawSubject
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
  const parts = emlParts(eml);
  const text = parts.find((p) => p.contentType === 'text/plain') ?? parts[0];
  return `${subject}\n${text.body.toString('utf8')}`;
}
