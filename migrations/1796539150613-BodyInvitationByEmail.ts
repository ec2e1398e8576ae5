import { MigrationInterface, QueryRunner } from 'typeorm';

export class BodyInvitationByEmail1796539150613 implements MigrationInterface {
  name = 'BodyInvitationByEmail1796539150613';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "body_members" ADD "invited_email" text`);
    await q.query(`CREATE INDEX "IDX_e2330535c0cd0acda102b88df2" ON "body_members"  ("invited_email") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_e2330535c0cd0acda102b88df2"`);
    await q.query(`ALTER TABLE "body_members" DROP COLUMN "invited_email"`);
  }
}
