import { CLOSED_WITH_WAITING_SQL, GROUP_RELEASE_SQL } from '../forms/inbox-sql';
import type { Queue } from '../queue/queue';

/** Rows that have served their purpose: old rate-limit windows, replay keys, spent or expired tokens and invitations (a body's invitation to an address: 30 days), abandoned uploads. */
export const HOUSEKEEPING_SQL = [
  `DELETE FROM rate_limit_counters WHERE window_start < now() - interval '1 day'`,
  `DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'`,
  `DELETE FROM email_tokens WHERE expires_at < now() - interval '7 days'`,
  `DELETE FROM refresh_tokens WHERE expires_at < now() - interval '7 days'`,
  `DELETE FROM organization_invitations WHERE expires_at < now()`,
  // a body's invitation to an address nobody has taken up in 30 days is withdrawn: the address is not kept longer
  `DELETE FROM body_members WHERE invitation = 'pending' AND user_id IS NULL AND invited_email IS NOT NULL AND created_at < now() - interval '30 days'`,
  // uploads stopped half-way by a process that died (a stopped upload removes its own at once)
  `DELETE FROM stored_files WHERE NOT complete AND created_at < now() - interval '1 day'`,
];

/**
 * Also puts the answers left waiting on forms that have closed (`now` by the application's clock)
 * into a group, whatever their number: no more will come to make one, so they join the form's
 * last group; no link is spent in this transaction. Each form in a transaction of its own.
 */
export async function runHousekeeping(queue: Queue, now: Date = new Date()): Promise<void> {
  const db = queue.getDb();
  for (const sql of HOUSEKEEPING_SQL) await db.executeSql(sql);
  const { rows } = await db.executeSql(CLOSED_WITH_WAITING_SQL, [now]);
  for (const { form_id } of rows as Array<{ form_id: string }>) await db.executeSql(GROUP_RELEASE_SQL, [form_id, 1, now, true]);
}
