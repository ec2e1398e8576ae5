import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795321539306 implements MigrationInterface {
  name = 'Init1795321539306';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text, "password_hash" text, "display_name" text NOT NULL, "locale" character varying(2) NOT NULL DEFAULT 'bg', "home_settlement" text, "country" character varying(2), "email_verified_at" TIMESTAMP WITH TIME ZONE, "is_admin" boolean NOT NULL DEFAULT false, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await q.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "municipality_id" uuid, "before" jsonb, "after" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_cf27b149e915ca70fea031cf9b" ON "audit_log"  ("municipality_id", "id") `);
    await q.query(`CREATE TABLE "email_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08abb3fa348e894c274a6730d35" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_018295f41628791c301bfe8b62" ON "email_tokens"  ("user_id") `);
    await q.query(`CREATE UNIQUE INDEX "email_tokens_hash_key" ON "email_tokens"  ("token_hash") `);
    await q.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_3ddc983c5f7bcf132fd8732c3f" ON "refresh_tokens"  ("user_id") `);
    await q.query(`CREATE INDEX "IDX_d5e27da0cd39bc3bb2811fc8ba" ON "refresh_tokens"  ("family_id") `);
    await q.query(`CREATE UNIQUE INDEX "refresh_tokens_hash_key" ON "refresh_tokens"  ("token_hash") `);
    await q.query(`CREATE TABLE "idempotency_keys" ("user_id" uuid NOT NULL, "key" text NOT NULL, "fingerprint" text NOT NULL, "status_code" integer, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_392b1af86f210d98d3f0c764728" PRIMARY KEY ("user_id", "key"))`);
    await q.query(`CREATE TABLE "rate_limit_counters" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_fff95af8f500fb050737753e12e" PRIMARY KEY ("key", "window_start"))`);
    await q.query(`CREATE TABLE "municipalities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" jsonb NOT NULL, "country" character varying(2) NOT NULL, "time_zone" text NOT NULL, "default_locale" character varying(2) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c4573349577306f221dda4d924" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "municipalities_slug_key" ON "municipalities"  ("slug") `);
    await q.query(`CREATE TABLE "staff_roles" ("municipality_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d55df0d74d8436e87dcfb1a1b3b" PRIMARY KEY ("municipality_id", "user_id"))`);
    await q.query(`CREATE INDEX "IDX_03f4e2cfe89253a670de56ed71" ON "staff_roles"  ("user_id") `);
    await q.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" character varying(20) NOT NULL, "registration_number" text, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "organization_members" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4812f00736e35131a65d6032da" PRIMARY KEY ("organization_id", "user_id"))`);
    await q.query(`CREATE INDEX "IDX_89bde91f78d36ca41e9515d91c" ON "organization_members"  ("user_id") `);
    await q.query(`CREATE TABLE "partnerships" ("municipality_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c89a5017143657b3664f80cdee" PRIMARY KEY ("municipality_id", "organization_id"))`);
    await q.query(`CREATE INDEX "IDX_4452191ee68f1f524ed47d558e" ON "partnerships"  ("organization_id") `);
    await q.query(`ALTER TABLE "email_tokens" ADD CONSTRAINT "FK_018295f41628791c301bfe8b625" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "staff_roles" ADD CONSTRAINT "FK_779070db5fbe72cc34cf7c712ba" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "staff_roles" ADD CONSTRAINT "FK_03f4e2cfe89253a670de56ed71e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "organization_members" ADD CONSTRAINT "FK_7062a4fbd9bab22ffd918e5d3d9" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "organization_members" ADD CONSTRAINT "FK_89bde91f78d36ca41e9515d91c6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "partnerships" ADD CONSTRAINT "FK_5b00d57e1059731fce262375e88" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "partnerships" ADD CONSTRAINT "FK_4452191ee68f1f524ed47d558ea" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "partnerships" DROP CONSTRAINT "FK_4452191ee68f1f524ed47d558ea"`);
    await q.query(`ALTER TABLE "partnerships" DROP CONSTRAINT "FK_5b00d57e1059731fce262375e88"`);
    await q.query(`ALTER TABLE "organization_members" DROP CONSTRAINT "FK_89bde91f78d36ca41e9515d91c6"`);
    await q.query(`ALTER TABLE "organization_members" DROP CONSTRAINT "FK_7062a4fbd9bab22ffd918e5d3d9"`);
    await q.query(`ALTER TABLE "staff_roles" DROP CONSTRAINT "FK_03f4e2cfe89253a670de56ed71e"`);
    await q.query(`ALTER TABLE "staff_roles" DROP CONSTRAINT "FK_779070db5fbe72cc34cf7c712ba"`);
    await q.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"`);
    await q.query(`ALTER TABLE "email_tokens" DROP CONSTRAINT "FK_018295f41628791c301bfe8b625"`);
    await q.query(`DROP INDEX "public"."IDX_4452191ee68f1f524ed47d558e"`);
    await q.query(`DROP TABLE "partnerships"`);
    await q.query(`DROP INDEX "public"."IDX_89bde91f78d36ca41e9515d91c"`);
    await q.query(`DROP TABLE "organization_members"`);
    await q.query(`DROP TABLE "organizations"`);
    await q.query(`DROP INDEX "public"."IDX_03f4e2cfe89253a670de56ed71"`);
    await q.query(`DROP TABLE "staff_roles"`);
    await q.query(`DROP INDEX "public"."municipalities_slug_key"`);
    await q.query(`DROP TABLE "municipalities"`);
    await q.query(`DROP TABLE "rate_limit_counters"`);
    await q.query(`DROP TABLE "idempotency_keys"`);
    await q.query(`DROP INDEX "public"."refresh_tokens_hash_key"`);
    await q.query(`DROP INDEX "public"."IDX_d5e27da0cd39bc3bb2811fc8ba"`);
    await q.query(`DROP INDEX "public"."IDX_3ddc983c5f7bcf132fd8732c3f"`);
    await q.query(`DROP TABLE "refresh_tokens"`);
    await q.query(`DROP INDEX "public"."email_tokens_hash_key"`);
    await q.query(`DROP INDEX "public"."IDX_018295f41628791c301bfe8b62"`);
    await q.query(`DROP TABLE "email_tokens"`);
    await q.query(`DROP INDEX "public"."IDX_cf27b149e915ca70fea031cf9b"`);
    await q.query(`DROP TABLE "audit_log"`);
    await q.query(`DROP INDEX "public"."users_email_key"`);
    await q.query(`DROP TABLE "users"`);
  }
}
