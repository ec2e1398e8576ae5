import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganizationInvitations1796524657203 implements MigrationInterface {
  name = 'OrganizationInvitations1796524657203';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "organization_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" text NOT NULL, "role" character varying(20) NOT NULL, "token_hash" text NOT NULL, "invited_by" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f172f12b8a9ee6584b661f57e24" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_c1d63ed5127c053e50abcdbce5" ON "organization_invitations"  ("email") `);
    await q.query(`CREATE UNIQUE INDEX "organization_invitations_hash_key" ON "organization_invitations"  ("token_hash") `);
    await q.query(`CREATE UNIQUE INDEX "organization_invitations_org_email_key" ON "organization_invitations"  ("organization_id", "email") `);
    await q.query(`ALTER TABLE "organization_invitations" ADD CONSTRAINT "FK_7f88954e8d667a76ae3ced6f446" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organization_invitations" DROP CONSTRAINT "FK_7f88954e8d667a76ae3ced6f446"`);
    await q.query(`DROP INDEX "public"."organization_invitations_org_email_key"`);
    await q.query(`DROP INDEX "public"."organization_invitations_hash_key"`);
    await q.query(`DROP INDEX "public"."IDX_c1d63ed5127c053e50abcdbce5"`);
    await q.query(`DROP TABLE "organization_invitations"`);
  }
}
