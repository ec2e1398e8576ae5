#!/usr/bin/env node
// A CPU profile of the built server under one kind of load, for finding where a request's time
// goes: `node bench/profile.mjs list|submit` (after `npm run build`). Starts the server with
// --cpu-prof on a fresh demo database, loads it for BENCH_DURATION seconds (10) with autocannon,
// stops it, and prints the heaviest packages and functions by self time. The .cpuprofile stays in
// the printed folder (open it in Chrome's DevTools).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cannon } from './lib/load.mjs';
import { openConsultationWith } from './lib/setup.mjs';
import { startServer } from './lib/server.mjs';

const kind = process.argv[2] ?? 'list';
const duration = Number(process.env.BENCH_DURATION ?? 10);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-profile-'));
const FAKE_NOW = '2026-03-03T10:00:00+02:00';
const server = await startServer({ fakeNow: FAKE_NOW, env: { RATE_LIMIT_CONTRIBUTIONS_PER_ACCOUNT: '1000000000' }, extraNodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
try {
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const { id, citizen } = await openConsultationWith(server.url, db, { fakeNow: FAKE_NOW, rows: 5000, title: 'Профил' });
  await db.end();
  let key = 0;
  const request =
    kind === 'submit'
      ? {
          method: 'POST',
          path: `/api/consultations/${id}/contributions`,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen}` },
          body: JSON.stringify({ kind: 'comment', body: 'Предлагам зоната за платено паркиране да не обхваща улиците около училищата.', publishName: false }),
          setup: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': `p-${++key}` } }),
        }
      : { path: `/api/consultations/${id}/contributions?limit=20` };
  const r = await cannon(server.url, { connections: Number(process.env.BENCH_CONNECTIONS ?? (kind === 'submit' ? 50 : 10)), duration, request });
  console.log(`${kind}: ${r.perSecond}/s, p50 ${r.p50} ms, failed ${r.failed} (the profile also holds the start: the embedded PostgreSQL's spawnSync, the module loader)`);
} finally {
  await server.stop();
}
const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const p = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
let total = 0;
p.samples.forEach((s, i) => {
  self.set(s, (self.get(s) ?? 0) + (p.timeDeltas[i] ?? 0));
  total += p.timeDeltas[i] ?? 0;
});
const where = (url) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.includes('/dist/server/src/') ? `sabor ${url.split('/dist/server/src/')[1]}` : url ? path.basename(url) : '(native)');
const byPkg = new Map();
const byFn = new Map();
for (const [id, t] of self) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  byPkg.set(where(url), (byPkg.get(where(url)) ?? 0) + t);
  const k = `${functionName || '(anonymous)'}  ${where(url)}:${lineNumber + 1}`;
  byFn.set(k, (byFn.get(k) ?? 0) + t);
}
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}`);
console.log(`self time of the server process, ${Math.round(total / 1000)} ms sampled; profile in ${dir}`);
console.log(['by package or file:', ...top(byPkg, 20), '', 'by function:', ...top(byFn, 25)].join('\n'));
