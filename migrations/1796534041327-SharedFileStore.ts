import { MigrationInterface, QueryRunner } from 'typeorm';

export class SharedFileStore1796534041327 implements MigrationInterface {
  name = 'SharedFileStore1796534041327';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "stored_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "size" bigint NOT NULL DEFAULT '0', "complete" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d5be862bf53851c1794b4adf4e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_31f99852d306c9c6526fcfec8d" ON "stored_files"  ("key") `);
    await q.query(`CREATE TABLE "stored_file_chunks" ("file_id" uuid NOT NULL, "n" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_57716635996287180a65575be69" PRIMARY KEY ("file_id", "n"))`);
    await q.query(`ALTER TABLE "stored_file_chunks" ADD CONSTRAINT "FK_37be6c847f971f1b9536e7dd076" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // by hand: uploads are mostly compressed already (PDF, DOCX, PNG, JPEG), so the chunks are kept
    // out of line without PostgreSQL trying to compress them again
    await q.query(`ALTER TABLE "stored_file_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "stored_file_chunks" DROP CONSTRAINT "FK_37be6c847f971f1b9536e7dd076"`);
    await q.query(`DROP TABLE "stored_file_chunks"`);
    await q.query(`DROP INDEX "public"."IDX_31f99852d306c9c6526fcfec8d"`);
    await q.query(`DROP TABLE "stored_files"`);
  }
}
