// Load generators: autocannon against the API, and a bare `pg` pool against PostgreSQL, both
// reporting the same figures (rate, p50/p99 of per-request latency with 0.1 ms resolution).
import autocannon from 'autocannon';

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

const r1 = (x) => (x === null ? null : Math.round(x * 10) / 10);

function summary(latencies, ok, seconds, extra = {}) {
  const sorted = Float64Array.from(latencies).sort();
  let sum = 0;
  for (const x of sorted) sum += x;
  return {
    ok,
    seconds: Math.round(seconds * 100) / 100,
    perSecond: Math.round(ok / seconds),
    p50: r1(percentile(sorted, 50)),
    p99: r1(percentile(sorted, 99)),
    mean: r1(sorted.length ? sum / sorted.length : null),
    max: r1(sorted.length ? sorted[sorted.length - 1] : null),
    ...extra,
  };
}

/**
 * autocannon for `duration` seconds. `request` is { method, path, headers, body } and an optional
 * `setup(req)` that changes each request (a fresh Idempotency-Key, another account's token).
 */
export async function cannon(url, { connections, duration, request, expect = (s) => s >= 200 && s < 300 }) {
  const latencies = [];
  const statuses = {};
  let ok = 0;
  const samples = [];
  const instance = autocannon({
    url,
    connections,
    duration,
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        method: request.method ?? 'GET',
        path: request.path,
        headers: request.headers ?? {},
        body: request.body,
        ...(request.setup ? { setupRequest: (req) => request.setup(req) } : {}),
        onResponse: (status, body) => {
          if (!expect(status) && samples.length < 5) samples.push(`${status} ${String(body).slice(0, 200)}`);
        },
      },
    ],
  });
  instance.on('response', (_client, status, _bytes, responseTime) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (expect(status)) {
      ok++;
      latencies.push(responseTime);
    }
  });
  const result = await instance;
  const failed = Object.entries(statuses).filter(([s]) => !expect(Number(s))).reduce((a, [, n]) => a + n, 0);
  return summary(latencies, ok, result.duration, { failed, errors: result.errors, timeouts: result.timeouts, statuses, failures: samples });
}

/**
 * `inFlight` loops, each running `work(i)` (one unit: a row, a page) back to back on a pool,
 * for `duration` seconds.
 */
export async function loop({ inFlight, duration, work }) {
  const latencies = [];
  let ok = 0;
  let failed = 0;
  const errors = [];
  let seq = 0;
  const t0 = process.hrtime.bigint();
  const end = Date.now() + duration * 1000;
  async function worker() {
    while (Date.now() < end) {
      const s = process.hrtime.bigint();
      try {
        await work(seq++);
        latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
        ok++;
      } catch (e) {
        failed++;
        if (errors.length < 5) errors.push(String(e.message ?? e));
      }
    }
  }
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return summary(latencies, ok, seconds, { failed, failures: errors });
}
