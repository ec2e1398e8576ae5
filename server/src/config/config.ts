import { isIP } from 'node:net';
import path from 'node:path';

/** Every setting the server reads, validated once at boot. See docs/configuration.md. */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /** Public address of the product, used in links inside e-mails. */
  publicUrl: string;
  /** Unset: an embedded PostgreSQL is started in `dataDir/postgres`. */
  databaseUrl: string | null;
  dataDir: string;
  mailDir: string;
  /** the folder uploads were kept in before they moved to the shared store: imported once at start */
  storageDir: string;
  /** S3-compatible object storage for uploads when S3_BUCKET is set; PostgreSQL otherwise */
  s3: S3Settings | null;
  smtpUrl: string | null;
  mailFrom: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** a rotated refresh token still works this long (simultaneous refreshes); later it revokes its session */
  refreshReuseGraceSeconds: number;
  demo: boolean;
  /** Run the queue worker inside the API process (npm start); production runs worker.js apart. */
  workerInProcess: boolean;
  fakeNow: string | null;
  logLevel: string;
  clientDir: string | null;
  embeddedPgPort: number;
  /** EMBEDDED_PG_PORT was set: a taken port stops the start instead of another port being used */
  embeddedPgPortChosen: boolean;
  /** the licence of the open data, a URL (OPEN_DATA_LICENSE; CC BY 4.0 by default) */
  openDataLicense: string;
  /** connections per process; API instances × this must stay under PostgreSQL's max_connections */
  dbPoolSize: number;
  /** how long a request waits for a database connection before it is answered 503 */
  dbConnectTimeoutMs: number;
  /** batches of each kind (submissions, account reads) one process sends at once, at most the pool's size */
  dbBatches: number;
  /** the hot paths send named (prepared) statements; off behind a pooler that cannot keep them (PgBouncer < 1.21 in transaction mode) */
  dbNamedStatements: boolean;
  /** a direct connection for LISTEN (the caches' invalidation) when DATABASE_URL goes through a transaction-mode pooler; null: DATABASE_URL */
  databaseListenUrl: string | null;
  /** Fastify: a request (headers and body) must arrive within this; 0 turns it off */
  requestTimeoutMs: number;
  /** Fastify: an idle keep-alive connection is closed after this */
  keepAliveTimeoutMs: number;
  /** Fastify trustProxy: false, true, or the number of proxies in front (X-Forwarded-For hops) */
  trustProxy: boolean | string;
  rateLimits: RateLimits;
}

/** S3_* settings; endpoint unset: AWS itself. Keys unset: the SDK's own chain (environment, instance role). */
export interface S3Settings {
  endpoint: string | null;
  bucket: string;
  region: string;
  accessKeyId: string | null;
  secretAccessKey: string | null;
  forcePathStyle: boolean;
}

/** Every limit is `count` hits per fixed window of `…WindowSeconds`; see docs/configuration.md. */
export interface RateLimits {
  loginFailures: number;
  loginWindowSeconds: number;
  /** any other /api/auth route (verify-email, logout), per address */
  perIp: number;
  perIpWindowSeconds: number;
  /** login attempts per address, failed or not */
  loginPerIp: number;
  loginPerIpWindowSeconds: number;
  registerPerIp: number;
  registerWindowSeconds: number;
  passwordResetPerIp: number;
  passwordResetWindowSeconds: number;
  refreshPerIp: number;
  refreshWindowSeconds: number;
  publicAnswersPerIp: number;
  publicAnswersWindowSeconds: number;
  contributionsPerAccount: number;
  contributionsWindowSeconds: number;
  supportsPerAccount: number;
  supportsWindowSeconds: number;
  flagsPerAccount: number;
  flagsWindowSeconds: number;
  invitationsPerRepresentative: number;
  invitationsWindowSeconds: number;
  /** an officer's invitations to a body (a council, a working group): each an e-mail to someone */
  bodyInvitationsPerAccount: number;
  bodyInvitationsWindowSeconds: number;
}

export const DEFAULT_JWT_SECRET = 'sabor-development-secret-change-me';
const REPO_ROOT = path.resolve(__dirname, findRepoRootOffset());

