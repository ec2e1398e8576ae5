/**
 * Whether an error means "PostgreSQL cannot be reached right now" (an outage, a restart, a full
 * pool) rather than a bug or bad data. Such a failure is answered 503 `service_unavailable` with
 * `Retry-After`, never 401 or 500: a client keeps its session and tries again.
 *
 * SQLSTATE classes: 08 (connection exception), 57P01 admin_shutdown, 57P02 crash_shutdown,
 * 57P03 cannot_connect_now ("the database system is starting up / shutting down"), 53300
 * too_many_connections. Node's socket errors (ECONNREFUSED, ECONNRESET, …) and the messages the
 * `pg` driver and its pool give without a code ("Connection terminated", "timeout exceeded when
 * trying to connect", and `Batches`' "timeout exceeded waiting for a database batch") count too. TypeORM copies the driver's `code` onto its QueryFailedError and
 * keeps the original as `driverError`.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);
const MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i, /timeout exceeded waiting for a database batch/i, /connection timeout/i, /client has encountered a connection error/i, /cannot use a pool after calling end/i, /the database system is (starting up|shutting down|in recovery mode)/i, /is not currently accepting connections/i, /terminating connection due to administrator command/i, /Client was closed and is not queryable/i];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (SQLSTATES.has(e.code) || e.code.startsWith('08') || NODE_CODES.has(e.code))) return true;
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true; // AggregateError (IPv4 + IPv6 refused)
  return isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/** Seconds a client should wait before asking again during an outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 3;
