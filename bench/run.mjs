#!/usr/bin/env node
// `npm run bench`: starts the built server on a fresh embedded PostgreSQL, loads a consultation of
// 100,000 answered proposals, and measures from this process over 127.0.0.1:
//   1. comment submissions through the full API path vs. raw PostgreSQL inserting the same rows;
//   2. the first page and page 500 of the contributions list vs. the raw keyset query;
//   3. the справка of 100,000 proposals as CSV and as PDF: time and the server's peak memory;
//   4. the report of a form with 1,000,000 answers across 10 questions (API vs. the raw SQL
//      aggregate), and the raw CSV export of 250,000 responses: time and memory.
// Prints a table and writes bench/results/latest.json. See docs/performance.md.
//
// Knobs (environment): BENCH_DURATION (s per write run, 15), BENCH_CONNECTIONS (100),
// BENCH_SERVER_WARMUP (s of load before a fresh server process is measured, 20),
// BENCH_READ_DURATION (s per read run, 8), BENCH_READ_CONNECTIONS (10), BENCH_ROWS (100000),
// BENCH_PDF_TIMEOUT (s, 240); BENCH_STATEMENTS=1 adds raw replays of variants of the API's
// statement sequence (about 50 s more; lib/variants.mjs). BENCH_FORM_RESPONSES (100000: × 10
// questions = 1,000,000 answers), BENCH_EXPORT_RESPONSES (250000); BENCH_PARTS picks parts
// (firstload,submissions,pages,reports,forms: all by default; firstload is bench/pages-load.mjs).
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cannon, loop } from './lib/load.mjs';
import { cpuMeter, memoryOf, round1, rssSampler } from './lib/proc.mjs';
import { freePort, startServer } from './lib/server.mjs';
import { pgbouncerVersion, startPgbouncer } from './lib/pgbouncer.mjs';
import { measurePages } from './pages-load.mjs';
import { connectInspector, liveHeapProbe } from './lib/inspector.mjs';
import { EXPORT_BATCH, EXPORT_QUESTIONS, REPORT_QUESTIONS, REPORT_SQL, createForm, loadAnswers } from './lib/forms.mjs';
import { setup, api, login, sessionTokens as sessionTokensFor } from './lib/setup.mjs';
import { API_SEQUENCE, INSERT_CONTRIBUTION, insertParams, listPage, namedRaw, reportBatch, submissionItems } from './lib/sql.mjs';
import { statementVariants } from './lib/variants.mjs';

const env = (name, fallback) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number`);
  return v;
};
const CFG = {
  duration: env('BENCH_DURATION', 15),
  connections: env('BENCH_CONNECTIONS', 100),
  readDuration: env('BENCH_READ_DURATION', 8),
  readConnections: env('BENCH_READ_CONNECTIONS', 10),
  rows: env('BENCH_ROWS', 100_000),
  pdfTimeout: env('BENCH_PDF_TIMEOUT', 240),
  formResponses: env('BENCH_FORM_RESPONSES', 100_000),
  exportResponses: env('BENCH_EXPORT_RESPONSES', 250_000),
  warmup: 3,
  // a freshly started server process takes 20–25 s of load to reach its steady rate (V8 optimises
  // the request path gradually: 973, 1,068, 1,173, 1,189 a second in four 8-second runs one after
  // another, docs/performance.md, fifth run), so its first write run is preceded by this much
  serverWarmup: env('BENCH_SERVER_WARMUP', 20),
  dbPool: 10, // the server's DB_POOL_SIZE default: the raw baselines get the same number of connections
  page: 500,
  pageSize: 20,
};
// A Tuesday morning in Sofia, so the deadlines computed at publication are ordinary ones.
if (CFG.rows < CFG.page * CFG.pageSize) throw new Error(`BENCH_ROWS must be at least ${CFG.page * CFG.pageSize} (page ${CFG.page} of ${CFG.pageSize})`);
const FAKE_NOW = '2026-03-03T10:00:00+02:00';
const JWT_SECRET = randomBytes(32).toString('hex');
const RESULTS = path.join(import.meta.dirname, 'results', 'latest.json');
const PARTS = new Set((process.env.BENCH_PARTS ?? 'firstload,submissions,pages,reports,forms').split(',').map((p) => p.trim()));

const log = (...a) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let server;
/** server processes that have had their first warm-up */
const warmServers = new Set();
/** further server processes and PgBouncers of the scaling rows, stopped with the rest */
let extras = [];
const sessionTokens = (db, userIds) => sessionTokensFor(db, userIds, JWT_SECRET);
const SERVER_ENV = { JWT_SECRET, RATE_LIMIT_CONTRIBUTIONS_PER_ACCOUNT: '1000000000' };
let pools = [];
let cleaning;
async function cleanup() {
  cleaning ??= (async () => {
    for (const p of pools) await p.end().catch(() => undefined);
    pools = [];
    await sleep(200); // pg's end() returns before the sockets are closed
    for (const x of extras) await x.stop().catch((e) => log('stop failed:', e.message));
    extras = [];
    if (server) {
      log('stopping the server and its database');
      await server.stop().catch((e) => log('stop failed:', e.message));
    }
  })();
  return cleaning;
}
process.on('uncaughtException', (e) => {
  console.error(e);
  process.exitCode = 1;
  void cleanup().finally(() => process.exit(1));
});
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    log(`${sig}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

function pool(max) {
  const p = new pg.Pool({ connectionString: server.databaseUrl, max });
  // an idle connection closed by the server's shutdown is not an error of the benchmark
  p.on('error', (e) => log('pool:', e.message));
  pools.push(p);
  return p;
}

