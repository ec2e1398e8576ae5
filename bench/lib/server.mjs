// The built server as `npm start` runs it, on a fresh embedded PostgreSQL in a temp folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const MAIN = path.join(ROOT, 'server/dist/server/src/main.js');

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts `node server/dist/server/src/main.js --demo` with its own data folder and ports.
 * `extraNodeArgs` (e.g. --cpu-prof) go to the server's node.
 */
export async function startServer({ fakeNow, env = {}, extraNodeArgs = [], log = () => {}, reuse = null, database = null }) {
  if (!fs.existsSync(MAIN)) throw new Error('Build first: npm run build (npm run bench does it)');
  // `reuse`: a stopped server's { dataDir, pgPort } — the same database, a fresh process
  const dataDir = reuse?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-bench-'));
  const port = await freePort();
  const pgPort = reuse?.pgPort ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  // `database`: { url, listenUrl } — another instance on an existing database (no embedded PostgreSQL, no demo data)
  const child = spawn(process.execPath, [...extraNodeArgs, MAIN, ...(database ? [] : ['--demo'])], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      NODE_OPTIONS: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      SABOR_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      LOG_LEVEL: 'warn',
      SABOR_FAKE_NOW: fakeNow,
      ACCESS_TOKEN_TTL_SECONDS: '7200',
      RATE_LIMIT_AUTH_PER_IP: '1000000',
      RATE_LIMIT_LOGIN_FAILURES: '1000000',
      // production runs the queue worker as its own process; here it would only add noise
      WORKER_IN_PROCESS: 'false',
      ...(database ? { DATABASE_URL: database.url, ...(database.listenUrl ? { DATABASE_LISTEN_URL: database.listenUrl } : {}) } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (d) => {
    output += d;
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((r) => child.once('exit', r));

  const server = {
    url,
    dataDir,
    pid: child.pid,
    pgPort,
    databaseUrl: database?.url ?? `postgres://sabor:${encodeURIComponent('sabor-local-only')}@127.0.0.1:${pgPort}/sabor`,
    output: () => output,
    /** The postmaster's pid, from its pid file (the cluster is a child of the server). */
    postmasterPid() {
      if (database) return null;
      const f = path.join(dataDir, 'postgres', 'postmaster.pid');
      return fs.existsSync(f) ? Number(fs.readFileSync(f, 'utf8').split('\n')[0]) : null;
    },
    stopped: false,
    /** Stops the server and its PostgreSQL; the data folder is removed unless `keepData`. */
    async stop({ keepData = false } = {}) {
      if (server.stopped) return;
      server.stopped = true;
      const pgPid = server.postmasterPid();
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT'); // the server stops its embedded PostgreSQL on SIGINT
        await Promise.race([exited, sleep(20_000)]);
        if (child.exitCode === null && child.signalCode === null) {
          log('server did not stop in 20 s: SIGKILL');
          child.kill('SIGKILL');
          await Promise.race([exited, sleep(5_000)]);
        }
      }
      // a PostgreSQL left behind by a killed server: fast shutdown, then kill
      if (pgPid && alive(pgPid)) {
        try {
          process.kill(pgPid, 'SIGINT');
        } catch {
          /* gone */
        }
        for (let i = 0; i < 100 && alive(pgPid); i++) await sleep(100);
        if (alive(pgPid)) process.kill(pgPid, 'SIGKILL');
      }
      if (!keepData) fs.rmSync(dataDir, { recursive: true, force: true });
    },
    /** The same data on a fresh server process (and a fresh PostgreSQL). */
    async restart(options = {}) {
      await server.stop({ keepData: true });
      return startServer({ fakeNow, env, extraNodeArgs, log, ...options, reuse: { dataDir, pgPort } });
    },
  };

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await server.stop();
      throw new Error(`server exited early:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`server did not start in 120 s:\n${output}`);
    }
    await sleep(200);
  }
  return server;
}
