import { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceGradePages1796524517668 implements MigrationInterface {
  name = 'ServiceGradePages1796524517668';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_bce87730f5bfc0c6c1cfbb3a58"`);
    await q.query(`CREATE TABLE "site_pages" ("key" character varying(40) NOT NULL, "locale" character varying(2) NOT NULL, "body" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" uuid, CONSTRAINT "PK_2d2220598cdde5583b906f3f84e" PRIMARY KEY ("key", "locale"))`);
    await q.query(`ALTER TABLE "municipalities" ADD "address" jsonb`);
    await q.query(`ALTER TABLE "municipalities" ADD "phone" text`);
    await q.query(`ALTER TABLE "municipalities" ADD "email" text`);
    await q.query(`ALTER TABLE "municipalities" ADD "website" text`);
    await q.query(`ALTER TABLE "municipalities" ADD "office_hours" jsonb`);
    await q.query(`ALTER TABLE "municipalities" ADD "dpo_name" text`);
    await q.query(`ALTER TABLE "municipalities" ADD "dpo_email" text`);
    await q.query(`ALTER TABLE "municipalities" ADD "coat_of_arms_key" text`);
    await q.query(`ALTER TABLE "municipalities" ADD "coat_of_arms_type" text`);
    await q.query(`ALTER TABLE "municipalities" ADD "coat_of_arms_updated_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE INDEX "IDX_1a33d62c746bd44ee92a1d6978" ON "contributions"  ("author_id", "received_at", "id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_1a33d62c746bd44ee92a1d6978"`);
    await q.query(`ALTER TABLE "municipalities" DROP COLUMN "coat_of_arms_updated_at"`);
    await q.query(`ALTER TABLE "municipalities" DROP COLUMN "coat_of_arms_type"`);
    await q.query(`ALTER TABLE "municipalities" DROP COLUMN "coat_of_arms_key"`);
    await q.query(`ALTER TABLE "municipalities" DROP COLUMN "dpo_email"`);
    await q.query(`ALTER TABLE "municipalities" DROP COLUMN "dpo_name"`);
    await q.query(`ALTER TABLE "municipalities" DROP COLUMN "office_hours"`);
    await q.query(`ALTER TABLE "municipalities" DROP COLUMN "website"`);
    await q.query(`ALTER TABLE "municipalities" DROP COLUMN "email"`);
    await q.query(`ALTER TABLE "municipalities" DROP COLUMN "phone"`);
    await q.query(`ALTER TABLE "municipalities" DROP COLUMN "address"`);
    await q.query(`DROP TABLE "site_pages"`);
    await q.query(`CREATE INDEX "IDX_bce87730f5bfc0c6c1cfbb3a58" ON "contributions" USING btree ("author_id") `);
  }
}
