import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];

export function findChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

/**
 * Browser tests need Chromium. Outside CI they say so loudly and are skipped; in CI a missing
 * browser is a failure, never a silent pass.
 */
export function browserAvailable(): boolean {
  if (findChromium()) return true;
  if (process.env.CI) throw new Error('Chromium is required for the browser tests in CI (apt-get install chromium)');
  console.warn('\n\n*** No Chromium found: BROWSER TESTS ARE SKIPPED. Install it with `apt-get install chromium`. ***\n');
  return false;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface RunningServer {
  url: string;
  mailDir: string;
  dataDir: string;
  /** Stops the server and its database; the data folder is deleted unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** The built product as `npm start` runs it, on a fresh embedded database with demo data. */
export async function startServer(env: Record<string, string> = {}, reuse?: { dataDir: string; port: number }): Promise<RunningServer> {
  const main = path.join(ROOT, 'server/dist/server/src/main.js');
  if (!fs.existsSync(main) || !fs.existsSync(path.join(ROOT, 'client/dist/index.html'))) {
    throw new Error('Build first: npm run build (npm test does it)');
  }
  const dataDir = reuse?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-e2e-'));
  const port = reuse?.port ?? (await freePort());
  const pgPort = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [main, '--demo'], {
    env: { ...process.env, NODE_ENV: 'development', NODE_OPTIONS: '', PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url, SABOR_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    mailDir: path.join(dataDir, 'mail'),
    dataDir,
    async stop(options = {}) {
      if (child.exitCode === null) {
        child.kill('SIGINT');
        await new Promise((r) => child.once('exit', r));
      }
      if (!options.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: findChromium()!,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A page in a fresh browser context. `now`: the browser's calendar, set to agree with the product's
 * clock (SABOR_FAKE_NOW), as a real user's would.
 */
export async function newPage(browser: Browser, options: { locale?: string; width?: number; now?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: options.locale ?? 'bg-BG', viewport: { width: options.width ?? 1280, height: 900 } });
  if (options.now) await context.clock.setSystemTime(new Date(options.now));
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the login page (Bulgarian) with a demo account, and waits until signed in. */
export async function signIn(page: Page, server: RunningServer, email: string, password = 'demo-password'): Promise<Page> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Имейл адрес').fill(email);
  await page.getByLabel('Парола').fill(password);
  await page.getByRole('button', { name: 'Вход' }).click();
  await page.getByRole('button', { name: 'Изход' }).waitFor();
  return page;
}

/**
 * Moves the product's clock: the server restarts on the same data (and port, so the browser's
 * cookies still apply) with SABOR_FAKE_NOW at `now`. No test-only endpoint exists to do it.
 */
export async function restartAt(server: RunningServer, now: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = Number(new URL(server.url).port);
  await server.stop({ keepData: true });
  return startServer({ ...env, SABOR_FAKE_NOW: now }, { dataDir: server.dataDir, port });
}

/** Runs axe on the page (WCAG 2.1 A and AA) and returns the violations, readable. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** The n-th .eml written to `to`, decoded to text. */
export async function waitForMail(mailDir: string, to: string, n = 1, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((f) => f.includes(`-${to}-`)).sort() : [];
    if (files.length >= n) {
      let eml = fs.readFileSync(path.join(mailDir, files[n - 1]), 'utf8');
      // a message with an HTML part (and a QR image): read its text/plain part
      const textPart = /\r?\n(Content-Type: text\/plain[^]*?)\r?\n--/.exec(eml);
      if (/^Content-Type: multipart\//im.test(eml) && textPart) eml = textPart[1];
      const body = eml.split(/\r?\n\r?\n/).slice(1).join('\n\n');
      if (/Content-Transfer-Encoding: base64/i.test(eml.split(/\r?\n\r?\n/)[0])) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no mail #${n} to ${to}`);
}
