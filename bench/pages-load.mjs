#!/usr/bin/env node
// First load of the public pages on a phone: starts the built product (npm run build first; `npm
// run bench` does it) on a fresh demo database, opens the home page and a consultation page in
// Chromium at 360×740 with a cold cache, the network throttled through the DevTools protocol
// (1.6 Mbit/s down, 750 kbit/s up, 150 ms latency: "slow 4G") and the CPU 4× slower, and prints
// first contentful paint, when the page's heading showed, the JavaScript transferred (compressed)
// and the load event. BENCH_PAGE_RUNS (3) runs per page; the median is reported. BENCH_CLIENT_DIR
// serves another build of the client (an older commit's client/dist) to compare.
// Alone: `node bench/pages-load.mjs`. See docs/performance.md, "First load on a phone".
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from './lib/server.mjs';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const CPU_SLOWDOWN = 4;
const log = (...a) => console.error(`[pages ${new Date().toISOString().slice(11, 19)}]`, ...a);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && fs.existsSync(p));
  if (!found) throw new Error('Chromium not found: set CHROMIUM_PATH');
  return found;
}

/** One cold visit of `url`: the figures of that load. */
async function visit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'bg-BG' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const scripts = new Set();
  let jsBytes = 0;
  let allBytes = 0;
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') scripts.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    allBytes += e.encodedDataLength;
    if (scripts.has(e.requestId)) jsBytes += e.encodedDataLength;
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.locator('#main h1').first().waitFor({ timeout: 120_000 });
  const headingMs = Date.now() - started;
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => {});
  const timing = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const nav = performance.getEntriesByType('navigation')[0];
    return { fcp, load: nav ? nav.loadEventEnd : null };
  });
  await context.close();
  return { fcpMs: Math.round(timing.fcp), loadMs: Math.round(timing.load), headingMs, jsKB: Math.round(jsBytes / 1000), scripts: scripts.size, totalKB: Math.round(allBytes / 1000) };
}

export async function measurePages({ url: given, clientDir } = {}) {
  const env = clientDir ? { CLIENT_DIR: path.resolve(clientDir) } : {};
  const server = given ? null : await startServer({ fakeNow: '2026-03-03T10:00:00+02:00', env, log });
  const base = given ?? server.url;
  try {
    const list = await (await fetch(`${base}/api/consultations?status=open`)).json();
    const consultation = list.items?.[0]?.id;
    if (!consultation) throw new Error('no open consultation in the demo data');
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const results = {};
    try {
      for (const [name, p] of [['home', '/'], ['consultation', `/consultations/${consultation}`]]) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          runs.push(await visit(browser, base + p));
          log(name, JSON.stringify(runs.at(-1)));
        }
        results[name] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
      }
    } finally {
      await browser.close();
    }
    return results;
  } finally {
    await server?.stop();
  }
}

if (process.argv[1] === import.meta.filename) {
  // BENCH_URL: measure a server already running instead; BENCH_CLIENT_DIR: serve another build of
  // the client (e.g. an older commit's client/dist) from this server
  const results = await measurePages({ url: process.env.BENCH_URL, clientDir: process.env.BENCH_CLIENT_DIR });
  console.log(`First load on a phone (360×740, 1.6 Mbit/s, 150 ms RTT, CPU 4× slower, cold cache; median of ${RUNS})`);
  console.log('page          FCP (ms)  h1 shown (ms)  load (ms)  JS transferred (kB)  scripts  all (kB)');
  for (const [name, r] of Object.entries(results)) {
    console.log(`${name.padEnd(13)} ${String(r.fcpMs).padStart(8)}  ${String(r.headingMs).padStart(13)}  ${String(r.loadMs).padStart(9)}  ${String(r.jsKB).padStart(19)}  ${String(r.scripts).padStart(7)}  ${String(r.totalKB).padStart(8)}`);
  }
  const out = path.join(import.meta.dirname, 'results', 'pages-latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), runs: RUNS, results }, null, 2)}\n`);
}
