import path from 'node:path';
import { buildOpenApi, createApp } from '../app.factory';
import { loadConfig } from '../config/config';
import { migrate } from '../schema/data-source';
import { createQueue } from '../queue/queue';

export const OPENAPI_FILE = path.resolve(__dirname, '../../../../../docs/openapi.json');

/** The OpenAPI document as the code describes it, serialised as docs/openapi.json stores it. */
export async function generateOpenApi(url: string): Promise<string> {
  await migrate(url);
  const queue = await createQueue(url, { worker: false });
  const app = await createApp({ config: { ...loadConfig({ NODE_ENV: 'test' }, []), clientDir: null }, databaseUrl: url, queue });
  try {
    return `${JSON.stringify(buildOpenApi(app), null, 2)}\n`;
  } finally {
    await app.close();
    await queue.stop({ graceful: false, close: true });
  }
}
