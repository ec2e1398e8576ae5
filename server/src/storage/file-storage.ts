import type { Readable } from 'node:stream';

/**
 * Where uploaded files live, reached alike by every API instance: PostgreSQL by default
 * (postgres-file-storage.ts), S3-compatible object storage when S3_BUCKET is set
 * (s3-file-storage.ts). Keys are paths such as `documents/ab/<uuid>`; the rows that name a file
 * (documents, municipalities) keep the key, the store keeps the bytes.
 */
export interface FileStorage {
  readonly kind: 'postgres' | 's3';
  /**
   * Stores the bytes of `source` under `key` as they arrive (never the whole file in memory). An
   * error from `source` (an upload over the limit) or from the store leaves nothing under `key`
   * and is thrown again.
   */
  put(key: string, source: AsyncIterable<Buffer>): Promise<{ size: number }>;
  /** The bytes under `key` as a stream, or null when there is no such file. */
  open(key: string): Promise<Readable | null>;
  /** At most the first `maxBytes` bytes under `key` (all of them by default), or null. */
  read(key: string, maxBytes?: number): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
  /** Removes the file; no error when there is none. */
  remove(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** A whole buffer as a source for `put`. */
export async function* bytesOf(data: Buffer): AsyncIterable<Buffer> {
  yield data;
}

/** Reads `stream` into one buffer, stopping after `maxBytes`. */
export async function collect(stream: AsyncIterable<Buffer | Uint8Array>, maxBytes = Infinity): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    parts.push(bytes);
    size += bytes.length;
    if (size >= maxBytes) break;
  }
  const all = Buffer.concat(parts);
  return size > maxBytes ? all.subarray(0, maxBytes) : all;
}
