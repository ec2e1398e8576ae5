import type { PgBoss as PgBossType } from 'pg-boss';

export const QUEUE = Symbol('QUEUE');
export type Queue = PgBossType;
export const MAIL_QUEUE = 'mail';

/** pg-boss keeps its jobs in the same PostgreSQL (schema pgboss); no Redis. */
export async function createQueue(connectionString: string, options: { worker: boolean }): Promise<Queue> {
  const { PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 4, supervise: options.worker, schedule: false });
  boss.on('error', (e: unknown) => console.error('[queue]', e));
  await boss.start();
  await boss.createQueue(MAIL_QUEUE, { retryLimit: 5, retryDelay: 30, retryBackoff: true });
  return boss;
}