/** Runs `fn` while counting CPU per process; adds `cpu` to its result. */
async function metered(fn, { raw = false, pids = null } = {}) {
  const m = cpuMeter({ serverPid: pids ?? server.pid, postmasterPid: server.postmasterPid() });
  const result = await fn();
  const cpu = m.stop();
  const ours = (cpu.server ?? 0) + (cpu.postgres ?? 0) + cpu.loadgen;
  // CPU time per unit of work of everything but the HTTP load generator: server + PostgreSQL for
  // the API, PostgreSQL + the pg client (which stands in for the server) for the raw runs
  const work = raw ? (cpu.postgres ?? 0) + cpu.loadgen : (cpu.server ?? 0) + (cpu.postgres ?? 0);
  const cpuMsPerOp = result.perSecond ? Math.round((work * 10 * 100) / result.perSecond) / 100 : null;
  return { ...result, cpu: { ...cpu, other: cpu.machine === null ? null : Math.max(0, cpu.machine - ours) }, cpuMsPerOp };
}

async function machine(db) {
  const [{ version }] = (await db.query('SELECT version()')).rows;
  const settings = {};
  for (const name of ['fsync', 'synchronous_commit', 'wal_sync_method', 'shared_buffers', 'max_connections']) settings[name] = (await db.query(`SHOW ${name}`)).rows[0][name];
  return {
    date: new Date().toISOString(),
    cpu: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: version.split(' on ')[0],
    postgresSettings: settings,
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    command: 'npm run bench',
    config: CFG,
  };
}

// ---------------------------------------------------------------- 1. submissions

async function submissions(ctx, db) {
  const { open, openLong, citizen, citizenId } = ctx;
  const run = Date.now().toString(36);
  const body = (tag) => JSON.stringify({ kind: 'comment', body: `${tag}: Предлагам зоната за платено паркиране да не обхваща улиците около училищата.`, publishName: false });
  let key = 0;
  const apiRequest = (tag, token, consultationId = open.id) => ({
    method: 'POST',
    path: `/api/consultations/${consultationId}/contributions`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body(tag),
    setup: (req) => {
      req.headers = { ...req.headers, 'idempotency-key': `${run}-${tag}-${++key}` };
      return req;
    },
  });

  const apiRun_ = async (consultation, tag) => {
    // the citizen's first contribution makes them "participant 1"; after that every submission
    // is a participant's next one (the new-participant path is measured apart below)
    const first = await api(server.url, 'POST', `/api/consultations/${consultation.id}/contributions`, { token: citizen, body: JSON.parse(body('first')), headers: { 'idempotency-key': `${run}-first-${tag}` } });
    if (first.status !== 201) throw new Error(`first contribution: ${first.status} ${first.text}`);
    const warmup = warmServers.has(server.pid) ? CFG.warmup : CFG.serverWarmup;
    warmServers.add(server.pid);
    log(`API (${consultation.draft.chars} characters of draft): warm-up ${warmup} s, then ${CFG.duration} s at ${CFG.connections} connections`);
    await cannon(server.url, { connections: CFG.connections, duration: warmup, request: apiRequest(`${tag}warm`, citizen, consultation.id) });
    const r = await metered(() => cannon(server.url, { connections: CFG.connections, duration: CFG.duration, request: apiRequest(tag, citizen, consultation.id) }));
    r.stored = Number((await db.query(`SELECT count(*) FROM contributions WHERE consultation_id = $1 AND body LIKE $2`, [consultation.id, `${tag}:%`])).rows[0].count);
    r.draftCharacters = consultation.draft.chars;
    r.consultationRowBytes = Number(consultation.draft.bytes);
    return r;
  };
  const apiRun = await apiRun_(open, 'api');

  log(`raw PostgreSQL: the same INSERT, pool of ${CFG.dbPool}, ${CFG.connections} in flight, ${CFG.duration} s`);
  const raw = pool(CFG.dbPool);
  const insert = (tag) => () => raw.query(namedRaw('raw_insert', INSERT_CONTRIBUTION, insertParams(open.id, citizenId, `${tag}: Предлагам зоната за платено паркиране да не обхваща улиците около училищата.`, new Date())));
  await loop({ inFlight: CFG.connections, duration: CFG.warmup, work: insert('rawwarm') });
  const rawRun = await metered(() => loop({ inFlight: CFG.connections, duration: CFG.duration, work: insert('raw') }), { raw: true });
  rawRun.stored = Number((await db.query(`SELECT count(*) FROM contributions WHERE consultation_id = $1 AND body LIKE 'raw:%'`, [open.id])).rows[0].count);

  log(`raw PostgreSQL: the API's ${Object.keys(API_SEQUENCE).length} named statements per submission, each alone, same pool, ${CFG.duration} s`);
  const citizenSid = JSON.parse(Buffer.from(citizen.split('.')[1], 'base64url').toString('utf8')).sid;
  const seqBody = 'seq: Предлагам зоната за платено паркиране да не обхваща улиците около училищата.';
  const named = (key, values) => namedRaw(`bench_${key}`, API_SEQUENCE[key], values);
  // the answer the server stores under the key: this shape and about this size
  const answer = { can: { inspect: false, support: true, flag: true, moderate: false, answer: false }, id: randomUUID(), consultationId: open.id, sectionId: null, sectionRef: null, parentId: null, kind: 'comment', body: seqBody, lang: 'bg', author: { name: 'Участник', organization: null }, channel: 'online', receivedAt: new Date().toISOString(), supportCount: 0, supportedByMe: false, mine: true, hidden: false, hiddenReason: null, response: null };
  // each submission alone, a batch of one, as a quiet server sends it (no group commit)
  const sequence = (i) => async () => {
    const now = new Date();
    await raw.query(named('user', [[citizenId], [citizenSid]]));
    const window = new Date(Math.floor(now.getTime() / 600_000) * 600_000);
    const items = submissionItems([
      {
        id: randomUUID(), consultationId: open.id, sectionId: null, parentId: null, kind: 'comment', body: seqBody, lang: 'bg', authorId: citizenId, authorName: 'Иван Петров',
        organizationId: null, organizationName: null, publishName: false, receivedAt: now, rate: { key: `contribution:${citizenId}`, window, limit: 1_000_000_000 },
        idempotency: { userId: citizenId, key: `${run}-seq-${i}`, fingerprint: 'f'.repeat(64), status: 201 }, answer, answerNamePrefix: 'Участник',
      },
    ]);
    const [r] = (await raw.query(named('submit', [items]))).rows;
    if (r.item_outcome !== 'created') throw new Error(`submit: ${r.item_outcome}`);
  };
  let seqN = 0;
  const seqRun = await metered(() => loop({ inFlight: CFG.connections, duration: CFG.duration, work: () => sequence(seqN++)() }), { raw: true });

  const variants = [];
  if (process.env.BENCH_STATEMENTS) {
    for (const [name, work] of Object.entries(statementVariants({ pool: raw, consultationId: open.id, userId: citizenId, run }))) {
      log(`variant: ${name.trim()}, 8 s`);
      await loop({ inFlight: CFG.connections, duration: 2, work });
      variants.push({ name, ...(await metered(() => loop({ inFlight: CFG.connections, duration: 8, work }), { raw: true })) });
    }
  }

  // every submission from someone not yet a participant: the viral case
  log(`API, every submission from a new participant: ${CFG.duration} s`);
  const accounts = Math.max(20_000, Math.ceil(CFG.duration * 3000));
  const ids = (
    await db.query(
      `INSERT INTO users (email, display_name, locale, email_verified_at) SELECT 'bench' || i || '@example.org', 'Участник ' || i, 'bg', now() FROM generate_series(1, $1::int) i RETURNING id`,
      [accounts],
    )
  ).rows.map((r) => r.id);
  const tokens = await sessionTokens(db, ids);
  let next = 0;
  const fresh = apiRequest('new', tokens[0]);
  const setupSame = fresh.setup;
  fresh.setup = (req) => {
    req = setupSame(req);
    req.headers.authorization = `Bearer ${tokens[next++ % tokens.length]}`;
    return req;
  };
  const newRun = await metered(() => cannon(server.url, { connections: CFG.connections, duration: CFG.duration, request: fresh }));
  newRun.accountsUsed = Math.min(next, tokens.length);
  newRun.reusedAccounts = next > tokens.length;
  newRun.stored = Number((await db.query(`SELECT count(*) FROM contributions WHERE consultation_id = $1 AND body LIKE 'new:%'`, [open.id])).rows[0].count);

  const longRun = await apiRun_(openLong, 'long');
  const scaling = await scalingRows(ctx, db, apiRequest);

  return { ...scaling, api: apiRun, raw: rawRun, ratio: round2(apiRun.perSecond / rawRun.perSecond), rawApiSequence: seqRun, statementVariants: variants, apiNewParticipants: newRun, apiLongDraft: longRun };
}

