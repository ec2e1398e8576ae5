import { MigrationInterface, QueryRunner } from 'typeorm';

export class MunicipalityCodes1796530156084 implements MigrationInterface {
  name = 'MunicipalityCodes1796530156084';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "municipalities" ADD "official_code" character varying(12)`);
    await q.query(`ALTER TABLE "municipalities" ADD "lau_code" character varying(12)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "municipalities" DROP COLUMN "lau_code"`);
    await q.query(`ALTER TABLE "municipalities" DROP COLUMN "official_code"`);
  }
}
