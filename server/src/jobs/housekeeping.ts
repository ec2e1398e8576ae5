import type { Queue } from './queue';

/** Rows that have served their purpose: old rate-limit windows, replay keys, spent or expired tokens. */
export const HOUSEKEEPING_SQL = [
  `DELETE FROM rate_limit_counters WHERE window_start < now() - interval '1 day'`,
  `DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'`,
  `DELETE FROM email_tokens WHERE expires_at < now() - interval '7 days'`,
  `DELETE FROM refresh_tokens WHERE expires_at < now() - interval '7 days'`,
];

export async function runHousekeeping(queue: Queue): Promise<void> {
  const db = queue.getDb();
  for (const sql of HOUSEKEEPING_SQL) await db.executeSql(sql);
}