const round2 = (x) => Math.round(x * 100) / 100;

/**
 * The same submissions (one account, a fresh key each) through other deployments on the same
 * database: two server processes behind a round robin (autocannon spreads its connections over
 * both URLs), one process behind PgBouncer in transaction mode, and — when that PgBouncer cannot
 * keep named statements — one process sending unnamed statements directly, to tell the two
 * effects apart. On two shared cores the second instance shows correctness and the cost of
 * sharing the cores, not a speed-up.
 */
async function scalingRows(ctx, db, apiRequest) {
  const out = {};
  const stored = async (tag) => Number((await db.query(`SELECT count(*) FROM contributions WHERE consultation_id = $1 AND body LIKE $2`, [ctx.open.id, `${tag}:%`])).rows[0].count);
  const runOn = async (urls, tag, pids) => {
    // each is a freshly started server process
    await cannon(urls, { connections: CFG.connections, duration: CFG.serverWarmup, request: apiRequest(`${tag}warm`, ctx.citizen) });
    const r = await metered(() => cannon(urls, { connections: CFG.connections, duration: CFG.duration, request: apiRequest(tag, ctx.citizen) }), { pids });
    r.stored = await stored(tag);
    // nothing lost: every answered submission is stored (a few more may be, still in flight at the stop)
    r.lost = Math.max(0, r.ok - r.stored);
    return r;
  };
  const start = async (database, env = {}) => {
    const s = await startServer({ fakeNow: FAKE_NOW, env: { ...SERVER_ENV, ...env }, log, database });
    extras.push(s);
    return s;
  };
  const stop = async (x) => {
    await x.stop();
    extras = extras.filter((e) => e !== x);
  };

  log(`API, two instances on one database, round robin: ${CFG.duration} s`);
  const second = await start({ url: server.databaseUrl });
  out.apiTwoInstances = await runOn([server.url, second.url], 'two', [server.pid, second.pid]);
  await stop(second);

  const version = pgbouncerVersion();
  if (!version) {
    log('PgBouncer not installed: no PgBouncer row');
    return out;
  }
  // server connections for the instance's request pool and pg-boss (4). (Until the submission became
  // one statement, a request held its transaction's connection while a statement of it waited for a
  // side connection: a PgBouncer pool no larger than DB_POOL_SIZE then stalled under load.)
  const bouncer = await startPgbouncer({ databaseUrl: server.databaseUrl, poolSize: CFG.dbPool + 4, log });
  extras.push(bouncer);
  const unnamed = bouncer.keepsPrepared ? {} : { DB_NAMED_STATEMENTS: 'false' };
  // LISTEN needs a session: the instance listens on a direct connection
  const behind = await start({ url: bouncer.url, listenUrl: server.databaseUrl }, unnamed);
  log(`API behind PgBouncer ${version} (transaction mode): ${CFG.duration} s`);
  out.apiPgbouncer = await runOn(behind.url, 'pgb', [behind.pid, bouncer.pid]);
  out.apiPgbouncer.pgbouncer = { version, namedStatements: bouncer.keepsPrepared };
  await stop(behind);
  await stop(bouncer);
  if (!bouncer.keepsPrepared) {
    log(`API, one instance sending unnamed statements (as behind PgBouncer ${version}): ${CFG.duration} s`);
    const plain = await start({ url: server.databaseUrl }, { DB_NAMED_STATEMENTS: 'false' });
    out.apiUnnamed = await runOn(plain.url, 'unn', [plain.pid]);
    await stop(plain);
  }
  return out;
}

