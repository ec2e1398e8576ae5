#!/usr/bin/env node
// What a request allocates, for finding what makes the garbage collector work: `node bench/alloc.mjs
// submit|list` (after `npm run build`). Starts the built server with the inspector on loopback,
// loads it 8 s to warm up, then 8 s with V8's sampling heap profiler counting every allocation
// (also those the collector has freed since), and prints KiB per request, in all and by function.
// A submission allocated about 100 KiB (2026-12-06): Nest's parameter handling, class-validator
// and class-transformer, pg's query objects; every 64 MiB of it is a young-generation collection.
import pg from 'pg';
import { cannon } from './lib/load.mjs';
import { openConsultationWith } from './lib/setup.mjs';
import { startServer, freePort } from './lib/server.mjs';
const FAKE_NOW = '2026-03-03T10:00:00+02:00';
const ip = await freePort();
const server = await startServer({ fakeNow: FAKE_NOW, env: { RATE_LIMIT_CONTRIBUTIONS_PER_ACCOUNT: '1000000000' }, extraNodeArgs: [`--inspect=127.0.0.1:${ip}`] });
try {
  const db = new pg.Client({ connectionString: server.databaseUrl }); await db.connect();
  const { id, citizen } = await openConsultationWith(server.url, db, { fakeNow: FAKE_NOW, rows: 2000, title: 'A' });
  await db.end();
  let key = 0;
  const kind = process.argv[2] ?? 'submit';
  const req = kind === 'submit' ? { method: 'POST', path: `/api/consultations/${id}/contributions`, headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen}` }, body: JSON.stringify({ kind: 'comment', body: 'Предлагам зоната за платено паркиране да не обхваща улиците около училищата.', publishName: false }), setup: (r) => ({ ...r, headers: { ...r.headers, 'idempotency-key': `k-${++key}` } }) } : { path: `/api/consultations/${id}/contributions?limit=20` };
  await cannon(server.url, { connections: kind === 'submit' ? 100 : 10, duration: 8, request: req });
  const list = await (await fetch(`http://127.0.0.1:${ip}/json/list`)).json();
  const ws = new WebSocket(list[0].webSocketDebuggerUrl);
  await new Promise((r) => (ws.onopen = r));
  let n = 0; const pend = new Map();
  ws.onmessage = (ev) => { const m = JSON.parse(ev.data); if (m.id && pend.has(m.id)) { pend.get(m.id)(m); pend.delete(m.id); } };
  const call = (method, params = {}) => new Promise((r) => { const i = ++n; pend.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
  await call('HeapProfiler.enable');
  await call('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const r = await cannon(server.url, { connections: kind === 'submit' ? 100 : 10, duration: 8, request: req });
  const { result } = await call('HeapProfiler.stopSampling');
  ws.close();
  const total = r.perSecond * 8;
  const byFn = new Map(); let all = 0;
  const walk = (node, stack) => {
    const f = node.callFrame; const label = `${f.functionName || '(anon)'} ${f.url.replace(/.*node_modules\//, '').replace(/.*dist\/server\/src\//, 'sabor/')}:${f.lineNumber}`;
    if (node.selfSize) { all += node.selfSize; byFn.set(label, (byFn.get(label) ?? 0) + node.selfSize); }
    for (const c of node.children) walk(c, stack);
  };
  walk(result.profile.head, []);
  console.log(`${r.perSecond}/s, sampled allocation ${(all / 1048576).toFixed(0)} MiB in 8 s = ${(all / total / 1024).toFixed(1)} KiB per request`);
  [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log(`${(v / total / 1024).toFixed(2).padStart(7)} KiB  ${k.slice(0, 140)}`));
} finally { await server.stop(); }
