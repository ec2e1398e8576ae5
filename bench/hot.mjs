#!/usr/bin/env node
// The hot path alone, for iterating on it: `node bench/hot.mjs` (after `npm run build`). Starts
// the built server on a fresh demo database, opens one consultation with BENCH_ROWS (20000)
// proposals, and runs side by side, BENCH_DURATION (10) s each: comment submissions through the
// API (100 clients, a fresh Idempotency-Key each, one account), the same INSERT from a bare pool
// of the server's size (DB_POOL_SIZE, 10) with 100 in flight, the first page of contributions
// through the API (10 clients) and its SQL from a bare pool of 10. It prints rates, p99 and CPU
// per unit; `npm run bench` is the full benchmark, this its submissions and pages rows only.
// BENCH_WAITS=1 samples what PostgreSQL's backends wait on; BENCH_RUNS=n measures the API n times
// in a row after BENCH_WARMUP (10) s of warm-up (a fresh server speeds up for 20-25 s); BENCH_FLOOR=1 adds GET /api/health and /api/me;
// BENCH_ONLY=pages skips the submissions; BENCH_NEW=1 adds a run where every submission is an
// account's first (new participants, each numbered).
import pg from 'pg';
import { cannon, loop } from './lib/load.mjs';
import { cpuMeter } from './lib/proc.mjs';
import { randomBytes } from 'node:crypto';
import { api, openConsultationWith, sessionTokens } from './lib/setup.mjs';
import { startServer } from './lib/server.mjs';
import { INSERT_CONTRIBUTION, insertParams, listPage, namedRaw } from './lib/sql.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const rows = Number(process.env.BENCH_ROWS ?? 20000);
const FAKE_NOW = '2026-03-03T10:00:00+02:00';
const JWT_SECRET = randomBytes(32).toString('hex');
const server = await startServer({ fakeNow: FAKE_NOW, env: { JWT_SECRET, RATE_LIMIT_CONTRIBUTIONS_PER_ACCOUNT: '1000000000', ...(process.env.BENCH_LOG_LEVEL ? { LOG_LEVEL: process.env.BENCH_LOG_LEVEL } : {}) } });
const pools = [];
const pool = (max) => {
  const p = new pg.Pool({ connectionString: server.databaseUrl, max });
  p.on('error', () => undefined);
  pools.push(p);
  return p;
};
async function metered(fn, raw) {
  const m = cpuMeter({ serverPid: server.pid, postmasterPid: server.postmasterPid() });
  const r = await fn();
  const cpu = m.stop();
  const work = raw ? cpu.postgres + cpu.loadgen : cpu.server + cpu.postgres;
  return { ...r, cpu, cpuMs: Math.round((work * 1000) / r.perSecond) / 100 };
}
const line = (name, r) => console.log(`${name.padEnd(34)} ${String(r.perSecond).padStart(6)}/s  p50 ${String(r.p50).padStart(6)}  p99 ${String(r.p99).padStart(6)}  failed ${r.failed}  CPU ms ${r.cpuMs}  (srv/pg/gen ${r.cpu.server}/${r.cpu.postgres}/${r.cpu.loadgen}, machine ${r.cpu.machine})`);
try {
  const db = pool(2);
  const { id, citizen } = await openConsultationWith(server.url, db, { fakeNow: FAKE_NOW, rows, title: 'Горещ път' });
  const citizenId = (await db.query("SELECT id FROM users WHERE email = 'citizen@sabor.example'")).rows[0].id;
  const text = 'Предлагам зоната за платено паркиране да не обхваща улиците около училищата.';
  const first = await api(server.url, 'POST', `/api/consultations/${id}/contributions`, { token: citizen, body: { kind: 'comment', body: text, publishName: false } });
  if (first.status !== 201) throw new Error(`first: ${first.status} ${first.text}`);
  let key = 0;
  const submit = (tag) => ({
    method: 'POST',
    path: `/api/consultations/${id}/contributions`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen}` },
    body: JSON.stringify({ kind: 'comment', body: `${tag}: ${text}`, publishName: false }),
    setup: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': `${tag}-${++key}` } }),
  });
  const submissions = process.env.BENCH_ONLY !== 'pages';
  // a fresh server speeds up for 20-25 s: BENCH_WARMUP (10) s of submissions first
  if (submissions) await cannon(server.url, { connections: 100, duration: Number(process.env.BENCH_WARMUP ?? 10), request: submit('warm') });
  // BENCH_WAITS=1: what PostgreSQL's backends wait on during the API run, sampled every 20 ms
  const waits = {};
  let sampling = !!process.env.BENCH_WAITS;
  const sampler = (async () => {
    while (sampling) {
      const { rows: w } = await db.query("SELECT coalesce(wait_event_type || ':' || wait_event, state) AS w, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' GROUP BY 1");
      for (const x of w) waits[x.w] = (waits[x.w] ?? 0) + x.n;
      await new Promise((res) => setTimeout(res, 20));
    }
  })();
  let a = submissions ? await metered(() => cannon(server.url, { connections: 100, duration, request: submit('api') })) : undefined;
  // BENCH_RUNS=n: n API runs one after another (the first ones warm the server up further)
  for (let i = 2; submissions && i <= Number(process.env.BENCH_RUNS ?? 1); i++) {
    line(`API submissions, run ${i - 1}`, a);
    a = await metered(() => cannon(server.url, { connections: 100, duration, request: submit(`api${i}`) }));
  }
  sampling = false;
  await sampler;
  let fresh;
  if (submissions && process.env.BENCH_NEW) {
    const accounts = duration * 4000;
    const { rows: made } = await db.query(
      `INSERT INTO users (email, display_name, locale, email_verified_at) SELECT 'hot' || i || '@example.org', 'Участник ' || i, 'bg', now() FROM generate_series(1, $1::int) i RETURNING id`,
      [accounts],
    );
    const tokens = await sessionTokens(db, made.map((u) => u.id), JWT_SECRET);
    let next = 0;
    const request = submit('new');
    const keyed = request.setup;
    request.setup = (req) => {
      const r = keyed(req);
      return { ...r, headers: { ...r.headers, authorization: `Bearer ${tokens[next++ % tokens.length]}` } };
    };
    fresh = await metered(() => cannon(server.url, { connections: 100, duration, request }));
    if (next > tokens.length) console.log(`(accounts reused: ${next} requests for ${tokens.length} accounts)`);
  }
  if (process.env.BENCH_WAITS) console.log('backend samples during the API run:', Object.entries(waits).sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', '));
  const raw = pool(Number(process.env.DB_POOL_SIZE ?? 10)) // the server's pool size;
  const insert = () => raw.query(namedRaw('raw_insert', INSERT_CONTRIBUTION, insertParams(id, citizenId, `raw: ${text}`, new Date())));
  if (submissions) await loop({ inFlight: 100, duration: 3, work: insert });
  const r = submissions ? await metered(() => loop({ inFlight: 100, duration, work: insert }), true) : undefined;
  if (process.env.BENCH_FLOOR) {
    // the framework's floor: a request that runs one trivial statement, and one that reads the account
    for (const [name, request] of [['GET /api/health (SELECT 1)', { path: '/api/health' }], ['GET /api/me (the account)', { path: '/api/me', headers: { authorization: `Bearer ${citizen}` } }]]) {
      await cannon(server.url, { connections: 100, duration: 2, request });
      line(name, await metered(() => cannon(server.url, { connections: 100, duration, request })));
    }
  }
  if (submissions) {
    line('API submissions (100 clients)', a);
    line(`raw INSERT (pool ${process.env.DB_POOL_SIZE ?? 10}, 100 in flight)`, r);
    console.log(`ratio ${(a.perSecond / r.perSecond).toFixed(3)}`);
    if (fresh) {
      line('API, new participants', fresh);
      console.log(`new participants / returning ${(fresh.perSecond / a.perSecond).toFixed(3)}`);
    }
  }
  const page = { path: `/api/consultations/${id}/contributions?limit=20` };
  await cannon(server.url, { connections: 10, duration: submissions ? 2 : 8, request: page });
  const ap = await metered(() => cannon(server.url, { connections: 10, duration: Math.min(duration, 8), request: page }));
  const rawPage = pool(10);
  const pageSql = listPage(false);
  const rp = await metered(() => loop({ inFlight: 10, duration: Math.min(duration, 8), work: () => rawPage.query(namedRaw('raw_page', pageSql, [id, 21])) }), true);
  line('API first page (10 clients)', ap);
  line('raw page (pool 10)', rp);
  console.log(`page ratio ${(ap.perSecond / rp.perSecond).toFixed(3)}`);
} finally {
  for (const p of pools) await p.end().catch(() => undefined);
  await server.stop();
}
