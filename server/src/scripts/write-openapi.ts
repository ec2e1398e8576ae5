/** `npm run openapi`: writes docs/openapi.json from the code (CI fails when it is out of date). */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildOpenApi, createApp } from '../app.factory';
import { loadConfig } from '../config/config';
import { createQueue } from '../jobs/queue';
import { withScratchDatabase } from './with-database';
import { migrate } from '../database/data-source';

export const OPENAPI_FILE = path.resolve(__dirname, '../../../../../docs/openapi.json');

async function main() {
  await withScratchDatabase(async (url) => {
    await migrate(url);
    const queue = await createQueue(url, { worker: false });
    const app = await createApp({ config: { ...loadConfig({ NODE_ENV: 'test' }, []), clientDir: null }, databaseUrl: url, queue });
    const doc = buildOpenApi(app);
    fs.writeFileSync(OPENAPI_FILE, `${JSON.stringify(doc, null, 2)}\n`);
    await app.close();
    await queue.stop({ graceful: false });
    console.log(`Wrote ${OPENAPI_FILE}`);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
