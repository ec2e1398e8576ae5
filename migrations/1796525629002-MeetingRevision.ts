import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingRevision1796525629002 implements MigrationInterface {
  name = 'MeetingRevision1796525629002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "meetings" ADD "revision" integer NOT NULL DEFAULT '0'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "meetings" DROP COLUMN "revision"`);
  }
}
