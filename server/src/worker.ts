import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createRootLogger, PinoNestLogger } from './common/log';
import { ConfigError, loadConfig } from './config/config';
import { startWorker } from './jobs/worker.runner';

/** The queue worker on its own (production): `node server/dist/server/src/worker.js`. */
async function main() {
  const config = loadConfig();
  // the same one-line records as the API: JSON in production, readable in development
  Logger.overrideLogger(new PinoNestLogger(createRootLogger(config.env, config.logLevel)));
  if (!config.databaseUrl) throw new ConfigError('The worker needs DATABASE_URL');
  const worker = await startWorker(config, config.databaseUrl);
  new Logger('Worker').log('Worker running');
  const stop = async () => {
    await worker.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
