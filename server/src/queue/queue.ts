import '../database/pg-types';
import type { PgBoss as PgBossType } from 'pg-boss';

export const QUEUE = Symbol('QUEUE');
export type Queue = PgBossType;
/** account mail and notifications: each job holds the address and the text; deleted once sent */
export const MAIL_QUEUE = 'mail';
/** invitations and reminders of forms: jobs that name an invitation or a form, never an address; deleted once sent */
export const FORM_MAIL_QUEUE = 'form-mail';
/** fans out "new consultation" e-mails to the followers of a municipality */
export const FOLLOWERS_QUEUE = 'notify-followers';

/**
 * A job of the form-mail queue. It names an invitation, or a form whose unused invitations get a
 * reminder, never an address: the worker reads the addresses from `form_invitations` when it
 * sends, and deletes the job once done, so the queue never holds who was written to (for a
 * reminder: who had not answered yet).
 */
export type FormMailJob = { kind: 'invitation'; invitationId: string } | { kind: 'reminder'; formId: string };

/** pg-boss keeps its jobs in the same PostgreSQL (schema pgboss); no Redis. */
export async function createQueue(connectionString: string, options: { worker: boolean; onError?: (e: Error) => void }): Promise<Queue> {
  const { PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 4, supervise: options.worker, schedule: false });
  // one line per error through the caller's logger (never a multi-line dump in a JSON log)
  boss.on('error', options.onError ?? ((e: Error) => console.error(`[queue] ${e.message}`)));
  await boss.start();
  // the worker empties each mail's job once sent (its id stays a day: the same mail is never queued
  // twice); one that failed every try (its address still in it) goes
  // a day later, at pg-boss's daily maintenance, instead of the default seven days
  await boss.createQueue(MAIL_QUEUE, { retryLimit: 5, retryDelay: 30, retryBackoff: true, deleteAfterSeconds: 86_400 });
  // createQueue leaves a queue that exists alone: a database made before keeps its seven days without this
  await boss.updateQueue(MAIL_QUEUE, { deleteAfterSeconds: 86_400 });
  await boss.createQueue(FOLLOWERS_QUEUE, { retryLimit: 3, retryDelay: 60 });
  // the worker deletes each job once its mails are out (and pg-boss any completed one a minute later)
  await boss.createQueue(FORM_MAIL_QUEUE, { retryLimit: 5, retryDelay: 30, retryBackoff: true, deleteAfterSeconds: 60 });
  return boss;
}
