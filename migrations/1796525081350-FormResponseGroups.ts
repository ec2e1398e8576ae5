import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Responses join the reports in whole groups (docs/architecture.md, "Reports and small groups"):
 * the group columns (generated from the entity), and by hand the functions that form groups and
 * say which are shown. Responses already stored form one group per form, dated on its last day.
 */
export class FormResponseGroups1796525081350 implements MigrationInterface {
  name = 'FormResponseGroups1796525081350';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "form_responses" ADD "group_no" integer`);
    await q.query(`ALTER TABLE "form_responses" ADD "grouped_on" date`);
    await q.query(`CREATE INDEX "IDX_2ae1d2b3c61d435434b20c431b" ON "form_responses"  ("form_id", "group_no") `);
    await q.query(`UPDATE form_responses r SET group_no = 1, grouped_on = g.day, submitted_on = CASE WHEN r.anonymous THEN g.day ELSE r.submitted_on END
                     FROM (SELECT form_id, max(submitted_on) AS day FROM form_responses GROUP BY form_id) g WHERE g.form_id = r.form_id`);
    await q.query('DROP FUNCTION form_inbox_release(uuid, integer)');
    // Forms the next group of form p_form once at least p_batch answers wait (the anonymous inbox
    // and the identified responses not yet in a group), or, with p_final (a closed form), whatever
    // waits: leftovers fewer than p_batch then join the form's last group, with its number and day.
    // A new group's day is p_now's in the municipality's time zone. Anonymous answers leave the
    // inbox as responses with new random ids, written in the order of those ids (random, not of
    // arrival), carrying only the group's day; all in the caller's transaction. One mover per form
    // at a time (the advisory lock), the count taken after it, so two transactions never split a
    // group. Returns how many joined a group (0: none). The first count, before the lock, spares
    // most submissions the wait.
    await q.query(`CREATE FUNCTION form_group_release(p_form uuid, p_batch integer, p_now timestamptz, p_final boolean) RETURNS integer LANGUAGE plpgsql AS $$
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
    // The highest group of form p_form that reports show at p_now: every group once the form has
    // closed, all but the last while it is open (the last may still take a closed form's leftovers,
    // so it is shown only in its final make-up). Null: none.
    await q.query(`CREATE FUNCTION form_shown_group(p_form uuid, p_now timestamptz) RETURNS integer LANGUAGE sql STABLE AS $$
      SELECT CASE WHEN f.published_at IS NOT NULL AND f.closes_at <= p_now THEN g.last ELSE nullif(g.last - 1, 0) END
        FROM forms f, LATERAL (SELECT max(group_no) AS last FROM form_responses WHERE form_id = f.id) g
       WHERE f.id = p_form
    $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION form_shown_group(uuid, timestamptz)');
    await q.query('DROP FUNCTION form_group_release(uuid, integer, timestamptz, boolean)');
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
    await q.query(`DROP INDEX "public"."IDX_2ae1d2b3c61d435434b20c431b"`);
    await q.query(`ALTER TABLE "form_responses" DROP COLUMN "grouped_on"`);
    await q.query(`ALTER TABLE "form_responses" DROP COLUMN "group_no"`);
  }
}
