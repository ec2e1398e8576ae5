import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm start` as a new user meets it: the built server as a child process, on a data folder of
 * its own, in the ordinary accidents of a real machine — a taken port, a start killed half-way,
 * a server killed with SIGKILL, a folder PostgreSQL cannot reach, Ctrl-C.
 * (docs/operations.md, "When npm start fails")
 */
const MAIN = path.resolve(__dirname, '../dist/server/src/main.js');
const STEP = 90_000;
jest.setTimeout(8 * STEP);

interface Run {
  child: ChildProcess;
  lines: string[];
  port: number;
  exit: Promise<number | null>;
  waitFor(re: RegExp, ms?: number): Promise<string>;
}

const runs: Run[] = [];
let root: string;

beforeAll(() => {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm test builds the server first (npm run build)`);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-first-start-'));
  fs.chmodSync(root, 0o755);
});

afterAll(async () => {
  for (const run of runs) if (run.child.exitCode === null && run.child.signalCode === null) killGroup(run, 'SIGKILL');
  // what a killed start left running stops when its folder's next start finds it; here, by hand
  for (const pidFile of findPidFiles(root)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // gone
    }
  }
  await new Promise((r) => setTimeout(r, 500));
  fs.rmSync(root, { recursive: true, force: true });
});

async function start(dataDir: string, env: Record<string, string> = {}, args: string[] = []): Promise<Run> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN, ...args], {
    // its own process group, as a terminal gives it: Ctrl-C and a closed terminal reach the group
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', LOG_LEVEL: 'info', SABOR_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ...env },
  });
  const lines: string[] = [];
  const waiters: Array<{ re: RegExp; resolve: (l: string) => void }> = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line === '') continue;
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.re.test(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const run: Run = {
    child,
    lines,
    port,
    exit,
    waitFor: (re, ms = STEP) => {
      const seen = lines.find((l) => re.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no line matching ${re} within ${ms} ms; output:\n${lines.join('\n')}`)), ms);
        waiters.push({ re, resolve: (l) => (clearTimeout(timer), resolve(l)) });
        void exit.then((code) => setTimeout(() => reject(new Error(`exited (${code}) before a line matching ${re}; output:\n${lines.join('\n')}`)), 50));
      });
    },
  };
  runs.push(run);
  return run;
}

function killGroup(run: Run, signal: NodeJS.Signals): void {
  try {
    process.kill(-run.child.pid!, signal);
  } catch {
    // already gone
  }
}

async function healthy(run: Run): Promise<void> {
  await run.waitFor(/Sabor is running at/);
  const res = await fetch(`http://127.0.0.1:${run.port}/api/health`);
  expect(res.status).toBe(200);
}

async function stop(run: Run): Promise<number | null> {
  killGroup(run, 'SIGINT');
  return run.exit;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function hold(port: number): Promise<net.Server | null> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(null)); // already taken by something else: just as good
    srv.listen(port, '127.0.0.1', () => resolve(srv));
  });
}

function findPidFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.name === 'postmaster.pid') found.push(path.join(entry.parentPath, entry.name));
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every line a readable one-liner: a time and a level, or the closing banner's plain lines. */
function readable(line: string): boolean {
  return /^\d\d:\d\d:\d\d (TRACE|DEBUG|INFO |WARN |ERROR|FATAL) /.test(line) || /^ {2}\S/.test(line);
}

describe('npm start on a real machine', () => {
  it('takes another port when the default one is taken, and says which', async () => {
    const blocker = await hold(54329);
    try {
      const run = await start(path.join(root, 'default-port'));
      const said = await run.waitFor(/Port 54329 is taken/);
      expect(said).toMatch(/uses port \d+ instead/);
      await healthy(run);
      expect(await stop(run)).toBe(0);
    } finally {
      blocker?.close();
    }
  });

  it('stops in one line, before touching the data folder, when the chosen port is taken', async () => {
    const port = await freePort();
    const blocker = await hold(port);
    try {
      const dataDir = path.join(root, 'chosen-port');
      const run = await start(dataDir, { EMBEDDED_PG_PORT: String(port) });
      expect(await run.exit).toBe(1);
      const errors = run.lines.filter((l) => / ERROR /.test(l));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`Port ${port} (EMBEDDED_PG_PORT) is taken`);
      expect(run.lines.every(readable)).toBe(true);
      expect(fs.existsSync(path.join(dataDir, 'postgres'))).toBe(false);
    } finally {
      blocker?.close();
    }
  });

  it('finishes a start killed during cluster creation, then one killed during migrations, then one killed while serving', async () => {
    const dataDir = path.join(root, 'killed');
    // 1. killed with the whole terminal while initdb runs
    const first = await start(dataDir);
    await first.waitFor(/Creating a PostgreSQL cluster/);
    killGroup(first, 'SIGKILL');
    await first.exit;
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(false); // nothing half-made in place

    // 2. killed once PostgreSQL runs, while migrations and the demo data are written
    const second = await start(dataDir, {}, ['--demo']);
    await second.waitFor(/Embedded PostgreSQL running/);
    killGroup(second, 'SIGKILL');
    await second.exit;

    // 3. starts, stopping the PostgreSQL the killed start left running, and serves the demo
    const third = await start(dataDir, {}, ['--demo']);
    await third.waitFor(/left running .* stopping it/);
    await healthy(third);
    const list = (await (await fetch(`http://127.0.0.1:${third.port}/api/consultations`)).json()) as { items: unknown[] };
    expect(list.items.length).toBeGreaterThan(0);

    // 4. the server itself killed (an OOM kill): its PostgreSQL stays behind …
    const pgPid = Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(third.child.pid!, 'SIGKILL');
    await third.exit;
    expect(alive(pgPid)).toBe(true);

    // … and the next start stops it and goes on
    const fourth = await start(dataDir, {}, ['--demo']);
    await fourth.waitFor(new RegExp(`PostgreSQL \\(pid ${pgPid}\\) was left running`));
    await healthy(fourth);
    expect(alive(pgPid)).toBe(false);
    expect(fourth.lines.some((l) => /Demo data already present/.test(l))).toBe(true);

    // Ctrl-C: HTTP server, worker, queue, then the database; exit 0, every line readable
    const newPg = Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(await stop(fourth)).toBe(0);
    expect(fourth.lines.filter((l) => !readable(l))).toEqual([]);
    expect(fourth.lines.filter((l) => /terminating connection|error/i.test(l))).toEqual([]);
    expect(fourth.lines[fourth.lines.length - 1]).toMatch(/Stopped$/);
    expect(alive(newPg)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('in a checkout under a folder only its owner may enter: as root one line naming it and the fixes; as that owner a normal start', async () => {
    const closed = path.join(root, 'home-0700');
    fs.mkdirSync(path.join(closed, 'checkout'), { recursive: true });
    fs.chmodSync(closed, 0o700);
    const run = await start(path.join(closed, 'checkout', '.data'));
    if (process.getuid?.() === 0) {
      // PostgreSQL refuses to run as root: it runs as "postgres", which cannot enter the folder
      expect(await run.exit).toBe(1);
      const errors = run.lines.filter((l) => / ERROR /.test(l));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`cannot enter ${closed}`);
      expect(errors[0]).toContain('SABOR_DATA_DIR');
      expect(run.lines.every(readable)).toBe(true);
    } else {
      await healthy(run);
      expect(await stop(run)).toBe(0);
    }
  });
});
