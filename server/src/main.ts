import 'reflect-metadata';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { createRootLogger, PinoNestLogger } from './common/log';
import { AppConfig, ConfigError, loadConfig } from './config/config';
import { migrate } from './schema/data-source';
import { EmbeddedStartError, startEmbeddedPostgres } from './database/embedded';
import { seedDemo } from './demo/seed';
import { createQueue } from './queue/queue';
import { startWorker } from './jobs/worker.runner';
import { FILE_STORAGE } from './storage/file-storage';
import type { FileStorage } from './storage/file-storage';
import { importLocalFiles } from './storage/import-local';

/**
 * `npm start`: an embedded PostgreSQL when DATABASE_URL is unset, migrations, demo data the
 * first time (with --demo), the queue worker in-process, and the API + client on PORT.
 *
 * What can go wrong at start is said in one line with what to do (docs/operations.md, "When npm
 * start fails"); Ctrl-C and SIGTERM stop the HTTP server, the worker, the queue and the database,
 * in that order.
 */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : String(e));
    process.exit(1);
  }
  const root = createRootLogger(config.env, config.logLevel);
  Logger.overrideLogger(new PinoNestLogger(root));
  const log = root.child({ context: 'Sabor' });

  // What has started, stopped in reverse order (last started, first stopped).
  const running: Array<{ name: string; stop: () => Promise<unknown> }> = [];
  let stopping = false;
  const stopAll = async () => {
    for (const part of running.reverse()) {
      await part.stop().catch((e: unknown) => log.warn(`stopping ${part.name}: ${e instanceof Error ? e.message : String(e)}`));
    }
  };
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping`);
    await stopAll();
    log.info('Stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const dataHint = process.env.SABOR_DATA_DIR ? `the folder SABOR_DATA_DIR names (${config.dataDir})` : `.data/ (${config.dataDir}), or set SABOR_DATA_DIR`;
  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const dir = path.join(config.dataDir, 'postgres');
      const db = await startEmbeddedPostgres(dir, config.embeddedPgPort, { log: (m) => log.info(m), portChosen: config.embeddedPgPortChosen, dataDirHint: dataHint });
      running.push({ name: 'the embedded PostgreSQL', stop: db.stop });
      log.info(`Embedded PostgreSQL running from ${dir} on port ${db.port}`);
      databaseUrl = db.url;
      try {
        await migrate(databaseUrl);
      } catch (e) {
        if (stopping) return;
        throw new EmbeddedStartError(`Preparing the database in ${dir} failed: ${oneLine(e)}. If it cannot be repaired, delete ${dataHint} for a fresh start (the demo data is made again).`);
      }
    } else {
      await migrate(databaseUrl);
    }
    if (config.demo) {
      const seeded = await seedDemo(databaseUrl, config);
      log.info(seeded ? 'Demo data loaded' : 'Demo data already present');
    }
    const queue = await createQueue(databaseUrl, { worker: false, onError: (e) => stopping || log.error(`queue: ${e.message}`) });
    running.push({ name: 'the queue', stop: () => queue.stop({ graceful: false }) });
    if (config.workerInProcess) {
      const worker = await startWorker(config, databaseUrl);
      running.push({ name: 'the worker', stop: worker.stop });
    }
    const app = await createApp({ config, databaseUrl, queue });
    running.push({ name: 'the HTTP server', stop: () => app.close() });
    // an installation from before the shared store: its STORAGE_DIR files move in once
    await importLocalFiles(config.storageDir, app.get<FileStorage>(FILE_STORAGE), (m) => log.info(m));
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new EmbeddedStartError(`Port ${config.port} is taken by another program (another npm start?): stop it, or set PORT to a free port.`);
      }
      throw e;
    }
    banner(config, log);
  } catch (e) {
    if (stopping) return;
    if (e instanceof EmbeddedStartError || e instanceof ConfigError) log.error(e.message);
    else log.error(`Sabor could not start: ${oneLine(e)}`);
    stopping = true;
    await stopAll();
    process.exit(1);
  }
}

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ').trim();
}

/** The last words of a start: where Sabor is, where e-mails go, how to sign in to the demo. */
function banner(config: AppConfig, log: ReturnType<typeof createRootLogger>): void {
  const mail = config.smtpUrl ? 'sent through SMTP_URL' : `written as .eml files to ${config.mailDir}`;
  if (config.env === 'production') {
    log.info({ url: config.publicUrl, mail }, `Sabor is at ${config.publicUrl}`);
    return;
  }
  const lines = [
    '',
    `  Sabor is running at ${config.publicUrl}`,
    `  API documentation:  ${config.publicUrl}/api/docs`,
    `  E-mails:            ${mail}`,
    ...(config.demo ? ['  Demo accounts:      admin@sabor.example, officer@haskovo.sabor.example, citizen@sabor.example … (README)', '  Their password:     demo-password'] : []),
    '  Stop with Ctrl-C.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

void main();