// ---------------------------------------------------------------- 2. pages

async function pages(ctx, db) {
  const { large } = ctx;
  const base = `/api/consultations/${large.id}/contributions?limit=${CFG.pageSize}`;
  // the cursor of page N: follow nextCursor N−1 times, as a reader paging through would
  log(`walking to page ${CFG.page}`);
  let cursor = null;
  const walkStart = performance.now();
  for (let i = 1; i < CFG.page; i++) {
    const r = await api(server.url, 'GET', cursor ? `${base}&cursor=${cursor}` : base);
    if (r.status !== 200 || !r.body.nextCursor) throw new Error(`page ${i}: ${r.status} ${r.text.slice(0, 200)}`);
    cursor = r.body.nextCursor;
  }
  const walkMs = (performance.now() - walkStart) / (CFG.page - 1);
  const pageUrl = `${base}&cursor=${cursor}`;
  const check = await api(server.url, 'GET', pageUrl);
  const [afterAt, afterId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  // the 20 rows the raw query must give for page 500, by position
  const expected = (await db.query(`SELECT id FROM contributions WHERE consultation_id = $1 ORDER BY received_at DESC, id DESC OFFSET $2 LIMIT $3`, [large.id, (CFG.page - 1) * CFG.pageSize, CFG.pageSize])).rows.map((r) => r.id);
  const pageOk = check.status === 200 && check.body.items.length === CFG.pageSize && check.body.items.every((it, i) => it.id === expected[i]);
  if (!pageOk) throw new Error(`page ${CFG.page} is not rows ${(CFG.page - 1) * CFG.pageSize + 1}–${CFG.page * CFG.pageSize}`);

  const raw = pool(CFG.readConnections);
  const rawFirst = () => raw.query(namedRaw('raw_first_page', listPage(false), [large.id, CFG.pageSize + 1]));
  const rawDeep = () => raw.query(namedRaw('raw_deep_page', listPage(true), [large.id, afterAt, afterId, CFG.pageSize + 1]));
  const rawRows = (await rawDeep()).rows.slice(0, CFG.pageSize).map((r) => r.id);
  if (rawRows.join() !== expected.join()) throw new Error('the raw page-500 query does not give the same rows');
  const plan = (await db.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF) ${listPage(true)}`, [large.id, afterAt, afterId, CFG.pageSize + 1])).rows.map((r) => r['QUERY PLAN']);

  const out = { pageSize: CFG.pageSize, connections: CFG.readConnections, walkMsPerPage: round1(walkMs), planPage500: plan };
  for (const [name, url, rawWork] of [
    ['first', base, rawFirst],
    [`page${CFG.page}`, pageUrl, rawDeep],
  ]) {
    log(`GET ${name}: ${CFG.readDuration} s at ${CFG.readConnections} connections, then the raw query`);
    await cannon(server.url, { connections: CFG.readConnections, duration: 2, request: { path: url } });
    const apiRun = await metered(() => cannon(server.url, { connections: CFG.readConnections, duration: CFG.readDuration, request: { path: url } }));
    await loop({ inFlight: CFG.readConnections, duration: 1, work: rawWork });
    const rawRun = await metered(() => loop({ inFlight: CFG.readConnections, duration: CFG.readDuration, work: rawWork }), { raw: true });
    out[name] = { api: apiRun, raw: rawRun, ratio: round2(apiRun.perSecond / rawRun.perSecond) };
  }
  return out;
}

// ---------------------------------------------------------------- 3. reports

async function download(url, { timeoutSeconds, onChunk = () => {}, headers = {} }) {
  const sampler = rssSampler(server.pid, 50);
  const t0 = performance.now();
  let ttfb = null;
  let bytes = 0;
  let head = Buffer.alloc(0);
  let tail = Buffer.alloc(0);
  let error = null;
  let status = null;
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), timeoutSeconds * 1000);
  try {
    const res = await fetch(server.url + url, { signal: ac.signal, headers });
    status = res.status;
    ttfb = performance.now() - t0;
    for await (const chunk of res.body) {
      bytes += chunk.length;
      if (head.length < 16) head = Buffer.concat([head, chunk]).subarray(0, 16);
      tail = Buffer.concat([tail, chunk]).subarray(-16);
      onChunk(chunk);
    }
  } catch (e) {
    error = ac.signal.aborted ? `timed out after ${timeoutSeconds} s` : String(e.cause?.message ?? e.message);
  } finally {
    clearTimeout(timer);
  }
  const seconds = (performance.now() - t0) / 1000;
  const memory = sampler.stop();
  const alive = memoryOf(server.pid).rss > 0;
  return { status, seconds: round2(seconds), ttfbMs: ttfb === null ? null : Math.round(ttfb), megabytes: round1(bytes / 1e6), head: head.toString('latin1'), tail: tail.toString('latin1'), memory, error, serverAlive: alive };
}

/** A fresh server process on the same data, so its memory is not what the load before left. */
async function freshServer() {
  for (const p of pools) await p.end().catch(() => undefined);
  pools = [];
  await sleep(200);
  // with the inspector on loopback, to read the live heap (lib/inspector.mjs)
  const inspectPort = await freePort();
  const next = await server.restart({ extraNodeArgs: [`--inspect=127.0.0.1:${inspectPort}`] });
  next.inspectPort = inspectPort;
  server = next;
  await sleep(2000); // let start-up settle before the baseline is taken
}

/**
 * The same download again on the same (now warm) server, with the live heap probed every 0.25 s
 * (1 s for the PDF)
 * (forced GC + heap in use): what the server retains while it streams. Slower than the timed run.
 */
async function liveHeapDuring(url, timeoutSeconds, everyMs = 250, headers = {}) {
  const inspector = await connectInspector(server.inspectPort);
  try {
    const beforeMiB = await inspector.liveHeapMiB();
    const probe = liveHeapProbe(inspector, everyMs);
    const d = await download(url, { timeoutSeconds, headers });
    const series = await probe.stop();
    const afterMiB = d.serverAlive ? await inspector.liveHeapMiB() : null;
    const end = d.seconds * 1000;
    const at = (f) => round1(series.find(([t]) => t >= f * end)?.[1] ?? series.at(-1)?.[1] ?? NaN);
    return {
      beforeMiB: round1(beforeMiB),
      quartersMiB: [at(0.25), at(0.5), at(0.75), round1(series.at(-1)?.[1] ?? NaN)],
      maxMiB: round1(Math.max(...series.map(([, v]) => v))),
      afterMiB: afterMiB === null ? null : round1(afterMiB),
      probes: series.length,
      seconds: d.seconds,
      ok: d.status === 200 && !d.error,
    };
  } finally {
    inspector.close();
  }
}

async function reports(ctx, db) {
  const { large } = ctx;
  const out = { rows: CFG.rows };

  // the same keyset batches the server reads, from a bare client: the floor under both formats
  log('raw: reading the справка rows in the server’s batches');
  const t0 = performance.now();
  let n = 0;
  let after = null;
  for (;;) {
    const params = after ? [large.id, 2000, after[0], after[1]] : [large.id, 2000];
    const { rows } = await db.query(reportBatch(Boolean(after)), params);
    n += rows.length;
    if (rows.length < 2000) break;
    after = [rows[rows.length - 1].received_at, rows[rows.length - 1].id];
  }
  out.rawRead = { rows: n, seconds: round2((performance.now() - t0) / 1000) };

  await freshServer();
  log('GET report.csv (fresh server process), then again probing the live heap');
  let lines = 0;
  const csv = await metered(() =>
    download(`/api/consultations/${large.id}/report.csv`, {
      timeoutSeconds: 120,
      onChunk: (c) => {
        for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) lines++;
      },
    }),
  );
  csv.rows = lines - 1; // the header line
  csv.rowsPerSecond = Math.round(csv.rows / csv.seconds);
  csv.valid = csv.status === 200 && csv.rows === CFG.rows && csv.head.startsWith('\xEF\xBB\xBF');
  csv.liveHeap = await liveHeapDuring(`/api/consultations/${large.id}/report.csv`, 120);
  out.csv = csv;

  // the same справка as the JSON the report page reads: built as one document, not streamed
  await freshServer();
  log('GET report (JSON; fresh server process), then again probing the live heap');
  const json = await metered(() => download(`/api/consultations/${large.id}/report`, { timeoutSeconds: 120 }));
  json.valid = json.status === 200 && json.head.startsWith('{') && json.tail.trimEnd().endsWith('}');
  json.rowsPerSecond = json.valid ? Math.round(CFG.rows / json.seconds) : null;
  json.liveHeap = await liveHeapDuring(`/api/consultations/${large.id}/report`, 120);
  out.json = json;

  await freshServer();
  log(`GET report.pdf (fresh server process; up to ${CFG.pdfTimeout} s)`);
  const pdf = await metered(() => download(`/api/consultations/${large.id}/report.pdf`, { timeoutSeconds: CFG.pdfTimeout }));
  pdf.valid = pdf.status === 200 && pdf.head.startsWith('%PDF-') && pdf.tail.includes('%%EOF');
  pdf.rowsPerSecond = pdf.valid ? Math.round(CFG.rows / pdf.seconds) : null;
  if (!pdf.serverAlive) pdf.error = `${pdf.error ?? ''} — the server died during the download`.trim();
  else {
    log('GET report.pdf again, probing the live heap');
    pdf.liveHeap = await liveHeapDuring(`/api/consultations/${large.id}/report.pdf`, CFG.pdfTimeout, 1000);
  }
  out.pdf = pdf;
  return out;
}


// ---------------------------------------------------------------- 4. forms

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function forms(db) {
  // freshServer() ends every pool: take a new one after it
  const out = { reportResponses: CFG.formResponses, exportResponses: CFG.exportResponses };
  const officer = await login(server.url, 'officer@haskovo.sabor.example');
  const [{ id: officerId }] = (await db.query(`SELECT id FROM users WHERE email = 'officer@haskovo.sabor.example'`)).rows;
  const [officerToken] = await sessionTokens(db, [officerId]);
  const auth = { authorization: `Bearer ${officerToken}` };
  log(`loading a form of ${CFG.formResponses.toLocaleString('en')} responses × ${REPORT_QUESTIONS.length} questions and one of ${CFG.exportResponses.toLocaleString('en')} responses (generate_series)`);
  const t0 = performance.now();
  const reportForm = await createForm(server.url, officer, 'Бенчмарк: отчет от 1 000 000 отговора', REPORT_QUESTIONS);
  await loadAnswers(db, reportForm, REPORT_QUESTIONS, CFG.formResponses);
  const exportForm = await createForm(server.url, officer, 'Бенчмарк: износ на 250 000 отговора', EXPORT_QUESTIONS);
  await loadAnswers(db, exportForm, EXPORT_QUESTIONS, CFG.exportResponses);
  await db.query('VACUUM ANALYZE form_responses');
  await db.query('VACUUM ANALYZE form_answers');
  out.seedSeconds = round1((performance.now() - t0) / 1000);
  const [counts] = (await db.query(`SELECT count(DISTINCT (response_id, question_key))::int AS answers, count(*)::int AS rows FROM form_answers WHERE form_id = $1`, [reportForm])).rows;
  out.answers = counts.answers;
  out.answerRows = counts.rows;
  const [size] = (await db.query(`SELECT pg_total_relation_size('form_answers') AS answers, pg_total_relation_size('form_responses') AS responses`)).rows;
  out.tableMiB = { answers: round1(size.answers / 2 ** 20), responses: round1(size.responses / 2 ** 20) };

  // raw: the report's three statements from a bare client, after one warm-up
  const textKeys = REPORT_QUESTIONS.filter((q) => q.type.endsWith('_text')).map((q) => q.key);
  const rawReport = async () => {
    const t = performance.now();
    await db.query(REPORT_SQL.count, [reportForm]);
    const aggregates = await db.query(REPORT_SQL.aggregates, [reportForm]);
    await db.query(REPORT_SQL.texts, [reportForm, textKeys, 500]);
    return { ms: performance.now() - t, rows: aggregates.rows.length };
  };
  log('raw: the report’s three statements, 1 warm-up and 3 timed runs');
  await rawReport();
  const raws = [];
  for (let i = 0; i < 3; i++) raws.push(await rawReport());
  out.rawReport = { medianMs: Math.round(median(raws.map((r) => r.ms))), runsMs: raws.map((r) => Math.round(r.ms)), aggregateRows: raws[0].rows };
  out.plans = {};
  for (const [name, sql, params] of [
    ['aggregates', REPORT_SQL.aggregates, [reportForm]],
    ['sortedMedian (before)', REPORT_SQL.sortedMedian, [reportForm]],
    ['texts', REPORT_SQL.texts, [reportForm, textKeys, 500]],
  ]) {
    out.plans[name] = (await db.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']);
  }

  await freshServer();
  log('GET /api/forms/:id/report (fresh server process), 3 more timed runs, then again probing the live heap');
  const url = `/api/forms/${reportForm}/report`;
  const first = await metered(() => download(url, { timeoutSeconds: 120, headers: auth }));
  const warm = [];
  for (let i = 0; i < 3; i++) warm.push(await download(url, { timeoutSeconds: 120, headers: auth }));
  const check = await api(server.url, 'GET', url, { token: officerToken });
  const q1 = check.body?.questions?.find((q) => q.key === 'q1');
  // answers leave the inbox in whole groups (issue 10): up to a group's worth (the form's
  // minGroupSize, 5) still waits for the next answer or the form's close, and is not yet counted
  first.heldBack = CFG.formResponses - check.body?.responses;
  first.valid = check.status === 200 && first.heldBack >= 0 && first.heldBack <= 5 && q1?.n === check.body.responses;
  first.warmSecondsMedian = median(warm.map((w) => w.seconds));
  first.warmSeconds = warm.map((w) => w.seconds);
  first.liveHeap = await liveHeapDuring(url, 120, 50, auth);
  out.apiReport = first;

  await freshServer();
  log(`GET /api/forms/:id/responses.csv of ${CFG.exportResponses.toLocaleString('en')} responses (fresh server process), then again probing the live heap`);
  let lines = 0;
  const csvUrl = `/api/forms/${exportForm}/responses.csv`;
  const csv = await metered(() =>
    download(csvUrl, {
      timeoutSeconds: 300,
      headers: auth,
      onChunk: (c) => {
        for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) lines++;
      },
    }),
  );
  csv.rows = lines - 1;
  csv.rowsPerSecond = Math.round(csv.rows / csv.seconds);
  csv.heldBack = CFG.exportResponses - csv.rows; // the last group short of minGroupSize, as above
  csv.valid = csv.status === 200 && csv.heldBack >= 0 && csv.heldBack <= 5 && csv.head.startsWith('\xEF\xBB\xBF');
  csv.liveHeap = await liveHeapDuring(csvUrl, 300, 250, auth);
  out.csv = csv;

  log('raw: the export’s batches of 2,000 from a bare client');
  db = pool(2);
  const t1 = performance.now();
  let n = 0;
  let after = null;
  for (;;) {
    const { rows } = await db.query(EXPORT_BATCH.responses(Boolean(after)), after ? [exportForm, 2000, after] : [exportForm, 2000]);
    if (!rows.length) break;
    await db.query(EXPORT_BATCH.answers, [rows.map((r) => r.id)]);
    n += rows.length;
    if (rows.length < 2000) break;
    after = rows[rows.length - 1].id;
  }
  out.rawExport = { rows: n, seconds: round2((performance.now() - t1) / 1000) };
  return out;
}

// ---------------------------------------------------------------- table

function table(r) {
  const L = [];
  const pad = (s, n) => String(s ?? '–').padEnd(n);
  const num = (s, n) => String(s ?? '–').padStart(n);
  const cpu = (c) => (c ? `${c.server ?? '–'}/${c.postgres ?? '–'}/${c.loadgen}/${c.other ?? '–'}` : '');
  const m = r.machine;
  L.push('', `Sabor benchmark — ${m.date.slice(0, 16).replace('T', ' ')} UTC — ${m.cpu}, ${m.memoryGiB} GiB, ${m.node}, ${m.postgres} (embedded; fsync=${m.postgresSettings.fsync}, synchronous_commit=${m.postgresSettings.synchronous_commit})`);
  L.push(`CPU %: share of one core used by server / PostgreSQL / load generator (this process) / everything else on the machine (2 cores = 200 %).`);
  L.push(`CPU ms per row or page: server + PostgreSQL for the API; PostgreSQL + the pg client for raw runs (the load generator left out).`);
  const s = r.submissions;
  if (s) {
    L.push('', `1. Comment submissions — ${CFG.connections} concurrent clients, ${CFG.duration} s each`);
    L.push(`   into an open consultation whose draft has ${s.api.draftCharacters.toLocaleString('en')} characters (the last row: ${s.apiLongDraft.draftCharacters.toLocaleString('en')}); one account, a fresh Idempotency-Key each`);
    L.push(`   ${pad('', 58)}${num('rows/s', 8)}${num('p50 ms', 9)}${num('p99 ms', 9)}${num('failed', 8)}${num('CPU ms/row', 12)}   CPU % srv/pg/gen/other`);
    const row = (label, x) => L.push(`   ${pad(label, 58)}${num(x.perSecond, 8)}${num(x.p50, 9)}${num(x.p99, 9)}${num(x.failed, 8)}${num(x.cpuMsPerOp, 12)}   ${cpu(x.cpu)}`);
    row('API: POST …/contributions (JWT, validation, Idempotency-Key)', s.api);
    row(`raw PostgreSQL: the same INSERT (pg pool ${CFG.dbPool})`, s.raw);
    L.push(`   ${pad('ratio API / raw', 58)}${num(s.ratio, 8)}        (target ≥ 0.25 and p99 < 100 ms since 2026-12; first set at 0.5 and 50 ms)`);
    row(`raw PostgreSQL: the API's ${Object.keys(API_SEQUENCE).length} named statements, each alone (pool ${CFG.dbPool})`, s.rawApiSequence);
    for (const v of s.statementVariants) row(v.name, v);
    row('API, every submission from a new participant', s.apiNewParticipants);
    L.push(`   ${pad('ratio new participants / returning', 58)}${num(round2(s.apiNewParticipants.perSecond / s.api.perSecond), 8)}        (target ≥ 0.8)`);
    row(`API, into a consultation with a ${Math.round(s.apiLongDraft.draftCharacters / 1000)},000-character draft`, s.apiLongDraft);
    const lost = (x) => (x.lost ? ` — ${x.lost} answered but not stored!` : '');
    if (s.apiTwoInstances) row(`API, two instances, round robin (srv: both)${lost(s.apiTwoInstances)}`, s.apiTwoInstances);
    if (s.apiPgbouncer) row(`API behind PgBouncer ${s.apiPgbouncer.pgbouncer.version} (srv: + pgbouncer)${s.apiPgbouncer.pgbouncer.namedStatements ? '' : ', unnamed'}${lost(s.apiPgbouncer)}`, s.apiPgbouncer);
    if (s.apiUnnamed) row(`API, direct, unnamed statements (for comparison)${lost(s.apiUnnamed)}`, s.apiUnnamed);
  }
  const p = r.pages;
  if (p) {
    L.push('', `2. Contributions of a consultation with ${CFG.rows.toLocaleString('en')} — limit=${p.pageSize}, newest first, ${p.connections} concurrent clients, ${CFG.readDuration} s each`);
    L.push(`   ${pad('', 12)}${num('API req/s', 10)}${num('p50 ms', 8)}${num('p99 ms', 8)}${num('CPU ms', 8)}${num('raw q/s', 10)}${num('p50 ms', 8)}${num('p99 ms', 8)}${num('CPU ms', 8)}${num('ratio', 7)}   API CPU % srv/pg/gen/other`);
    for (const [label, k] of [
      ['first page', 'first'],
      [`page ${CFG.page}`, `page${CFG.page}`],
    ]) {
      const x = p[k];
      L.push(`   ${pad(label, 12)}${num(x.api.perSecond, 10)}${num(x.api.p50, 8)}${num(x.api.p99, 8)}${num(x.api.cpuMsPerOp, 8)}${num(x.raw.perSecond, 10)}${num(x.raw.p50, 8)}${num(x.raw.p99, 8)}${num(x.raw.cpuMsPerOp, 8)}${num(x.ratio, 7)}   ${cpu(x.api.cpu)}`);
    }
    L.push(`   walking pages 1→${CFG.page} one after another: ${p.walkMsPerPage} ms per page`);
  }
  const q = r.reports;
  if (q) {
    L.push('', `3. Справка of ${CFG.rows.toLocaleString('en')} answered proposals (one client)`);
    L.push(`   ${pad('', 6)}${num('time s', 8)}${num('rows/s', 9)}${num('MB', 7)}${num('TTFB ms', 9)}${num('RSS before', 12)}${num('peak', 7)}   live heap before → at ¼ ½ ¾ end of download   ok`);
    for (const k of ['csv', 'pdf', 'json']) {
      const x = q[k];
      const h = x.liveHeap;
      const heap = h ? `${Math.round(h.beforeMiB)} → ${h.quartersMiB.map(Math.round).join(' ')} MiB` : '–';
      L.push(`   ${pad(k === 'json' ? 'JSON*' : k.toUpperCase(), 6)}${num(x.seconds, 8)}${num(x.rowsPerSecond, 9)}${num(x.megabytes, 7)}${num(x.ttfbMs, 9)}${num(`${Math.round(x.memory.baselineMiB)} MiB`, 12)}${num(Math.round(x.memory.peakSampledMiB), 7)}   ${pad(heap, 42)}   ${x.valid ? 'yes' : `NO ${x.error ?? ''}`}`);
    }
    L.push(`   RSS: of the server process, fresh for each format. Live heap: JS heap in use after a forced GC, probed during a second download.`);
    L.push(`   * GET …/report, the JSON the report page reads: streamed in the same batches since 2026-11-26 (not asked for; shown for comparison)`);
    L.push(`   raw: the same rows read in the server's 2,000-row keyset batches: ${q.rawRead.seconds} s`);
  }
  const f = r.forms;
  if (f) {
    const heap = (h) => (h ? `${Math.round(h.beforeMiB)} → ${h.quartersMiB.map(Math.round).join(' ')} MiB (max ${Math.round(h.maxMiB)})` : '–');
    L.push('', `4. Forms — a report of ${f.answers.toLocaleString('en')} answers (${f.reportResponses.toLocaleString('en')} responses × 10 questions, ${f.answerRows.toLocaleString('en')} rows); loaded in ${f.seedSeconds} s`);
    L.push(`   ${pad('', 44)}${num('time s', 8)}${num('warm s', 8)}${num('RSS before', 12)}${num('peak', 7)}   live heap before → at ¼ ½ ¾ end   ok`);
    const a = f.apiReport;
    L.push(`   ${pad('API: GET /api/forms/:id/report (JSON)', 44)}${num(a.seconds, 8)}${num(a.warmSecondsMedian, 8)}${num(`${Math.round(a.memory.baselineMiB)} MiB`, 12)}${num(Math.round(a.memory.peakSampledMiB), 7)}   ${pad(heap(a.liveHeap), 36)}   ${a.valid ? 'yes' : `NO ${a.error ?? ''}`}`);
    L.push(`   ${pad('raw SQL: the same 3 statements (median of 3)', 44)}${num(round2(f.rawReport.medianMs / 1000), 8)}`);
    const c = f.csv;
    L.push('', `   Raw export of ${f.exportResponses.toLocaleString('en')} responses (4 questions)`);
    L.push(`   ${pad('', 44)}${num('time s', 8)}${num('rows/s', 9)}${num('MB', 7)}${num('RSS before', 12)}${num('peak', 7)}   RSS at ¼ ½ ¾ end · live heap`);
    L.push(`   ${pad('API: GET /api/forms/:id/responses.csv', 44)}${num(c.seconds, 8)}${num(c.rowsPerSecond, 9)}${num(c.megabytes, 7)}${num(`${Math.round(c.memory.baselineMiB)} MiB`, 12)}${num(Math.round(c.memory.peakSampledMiB), 7)}   ${c.memory.quartersMiB.map(Math.round).join(' ')} MiB · ${heap(c.liveHeap)}   ${c.valid ? 'yes' : `NO ${c.error ?? ''}`}`);
    L.push(`   ${pad('raw SQL: the same 2,000-row batches', 44)}${num(f.rawExport.seconds, 8)}${num(Math.round(f.rawExport.rows / f.rawExport.seconds), 9)}`);
  }
  L.push('');
  return L.join('\n');
}

