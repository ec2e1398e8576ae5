import { MigrationInterface, QueryRunner } from 'typeorm';

/** minGroupSize is at least 3: existing forms below it are raised to 3 (larger groups only hide more), then a CHECK keeps it so. */
export class MinGroupSizeAtLeast31796524591707 implements MigrationInterface {
  name = 'MinGroupSizeAtLeast31796524591707';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "forms" SET min_group_size = 3 WHERE min_group_size < 3`);
    await q.query(`ALTER TABLE "forms" ADD CONSTRAINT "forms_min_group_size_at_least_3" CHECK (min_group_size >= 3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "forms" DROP CONSTRAINT "forms_min_group_size_at_least_3"`);
  }
}
