import { MigrationInterface, QueryRunner } from 'typeorm';

export class Consultations1795322401351 implements MigrationInterface {
  name = 'Consultations1795322401351';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "calendar_days" ("country" character varying(2) NOT NULL, "date" date NOT NULL, "kind" character varying(12) NOT NULL, "name" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_99c54bb72012c5e828c5f0e340f" PRIMARY KEY ("country", "date"))`);
    await q.query(`CREATE TABLE "consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "title" jsonb NOT NULL, "summary" jsonb NOT NULL, "body" jsonb NOT NULL, "motives" jsonb, "contact" jsonb NOT NULL DEFAULT '{}', "period_days" integer NOT NULL DEFAULT '30', "shortened_reason" text, "publish_on" date, "published_at" TIMESTAMP WITH TIME ZONE, "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "last_day" date, "moved_from" date, "report_published_at" TIMESTAMP WITH TIME ZONE, "outcome_result" character varying(20), "outcome_decision_ref" text, "outcome_decided_on" date, "outcome_note" text, "outcome_recorded_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '0', "search_text" text NOT NULL DEFAULT '', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c5b78e9424d9bc68464f6a12103" PRIMARY KEY ("id"))`);
    // by hand: full-text search over every language of title, summary and body (Cyrillic included)
    await q.query(`CREATE INDEX "consultations_search_idx" ON "consultations" USING gin (to_tsvector('simple', "search_text"))`);
    await q.query(`CREATE INDEX "IDX_9dd4cf55087416860790d61772" ON "consultations"  ("municipality_id", "published_at") `);
    await q.query(`CREATE TABLE "consultation_sections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "ordinal" integer NOT NULL, "ref" text NOT NULL, "title" text NOT NULL DEFAULT '', "text" text NOT NULL, "chapter" text, CONSTRAINT "PK_3d9307e4691f7c36fe0d9bbb56e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_9e494e1ba273412ab3adb7b3df" ON "consultation_sections"  ("consultation_id", "ordinal") `);
    await q.query(`CREATE TABLE "consultation_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "subject" character varying(20) NOT NULL DEFAULT 'draft', "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "note" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea6d1530ba2a7d57d3801c48f34" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_419e5d405b014f864161b1ee5b" ON "consultation_versions"  ("consultation_id", "subject", "version") `);
    await q.query(`ALTER TABLE "consultations" ADD CONSTRAINT "FK_ed9624f3e793eea67882c4a113e" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "consultation_sections" ADD CONSTRAINT "FK_2dfce3f50e0d44f8e9c3b1ac65f" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "consultation_sections" DROP CONSTRAINT "FK_2dfce3f50e0d44f8e9c3b1ac65f"`);
    await q.query(`ALTER TABLE "consultations" DROP CONSTRAINT "FK_ed9624f3e793eea67882c4a113e"`);
    await q.query(`DROP INDEX "public"."IDX_419e5d405b014f864161b1ee5b"`);
    await q.query(`DROP TABLE "consultation_versions"`);
    await q.query(`DROP INDEX "public"."IDX_9e494e1ba273412ab3adb7b3df"`);
    await q.query(`DROP TABLE "consultation_sections"`);
    await q.query(`DROP INDEX "public"."IDX_9dd4cf55087416860790d61772"`);
    await q.query(`DROP INDEX "public"."consultations_search_idx"`);
    await q.query(`DROP TABLE "consultations"`);
    await q.query(`DROP TABLE "calendar_days"`);
  }
}
