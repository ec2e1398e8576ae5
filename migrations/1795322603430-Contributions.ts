import { MigrationInterface, QueryRunner } from 'typeorm';

export class Contributions1795322603430 implements MigrationInterface {
  name = 'Contributions1795322603430';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "consultation_participants" ("consultation_id" uuid NOT NULL, "author_key" text NOT NULL, "participant_no" integer NOT NULL, CONSTRAINT "PK_87c2afea63b53fe7ad72cd6549a" PRIMARY KEY ("consultation_id", "author_key"))`);
    await q.query(`CREATE TABLE "contributions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "section_id" uuid, "parent_id" uuid, "kind" character varying(10) NOT NULL, "body" text NOT NULL, "author_id" uuid, "author_name" text, "author_email" text, "organization_id" uuid, "organization_name" text, "publish_name" boolean NOT NULL DEFAULT false, "participant_no" integer NOT NULL, "channel" character varying(12) NOT NULL DEFAULT 'online', "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "registered_by" uuid, "support_count" integer NOT NULL DEFAULT '0', "flag_count" integer NOT NULL DEFAULT '0', "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "hidden_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca2b4f39eb9e32a61278c711f79" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_bce87730f5bfc0c6c1cfbb3a58" ON "contributions"  ("author_id") `);
    await q.query(`CREATE INDEX "IDX_4f1cb1467f5d80786f35189ad9" ON "contributions"  ("consultation_id", "section_id") `);
    await q.query(`CREATE INDEX "IDX_9870b7401bddcfe06411da6b5d" ON "contributions"  ("consultation_id", "support_count", "received_at", "id") `);
    await q.query(`CREATE INDEX "IDX_51ff8f0f270e37e38bf659a88e" ON "contributions"  ("consultation_id", "received_at", "id") `);
    await q.query(`CREATE TABLE "contribution_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contribution_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ac5e676d366da533601cde42626" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_b4e3ebbe9354529616939fdff3" ON "contribution_flags"  ("contribution_id", "user_id") `);
    await q.query(`CREATE TABLE "contribution_supports" ("contribution_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c1fcbe3d5b075e879fdde4ddb1" PRIMARY KEY ("contribution_id", "user_id"))`);
    await q.query(`CREATE TABLE "contribution_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contribution_id" uuid NOT NULL, "consultation_id" uuid NOT NULL, "version" integer NOT NULL, "decision" character varying(20) NOT NULL, "reasoning" text NOT NULL, "officer_id" uuid NOT NULL, "change_note" text, "current" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f51b59ff70eec2045a8f3133ef4" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_60476b33df77293f46c43f64b3" ON "contribution_responses"  ("consultation_id") `);
    await q.query(`CREATE UNIQUE INDEX "contribution_responses_current" ON "contribution_responses"  ("contribution_id") WHERE current`);
    await q.query(`CREATE UNIQUE INDEX "IDX_451e96696f18da9863a82c6754" ON "contribution_responses"  ("contribution_id", "version") `);
    await q.query(`ALTER TABLE "consultations" ADD "participant_seq" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "contributions" ADD CONSTRAINT "FK_949d0a361af52ae47ed13467c89" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "contribution_flags" ADD CONSTRAINT "FK_8019c88d66a0dbae3fd14f488d2" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "contribution_supports" ADD CONSTRAINT "FK_9bd8afe1c30decc51e9bda35dbf" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "contribution_supports" DROP CONSTRAINT "FK_9bd8afe1c30decc51e9bda35dbf"`);
    await q.query(`ALTER TABLE "contribution_flags" DROP CONSTRAINT "FK_8019c88d66a0dbae3fd14f488d2"`);
    await q.query(`ALTER TABLE "contributions" DROP CONSTRAINT "FK_949d0a361af52ae47ed13467c89"`);
    await q.query(`ALTER TABLE "consultations" DROP COLUMN "participant_seq"`);
    await q.query(`DROP INDEX "public"."IDX_451e96696f18da9863a82c6754"`);
    await q.query(`DROP INDEX "public"."contribution_responses_current"`);
    await q.query(`DROP INDEX "public"."IDX_60476b33df77293f46c43f64b3"`);
    await q.query(`DROP TABLE "contribution_responses"`);
    await q.query(`DROP TABLE "contribution_supports"`);
    await q.query(`DROP INDEX "public"."IDX_b4e3ebbe9354529616939fdff3"`);
    await q.query(`DROP TABLE "contribution_flags"`);
    await q.query(`DROP INDEX "public"."IDX_51ff8f0f270e37e38bf659a88e"`);
    await q.query(`DROP INDEX "public"."IDX_9870b7401bddcfe06411da6b5d"`);
    await q.query(`DROP INDEX "public"."IDX_4f1cb1467f5d80786f35189ad9"`);
    await q.query(`DROP INDEX "public"."IDX_bce87730f5bfc0c6c1cfbb3a58"`);
    await q.query(`DROP TABLE "contributions"`);
    await q.query(`DROP TABLE "consultation_participants"`);
  }
}
