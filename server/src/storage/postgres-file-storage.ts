import { Readable } from 'node:stream';
import type { FileStorage } from './file-storage';
import { collect } from './file-storage';

/** The size of a row of stored_file_chunks (the last one of a file is smaller). */
export const STORED_CHUNK_BYTES = 256 * 1024;
/** chunks fetched by one query while a file is read out (1 MB) */
const CHUNKS_PER_READ = 4;

/** What the store needs of the database: TypeORM's DataSource and EntityManager have it. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Files in PostgreSQL, in rows of 256 KB: the upload is written a chunk at a time as it arrives,
 * each insert on its own (no transaction holds a connection for the length of an upload), and
 * the file becomes visible once its last chunk is in (`complete`). Reading fetches 1 MB at a time.
 */
export class PostgresFileStorage implements FileStorage {
  readonly kind = 'postgres' as const;

  constructor(private readonly db: Queryable) {}

  async put(key: string, source: AsyncIterable<Buffer>): Promise<{ size: number }> {
    const [{ id }] = (await this.db.query('INSERT INTO stored_files (key) VALUES ($1) RETURNING id', [key])) as Array<{ id: string }>;
    let n = 0;
    let size = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const write = async (data: Buffer) => {
      await this.db.query('INSERT INTO stored_file_chunks (file_id, n, data) VALUES ($1, $2, $3)', [id, n, data]);
      n += 1;
    };
    try {
      for await (const chunk of source) {
        size += chunk.length;
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes < STORED_CHUNK_BYTES) continue;
        // joined once, then cut (a source may hand over a large piece at once)
        const all = Buffer.concat(pending);
        let offset = 0;
        for (; all.length - offset >= STORED_CHUNK_BYTES; offset += STORED_CHUNK_BYTES) await write(all.subarray(offset, offset + STORED_CHUNK_BYTES));
        const rest = all.subarray(offset);
        pending = rest.length ? [rest] : [];
        pendingBytes = rest.length;
      }
      if (pendingBytes) await write(Buffer.concat(pending));
      await this.db.query('UPDATE stored_files SET size = $2, complete = true WHERE id = $1', [id, size]);
      return { size };
    } catch (e) {
      await this.db.query('DELETE FROM stored_files WHERE id = $1', [id]).catch(() => undefined);
      throw e;
    }
  }

  private async idOf(key: string): Promise<string | null> {
    const rows = (await this.db.query('SELECT id FROM stored_files WHERE key = $1 AND complete', [key])) as Array<{ id: string }>;
    return rows[0]?.id ?? null;
  }

  async open(key: string): Promise<Readable | null> {
    const id = await this.idOf(key);
    if (!id) return null;
    const db = this.db;
    async function* chunks(): AsyncGenerator<Buffer> {
      let next = 0;
      for (;;) {
        const rows = (await db.query('SELECT n, data FROM stored_file_chunks WHERE file_id = $1 AND n >= $2 ORDER BY n LIMIT $3', [id, next, CHUNKS_PER_READ])) as Array<{ n: number; data: Buffer }>;
        for (const row of rows) yield row.data;
        if (rows.length < CHUNKS_PER_READ) return;
        next = rows[rows.length - 1].n + 1;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  async read(key: string, maxBytes = Infinity): Promise<Buffer | null> {
    const stream = await this.open(key);
    return stream ? collect(stream, maxBytes) : null;
  }

  async has(key: string): Promise<boolean> {
    return (await this.idOf(key)) !== null;
  }

  async remove(key: string): Promise<void> {
    await this.db.query('DELETE FROM stored_files WHERE key = $1', [key]);
  }
}
