import { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by hand: extensions for full-text search (unaccent) and similarity (pg_trgm). */
export class Extensions1763700000000 implements MigrationInterface {
  name = 'Extensions1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('CREATE EXTENSION IF NOT EXISTS unaccent');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP EXTENSION IF EXISTS unaccent');
    await q.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
