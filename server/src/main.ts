import 'reflect-metadata';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/config';
import { migrate } from './database/data-source';
import { startEmbeddedPostgres } from './database/embedded';
import { seedDemo } from './demo/seed';
import { createQueue } from './jobs/queue';
import { startWorker } from './jobs/worker.runner';

/**
 * `npm start`: an embedded PostgreSQL when DATABASE_URL is unset, migrations, demo data the
 * first time (with --demo), the queue worker in-process, and the API + client on PORT.
 */
async function main() {
  const logger = new Logger('Sabor');
  const config = loadConfig();
  let stopDb: (() => Promise<void>) | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const dir = path.join(config.dataDir, 'postgres');
    const db = await startEmbeddedPostgres(dir, config.embeddedPgPort, { log: (m) => logger.log(m) });
    logger.log(`Embedded PostgreSQL running from ${dir} on port ${config.embeddedPgPort}`);
    databaseUrl = db.url;
    stopDb = db.stop;
  }
  await migrate(databaseUrl);
  if (config.demo) {
    const seeded = await seedDemo(databaseUrl, config);
    logger.log(seeded ? 'Demo data loaded (password of every demo account: demo-password)' : 'Demo data already present');
  }
  const queue = await createQueue(databaseUrl, { worker: false });
  const worker = config.workerInProcess ? await startWorker(config, databaseUrl) : undefined;
  const app = await createApp({ config, databaseUrl, queue });
  await app.listen({ port: config.port, host: config.host });
  logger.log(`Sabor is at ${config.publicUrl} (API docs: ${config.publicUrl}/api/docs)`);
  if (!config.smtpUrl) logger.log(`No SMTP_URL: e-mails are written as .eml files to ${config.mailDir}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    await app.close().catch(() => undefined);
    await worker?.stop().catch(() => undefined);
    await queue.stop({ graceful: false }).catch(() => undefined);
    await stopDb?.().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e) => {
  if (e instanceof ConfigError) console.error(e.message);
  else console.error(e);
  process.exit(1);
});
