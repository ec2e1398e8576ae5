import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../database/embedded';

/** Runs `work` against TEST_DATABASE_URL, or a throwaway embedded PostgreSQL. */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.TEST_DATABASE_URL) return work(process.env.TEST_DATABASE_URL);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sabor-scratch-'));
  const port = 55000 + Math.floor(Math.random() * 2000);
  const db = await startEmbeddedPostgres(path.join(dir, 'pg'), port, { ephemeral: true });
  try {
    return await work(db.url);
  } finally {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
