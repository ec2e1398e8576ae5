import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox of anonymous answers (generated from the entity), and by hand the function that moves
 * a form's inbox into its responses: see FormResponseInbox and docs/architecture.md.
 */
export class FormResponseInbox1795714115512 implements MigrationInterface {
  name = 'FormResponseInbox1795714115512';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "form_response_inbox" ("id" uuid NOT NULL, "form_id" uuid NOT NULL, "submitted_on" date NOT NULL, "answers" jsonb NOT NULL, CONSTRAINT "PK_ba9bcfd09ac89559253517eb897" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_9218fef9e71391c51a5cdcc1ca" ON "form_response_inbox"  ("form_id") `);
    await q.query(`ALTER TABLE "form_response_inbox" ADD CONSTRAINT "FK_9218fef9e71391c51a5cdcc1ca5" FOREIGN KEY ("form_id") REFERENCES "forms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Moves the form's whole inbox into form_responses/form_answers when it holds at least p_batch
    // rows: new random ids, written in the order of those ids (random, not of arrival), all in the
    // caller's transaction. One mover per form at a time (the advisory lock), and the count is
    // taken after the lock, so two transactions never split a group between them. Returns how
    // many responses were written (0 when the inbox was smaller than p_batch). The first count,
    // before the lock, spares most submissions the wait.
    await q.query(`CREATE FUNCTION form_inbox_release(p_form uuid, p_batch integer) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        released integer;
      BEGIN
        IF (SELECT count(*) FROM form_response_inbox WHERE form_id = p_form) < p_batch THEN
          RETURN 0;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('form_response_inbox:' || p_form::text, 0));
        WITH batch AS (
          DELETE FROM form_response_inbox
           WHERE form_id = p_form AND (SELECT count(*) FROM form_response_inbox WHERE form_id = p_form) >= p_batch
          RETURNING submitted_on, answers
        ), mixed AS MATERIALIZED (
          SELECT gen_random_uuid() AS id, submitted_on, answers FROM batch
        ), responses AS (
          INSERT INTO form_responses (id, form_id, submitted_on, anonymous, user_id, invitation_id)
          SELECT id, p_form, submitted_on, true, NULL, NULL FROM mixed ORDER BY id
        ), answers AS (
          -- as FormsRepository.addResponse stores them: a number or a text at position 0, one row per chosen option
          INSERT INTO form_answers (response_id, question_key, position, form_id, num, choice, text)
          SELECT m.id, a->>'key', coalesce(c.i - 1, 0), p_form, (a->>'num')::smallint, c.choice, a->>'text'
            FROM mixed m
           CROSS JOIN LATERAL jsonb_array_elements(m.answers) a
            LEFT JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(a->'choices') = 'array' THEN a->'choices' END) WITH ORDINALITY c(choice, i) ON true
           ORDER BY m.id, a->>'key', c.i
        )
        SELECT count(*) INTO released FROM mixed;
        RETURN released;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION form_inbox_release(uuid, integer)');
    await q.query(`ALTER TABLE "form_response_inbox" DROP CONSTRAINT "FK_9218fef9e71391c51a5cdcc1ca5"`);
    await q.query(`DROP INDEX "public"."IDX_9218fef9e71391c51a5cdcc1ca"`);
    await q.query(`DROP TABLE "form_response_inbox"`);
  }
}
