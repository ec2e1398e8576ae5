import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two changes made side by side met here: free-text answers keep their language (TextLanguage, on
 * the old form_inbox_release) and anonymous answers leave the inbox in whole groups
 * (FormResponseGroups, FormSealedGroups, which replaced that function by form_group_release). This
 * gives form_group_release the language: a text answer that waited in the inbox keeps the
 * language it was written in (the municipality's when the inbox row has none).
 */
export class FormGroupReleaseLanguage1796528500000 implements MigrationInterface {
  name = 'FormGroupReleaseLanguage1796528500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION form_group_release(p_form uuid, p_batch integer, p_now timestamptz, p_final boolean) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        waiting integer;
        last_no integer;
        last_day date;
        grp integer;
        grp_day date;
      BEGIN
        IF p_final THEN
          -- fewer than the form's own minimum join the last group, whatever the caller asked
          p_batch := greatest(p_batch, (SELECT min_group_size FROM forms WHERE id = p_form));
        END IF;
        IF NOT p_final AND (SELECT count(*) FROM form_response_inbox WHERE form_id = p_form) + (SELECT count(*) FROM form_responses WHERE form_id = p_form AND group_no IS NULL) < p_batch THEN
          RETURN 0;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('form_response_inbox:' || p_form::text, 0));
        waiting := (SELECT count(*) FROM form_response_inbox WHERE form_id = p_form) + (SELECT count(*) FROM form_responses WHERE form_id = p_form AND group_no IS NULL);
        IF waiting = 0 OR (waiting < p_batch AND NOT p_final) THEN
          RETURN 0;
        END IF;
        SELECT group_no, grouped_on INTO last_no, last_day FROM form_responses WHERE form_id = p_form AND group_no IS NOT NULL ORDER BY group_no DESC LIMIT 1;
        IF waiting < p_batch AND last_no IS NOT NULL AND last_no <= coalesce((SELECT sealed_group FROM forms WHERE id = p_form), 0) THEN
          -- that group was shown complete before the form was reopened: the leftovers wait
          RETURN 0;
        END IF;
        IF waiting < p_batch AND last_no IS NOT NULL THEN
          grp := last_no;
          grp_day := last_day;
        ELSE
          grp := coalesce(last_no, 0) + 1;
          grp_day := (p_now AT TIME ZONE (SELECT m.time_zone FROM forms f JOIN municipalities m ON m.id = f.municipality_id WHERE f.id = p_form))::date;
        END IF;
        UPDATE form_responses SET group_no = grp, grouped_on = grp_day WHERE form_id = p_form AND group_no IS NULL;
        WITH batch AS (
          DELETE FROM form_response_inbox WHERE form_id = p_form RETURNING answers
        ), mixed AS MATERIALIZED (
          SELECT gen_random_uuid() AS id, answers FROM batch
        ), responses AS (
          INSERT INTO form_responses (id, form_id, submitted_on, anonymous, user_id, invitation_id, group_no, grouped_on)
          SELECT id, p_form, grp_day, true, NULL, NULL, grp, grp_day FROM mixed ORDER BY id
        )
        -- as FormsRepository.addResponse stores them: a number or a text at position 0, one row per chosen option
        INSERT INTO form_answers (response_id, question_key, position, form_id, num, choice, text, lang)
        SELECT m.id, a->>'key', coalesce(c.i - 1, 0), p_form, (a->>'num')::smallint, c.choice, a->>'text',
               CASE WHEN a ? 'text' THEN coalesce(a->>'lang', (SELECT mu.default_locale FROM forms f JOIN municipalities mu ON mu.id = f.municipality_id WHERE f.id = p_form)) END
          FROM mixed m
         CROSS JOIN LATERAL jsonb_array_elements(m.answers) a
          LEFT JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(a->'choices') = 'array' THEN a->'choices' END) WITH ORDINALITY c(choice, i) ON true
         ORDER BY m.id, a->>'key', c.i;
        RETURN waiting;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION form_group_release(p_form uuid, p_batch integer, p_now timestamptz, p_final boolean) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        waiting integer;
        last_no integer;
        last_day date;
        grp integer;
        grp_day date;
      BEGIN
        IF p_final THEN
          -- fewer than the form's own minimum join the last group, whatever the caller asked
          p_batch := greatest(p_batch, (SELECT min_group_size FROM forms WHERE id = p_form));
        END IF;
        IF NOT p_final AND (SELECT count(*) FROM form_response_inbox WHERE form_id = p_form) + (SELECT count(*) FROM form_responses WHERE form_id = p_form AND group_no IS NULL) < p_batch THEN
          RETURN 0;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('form_response_inbox:' || p_form::text, 0));
        waiting := (SELECT count(*) FROM form_response_inbox WHERE form_id = p_form) + (SELECT count(*) FROM form_responses WHERE form_id = p_form AND group_no IS NULL);
        IF waiting = 0 OR (waiting < p_batch AND NOT p_final) THEN
          RETURN 0;
        END IF;
        SELECT group_no, grouped_on INTO last_no, last_day FROM form_responses WHERE form_id = p_form AND group_no IS NOT NULL ORDER BY group_no DESC LIMIT 1;
        IF waiting < p_batch AND last_no IS NOT NULL AND last_no <= coalesce((SELECT sealed_group FROM forms WHERE id = p_form), 0) THEN
          -- that group was shown complete before the form was reopened: the leftovers wait
          RETURN 0;
        END IF;
        IF waiting < p_batch AND last_no IS NOT NULL THEN
          grp := last_no;
          grp_day := last_day;
        ELSE
          grp := coalesce(last_no, 0) + 1;
          grp_day := (p_now AT TIME ZONE (SELECT m.time_zone FROM forms f JOIN municipalities m ON m.id = f.municipality_id WHERE f.id = p_form))::date;
        END IF;
        UPDATE form_responses SET group_no = grp, grouped_on = grp_day WHERE form_id = p_form AND group_no IS NULL;
        WITH batch AS (
          DELETE FROM form_response_inbox WHERE form_id = p_form RETURNING answers
        ), mixed AS MATERIALIZED (
          SELECT gen_random_uuid() AS id, answers FROM batch
        ), responses AS (
          INSERT INTO form_responses (id, form_id, submitted_on, anonymous, user_id, invitation_id, group_no, grouped_on)
          SELECT id, p_form, grp_day, true, NULL, NULL, grp, grp_day FROM mixed ORDER BY id
        )
        -- as FormsRepository.addResponse stores them: a number or a text at position 0, one row per chosen option
        INSERT INTO form_answers (response_id, question_key, position, form_id, num, choice, text)
        SELECT m.id, a->>'key', coalesce(c.i - 1, 0), p_form, (a->>'num')::smallint, c.choice, a->>'text'
          FROM mixed m
         CROSS JOIN LATERAL jsonb_array_elements(m.answers) a
          LEFT JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(a->'choices') = 'array' THEN a->'choices' END) WITH ORDINALITY c(choice, i) ON true
         ORDER BY m.id, a->>'key', c.i;
        RETURN waiting;
      END $$`);
  }
}
