import { MigrationInterface, QueryRunner } from 'typeorm';

export class BodiesMeetings1795324599466 implements MigrationInterface {
  name = 'BodiesMeetings1795324599466';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "bodies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "name" jsonb NOT NULL, "mandate" jsonb NOT NULL, "visibility" character varying(10) NOT NULL, "status" character varying(10) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_efc66684e75152471d119b6e5a3" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_4bd684d81b7e0ca6506ccf840d" ON "bodies"  ("municipality_id", "created_at") `);
    await q.query(`CREATE TABLE "body_consultations" ("body_id" uuid NOT NULL, "consultation_id" uuid NOT NULL, CONSTRAINT "PK_68ca0836d2db04ef71e20626f62" PRIMARY KEY ("body_id", "consultation_id"))`);
    await q.query(`CREATE INDEX "IDX_b38d0e5b48db255629bff3e77d" ON "body_consultations"  ("consultation_id") `);
    await q.query(`CREATE TABLE "body_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "body_id" uuid NOT NULL, "user_id" uuid, "name" text, "organization_id" uuid, "role" character varying(12) NOT NULL, "since" date NOT NULL, "until" date, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de4df95703aea6a90481d777da6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_c91ef819ee31aca487a8650a04" ON "body_members"  ("user_id") `);
    await q.query(`CREATE INDEX "IDX_7b81d6d9050afd9d6c2bd9a383" ON "body_members"  ("body_id", "since") `);
    await q.query(`CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "body_id" uuid, "kind" character varying(20) NOT NULL, "title" jsonb NOT NULL, "description" jsonb NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" jsonb NOT NULL, "online_url" text, "capacity" integer, "registration_open" boolean NOT NULL DEFAULT false, "registration_opens_at" TIMESTAMP WITH TIME ZONE, "registration_closes_at" TIMESTAMP WITH TIME ZONE, "require_approval" boolean NOT NULL DEFAULT false, "programme" jsonb NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'scheduled', "minutes_draft" jsonb, "minutes_version" integer NOT NULL DEFAULT '0', "minutes_published_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_505a9ff3f8a8452cb9f252841a" ON "meetings"  ("starts_at") `);
    await q.query(`CREATE INDEX "IDX_78b28330167558bd13e7251c44" ON "meetings"  ("body_id", "starts_at") `);
    await q.query(`CREATE INDEX "IDX_ad722948cb14e74a5abc4f6bca" ON "meetings"  ("municipality_id", "starts_at") `);
    await q.query(`CREATE TABLE "meeting_partners" ("meeting_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, CONSTRAINT "PK_26474aa32555441084420574ab2" PRIMARY KEY ("meeting_id", "municipality_id"))`);
    await q.query(`CREATE INDEX "IDX_f968be4903dcfe50ee473e091f" ON "meeting_partners"  ("municipality_id") `);
    await q.query(`CREATE TABLE "meeting_minutes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "version" integer NOT NULL, "text" jsonb NOT NULL, "decisions" jsonb NOT NULL, "attendees_count" integer, "note" text, "published_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_131d742848db3ee132d63b25ecd" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_9a3e63ac7ab659473c9905462a" ON "meeting_minutes"  ("meeting_id", "version") `);
    await q.query(`CREATE TABLE "meeting_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" SERIAL NOT NULL, "meeting_id" uuid NOT NULL, "user_id" uuid, "name" text NOT NULL, "email" text, "home_settlement" text NOT NULL, "home_municipality_id" uuid, "country" character varying(2) NOT NULL, "organization_id" uuid, "organization_name" text, "category" character varying(20) NOT NULL, "status" character varying(12) NOT NULL, "code" character varying(12) NOT NULL, "cancel_token_hash" text, "walk_in" boolean NOT NULL DEFAULT false, "locale" character varying(2) NOT NULL, "registered_by" uuid, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, "promoted_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ec708d7c15e64bb3d52ade30c9f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_f550be46a8906e8649544ac88f" ON "meeting_registrations"  ("user_id") `);
    await q.query(`CREATE UNIQUE INDEX "IDX_ef9b70e557335931414b40420a" ON "meeting_registrations"  ("cancel_token_hash") `);
    await q.query(`CREATE INDEX "IDX_24d6dbcce855e77cd36ea03e50" ON "meeting_registrations"  ("meeting_id", "status", "seq") `);
    await q.query(`CREATE UNIQUE INDEX "IDX_3c5c62698b7cc757bd5adce81f" ON "meeting_registrations"  ("meeting_id", "code") `);
    await q.query(`CREATE TABLE "meeting_check_ins" ("registration_id" uuid NOT NULL, "day" date NOT NULL, "meeting_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "checked_in_by" uuid, CONSTRAINT "PK_9781fe6ff4732a9020032d26f7a" PRIMARY KEY ("registration_id", "day"))`);
    await q.query(`CREATE INDEX "IDX_a81a237e36194e5af4ea88368a" ON "meeting_check_ins"  ("meeting_id", "day") `);
    await q.query(`ALTER TABLE "bodies" ADD CONSTRAINT "FK_48788e5612f27d4db8c721b6b90" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "body_consultations" ADD CONSTRAINT "FK_3df39df24cd68e8e480765eb836" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "body_consultations" ADD CONSTRAINT "FK_b38d0e5b48db255629bff3e77d8" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "body_members" ADD CONSTRAINT "FK_57cffd7b32e774bf12a84250a4d" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "body_members" ADD CONSTRAINT "FK_c91ef819ee31aca487a8650a04f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "body_members" ADD CONSTRAINT "FK_331913c029d78ed1d4f57caabf7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meetings" ADD CONSTRAINT "FK_446bd85ec52db0a047117d79d62" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meetings" ADD CONSTRAINT "FK_8e524e5163ecc0d8a674b3f1c85" FOREIGN KEY ("body_id") REFERENCES "bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_partners" ADD CONSTRAINT "FK_7fe0790e64745b80cf3609ab78a" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_partners" ADD CONSTRAINT "FK_f968be4903dcfe50ee473e091f1" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_minutes" ADD CONSTRAINT "FK_8d196aa03411be2d356cf549e62" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_registrations" ADD CONSTRAINT "FK_fd8633b665fca8bc3b53a38b947" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_registrations" ADD CONSTRAINT "FK_f550be46a8906e8649544ac88f5" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_registrations" ADD CONSTRAINT "FK_cc3e582dd908b07b85abc57e2d5" FOREIGN KEY ("home_municipality_id") REFERENCES "municipalities"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_registrations" ADD CONSTRAINT "FK_f729e0ae83171df3573bb157c20" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "meeting_check_ins" ADD CONSTRAINT "FK_8cdf6629db9c7fecdbd18eed84a" FOREIGN KEY ("registration_id") REFERENCES "meeting_registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "meeting_check_ins" DROP CONSTRAINT "FK_8cdf6629db9c7fecdbd18eed84a"`);
    await q.query(`ALTER TABLE "meeting_registrations" DROP CONSTRAINT "FK_f729e0ae83171df3573bb157c20"`);
    await q.query(`ALTER TABLE "meeting_registrations" DROP CONSTRAINT "FK_cc3e582dd908b07b85abc57e2d5"`);
    await q.query(`ALTER TABLE "meeting_registrations" DROP CONSTRAINT "FK_f550be46a8906e8649544ac88f5"`);
    await q.query(`ALTER TABLE "meeting_registrations" DROP CONSTRAINT "FK_fd8633b665fca8bc3b53a38b947"`);
    await q.query(`ALTER TABLE "meeting_minutes" DROP CONSTRAINT "FK_8d196aa03411be2d356cf549e62"`);
    await q.query(`ALTER TABLE "meeting_partners" DROP CONSTRAINT "FK_f968be4903dcfe50ee473e091f1"`);
    await q.query(`ALTER TABLE "meeting_partners" DROP CONSTRAINT "FK_7fe0790e64745b80cf3609ab78a"`);
    await q.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_8e524e5163ecc0d8a674b3f1c85"`);
    await q.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_446bd85ec52db0a047117d79d62"`);
    await q.query(`ALTER TABLE "body_members" DROP CONSTRAINT "FK_331913c029d78ed1d4f57caabf7"`);
    await q.query(`ALTER TABLE "body_members" DROP CONSTRAINT "FK_c91ef819ee31aca487a8650a04f"`);
    await q.query(`ALTER TABLE "body_members" DROP CONSTRAINT "FK_57cffd7b32e774bf12a84250a4d"`);
    await q.query(`ALTER TABLE "body_consultations" DROP CONSTRAINT "FK_b38d0e5b48db255629bff3e77d8"`);
    await q.query(`ALTER TABLE "body_consultations" DROP CONSTRAINT "FK_3df39df24cd68e8e480765eb836"`);
    await q.query(`ALTER TABLE "bodies" DROP CONSTRAINT "FK_48788e5612f27d4db8c721b6b90"`);
    await q.query(`DROP INDEX "public"."IDX_a81a237e36194e5af4ea88368a"`);
    await q.query(`DROP TABLE "meeting_check_ins"`);
    await q.query(`DROP INDEX "public"."IDX_3c5c62698b7cc757bd5adce81f"`);
    await q.query(`DROP INDEX "public"."IDX_24d6dbcce855e77cd36ea03e50"`);
    await q.query(`DROP INDEX "public"."IDX_ef9b70e557335931414b40420a"`);
    await q.query(`DROP INDEX "public"."IDX_f550be46a8906e8649544ac88f"`);
    await q.query(`DROP TABLE "meeting_registrations"`);
    await q.query(`DROP INDEX "public"."IDX_9a3e63ac7ab659473c9905462a"`);
    await q.query(`DROP TABLE "meeting_minutes"`);
    await q.query(`DROP INDEX "public"."IDX_f968be4903dcfe50ee473e091f"`);
    await q.query(`DROP TABLE "meeting_partners"`);
    await q.query(`DROP INDEX "public"."IDX_ad722948cb14e74a5abc4f6bca"`);
    await q.query(`DROP INDEX "public"."IDX_78b28330167558bd13e7251c44"`);
    await q.query(`DROP INDEX "public"."IDX_505a9ff3f8a8452cb9f252841a"`);
    await q.query(`DROP TABLE "meetings"`);
    await q.query(`DROP INDEX "public"."IDX_7b81d6d9050afd9d6c2bd9a383"`);
    await q.query(`DROP INDEX "public"."IDX_c91ef819ee31aca487a8650a04"`);
    await q.query(`DROP TABLE "body_members"`);
    await q.query(`DROP INDEX "public"."IDX_b38d0e5b48db255629bff3e77d"`);
    await q.query(`DROP TABLE "body_consultations"`);
    await q.query(`DROP INDEX "public"."IDX_4bd684d81b7e0ca6506ccf840d"`);
    await q.query(`DROP TABLE "bodies"`);
  }
}
