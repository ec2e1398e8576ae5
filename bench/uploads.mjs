#!/usr/bin/env node
// `node bench/uploads.mjs` (after `npm run build`): 20 parallel 19 MB document uploads by a
// citizen, who may not upload, against the built server; prints the server's RSS before and
// after and its peak. Refused uploads are answered before their body is read, so the memory of
// the server should not move. Knobs: BENCH_UPLOADS (20), BENCH_UPLOAD_MB (19); BENCH_UPLOAD_WAIT=1
// makes each client send 256 KB and wait for the answer (as a browser that reads early answers
// does) instead of writing as fast as the sockets take it. See docs/performance.md.
import http from 'node:http';
import { memoryOf, resetPeak, round1 } from './lib/proc.mjs';
import { startServer } from './lib/server.mjs';
import { api, login } from './lib/setup.mjs';

const N = Number(process.env.BENCH_UPLOADS ?? 20);
const MB = Number(process.env.BENCH_UPLOAD_MB ?? 19);
const log = (...a) => console.error(`[uploads ${new Date().toISOString().slice(11, 19)}]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One multipart upload of `bytes`, written as fast as the server takes it; resolves with the status. */
function upload(base, path, token, bytes) {
  const boundary = '----bench';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = Buffer.alloc(256 * 1024, 0x20);
  const url = new URL(path, base);
  return new Promise((resolve) => {
    let answered = false;
    let sent = 0;
    const req = http.request(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': head.length + bytes + tail.length } }, (res) => {
      answered = true;
      res.resume();
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode, sentWhenAnswered: sent });
      });
    });
    req.on('error', () => (answered ? undefined : resolve({ status: 'error', sentWhenAnswered: sent })));
    void (async () => {
      req.write(head);
      for (let left = bytes; left > 0 && !answered; left -= chunk.length) {
        if (process.env.BENCH_UPLOAD_WAIT && sent >= chunk.length) {
          await sleep(3000);
          if (answered) break;
        }
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        sent += piece.length;
        if (!req.write(piece)) await new Promise((r) => req.once('drain', r));
      }
      if (!answered) req.end(tail);
    })();
  });
}

const server = await startServer({ fakeNow: '2026-03-03T10:00:00+02:00', log });
try {
  const citizen = await login(server.url, 'citizen@sabor.example');
  const list = await api(server.url, 'GET', '/api/consultations?limit=1');
  const id = list.body.items[0]?.id ?? '00000000-0000-4000-8000-000000000000';
  // warm-up: the first requests load code paths (multipart, the access checks) once
  await Promise.all(Array.from({ length: 4 }, () => upload(server.url, `/api/consultations/${id}/documents`, citizen, 1024 * 1024)));
  await sleep(2000); // let the server settle
  resetPeak(server.pid);
  const before = memoryOf(server.pid);
  log(`${N} parallel uploads of ${MB} MB by a citizen to consultation ${id}`);
  const started = Date.now();
  const results = await Promise.all(Array.from({ length: N }, () => upload(server.url, `/api/consultations/${id}/documents`, citizen, MB * 1024 * 1024)));
  const ms = Date.now() - started;
  await sleep(1000);
  const after = memoryOf(server.pid);
  await sleep(9000); // V8's memory reducer collects the garbage of a burst some seconds after it
  const settled = memoryOf(server.pid);
  const statuses = results.reduce((a, r) => ({ ...a, [r.status]: (a[r.status] ?? 0) + 1 }), {});
  const maxSent = Math.max(...results.map((r) => r.sentWhenAnswered));
  const out = { uploads: N, megabytesEach: MB, statuses, ms, rssBeforeMiB: round1(before.rss), rssAfterMiB: round1(after.rss), rssTenSecondsLaterMiB: round1(settled.rss), peakMiB: round1(after.hwm), growthMiB: round1(after.rss - before.rss), mostBytesSentBeforeTheAnswer: maxSent };
  console.log(JSON.stringify(out, null, 2));
} finally {
  await server.stop();
}
