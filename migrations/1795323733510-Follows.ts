import { MigrationInterface, QueryRunner } from 'typeorm';

export class Follows1795323733510 implements MigrationInterface {
  name = 'Follows1795323733510';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "municipality_follows" ("user_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b61981af5446d08a6b3e0bb8a58" PRIMARY KEY ("user_id", "municipality_id"))`);
    await q.query(`CREATE INDEX "IDX_ff029a91fdb73159af35ec70c1" ON "municipality_follows"  ("municipality_id") `);
    await q.query(`ALTER TABLE "municipality_follows" ADD CONSTRAINT "FK_03771ac725dfc9c0a085f6764b2" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "municipality_follows" ADD CONSTRAINT "FK_ff029a91fdb73159af35ec70c1b" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "municipality_follows" DROP CONSTRAINT "FK_ff029a91fdb73159af35ec70c1b"`);
    await q.query(`ALTER TABLE "municipality_follows" DROP CONSTRAINT "FK_03771ac725dfc9c0a085f6764b2"`);
    await q.query(`DROP INDEX "public"."IDX_ff029a91fdb73159af35ec70c1"`);
    await q.query(`DROP TABLE "municipality_follows"`);
  }
}
