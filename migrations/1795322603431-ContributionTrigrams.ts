import { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by hand: trigram index for finding near-identical contributions (campaigns). */
export class ContributionTrigrams1795322603431 implements MigrationInterface {
  name = 'ContributionTrigrams1795322603431';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "contributions_body_trgm" ON "contributions" USING gin ("body" gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."contributions_body_trgm"');
  }
}
