import { MigrationInterface, QueryRunner } from 'typeorm';

export class Forms1795690543927 implements MigrationInterface {
  name = 'Forms1795690543927';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "forms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "subject_type" character varying(20), "subject_id" uuid, "title" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', "anonymous" boolean NOT NULL, "audience" character varying(12) NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "min_group_size" integer NOT NULL DEFAULT '5', "publish_results" boolean NOT NULL DEFAULT false, "questions" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "based_on_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba062fd30b06814a60756f233da" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_f0a2d4d78b9664ecf710a88a7a" ON "forms"  ("subject_type", "subject_id") `);
    await q.query(`CREATE INDEX "IDX_092d1db4fc9c7ab77ff4757fcb" ON "forms"  ("municipality_id", "created_at") `);
    await q.query(`CREATE TABLE "form_invitations" ("id" uuid NOT NULL, "form_id" uuid NOT NULL, "email" text, "name" text, "locale" character varying(2) NOT NULL, "registration_id" uuid, "token_hash" text NOT NULL, "used" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid, "reminders" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_e92f40bcaa4b4146be0b04cda5e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_33f545abc811340b514551e350" ON "form_invitations"  ("form_id") `);
    await q.query(`CREATE UNIQUE INDEX "IDX_7176c6a6f373e5841fe54c2a5f" ON "form_invitations"  ("token_hash") `);
    await q.query(`CREATE UNIQUE INDEX "IDX_6e1d2a0beba6a6ebe7c61341e2" ON "form_invitations"  ("form_id", "email") WHERE email IS NOT NULL`);
    await q.query(`CREATE TABLE "form_responses" ("id" uuid NOT NULL, "form_id" uuid NOT NULL, "submitted_on" date NOT NULL, "anonymous" boolean NOT NULL, "user_id" uuid, "invitation_id" uuid, CONSTRAINT "form_responses_anonymous_unlinked" CHECK (NOT anonymous OR (user_id IS NULL AND invitation_id IS NULL)), CONSTRAINT "PK_36a512e5574d0a366b40b26874e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_9b3073ddffd62f8196971a0022" ON "form_responses"  ("user_id") `);
    await q.query(`CREATE INDEX "IDX_86f6c4f2020b418891fd1adc85" ON "form_responses"  ("form_id", "submitted_on") `);
    await q.query(`CREATE INDEX "IDX_c6a60ac411981c2f303a0fb1fa" ON "form_responses"  ("form_id", "id") `);
    await q.query(`CREATE TABLE "form_answers" ("response_id" uuid NOT NULL, "question_key" character varying(40) NOT NULL, "position" smallint NOT NULL, "form_id" uuid NOT NULL, "num" smallint, "choice" character varying(40), "text" text, CONSTRAINT "PK_41a1fb5ba8351867fc21685b10e" PRIMARY KEY ("response_id", "question_key", "position"))`);
    await q.query(`CREATE INDEX "IDX_12a800a815343af399e9e3e208" ON "form_answers"  ("form_id", "question_key") `);
    await q.query(`CREATE TABLE "form_respondents" ("form_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_561f3a7011dab4cce33f8138c46" PRIMARY KEY ("form_id", "user_id"))`);
    await q.query(`CREATE INDEX "IDX_c74a38b9641b6504e6d6028bbf" ON "form_respondents"  ("user_id") `);
    await q.query(`ALTER TABLE "forms" ADD CONSTRAINT "FK_345e2b5bc23dfe2a484a2bc825f" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "form_invitations" ADD CONSTRAINT "FK_33f545abc811340b514551e3506" FOREIGN KEY ("form_id") REFERENCES "forms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "form_invitations" ADD CONSTRAINT "FK_04e3bf7d765f9c904284f586a50" FOREIGN KEY ("registration_id") REFERENCES "meeting_registrations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "form_responses" ADD CONSTRAINT "FK_e16fc40ad2a3520c6641b3ce4a7" FOREIGN KEY ("form_id") REFERENCES "forms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "form_responses" ADD CONSTRAINT "FK_9b3073ddffd62f8196971a0022e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "form_responses" ADD CONSTRAINT "FK_1ae8853359f46c4931e68538702" FOREIGN KEY ("invitation_id") REFERENCES "form_invitations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "form_answers" ADD CONSTRAINT "FK_711629876e9f2ad2c99f559975e" FOREIGN KEY ("response_id") REFERENCES "form_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "form_respondents" ADD CONSTRAINT "FK_6446bee5b4e9ec28144d5ef8efb" FOREIGN KEY ("form_id") REFERENCES "forms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "form_respondents" ADD CONSTRAINT "FK_c74a38b9641b6504e6d6028bbf2" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "form_respondents" DROP CONSTRAINT "FK_c74a38b9641b6504e6d6028bbf2"`);
    await q.query(`ALTER TABLE "form_respondents" DROP CONSTRAINT "FK_6446bee5b4e9ec28144d5ef8efb"`);
    await q.query(`ALTER TABLE "form_answers" DROP CONSTRAINT "FK_711629876e9f2ad2c99f559975e"`);
    await q.query(`ALTER TABLE "form_responses" DROP CONSTRAINT "FK_1ae8853359f46c4931e68538702"`);
    await q.query(`ALTER TABLE "form_responses" DROP CONSTRAINT "FK_9b3073ddffd62f8196971a0022e"`);
    await q.query(`ALTER TABLE "form_responses" DROP CONSTRAINT "FK_e16fc40ad2a3520c6641b3ce4a7"`);
    await q.query(`ALTER TABLE "form_invitations" DROP CONSTRAINT "FK_04e3bf7d765f9c904284f586a50"`);
    await q.query(`ALTER TABLE "form_invitations" DROP CONSTRAINT "FK_33f545abc811340b514551e3506"`);
    await q.query(`ALTER TABLE "forms" DROP CONSTRAINT "FK_345e2b5bc23dfe2a484a2bc825f"`);
    await q.query(`DROP INDEX "public"."IDX_c74a38b9641b6504e6d6028bbf"`);
    await q.query(`DROP TABLE "form_respondents"`);
    await q.query(`DROP INDEX "public"."IDX_12a800a815343af399e9e3e208"`);
    await q.query(`DROP TABLE "form_answers"`);
    await q.query(`DROP INDEX "public"."IDX_c6a60ac411981c2f303a0fb1fa"`);
    await q.query(`DROP INDEX "public"."IDX_86f6c4f2020b418891fd1adc85"`);
    await q.query(`DROP INDEX "public"."IDX_9b3073ddffd62f8196971a0022"`);
    await q.query(`DROP TABLE "form_responses"`);
    await q.query(`DROP INDEX "public"."IDX_6e1d2a0beba6a6ebe7c61341e2"`);
    await q.query(`DROP INDEX "public"."IDX_7176c6a6f373e5841fe54c2a5f"`);
    await q.query(`DROP INDEX "public"."IDX_33f545abc811340b514551e350"`);
    await q.query(`DROP TABLE "form_invitations"`);
    await q.query(`DROP INDEX "public"."IDX_092d1db4fc9c7ab77ff4757fcb"`);
    await q.query(`DROP INDEX "public"."IDX_f0a2d4d78b9664ecf710a88a7a"`);
    await q.query(`DROP TABLE "forms"`);
  }
}
