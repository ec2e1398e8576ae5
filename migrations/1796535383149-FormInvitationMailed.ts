import { MigrationInterface, QueryRunner } from 'typeorm';

export class FormInvitationMailed1796535383149 implements MigrationInterface {
  name = 'FormInvitationMailed1796535383149';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "form_invitations" ADD "mailed" integer NOT NULL DEFAULT '0'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "form_invitations" DROP COLUMN "mailed"`);
  }
}
