import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrate } from '../src/schema/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded';
import { createQueue } from '../src/queue/queue';

/**
 * One real PostgreSQL for the run (TEST_DATABASE_URL, or a throwaway embedded one), with a
 * template database migrated by the committed migrations. Each test file clones the template.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-test-'));
    const port = 56000 + Math.floor(Math.random() * 3000);
    const db = await startEmbeddedPostgres(path.join(dir, 'pg'), port, { ephemeral: true });
    adminUrl = db.url;
    (globalThis as Record<string, unknown>).__SABOR_TEST_DB__ = { stop: db.stop, dir };
  }
  const templateUrl = withDatabase(adminUrl, 'sabor_template');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS sabor_template');
  await admin.query('CREATE DATABASE sabor_template');
  await admin.end();
  await migrate(templateUrl);
  // pg-boss installs its own schema on first start; do it once in the template.
  const queue = await createQueue(templateUrl, { worker: false });
  await queue.stop({ graceful: false, close: true });
  process.env.SABOR_TEST_ADMIN_URL = adminUrl;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
