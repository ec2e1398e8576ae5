import type { AppConfig } from '../config/config';
import type { FileStorage } from './file-storage';
import { PostgresFileStorage, Queryable } from './postgres-file-storage';
import { S3FileStorage } from './s3-file-storage';

/** The FileStorage the settings choose: S3 when S3_BUCKET is set, PostgreSQL otherwise. */
export function createFileStorage(config: AppConfig, db: Queryable): FileStorage {
  return config.s3 ? new S3FileStorage(config.s3) : new PostgresFileStorage(db);
}