function findRepoRootOffset(): string {
  // src/config (ts, tests) or dist/server/src/config (built)
  return __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../../../..' : '../../..';
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** Reads and checks the environment. Production refuses demo data, default secrets and a fake clock. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): AppConfig {
  const nodeEnv = (env.NODE_ENV ?? 'development') as AppConfig['env'];
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, test or production, got "${nodeEnv}"`);
  }
  const port = int(env, 'PORT', 3000, 0);
  const dataDir = path.resolve(env.SABOR_DATA_DIR ?? path.join(REPO_ROOT, '.data'));
  const demo = argv.includes('--demo') || bool(env, 'SABOR_DEMO', false);
  const jwtSecret = env.JWT_SECRET ?? DEFAULT_JWT_SECRET;
  const fakeNow = env.SABOR_FAKE_NOW || null;
  const databaseUrl = env.DATABASE_URL || null;

  if (fakeNow !== null && Number.isNaN(Date.parse(fakeNow))) {
    throw new ConfigError(`SABOR_FAKE_NOW must be an ISO time, got "${fakeNow}"`);
  }
  if (nodeEnv === 'production') {
    const problems: string[] = [];
    if (demo) problems.push('demo data is not allowed in production (remove --demo / SABOR_DEMO)');
    if (jwtSecret === DEFAULT_JWT_SECRET || jwtSecret.length < 32) problems.push('JWT_SECRET must be set to a random value of at least 32 characters');
    if (fakeNow) problems.push('SABOR_FAKE_NOW is not allowed in production');
    if (!databaseUrl) problems.push('DATABASE_URL must be set in production (the embedded PostgreSQL is for development)');
    if (!env.PUBLIC_URL) problems.push('PUBLIC_URL must be set in production');
    if (problems.length) throw new ConfigError(`Refusing to start in production:\n- ${problems.join('\n- ')}`);
  }
  const clientDir = env.CLIENT_DIR ?? path.join(REPO_ROOT, 'client', 'dist');
  return {
    env: nodeEnv,
    port,
    host: env.HOST ?? '0.0.0.0',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    databaseUrl,
    dataDir,
    mailDir: path.resolve(env.MAIL_DIR ?? path.join(dataDir, 'mail')),
    storageDir: path.resolve(env.STORAGE_DIR ?? path.join(dataDir, 'storage')),
    s3: parseS3(env),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'Sabor <no-reply@sabor.example>',
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1),
    refreshReuseGraceSeconds: int(env, 'REFRESH_REUSE_GRACE_SECONDS', 10, 0),
    demo,
    workerInProcess: bool(env, 'WORKER_IN_PROCESS', nodeEnv !== 'production'),
    fakeNow,
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    clientDir,
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1),
    embeddedPgPortChosen: Boolean(env.EMBEDDED_PG_PORT),
    openDataLicense: env.OPEN_DATA_LICENSE || 'https://creativecommons.org/licenses/by/4.0/',
    dbPoolSize: int(env, 'DB_POOL_SIZE', 10, 1),
    dbConnectTimeoutMs: int(env, 'DB_CONNECT_TIMEOUT_MS', 5000, 100),
    dbBatches: Math.min(int(env, 'DB_BATCHES', 2, 1), int(env, 'DB_POOL_SIZE', 10, 1)),
    dbNamedStatements: bool(env, 'DB_NAMED_STATEMENTS', true),
    databaseListenUrl: env.DATABASE_LISTEN_URL || null,
    requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 60_000, 0),
    keepAliveTimeoutMs: int(env, 'KEEP_ALIVE_TIMEOUT_MS', 72_000, 1000),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    rateLimits: {
      loginFailures: int(env, 'RATE_LIMIT_LOGIN_FAILURES', 10, 1),
      loginWindowSeconds: int(env, 'RATE_LIMIT_LOGIN_WINDOW_SECONDS', 900, 1),
      perIp: int(env, 'RATE_LIMIT_AUTH_PER_IP', 300, 1),
      perIpWindowSeconds: int(env, 'RATE_LIMIT_AUTH_WINDOW_SECONDS', 600, 1),
      loginPerIp: int(env, 'RATE_LIMIT_LOGIN_PER_IP', 300, 1),
      loginPerIpWindowSeconds: int(env, 'RATE_LIMIT_LOGIN_PER_IP_WINDOW_SECONDS', 600, 1),
      registerPerIp: int(env, 'RATE_LIMIT_REGISTER_PER_IP', 60, 1),
      registerWindowSeconds: int(env, 'RATE_LIMIT_REGISTER_WINDOW_SECONDS', 3600, 1),
      passwordResetPerIp: int(env, 'RATE_LIMIT_PASSWORD_RESET_PER_IP', 60, 1),
      passwordResetWindowSeconds: int(env, 'RATE_LIMIT_PASSWORD_RESET_WINDOW_SECONDS', 3600, 1),
      refreshPerIp: int(env, 'RATE_LIMIT_REFRESH_PER_IP', 600, 1),
      refreshWindowSeconds: int(env, 'RATE_LIMIT_REFRESH_WINDOW_SECONDS', 600, 1),
      publicAnswersPerIp: int(env, 'RATE_LIMIT_PUBLIC_ANSWERS_PER_IP', 200, 1),
      publicAnswersWindowSeconds: int(env, 'RATE_LIMIT_PUBLIC_ANSWERS_WINDOW_SECONDS', 600, 1),
      contributionsPerAccount: int(env, 'RATE_LIMIT_CONTRIBUTIONS_PER_ACCOUNT', 20, 1),
      contributionsWindowSeconds: int(env, 'RATE_LIMIT_CONTRIBUTIONS_WINDOW_SECONDS', 600, 1),
      supportsPerAccount: int(env, 'RATE_LIMIT_SUPPORTS_PER_ACCOUNT', 60, 1),
      supportsWindowSeconds: int(env, 'RATE_LIMIT_SUPPORTS_WINDOW_SECONDS', 600, 1),
      flagsPerAccount: int(env, 'RATE_LIMIT_FLAGS_PER_ACCOUNT', 20, 1),
      flagsWindowSeconds: int(env, 'RATE_LIMIT_FLAGS_WINDOW_SECONDS', 600, 1),
      invitationsPerRepresentative: int(env, 'RATE_LIMIT_ORG_INVITATIONS_PER_ACCOUNT', 50, 1),
      invitationsWindowSeconds: int(env, 'RATE_LIMIT_ORG_INVITATIONS_WINDOW_SECONDS', 3600, 1),
      // a city council is up to 61 members, and an officer may set up its committees the same hour
      bodyInvitationsPerAccount: int(env, 'RATE_LIMIT_BODY_INVITATIONS_PER_ACCOUNT', 200, 1),
      bodyInvitationsWindowSeconds: int(env, 'RATE_LIMIT_BODY_INVITATIONS_WINDOW_SECONDS', 3600, 1),
    },
  };
}

function parseS3(env: NodeJS.ProcessEnv): S3Settings | null {
  const named = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'].filter((n) => env[n]);
  if (!env.S3_BUCKET) {
    if (named.length) throw new ConfigError(`${named.join(', ')} set without S3_BUCKET: set S3_BUCKET to store uploads in S3, or remove them`);
    return null;
  }
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) throw new ConfigError('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither');
  if (env.S3_ENDPOINT && !/^https?:\/\/[^/]/.test(env.S3_ENDPOINT)) throw new ConfigError(`S3_ENDPOINT must be an http(s) address, got "${env.S3_ENDPOINT}"`);
  return {
    endpoint: env.S3_ENDPOINT || null,
    bucket: env.S3_BUCKET,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID || null,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || null,
    // MinIO and most self-hosted servers want http://host/bucket/key; AWS the bucket in the host name
    forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', Boolean(env.S3_ENDPOINT)),
  };
}

/**
 * Behind a reverse proxy the client address comes from X-Forwarded-For; trusting every hop
 * would let a client choose its own address (and escape rate limits). Default: trust none.
 */
function parseTrustProxy(raw: string | undefined): boolean | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  const entries = raw.split(',').map((e) => e.trim());
  // a hop count cannot tell a proxy from a client that sends X-Forwarded-For itself: Fastify ignores it, so we refuse it
  const address = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/;
  if (entries.every((e) => address.test(e) && (/[a-z]/.test(e) ? true : isIP(e.split('/')[0]) !== 0))) return entries.join(',');
  throw new ConfigError(`TRUST_PROXY must be false, true or the proxies' addresses (e.g. "10.0.0.2" or "loopback,10.0.0.0/8"), got "${raw}"`);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
