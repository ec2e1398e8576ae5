import { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1795323415785 implements MigrationInterface {
  name = 'Documents1795323415785';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "filename" text NOT NULL, "mime_type" text NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" text NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_f65aa2ef77f317d7f2fac6448c" ON "documents"  ("consultation_id", "created_at") `);
    await q.query(`ALTER TABLE "documents" ADD CONSTRAINT "FK_c452cdab359963e56dffbc90389" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "documents" DROP CONSTRAINT "FK_c452cdab359963e56dffbc90389"`);
    await q.query(`DROP INDEX "public"."IDX_f65aa2ef77f317d7f2fac6448c"`);
    await q.query(`DROP TABLE "documents"`);
  }
}
