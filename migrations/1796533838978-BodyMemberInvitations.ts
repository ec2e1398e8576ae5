import { MigrationInterface, QueryRunner } from 'typeorm';

export class BodyMemberInvitations1796533838978 implements MigrationInterface {
  name = 'BodyMemberInvitations1796533838978';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "body_members" ADD "invitation" character varying(10)`);
    await q.query(`ALTER TABLE "body_members" ADD "answered_at" TIMESTAMP WITH TIME ZONE`);
    // terms given before invitations existed keep their rights: they count as accepted when given
    await q.query(`UPDATE "body_members" SET "invitation" = 'accepted', "answered_at" = "created_at" WHERE "user_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "body_members" DROP COLUMN "answered_at"`);
    await q.query(`ALTER TABLE "body_members" DROP COLUMN "invitation"`);
  }
}
