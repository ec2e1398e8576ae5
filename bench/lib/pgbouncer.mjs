// PgBouncer in transaction mode in front of the bench's database, on a free loopback port.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './server.mjs';

export const PGBOUNCER = process.env.BENCH_PGBOUNCER ?? '/usr/sbin/pgbouncer';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** "1.18.0", or null when PgBouncer is not installed. */
export function pgbouncerVersion() {
  try {
    return /PgBouncer (\S+)/.exec(execFileSync(PGBOUNCER, ['--version'], { encoding: 'utf8' }))?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * Starts PgBouncer (transaction pooling, `poolSize` server connections) for the database at
 * `databaseUrl`. From 1.21 on it keeps named statements across transactions
 * (`max_prepared_statements`); before, the server behind it must send unnamed ones.
 */
export async function startPgbouncer({ databaseUrl, poolSize = 20, log = () => {} }) {
  const version = pgbouncerVersion();
  if (!version) throw new Error(`PgBouncer not found at ${PGBOUNCER}`);
  const [major, minor] = version.split('.').map(Number);
  const keepsPrepared = major > 1 || minor >= 21;
  const db = new URL(databaseUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-pgbouncer-'));
  const port = await freePort();
  const ini = [
    '[databases]',
    `${db.pathname.slice(1)} = host=${db.hostname} port=${db.port} dbname=${db.pathname.slice(1)} user=${decodeURIComponent(db.username)} password=${decodeURIComponent(db.password)}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    "unix_socket_dir = ''",
    'auth_type = any',
    'pool_mode = transaction',
    `default_pool_size = ${poolSize}`,
    'max_client_conn = 500',
    'ignore_startup_parameters = extra_float_digits,options,application_name',
    ...(keepsPrepared ? ['max_prepared_statements = 200'] : []),
    `logfile = ${path.join(dir, 'pgbouncer.log')}`,
    `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
    'log_connections = 0',
    'log_disconnections = 0',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'pgbouncer.ini'), `${ini}\n`);
  // PgBouncer refuses to run as root: then it runs as the user the embedded PostgreSQL runs as
  let user = {};
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    for (const f of [dir, path.join(dir, 'pgbouncer.ini')]) fs.chownSync(f, uid, gid);
    user = { uid, gid };
  }
  const child = spawn(PGBOUNCER, [path.join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'pipe', 'pipe'], ...user });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((r) => child.once('exit', r));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited: ${output}`);
    const up = await new Promise((r) => {
      const s = net.connect(port, '127.0.0.1', () => (s.end(), r(true)));
      s.on('error', () => r(false));
    });
    if (up) break;
    if (i > 100) throw new Error('pgbouncer did not start in 10 s');
    await sleep(100);
  }
  log(`PgBouncer ${version} on port ${port}, transaction mode, ${poolSize} server connections${keepsPrepared ? ', max_prepared_statements = 200' : ' (no prepared statements before 1.21)'}`);
  db.port = String(port);
  return {
    version,
    keepsPrepared,
    pid: child.pid,
    url: db.toString(),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGINT');
        await Promise.race([exited, sleep(5000)]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
