import { MigrationInterface, QueryRunner } from 'typeorm';

export class TextLanguage1796524499719 implements MigrationInterface {
  name = 'TextLanguage1796524499719';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "contributions" ADD "lang" character varying(2) NOT NULL DEFAULT 'bg'`);
    await q.query(`ALTER TABLE "contribution_responses" ADD "lang" character varying(2) NOT NULL DEFAULT 'bg'`);
    await q.query(`ALTER TABLE "form_answers" ADD "lang" character varying(2)`);
    // the texts written so far: the language of their municipality
    await q.query(`UPDATE contributions x SET lang = m.default_locale FROM consultations c JOIN municipalities m ON m.id = c.municipality_id WHERE c.id = x.consultation_id`);
    await q.query(`UPDATE contribution_responses x SET lang = m.default_locale FROM consultations c JOIN municipalities m ON m.id = c.municipality_id WHERE c.id = x.consultation_id`);
    await q.query(`UPDATE form_answers a SET lang = m.default_locale FROM forms f JOIN municipalities m ON m.id = f.municipality_id WHERE f.id = a.form_id AND a.text IS NOT NULL`);
    // the inbox's answers carry their text's language into form_answers
    await q.query(`CREATE OR REPLACE FUNCTION form_inbox_release(p_form uuid, p_batch integer) RETURNS integer LANGUAGE plpgsql AS $$
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
          INSERT INTO form_answers (response_id, question_key, position, form_id, num, choice, text, lang)
          SELECT m.id, a->>'key', coalesce(c.i - 1, 0), p_form, (a->>'num')::smallint, c.choice, a->>'text', CASE WHEN a ? 'text' THEN coalesce(a->>'lang', (SELECT m.default_locale FROM forms f JOIN municipalities m ON m.id = f.municipality_id WHERE f.id = p_form)) END
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
    await q.query(`CREATE OR REPLACE FUNCTION form_inbox_release(p_form uuid, p_batch integer) RETURNS integer LANGUAGE plpgsql AS $$
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
    await q.query(`ALTER TABLE "form_answers" DROP COLUMN "lang"`);
    await q.query(`ALTER TABLE "contribution_responses" DROP COLUMN "lang"`);
    await q.query(`ALTER TABLE "contributions" DROP COLUMN "lang"`);
  }
}
