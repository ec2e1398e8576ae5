import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change of a consultation's status facts (municipality, publication, window, справка, outcome),
 * or its deletion, notifies `consultation_facts` with its id at commit: every API instance drops
 * its cached copy (consultations/status-facts-cache.ts), whoever made the change.
 */
export class StatusFactsNotify1796535000000 implements MigrationInterface {
  name = 'StatusFactsNotify1796535000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION notify_consultation_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('consultation_facts', OLD.id::text);
  RETURN NULL;
END $$`);
    await q.query(
      `CREATE TRIGGER consultation_facts_changed
       AFTER UPDATE OF id, municipality_id, published_at, opens_at, closes_at, report_published_at, outcome_recorded_at OR DELETE ON consultations
       FOR EACH ROW EXECUTE FUNCTION notify_consultation_facts()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER consultation_facts_changed ON consultations`);
    await q.query(`DROP FUNCTION notify_consultation_facts()`);
  }
}