// ---------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  // first: a phone's first load of the public pages, on a server of its own while nothing else runs
  const firstLoad = PARTS.has('firstload') ? await measurePages() : undefined;
  log(`starting the server (fresh embedded PostgreSQL, SABOR_FAKE_NOW=${FAKE_NOW})`);
  server = await startServer({ fakeNow: FAKE_NOW, env: SERVER_ENV, log });
  const db = pool(2);
  const results = { machine: await machine(db), firstLoad };
  if (['submissions', 'pages', 'reports'].some((p) => PARTS.has(p))) {
    log(`loading a consultation of ${CFG.rows.toLocaleString('en')} answered proposals`);
    const ctx = await setup(server.url, db, { fakeNow: FAKE_NOW, rows: CFG.rows });
    results.seedSeconds = round1(ctx.seedSeconds);
    if (PARTS.has('submissions')) results.submissions = await submissions(ctx, db);
    if (PARTS.has('pages')) results.pages = await pages(ctx, db);
    if (PARTS.has('reports')) results.reports = await reports(ctx, db);
  }
  if (PARTS.has('forms')) results.forms = await forms(pool(2));
  results.totalSeconds = Math.round((Date.now() - started) / 1000);
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(results));
  for (const [page, r] of Object.entries(firstLoad ?? {})) {
    console.log(`first load on a phone, ${page}: FCP ${r.fcpMs} ms, h1 ${r.headingMs} ms, load ${r.loadMs} ms, JS ${r.jsKB} kB in ${r.scripts} files`);
  }
  log(`results: ${path.relative(process.cwd(), RESULTS)}; ${results.totalSeconds} s in all`);
}

main()
  .catch((e) => {
    console.error(e);
    if (server) console.error(`--- server output (last 4 kB) ---\n${server.output().slice(-4000)}`);
    process.exitCode = 1;
  })
  .finally(cleanup);
